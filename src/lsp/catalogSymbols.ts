import { SymbolKind, SymbolTag, type Location, type SymbolInformation } from 'vscode-languageserver';
import type { CatalogEntry } from '../catalog/model';
import { docsUrl } from '../catalog/entryFacts';
import { isRetired } from '../matching/catalogIndex';
import { inertText } from '../util/inertText';
import { httpsUrl } from '../util/safeUrl';

const MAX_SYMBOLS = 200;

/** A catalog file the server read, to point symbols at the line that defines each library. */
export interface CatalogFileText {
  uri: string;
  text: string;
}

/**
 * The catalog as workspace symbols: each library by its name and by each package, for names containing the query
 * (case-insensitive; empty query: all, capped). A symbol points at the entry in a local catalog file when it is found
 * there, else at the library's https documentation or repository page (libraries with neither are left out).
 * @example catalogSymbols(entries, "http", files)
 *   // -> [{ name: "http-client", kind: SymbolKind.Package, containerName: "acme/http-client", location: { uri: "file:///org/catalog.json", range } }, { name: "@acme/http-client", kind: SymbolKind.Module, ... }]
 */
export function catalogSymbols(entries: readonly CatalogEntry[], query: string, files: readonly CatalogFileText[]): SymbolInformation[] {
  const needle = query.trim().toLowerCase();
  const out: SymbolInformation[] = [];
  for (const entry of entries) {
    const location = locate(entry, files);
    if (!location) continue;
    const names: [string, SymbolKind][] = [[entry.name, SymbolKind.Package], ...entry.packages.filter((p) => p.name !== entry.name).map((p): [string, SymbolKind] => [p.name, SymbolKind.Module])];
    for (const [name, kind] of names) {
      if (needle && !name.toLowerCase().includes(needle)) continue;
      out.push({
        name: inertText(name, { max: 200 }),
        kind,
        containerName: inertText(entry.repo || entry.id, { max: 200 }),
        tags: isRetired(entry) ? [SymbolTag.Deprecated] : undefined,
        location,
      });
      if (out.length >= MAX_SYMBOLS) return out;
    }
  }
  return out;
}

function locate(entry: CatalogEntry, files: readonly CatalogFileText[]): Location | undefined {
  const needles = [entry.id, entry.repo, ...entry.packages.map((p) => p.name), entry.name].filter(Boolean).map((n) => JSON.stringify(n));
  for (const file of files) {
    for (const needle of needles) {
      const at = file.text.indexOf(needle);
      if (at < 0) continue;
      const before = file.text.slice(0, at);
      const line = before.split('\n').length - 1;
      const character = at - (before.lastIndexOf('\n') + 1);
      return { uri: file.uri, range: { start: { line, character }, end: { line, character: character + needle.length } } };
    }
  }
  const web = httpsUrl(docsUrl(entry));
  return web ? { uri: web, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } } } : undefined;
}
