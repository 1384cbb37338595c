import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { CatalogEntry } from '../catalog/model';
import type { Dismissal } from './types';

/** File a repository commits to record suggestions it looked at and declined. */
export const REPO_DISMISSALS_FILE = '.reuse-radar.json';

/**
 * True when a dismissal silences this library for this trigger. `library` is an entry (matched by id, repo, name
 * or any package name) or an id string; `specifier` is the import as written or a new file's relative path.
 * An import dismissal also covers the import's sub-paths ("lodash" covers "lodash/fp").
 * @example isDismissed([{ scope: "import", specifier: "axios" }], "acme/http-client", "axios/lib/core") // -> true
 * @example isDismissed([{ scope: "library", library: "@acme/http-client" }], httpClientEntry, "got") // -> true
 */
export function isDismissed(dismissals: readonly Dismissal[], library: string | CatalogEntry, specifier: string): boolean {
  const names = libraryNames(library);
  return dismissals.some((d) => {
    switch (d.scope) {
      case 'library':
        return names.has(d.library.toLowerCase());
      case 'import':
        return coversSpecifier(d.specifier, specifier);
      case 'suggestion':
        return names.has(d.library.toLowerCase()) && coversSpecifier(d.specifier, specifier);
    }
  });
}

/**
 * The one dismissal check for an import, used by `scan` and the editor alike: an import dismissal names either the
 * import as written (with its sub-paths) or the package it resolves to, so `{"import": "okhttp3"}` and
 * `{"import": "com.squareup.okhttp3:okhttp"}` both silence `import okhttp3.OkHttpClient`.
 * @example isImportDismissed([{ scope: "import", specifier: "okhttp3" }], javaHttpEntry, { specifier: "okhttp3.OkHttpClient", packageName: "com.squareup.okhttp3:okhttp" }) // -> true
 */
export function isImportDismissed(dismissals: readonly Dismissal[], library: string | CatalogEntry, imp: { specifier: string; packageName?: string }): boolean {
  if (dismissals.length === 0) return false;
  return isDismissed(dismissals, library, imp.specifier) || (imp.packageName !== undefined && imp.packageName !== imp.specifier && isDismissed(dismissals, library, imp.packageName));
}

/**
 * Reads `<rootDir>/.reuse-radar.json`; a missing file means no dismissals. Schema:
 * ```json
 * { "dismissed": [
 *     { "library": "@acme/http-client", "reason": "we chose got" },   // this library, everywhere
 *     { "import": "axios" },                                          // anything suggested for this import (and its sub-paths)
 *     { "library": "acme/event-bus", "import": "kafkajs" }            // this one suggestion
 * ] }
 * ```
 * A library may be named by package name, repo ("owner/name") or catalog id; "reason" is free text for humans.
 * @example await readRepoDismissals("/repo") // -> [{ scope: "import", specifier: "axios" }]
 * @throws Error with a one-line explanation when the file is not valid JSON or does not follow the schema.
 */
export async function readRepoDismissals(rootDir: string): Promise<Dismissal[]> {
  const file = path.join(rootDir, REPO_DISMISSALS_FILE);
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw new Error(`${file}: cannot be read (${(err as Error).message})`, { cause: err });
  }
  return parseRepoDismissals(text, file);
}

/**
 * Parses the text of a `.reuse-radar.json` file (see readRepoDismissals for the schema).
 * @example parseRepoDismissals('{"dismissed":[{"import":"axios"}]}', ".reuse-radar.json") // -> [{ scope: "import", specifier: "axios" }]
 */
export function parseRepoDismissals(text: string, file: string): Dismissal[] {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    throw new Error(`${file}: not valid JSON (${(err as Error).message})`, { cause: err });
  }
  if (!isRecord(data)) throw new Error(`${file}: expected an object like {"dismissed": [...]}`);
  if (data.dismissed === undefined) return [];
  if (!Array.isArray(data.dismissed)) throw new Error(`${file}: "dismissed" must be an array`);
  return data.dismissed.map((item: unknown, i: number): Dismissal => {
    const where = `${file}: dismissed[${i}]`;
    if (!isRecord(item)) throw new Error(`${where} must be an object with "library" and/or "import"`);
    const library = optionalString(item.library, `${where}.library`);
    const specifier = optionalString(item.import, `${where}.import`);
    optionalString(item.reason, `${where}.reason`);
    if (library && specifier) return { scope: 'suggestion', library, specifier };
    if (library) return { scope: 'library', library };
    if (specifier) return { scope: 'import', specifier };
    throw new Error(`${where} names neither a "library" nor an "import"`);
  });
}

function libraryNames(library: string | CatalogEntry): Set<string> {
  if (typeof library === 'string') return new Set([library.toLowerCase()]);
  return new Set([library.id, library.repo, library.name, ...library.packages.map((p) => p.name)].filter(Boolean).map((n) => n.toLowerCase()));
}

function coversSpecifier(dismissed: string, specifier: string): boolean {
  const d = dismissed.trim();
  return specifier === d || specifier.startsWith(`${d}/`) || specifier.startsWith(`${d}.`) || specifier.startsWith(`${d}::`);
}

function optionalString(value: unknown, where: string): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || value.trim() === '') throw new Error(`${where} must be a non-empty string`);
  return value.trim();
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
