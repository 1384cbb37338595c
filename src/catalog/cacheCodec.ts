import { CATALOG_SCHEMA_VERSION, type Catalog, type CatalogEntry, type Ecosystem, type PackageRef } from './model';

export const CACHE_FORMAT = 'reuse-radar-catalog-cache';

/**
 * Entry tuple layout. Every string except the README goes through one shared string table, so repeated values
 * (ecosystems, owners, keywords, dependency names, usedBy repos, sources) are stored — and, after loading, held in
 * memory — once. Absent optional values are null.
 */
const FIELDS = [
  'id', 'name', 'repo', 'host', 'packages', 'description', 'keywords', 'language', 'dependencies', 'owners',
  'lifecycle', 'replacement', 'kind', 'fork', 'archived', 'stars', 'lastPush', 'openIssues', 'hasContributing',
  'links', 'dropInFor', 'replaces', 'innersource', 'usedBy', 'sources', 'readme', 'defaultBranch', 'extra',
] as const;
const KNOWN = new Set<string>(FIELDS);
const LINK_KEYS = ['repo', 'docs', 'issues', 'contributing'] as const;

export interface EncodedCache {
  format: typeof CACHE_FORMAT;
  schemaVersion: number;
  generatedAt: string;
  origin?: string;
  sync?: Catalog['sync'];
  replacements: Catalog['replacements'];
  fields: readonly string[];
  strings: string[];
  entries: unknown[][];
}

/** Catalog -> compact, string-interned JSON-ready form (see FIELDS). */
export function encodeCatalog(c: Catalog): EncodedCache {
  const strings: string[] = [];
  const index = new Map<string, number>();
  const s = (v: string): number => {
    let i = index.get(v);
    if (i === undefined) {
      i = strings.push(v) - 1;
      index.set(v, i);
    }
    return i;
  };
  const o = (v: string | undefined): number | null => (v === undefined ? null : s(v));
  const list = (v: string[] | undefined): number[] | null => (v ? v.map(s) : null);
  const refs = (v: PackageRef[]): number[] => v.flatMap((r) => [s(r.ecosystem), s(r.name)]);
  const bool = (v: boolean | undefined): number | null => (v === undefined ? null : v ? 1 : 0);
  const entries = c.entries.map((e) => {
    const extra: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(e)) if (!KNOWN.has(k) && v !== undefined) extra[k] = v;
    const links = LINK_KEYS.map((k) => o(e.links[k]));
    return [
      s(e.id), s(e.name), s(e.repo), o(e.host), refs(e.packages), s(e.description), list(e.keywords), o(e.language),
      refs(e.dependencies), list(e.owners), s(e.lifecycle), o(e.replacement), s(e.kind), bool(e.fork), bool(e.archived),
      e.stars ?? null, o(e.lastPush), e.openIssues ?? null, e.hasContributing ? 1 : 0,
      links.every((l) => l === null) ? null : links, list(e.dropInFor), list(e.replaces), e.innersource ?? null,
      list(e.usedBy), list(e.sources), e.readme ?? null, o(e.defaultBranch), Object.keys(extra).length ? extra : null,
    ];
  });
  return {
    format: CACHE_FORMAT, schemaVersion: c.schemaVersion, generatedAt: c.generatedAt,
    ...(c.origin !== undefined ? { origin: c.origin } : {}), ...(c.sync ? { sync: c.sync } : {}),
    replacements: c.replacements, fields: FIELDS, strings, entries,
  };
}

/** Compact form -> Catalog. Throws a plain sentence on any structural problem (the caller names the file). */
export function decodeCatalog(raw: unknown): Catalog {
  const d = raw as Partial<EncodedCache>;
  if (typeof d !== 'object' || d === null || d.format !== CACHE_FORMAT) throw new Error('it is not a Reuse Radar catalog cache');
  if (d.schemaVersion !== CATALOG_SCHEMA_VERSION) {
    throw new Error(`it was written with catalog schema version ${String(d.schemaVersion)}, this version reads ${CATALOG_SCHEMA_VERSION}`);
  }
  const strings = d.strings;
  if (!Array.isArray(strings) || !Array.isArray(d.entries) || !Array.isArray(d.replacements) || typeof d.generatedAt !== 'string'
    || !Array.isArray(d.fields) || d.fields.length !== FIELDS.length) {
    throw new Error('its header is incomplete');
  }
  const s = (i: unknown): string => {
    const v = strings[i as number];
    if (typeof v !== 'string') throw new Error(`string reference ${String(i)} is out of range`);
    return v;
  };
  const o = (i: unknown): string | undefined => (i === null ? undefined : s(i));
  const list = (v: unknown): string[] => (v as number[]).map(s);
  const refs = (v: unknown): PackageRef[] => {
    const a = v as number[];
    const out: PackageRef[] = new Array(a.length / 2);
    for (let i = 0; i < a.length; i += 2) out[i / 2] = { ecosystem: s(a[i]) as Ecosystem, name: s(a[i + 1]) };
    return out;
  };
  const entries = d.entries.map((t, n): CatalogEntry => {
    if (!Array.isArray(t) || t.length !== FIELDS.length) throw new Error(`entry ${n} has the wrong shape`);
    const e: CatalogEntry = {
      id: s(t[0]), name: s(t[1]), repo: s(t[2]), packages: refs(t[4]), description: s(t[5]), keywords: list(t[6]),
      dependencies: refs(t[8]), owners: list(t[9]), lifecycle: s(t[10]) as CatalogEntry['lifecycle'], kind: s(t[12]) as CatalogEntry['kind'],
      hasContributing: t[18] === 1, links: {}, sources: list(t[24]),
    };
    if (t[3] !== null) e.host = s(t[3]);
    if (t[7] !== null) e.language = s(t[7]);
    if (t[11] !== null) e.replacement = s(t[11]);
    if (t[13] !== null) e.fork = t[13] === 1;
    if (t[14] !== null) e.archived = t[14] === 1;
    if (t[15] !== null) e.stars = t[15] as number;
    if (t[16] !== null) e.lastPush = s(t[16]);
    if (t[17] !== null) e.openIssues = t[17] as number;
    if (t[19] !== null) LINK_KEYS.forEach((k, i) => { const v = o((t[19] as unknown[])[i]); if (v !== undefined) e.links[k] = v; });
    if (t[20] !== null) e.dropInFor = list(t[20]);
    if (t[21] !== null) e.replaces = list(t[21]);
    if (t[22] !== null) e.innersource = t[22] as CatalogEntry['innersource'];
    if (t[23] !== null) e.usedBy = list(t[23]);
    if (t[25] !== null) e.readme = t[25] as string;
    if (t[26] !== null) e.defaultBranch = s(t[26]);
    if (t[27] !== null) Object.assign(e, t[27]);
    return e;
  });
  return {
    schemaVersion: CATALOG_SCHEMA_VERSION, generatedAt: d.generatedAt, entries, replacements: d.replacements,
    ...(d.sync ? { sync: d.sync } : {}), ...(d.origin !== undefined ? { origin: d.origin } : {}),
  };
}
