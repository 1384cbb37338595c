import { rewriteSpecifier } from '../catalog/addDependency';
import type { Ecosystem, PackageRef } from '../catalog/model';
import type { ClassifiedImport, SourceLanguage } from '../imports/types';
import { isRetired } from './catalogIndex';
import type { Suggestion } from './types';

/** Languages whose imports are npm specifiers that a drop-in package can take over verbatim. */
const JS_LANGUAGES: ReadonlySet<string> = new Set<SourceLanguage | string>(['javascript', 'typescript', 'javascriptreact', 'typescriptreact', 'vue', 'svelte']);

/**
 * The suggestion an import's diagnostic is about: the best one that is not the import's own (exact) internal library,
 * else that library itself when it is deprecated or archived. An up-to-date internal import gets none (it is only
 * recognised: hover, no diagnostic).
 * @example adviceOf([{ match: "exact", entry: httpClient }, { match: "wrapper", entry: events }]) // -> the "wrapper" suggestion
 * @example adviceOf([{ match: "exact", entry: httpClient }]) // -> undefined
 */
export function adviceOf(suggestions: readonly Suggestion[]): Suggestion | undefined {
  return suggestions.find((s) => s.match !== 'exact') ?? suggestions.find((s) => s.match === 'exact' && isRetired(s.entry));
}

/** The library's package in the import's ecosystem, else its first. */
export function packageFor(suggestion: Suggestion, ecosystem: Ecosystem | undefined): PackageRef | undefined {
  return suggestion.entry.packages.find((p) => p.ecosystem === ecosystem) ?? suggestion.entry.packages[0];
}

/**
 * The specifier that replaces an import when the suggested library declares itself a drop-in for the imported npm
 * package (`dropInFor`), in a JS/TS-family file; undefined when the product does not know the rewrite.
 * `language` is a SourceLanguage or an editor language id ("typescriptreact").
 * @example dropInRewrite({ specifier: "async-retry/lib/x", packageName: "async-retry", ecosystem: "npm", ... }, retrySuggestion, "typescript")
 *   // -> "@acme/retry/lib/x"
 */
export function dropInRewrite(imp: Pick<ClassifiedImport, 'specifier' | 'packageName' | 'ecosystem'>, suggestion: Suggestion, language: string): string | undefined {
  if (suggestion.match === 'exact' || !JS_LANGUAGES.has(language) || !imp.packageName) return undefined;
  const pkg = packageFor(suggestion, imp.ecosystem);
  if (pkg?.ecosystem !== 'npm' || !suggestion.entry.dropInFor?.includes(imp.packageName)) return undefined;
  return rewriteSpecifier(imp.specifier, imp.packageName, pkg.name);
}
