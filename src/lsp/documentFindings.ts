import type { ProjectContext } from '../imports/classify';
import { languageForId, languageForPath } from '../imports/languages';
import type { SourceLanguage } from '../imports/types';
import type { Matcher } from '../matching/matcher';
import { analyseFile, findings, type ImportFinding } from '../matching/pipeline';
import type { Dismissal } from '../matching/types';

export type DocumentFinding = ImportFinding;

/** The language of a document: from its file name as `scan` decides it, else from the client's language id. */
export function documentLanguage(filePath: string | undefined, languageId: string): SourceLanguage | undefined {
  return (filePath ? languageForPath(filePath) : undefined) ?? languageForId(languageId);
}

/**
 * File → findings for an open document: the core pipeline `scan` runs on every file (analyseFile, then findings with
 * the dismissals and the project's identity), so the server's diagnostics equal `scan --json`'s findings for the same
 * file, catalog, threshold and dismissals.
 * @example documentFindings("src/api.ts", "import axios from 'axios';", "typescript", {}, matcher, [])
 *   // -> [{ import: { specifier: "axios", ... }, suggestions: [<@acme/http-client>] }]
 */
export function documentFindings(filePath: string, text: string, language: SourceLanguage, context: ProjectContext, matcher: Matcher, dismissals: readonly Dismissal[]): DocumentFinding[] {
  const triggers = analyseFile(filePath, text, context, language);
  return triggers ? findings(triggers, matcher, { dismissals, project: context }) : [];
}
