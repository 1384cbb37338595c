import { classifyImport, type ProjectContext } from '../imports/classify';
import { extractImports } from '../imports/extractImports';
import { languageForPath } from '../imports/languages';
import { looksBinary, MAX_ANALYSED_BYTES } from '../imports/sourceFiles';
import type { ClassifiedImport, SourceLanguage } from '../imports/types';
import { ecosystemOfLanguage } from './catalogIndex';
import { isDismissed, isImportDismissed } from './dismissals';
import type { Matcher } from './matcher';
import { isOwnLibrary } from './projectIdentity';
import { importTrigger, newFileTrigger } from './triggers';
import type { Dismissal, MatchKind, Suggestion } from './types';

// The one pipeline from a file to findings: `scan`, the workspace scan, the document and new-file watchers, the MCP
// server and the language server all call these functions, so they agree on every skip, key and dismissal.

/** A file's triggers: its language and every import, classified against its project. */
export interface FileTriggers {
  language: SourceLanguage;
  imports: ClassifiedImport[];
}

/** One import and the libraries suggested for it (after the threshold, dismissals and self-awareness). */
export interface ImportFinding {
  import: ClassifiedImport;
  suggestions: Suggestion[];
}

/** What findings are filtered by: recorded dismissals and the project being scanned or edited. */
export interface FindingOptions {
  /** User and `.reuse-radar.json` dismissals that apply to the file. */
  dismissals?: readonly Dismissal[];
  /** The file's project (its manifests and git remotes): its own library is never suggested to it. */
  project?: ProjectContext;
}

/** One suggestion as `scan --json`, the MCP server and the language server report it. */
export interface ScanSuggestion {
  name: string;
  /** "owner/name" ("" when the catalog does not know it). */
  repo: string;
  /** The library's package in the trigger's ecosystem (else its first); absent when it publishes none. */
  package?: string;
  /** 0..1, rounded to three decimals (see "Scores" in src/matching/matcher.ts). */
  score: number;
  reason: string;
  match: MatchKind;
}

/** A trigger with at least one suggestion above the threshold: one element of `scan --json`. */
export interface ScanFinding {
  /** Relative to the scanned root, "/" separators. */
  file: string;
  /** 1-based; 1 for new-file triggers. */
  line: number;
  trigger: { kind: 'import' | 'new-file'; specifier: string };
  suggestions: ScanSuggestion[];
}

/**
 * A file's triggers: the language from its path (or the one given, e.g. an editor's language id), every import
 * extracted and classified with its project's context. Undefined for files no extractor reads, over 1 MB or binary.
 * @example analyseFile("src/api.ts", 'import axios from "axios";\n', {})
 *   // -> { language: "typescript", imports: [{ specifier: "axios", kind: "package", packageName: "axios", ecosystem: "npm", range: …, form: "import" }] }
 */
export function analyseFile(filePath: string, text: string, context: ProjectContext = {}, language = languageForPath(filePath)): FileTriggers | undefined {
  if (!language || text.length > MAX_ANALYSED_BYTES || looksBinary(text)) return undefined;
  return { language, imports: extractImports(text, language).map((ref) => classifyImport(ref, language, context)) };
}

/**
 * The findings of a file's imports: each third-party import matched, its suggestions filtered by the dismissals
 * (keyed on the import as written and on its package, see isImportDismissed) and by the project's own identity.
 * Local and standard-library imports never produce findings. Import order is kept.
 * @example findings(analyseFile("a.ts", 'import axios from "axios"')!, matcher, { dismissals: [{ scope: "import", specifier: "axios" }] }) // -> []
 */
export function findings(triggers: FileTriggers, matcher: Matcher, options: FindingOptions = {}): ImportFinding[] {
  const out: ImportFinding[] = [];
  for (const imp of triggers.imports) {
    if (imp.kind !== 'package') continue;
    const suggestions = matcher.match(importTrigger(imp, triggers.language))
      .filter((s) => !isImportDismissed(options.dismissals ?? [], s.entry, imp) && !isOwnLibrary(s.entry, options.project));
    if (suggestions.length > 0) out.push({ import: imp, suggestions });
  }
  return out;
}

