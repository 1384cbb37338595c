import type { CatalogEntry } from './model';

/** Largest catalog file read, in bytes (a 10 000-library org publishes a few MB). */
const MAX_CATALOG_FILE_BYTES = 32 * 1024 * 1024;

/** Longest value kept for each free-text field of an entry; longer text is cut, with a warning naming the field. */
const FIELD_LIMITS = {
  id: 300, name: 200, repo: 300, host: 255, description: 2000, language: 100, replacement: 300, readme: 200_000,
  defaultBranch: 255, lastPush: 64, link: 2048, listItem: 300, listLength: 200,
} as const;

type StringField = 'id' | 'name' | 'repo' | 'host' | 'description' | 'language' | 'replacement' | 'readme' | 'defaultBranch' | 'lastPush';
const STRING_FIELDS: readonly StringField[] = ['id', 'name', 'repo', 'host', 'description', 'language', 'replacement', 'readme', 'defaultBranch', 'lastPush'];
const LIST_FIELDS = ['keywords', 'owners', 'dropInFor', 'replaces', 'jvmPackages', 'pythonModules', 'usedBy', 'sources'] as const;

/**
 * Throws one clear sentence when a catalog file is larger than MAX_CATALOG_FILE_BYTES (callers check before reading
 * when they can; this catches text that arrived another way).
 *
 * @example assertCatalogSize(200 * 1024 * 1024, "catalog.json") // throws "catalog.json: the catalog file is 200 MB; …"
 */
export function assertCatalogSize(bytes: number, nameHint: string): void {
  if (bytes <= MAX_CATALOG_FILE_BYTES) return;
  const mb = (n: number) => `${Math.round(n / 1024 / 1024)} MB`;
  throw new Error(`${nameHint}: the catalog file is ${mb(bytes)}; Reuse Radar reads catalog files up to ${mb(MAX_CATALOG_FILE_BYTES)}`);
}

/**
 * Cuts an entry's over-long text fields and lists in place (untrusted catalog text is shown in hovers, trees and
 * terminals); pushes one warning per cut field.
 *
 * @example capEntry({ ...entry, description: "x".repeat(5000) }, "c.json", warnings) // description → 2000 chars, 1 warning
 */
export function capEntry(entry: CatalogEntry, nameHint: string, warnings: string[]): void {
  const where = `${nameHint}: ${entry.id.slice(0, 80)}`;
  for (const field of STRING_FIELDS) {
    const value = entry[field];
    const max = FIELD_LIMITS[field];
    if (typeof value === 'string' && value.length > max) {
      entry[field] = value.slice(0, max);
      warnings.push(`${where}: "${field}" is ${value.length} characters; cut to ${max}`);
    }
  }
  for (const field of LIST_FIELDS) {
    const list = entry[field];
    if (!Array.isArray(list)) continue;
    const tooLong = list.some((v) => typeof v === 'string' && v.length > FIELD_LIMITS.listItem);
    if (list.length <= FIELD_LIMITS.listLength && !tooLong) continue;
    entry[field] = list.slice(0, FIELD_LIMITS.listLength).map((v) => (typeof v === 'string' ? v.slice(0, FIELD_LIMITS.listItem) : v));
    warnings.push(`${where}: "${field}" has ${list.length} item(s) or over-long ones; kept ${FIELD_LIMITS.listLength} of at most ${FIELD_LIMITS.listItem} characters`);
  }
  for (const key of ['repo', 'docs', 'issues', 'contributing'] as const) {
    const link = entry.links?.[key];
    if (typeof link === 'string' && link.length > FIELD_LIMITS.link) {
      delete entry.links[key];
      warnings.push(`${where}: "links.${key}" is longer than ${FIELD_LIMITS.link} characters; dropped`);
    }
  }
  if (entry.packages.length > FIELD_LIMITS.listLength) {
    entry.packages = entry.packages.slice(0, FIELD_LIMITS.listLength);
    warnings.push(`${where}: more than ${FIELD_LIMITS.listLength} packages; kept the first ${FIELD_LIMITS.listLength}`);
  }
}
