import { CompletionItemKind, CompletionItemTag, type CompletionItem, type CompletionList, type Position } from 'vscode-languageserver';
import type { CatalogEntry, Ecosystem } from '../catalog/model';
import type { SourceLanguage } from '../imports/types';
import { ecosystemOfLanguage, isExcluded, isRetired } from '../matching/catalogIndex';
import { inertText } from '../util/inertText';

const MAX_ITEMS = 100;

/** What the user has typed of an import's module name, and where it starts on the line. */
export interface ImportPrefix {
  prefix: string;
  startCharacter: number;
}

const PATTERNS: Record<SourceLanguage, RegExp[]> = {
  javascript: [/(?:\bfrom\s*|\bimport\s*\(?\s*|\brequire\s*\(\s*)['"`]([^'"`]*)$/],
  typescript: [/(?:\bfrom\s*|\bimport\s*\(?\s*|\brequire\s*\(\s*)['"`]([^'"`]*)$/],
  python: [/^\s*(?:from|import)\s+([\w.]*)$/],
  go: [/^\s*import\s+(?:[\w.]+\s+)?"([^"]*)$/],
  java: [/^\s*import\s+(?:static\s+)?([\w.]*)$/],
  kotlin: [/^\s*import\s+([\w.]*)$/],
  csharp: [/^\s*(?:global\s+)?using\s+(?:static\s+)?([\w.]*)$/],
  rust: [/^\s*(?:pub\s+)?use\s+([\w:]*)$/, /^\s*extern\s+crate\s+(\w*)$/],
};

/**
 * The module name being typed when the cursor is inside an import (a JS/TS import string, a Python `import`/`from`,
 * a Go import path — also inside an `import ( … )` block —, a Java/Kotlin `import`, a C# `using`, a Rust `use`).
 * @example importPrefixAt(["import x from '@ac"], { line: 0, character: 17 }, "typescript") // -> { prefix: "@ac", startCharacter: 14 }
 */
export function importPrefixAt(lines: readonly string[], position: Position, language: SourceLanguage): ImportPrefix | undefined {
  const before = (lines[position.line] ?? '').slice(0, position.character);
  const patterns = language === 'go' && insideGoImportBlock(lines, position.line) ? [/^\s*(?:[\w.]+\s+)?"([^"]*)$/] : PATTERNS[language];
  for (const pattern of patterns) {
    const m = pattern.exec(before);
    if (m) return { prefix: m[1], startCharacter: before.length - m[1].length };
  }
  return undefined;
}

function insideGoImportBlock(lines: readonly string[], line: number): boolean {
  for (let i = line - 1; i >= 0; i--) {
    if (/^\s*\)/.test(lines[i])) return false;
    if (/^\s*import\s*\(\s*$/.test(lines[i])) return true;
  }
  return false;
}

/** The names a library is imported by in a language: npm/Go/NuGet packages, Python modules, JVM packages, crates. */
function importNames(entry: CatalogEntry, language: SourceLanguage, ecosystem: Ecosystem): string[] {
  if (ecosystem === 'maven') return entry.jvmPackages ?? [];
  const packages = entry.packages.filter((p) => p.ecosystem === ecosystem).map((p) => p.name);
  if (language === 'python') return entry.pythonModules?.length ? entry.pythonModules : packages.map((p) => p.replace(/[-.]/g, '_'));
  if (language === 'rust') return packages.map((p) => p.replace(/-/g, '_'));
  return packages;
}

/**
 * Completion items for an import being typed: the catalog's internal packages in the file's ecosystem that contain
 * what was typed (those starting with it first, deprecated ones last, tagged), each sorting before anything else.
 * @example importCompletions(catalog.entries, { prefix: "@acme/ht", startCharacter: 14 }, { line: 0, character: 22 }, "typescript")
 *   // -> { isIncomplete: false, items: [{ label: "@acme/http-client", detail: "internal library http-client", sortText: "0000", ... }] }
 */
export function importCompletions(entries: readonly CatalogEntry[], typed: ImportPrefix, position: Position, language: SourceLanguage): CompletionList {
  const ecosystem = ecosystemOfLanguage(language);
  if (!ecosystem) return { isIncomplete: false, items: [] };
  const needle = typed.prefix.toLowerCase();
  const candidates: { name: string; entry: CatalogEntry; rank: number }[] = [];
  const seen = new Set<string>();
  for (const entry of entries) {
    if (isExcluded(entry)) continue;
    for (const name of importNames(entry, language, ecosystem)) {
      const lower = name.toLowerCase();
      if (seen.has(lower) || !lower.includes(needle)) continue;
      seen.add(lower);
      candidates.push({ name, entry, rank: (lower.startsWith(needle) ? 0 : 1) + (isRetired(entry) ? 2 : 0) });
    }
  }
  candidates.sort((a, b) => a.rank - b.rank || a.name.localeCompare(b.name));
  const range = { start: { line: position.line, character: typed.startCharacter }, end: position };
  const items = candidates.slice(0, MAX_ITEMS).map(({ name, entry }, i): CompletionItem => ({
    label: name,
    kind: CompletionItemKind.Module,
    detail: inertText(`internal library ${entry.name}${isRetired(entry) ? ' (deprecated)' : ''}`, { max: 120 }),
    documentation: entry.description ? inertText(entry.description, { max: 300 }) : undefined,
    tags: isRetired(entry) ? [CompletionItemTag.Deprecated] : undefined,
    sortText: i.toString().padStart(4, '0'),
    filterText: name,
    preselect: i === 0,
    textEdit: { range, newText: name },
  }));
  return { isIncomplete: candidates.length > MAX_ITEMS, items };
}
