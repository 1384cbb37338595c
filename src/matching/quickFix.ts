import { rewriteSpecifier } from '../catalog/addDependency';
import type { Ecosystem, PackageRef } from '../catalog/model';
import { languageForId } from '../imports/languages';
import type { ClassifiedImport, SourceLanguage } from '../imports/types';
import { isRetired } from './catalogIndex';
import type { Suggestion } from './types';

/** Whether a file's imports are npm specifiers a drop-in package can take over verbatim (the one language table says). */
function isJsFamily(language: string): boolean {
  const lang: SourceLanguage | undefined = languageForId(language);
  return lang === 'javascript' || lang === 'typescript';
}

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
 * package (`dropInFor`), in a JS/TS-family file; undefined when the product does not know the rewrite, or when the
 * suggestion comes from a rule scoped to named imports and the import takes a name it does not cover (or "*").
 * `language` is a SourceLanguage or an editor language id ("typescriptreact").
 * @example dropInRewrite({ specifier: "async-retry/lib/x", packageName: "async-retry", ecosystem: "npm", ... }, retrySuggestion, "typescript")
 *   // -> "@acme/retry/lib/x"
 */
export function dropInRewrite(imp: Pick<ClassifiedImport, 'specifier' | 'packageName' | 'ecosystem' | 'names'>, suggestion: Suggestion, language: string): string | undefined {
  if (suggestion.match === 'exact' || !isJsFamily(language) || !imp.packageName) return undefined;
  const scope = suggestion.importNames;
  if (scope && !(imp.names && imp.names.every((n) => scope.includes(n)))) return undefined;
  const pkg = packageFor(suggestion, imp.ecosystem);
  if (pkg?.ecosystem !== 'npm' || !suggestion.entry.dropInFor?.includes(imp.packageName)) return undefined;
  return rewriteSpecifier(imp.specifier, imp.packageName, pkg.name);
}

/**
 * The title of the "use this library" quick fix; `clean` makes catalog text safe for the surface (one line, capped).
 * A rule scoped to named imports says so.
 * @example useFixTitle("@acme/ui", { importNames: ["Button"], ... }, clean) // -> "Use @acme/ui for Button (this rule covers Button only)"
 * @example useFixTitle("@acme/retry", retrySuggestion, clean) // -> "Use @acme/retry instead"
 */
export function useFixTitle(label: string, suggestion: Suggestion, clean: (text: string, max: number) => string): string {
  const names = suggestion.importNames && clean(suggestion.importNames.join(', '), 80);
  return names ? `Use ${clean(label, 120)} for ${names} (this rule covers ${names} only)` : `Use ${clean(label, 120)} instead`;
}
