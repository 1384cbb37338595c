import { readFile } from 'node:fs/promises';
import type { Catalog } from '../catalog/model';
import { classifyImport, type ProjectContext } from '../imports/classify';
import { extractImports } from '../imports/extractImports';
import { ProjectContextCache } from '../imports/projectContextCache';
import { nearestProjectRoot } from '../imports/projectRoot';
import type { ClassifiedImport, SourceLanguage } from '../imports/types';
import { walkSourceTree } from '../imports/walkTree';
import { ecosystemOfLanguage } from './catalogIndex';
import { isDismissed, readRepoDismissals } from './dismissals';
import { Matcher } from './matcher';
import { importTrigger, newFileTrigger } from './triggers';
import type { Dismissal, MatchKind, Suggestion } from './types';

/** One suggestion as the CLI and CI tools see it. */
export interface ScanSuggestion {
  name: string;
  /** "owner/name" ("" when the catalog does not know it). */
  repo: string;
  /** The library's package in the trigger's ecosystem (else its first), or "" when it publishes none. */
  package: string;
  /** 0..1, rounded to three decimals. */
  score: number;
  reason: string;
  match: MatchKind;
}

/** A trigger in the scanned tree with at least one suggestion above the threshold. */
export interface ScanFinding {
  /** Relative to the scanned root, "/" separators. */
  file: string;
  /** 1-based; 1 for new-file triggers. */
  line: number;
  trigger: { kind: 'import' | 'new-file'; specifier: string };
  suggestions: ScanSuggestion[];
}

export interface ScanOptions {
  /** Treat every file as newly created (its relative path is the trigger) instead of scanning imports. */
  newFiles?: boolean;
  threshold?: number;
  signal?: AbortSignal;
}

/**
 * Scans a source tree for imports (or, with `newFiles`, file paths) that an internal library should serve, honouring
 * `<root>/.reuse-radar.json` dismissals. Each file's imports are classified with the manifests of its nearest
 * enclosing project under `root` (a monorepo package's self-imports stay local), else of the project enclosing `root`.
 * Findings come in file order, then line order; suggestions best first.
 * @example await scanTree("/repo", catalog, {})
 *   // -> [{ file: "src/api.ts", line: 1, trigger: { kind: "import", specifier: "axios" },
 *   //       suggestions: [{ name: "http-client", repo: "acme/http-client", package: "@acme/http-client", score: 0.9, reason: "wraps axios, which this file imports", match: "wrapper" }] }]
 */
export async function scanTree(root: string, catalog: Catalog, opts: ScanOptions = {}): Promise<ScanFinding[]> {
  const matcher = new Matcher(catalog, { threshold: opts.threshold });
  const dismissals = await readRepoDismissals(root);
  // Files with no project of their own under `root` take the project enclosing `root` (which holds no manifest by
  // then, so the walk starts at its parent): scanning "mono/flags/src" agrees with scanning "mono".
  const projects = new ProjectContextCache(root, { fallbackRoot: async () => (await nearestProjectRoot(root)) ?? root });
  const findings: ScanFinding[] = [];
  const files = [];
  for await (const file of walkSourceTree(root, { signal: opts.signal })) files.push(file);
  files.sort((a, b) => (a.relativePath < b.relativePath ? -1 : a.relativePath > b.relativePath ? 1 : 0));
  for (const file of files) {
    if (opts.signal?.aborted) break;
    if (opts.newFiles) {
      const trigger = newFileTrigger(file.relativePath);
      const kept = matcher.match(trigger).filter((s) => !isDismissed(dismissals, s.entry, file.relativePath));
      if (kept.length > 0) findings.push({ file: file.relativePath, line: 1, trigger: { kind: 'new-file', specifier: file.relativePath }, suggestions: kept.map((s) => toScanSuggestion(s, trigger.language && ecosystemOfLanguage(trigger.language))) });
      continue;
    }
    let text: string;
    try {
      text = await readFile(file.path, 'utf8');
    } catch {
      continue;
    }
    const context = await projects.contextFor(file.path);
    for (const { import: imp, suggestions } of importFindings(text, file.language, context, matcher, dismissals)) {
      findings.push({
        file: file.relativePath,
        line: imp.range.start.line + 1,
        trigger: { kind: 'import', specifier: imp.specifier },
        suggestions: suggestions.map((s) => toScanSuggestion(s, imp.ecosystem)),
      });
    }
  }
  return findings;
}

/** One import of a file with the suggestions left after the threshold and dismissals, best first. */
export interface ImportFindingOfFile {
  import: ClassifiedImport;
  suggestions: Suggestion[];
}

/**
 * The per-file step of `scanTree`: extract a file's imports, classify them with its project's context, match and drop
 * dismissed suggestions (keyed on the import as written). The language server runs exactly this on an open document.
 * @example importFindings("import axios from 'axios';", "typescript", {}, matcher, [])
 *   // -> [{ import: { specifier: "axios", kind: "package", packageName: "axios", range: ... }, suggestions: [<http-client wrapper>] }]
 */
export function importFindings(text: string, language: SourceLanguage, context: ProjectContext, matcher: Matcher, dismissals: readonly Dismissal[]): ImportFindingOfFile[] {
  const out: ImportFindingOfFile[] = [];
  for (const ref of extractImports(text, language)) {
    const classified = classifyImport(ref, language, context);
    const kept = matcher.match(importTrigger(classified, language)).filter((s) => !isDismissed(dismissals, s.entry, ref.specifier));
    if (kept.length > 0) out.push({ import: classified, suggestions: kept });
  }
  return out;
}

function toScanSuggestion(s: Suggestion, ecosystem?: string): ScanSuggestion {
  const pkg = s.entry.packages.find((p) => p.ecosystem === ecosystem) ?? s.entry.packages[0];
  return { name: s.entry.name, repo: s.entry.repo, package: pkg?.name ?? '', score: Math.round(s.score * 1000) / 1000, reason: s.reason, match: s.match };
}
