import type { ScanFinding } from '../matching/scanTree';
import { classifyImport } from '../imports/classify';
import { extractImports } from '../imports/extractImports';
import { languageForPath } from '../imports/languages';
import { ProjectContextCache } from '../imports/projectContextCache';
import { nearestProjectRoot } from '../imports/projectRoot';
import { isDismissed } from '../matching/dismissals';
import type { Matcher } from '../matching/matcher';
import { importTrigger } from '../matching/triggers';
import type { Dismissal } from '../matching/types';

/** What a file's findings are computed with. */
export interface CodeFindingsOptions {
  /** The scan root `file` is relative to (its project decides how imports classify). */
  root: string;
  matcher: Matcher;
  dismissals: readonly Dismissal[];
}

/**
 * The findings of one file exactly as `scan --json` prints them for it: `file` relative to `root` ("/" separators),
 * `absolute` its place on disk (for its project's manifests), `text` its content.
 * TEMPORARY: the one call from a file to its findings; it becomes the shared pipeline's per-file entry point.
 * @example await codeFindings("src/api.ts", "/repo/src/api.ts", 'import axios from "axios";', { root: "/repo", matcher, dismissals: [] })
 *   // -> [{ file: "src/api.ts", line: 1, trigger: { kind: "import", specifier: "axios" }, suggestions: [{ name: "http-client", … }] }]
 */
export async function codeFindings(file: string, absolute: string, text: string, options: CodeFindingsOptions): Promise<ScanFinding[]> {
  const language = languageForPath(file);
  if (!language) return [];
  const projects = new ProjectContextCache(options.root, { fallbackRoot: async () => (await nearestProjectRoot(options.root)) ?? options.root });
  const context = await projects.contextFor(absolute);
  const findings: ScanFinding[] = [];
  for (const ref of extractImports(text, language)) {
    const classified = classifyImport(ref, language, context);
    const kept = options.matcher.match(importTrigger(classified, language)).filter((s) => !isDismissed(options.dismissals, s.entry, ref.specifier));
    if (kept.length === 0) continue;
    findings.push({
      file,
      line: ref.range.start.line + 1,
      trigger: { kind: 'import', specifier: ref.specifier },
      suggestions: kept.map((s) => {
        const pkg = s.entry.packages.find((p) => p.ecosystem === classified.ecosystem) ?? s.entry.packages[0];
        return { name: s.entry.name, repo: s.entry.repo, package: pkg?.name ?? '', score: Math.round(s.score * 1000) / 1000, reason: s.reason, match: s.match };
      }),
    });
  }
  return findings;
}
