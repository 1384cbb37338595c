import { ProjectContextCache } from '../imports/projectContextCache';
import { nearestProjectRoot } from '../imports/projectRoot';
import type { Matcher } from '../matching/matcher';
import { findingsForFile, type ScanFinding } from '../matching/pipeline';
import type { Dismissal } from '../matching/types';

/** What a file's findings are computed with. */
export interface CodeFindingsOptions {
  /** The scan root `file` is relative to (its project decides how imports classify). */
  root: string;
  matcher: Matcher;
  dismissals: readonly Dismissal[];
}

/**
 * The findings of one file exactly as `scan --json` prints them for it, through the shared pipeline: `file` relative
 * to `root` ("/" separators), `absolute` its place on disk (its project is found as `scan` finds it), `text` its content.
 * @example await codeFindings("src/api.ts", "/repo/src/api.ts", 'import axios from "axios";', { root: "/repo", matcher, dismissals: [] })
 *   // -> [{ file: "src/api.ts", line: 1, trigger: { kind: "import", specifier: "axios" }, suggestions: [{ name: "http-client", … }] }]
 */
export async function codeFindings(file: string, absolute: string, text: string, options: CodeFindingsOptions): Promise<ScanFinding[]> {
  // As scanTree does: a file with no project of its own under the root takes the project enclosing the root.
  const projects = new ProjectContextCache(options.root, { fallbackRoot: async () => (await nearestProjectRoot(options.root)) ?? options.root });
  return findingsForFile(file, text, { matcher: options.matcher, dismissals: options.dismissals, context: await projects.contextFor(absolute) });
}