/**
 * The suggestions for a newly created file, from its path relative to its workspace folder or scanned root.
 * @example newFileSuggestions("src/retry/backoff.ts", matcher) // -> [{ entry: <acme/retry>, score: 0.62, match: "fuzzy", reason: "similar to this file: retry, backoff" }]
 */
export function newFileSuggestions(relativePath: string, matcher: Matcher, options: FindingOptions = {}): Suggestion[] {
  const trigger = newFileTrigger(relativePath);
  if (trigger.tokens.length === 0) return [];
  return matcher.match(trigger).filter((s) => !isDismissed(options.dismissals ?? [], s.entry, relativePath) && !isOwnLibrary(s.entry, options.project));
}

/**
 * The findings of one file exactly as `scan --json` prints them (the MCP server's `suggest_for_code` and the language
 * server use this). `file` is the path reported (relative to the project, "/" separators); `language` overrides the
 * one its extension gives; with `newFile` the file's path is the trigger instead of its imports.
 * @example findingsForFile("src/api.ts", 'import axios from "axios";', { matcher })
 *   // -> [{ file: "src/api.ts", line: 1, trigger: { kind: "import", specifier: "axios" },
 *   //       suggestions: [{ name: "http-client", repo: "acme/http-client", package: "@acme/http-client", score: 0.7, reason: "wraps axios, which this file imports", match: "wrapper" }] }]
 */
export function findingsForFile(file: string, text: string, options: FindingOptions & { matcher: Matcher; context?: ProjectContext; language?: SourceLanguage; newFile?: boolean }): ScanFinding[] {
  const project = options.project ?? options.context;
  const filter = { dismissals: options.dismissals, project };
  if (options.newFile) {
    const language = options.language ?? languageForPath(file);
    return toNewFileFindings(file, newFileSuggestions(file, options.matcher, filter), language);
  }
  const triggers = analyseFile(file, text, options.context ?? {}, options.language ?? languageForPath(file));
  return triggers ? toScanFindings(file, findings(triggers, options.matcher, filter)) : [];
}

/**
 * Import findings in the `scan --json` shape.
 * @example toScanFindings("src/a.ts", [{ import: axiosImport, suggestions: [httpClient] }]) // -> [{ file: "src/a.ts", line: 1, trigger: { kind: "import", specifier: "axios" }, suggestions: [{ name: "http-client", … }] }]
 */
export function toScanFindings(file: string, importFindings: readonly ImportFinding[]): ScanFinding[] {
  return importFindings.map(({ import: imp, suggestions }) => ({
    file,
    line: imp.range.start.line + 1,
    trigger: { kind: 'import', specifier: imp.specifier },
    suggestions: suggestions.map((s) => toScanSuggestion(s, imp.ecosystem)),
  }));
}

/**
 * A new file's suggestions in the `scan --json` shape ([] when there are none).
 * @example toNewFileFindings("src/retry.ts", [retryLib], "typescript") // -> [{ file: "src/retry.ts", line: 1, trigger: { kind: "new-file", specifier: "src/retry.ts" }, suggestions: [{ name: "retry", … }] }]
 */
export function toNewFileFindings(file: string, suggestions: readonly Suggestion[], language?: SourceLanguage): ScanFinding[] {
  if (suggestions.length === 0) return [];
  const ecosystem = language && ecosystemOfLanguage(language);
  return [{ file, line: 1, trigger: { kind: 'new-file', specifier: file }, suggestions: suggestions.map((s) => toScanSuggestion(s, ecosystem)) }];
}

function toScanSuggestion(s: Suggestion, ecosystem?: string): ScanSuggestion {
  const pkg = s.entry.packages.find((p) => p.ecosystem === ecosystem) ?? s.entry.packages[0];
  return { name: s.entry.name, repo: s.entry.repo, ...(pkg ? { package: pkg.name } : {}), score: Math.round(s.score * 1000) / 1000, reason: s.reason, match: s.match };
}
