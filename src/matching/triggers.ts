import type { ClassifiedImport, SourceLanguage } from '../imports/types';
import { languageForPath } from '../imports/languages';
import { newFileTokens } from '../imports/newFileTokens';
import type { ImportTrigger, NewFileMatchTrigger } from './types';

/**
 * A classified import as a matching trigger.
 * @example importTrigger({ specifier: "axios/lib/core", kind: "package", packageName: "axios", ecosystem: "npm", ... }, "typescript")
 *   // -> { kind: "import", specifier: "axios/lib/core", importKind: "package", packageName: "axios", ecosystem: "npm", language: "typescript" }
 */
export function importTrigger(ref: ClassifiedImport, language: SourceLanguage): ImportTrigger {
  return { kind: 'import', specifier: ref.specifier, importKind: ref.kind, packageName: ref.packageName, ecosystem: ref.ecosystem, language, ...(ref.names ? { names: ref.names } : {}) };
}

/**
 * A (newly created) file as a matching trigger, from its workspace-relative path.
 * @example newFileTrigger("src/utils/retryWithBackoff.ts") // -> { kind: "new-file", path: "src/utils/retryWithBackoff.ts", tokens: ["retry", "with", "backoff"], language: "typescript" }
 */
export function newFileTrigger(relativePath: string): NewFileMatchTrigger {
  return { kind: 'new-file', path: relativePath, tokens: newFileTokens(relativePath), language: languageForPath(relativePath) };
}
