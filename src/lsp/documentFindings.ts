import type { ProjectContext } from '../imports/classify';
import { languageForId, languageForPath } from '../imports/languages';
import type { SourceLanguage } from '../imports/types';
import type { Matcher } from '../matching/matcher';
import { importFindings, type ImportFindingOfFile } from '../matching/scanTree';
import type { Dismissal } from '../matching/types';

export type DocumentFinding = ImportFindingOfFile;

/** The language of a document: from its file name as `scan` decides it, else from the client's language id. */
export function documentLanguage(filePath: string | undefined, languageId: string): SourceLanguage | undefined {
  return (filePath ? languageForPath(filePath) : undefined) ?? languageForId(languageId);
}

/**
 * File → findings for an open document: the one call into the core pipeline that `scan` runs on every file, so the
 * server's diagnostics equal `scan --json`'s findings for the same file, catalog, threshold and dismissals.
 * @example documentFindings("import axios from 'axios';", "typescript", {}, matcher, [])
 *   // -> [{ import: { specifier: "axios", ... }, suggestions: [<@acme/http-client wrapper>] }]
 */
export function documentFindings(text: string, language: SourceLanguage, context: ProjectContext, matcher: Matcher, dismissals: readonly Dismissal[]): DocumentFinding[] {
  return importFindings(text, language, context, matcher, dismissals);
}
