import { CATALOG_SCHEMA_VERSION, type Catalog, type CatalogEntry, type Ecosystem, type PackageRef } from './model';

export const CACHE_FORMAT = 'reuse-radar-catalog-cache';
/** Bump when the layout below changes; a cache in another layout is refused like a corrupt one (and rebuilt). */
export const CACHE_LAYOUT = 2;

/**
 * On-disk layout. All strings except README texts go through one shared table; every entry is a run of small
 * integers in ONE flat array, so JSON.parse allocates a single number array (no per-entry garbage) and the decoder
 * allocates only the final objects. Repeated strings (ecosystems, owners, keywords, dependency names, used-by repos)
 * are stored, and after loading held in memory, once.
 *
 * Per entry, in order: id name repo host description language lifecycle replacement kind lastPush defaultBranch
 * (string refs: index + 1, 0 = absent) · fork archived hasContributing (0 absent, 1 false, 2 true) · stars openIssues
 * (value + 1, 0 = absent) · links repo docs issues contributing (string refs) · packages, dependencies (count, then
 * ecosystem/name ref pairs) · keywords owners sources (count, refs) · dropInFor replaces usedBy (count + 1, 0 = absent,
 * refs). Rare or bulky fields (innersource, readme, unknown future fields) sit in `extras` by entry index.
 */
const SCALARS = ['id', 'name', 'repo', 'host', 'description', 'language', 'lifecycle', 'replacement', 'kind', 'lastPush', 'defaultBranch'] as const;
const LINK_KEYS = ['repo', 'docs', 'issues', 'contributing'] as const;
const ENCODED = new Set<string>([...SCALARS, 'fork', 'archived', 'hasContributing', 'stars', 'openIssues', 'links', 'packages',
  'dependencies', 'keywords', 'owners', 'sources', 'dropInFor', 'replaces', 'usedBy']);

export interface EncodedCache {
  format: typeof CACHE_FORMAT;
  layout: number;
  schemaVersion: number;
  generatedAt: string;
  origin?: string;
  sync?: Catalog['sync'];
  replacements: Catalog['replacements'];
  advice?: Catalog['advice'];
  count: number;
  strings: string[];
  data: number[];
  extras: Record<string, Record<string, unknown>>;
}

/** Catalog -> compact, string-interned, JSON-ready form (see the layout above). */
export function encodeCatalog(c: Catalog): EncodedCache {
  const strings: string[] = [];
  const index = new Map<string, number>();
  const data: number[] = [];
  const ref = (v: string | undefined): number => {
    if (v === undefined) return 0;
    let i = index.get(v);
    if (i === undefined) {
      i = strings.push(v);
      index.set(v, i);
    }
    return i;
  };
  const bool = (v: boolean | undefined): number => (v === undefined ? 0 : v ? 2 : 1);
  const refs = (v: PackageRef[]): void => {
    data.push(v.length);
    for (const r of v) data.push(ref(r.ecosystem), ref(r.name));
  };
  const list = (v: string[]): void => {
    data.push(v.length);
    for (const s of v) data.push(ref(s));
  };
  const optList = (v: string[] | undefined): void => {
    data.push(v ? v.length + 1 : 0);
    for (const s of v ?? []) data.push(ref(s));
  };
  const extras: EncodedCache['extras'] = {};
  c.entries.forEach((e, n) => {
    for (const k of SCALARS) data.push(ref(e[k]));
    data.push(bool(e.fork), bool(e.archived), bool(e.hasContributing), e.stars === undefined ? 0 : e.stars + 1, e.openIssues === undefined ? 0 : e.openIssues + 1);
    for (const k of LINK_KEYS) data.push(ref(e.links[k]));
    refs(e.packages);
    refs(e.dependencies);
    list(e.keywords);
    list(e.owners);
    list(e.sources);
    optList(e.dropInFor);
    optList(e.replaces);
    optList(e.usedBy);
    const extra: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(e)) if (!ENCODED.has(k) && v !== undefined) extra[k] = v;
    if (Object.keys(extra).length) extras[n] = extra;
  });
  return {
    format: CACHE_FORMAT, layout: CACHE_LAYOUT, schemaVersion: c.schemaVersion, generatedAt: c.generatedAt,
    ...(c.origin !== undefined ? { origin: c.origin } : {}), ...(c.sync ? { sync: c.sync } : {}),
    replacements: c.replacements, ...(c.advice?.length ? { advice: c.advice } : {}), count: c.entries.length, strings, data, extras,
  };
}

/** Compact form -> Catalog. Throws a plain sentence on any structural problem (the caller names the file). */
export function decodeCatalog(raw: unknown): Catalog {
  const d = raw as Partial<EncodedCache>;
  if (typeof d !== 'object' || d === null || d.format !== CACHE_FORMAT) throw new Error('it is not a Reuse Radar catalog cache');
  if (d.schemaVersion !== CATALOG_SCHEMA_VERSION) {
    throw new Error(`it was written with catalog schema version ${String(d.schemaVersion)}, this version reads ${CATALOG_SCHEMA_VERSION}`);
  }
  if (d.layout !== CACHE_LAYOUT) throw new Error(`it uses cache layout ${String(d.layout)}, this version reads ${CACHE_LAYOUT}`);
  const { strings, data, extras, count } = d;
  if (!Array.isArray(strings) || !Array.isArray(data) || typeof extras !== 'object' || extras === null || typeof count !== 'number'
    || !Array.isArray(d.replacements) || typeof d.generatedAt !== 'string') {
    throw new Error('its header is incomplete');
  }
  let p = 0;
  const str = (): string => {
    const v = strings[data[p++] - 1];
    if (typeof v !== 'string') throw new Error(`string reference ${data[p - 1]} at ${p - 1} is out of range`);
    return v;
  };
  const opt = (): string | undefined => (data[p] === 0 ? (p++, undefined) : str());
  const list = (n: number): string[] => {
    const out = new Array<string>(n);
    for (let i = 0; i < n; i++) out[i] = str();
    return out;
  };
  const refs = (): PackageRef[] => {
    const n = data[p++];
    const out = new Array<PackageRef>(n);
    for (let i = 0; i < n; i++) out[i] = { ecosystem: str() as Ecosystem, name: str() };
    return out;
  };
  const entries = new Array<CatalogEntry>(count);
  for (let n = 0; n < count; n++) {
    if (p >= data.length) throw new Error(`the data ends before entry ${n}`);
    // One statement per field: evaluation order is the layout order, and no temporary arrays are allocated.
    const id = str();
    const name = str();
    const repo = str();
    const host = opt();
    const description = str();
    const language = opt();
    const lifecycle = str();
    const replacement = opt();
    const kind = str();
    const lastPush = opt();
    const defaultBranch = opt();
    const fork = data[p++];
    const archived = data[p++];
    const hasContributing = data[p++];
    const stars = data[p++];
    const openIssues = data[p++];
    const links: CatalogEntry['links'] = {};
    for (const k of LINK_KEYS) {
      const v = opt();
      if (v !== undefined) links[k] = v;
    }
    const e: CatalogEntry = {
      id, name, repo, packages: refs(), description, keywords: [], dependencies: refs(), owners: [],
      lifecycle: lifecycle as CatalogEntry['lifecycle'], kind: kind as CatalogEntry['kind'], hasContributing: hasContributing === 2, links, sources: [],
    };
    e.keywords = list(data[p++]);
    e.owners = list(data[p++]);
    e.sources = list(data[p++]);
    const dropIn = data[p++];
    if (dropIn) e.dropInFor = list(dropIn - 1);
    const replaces = data[p++];
    if (replaces) e.replaces = list(replaces - 1);
    const usedBy = data[p++];
    if (usedBy) e.usedBy = list(usedBy - 1);
    if (host !== undefined) e.host = host;
    if (language !== undefined) e.language = language;
    if (replacement !== undefined) e.replacement = replacement;
    if (fork) e.fork = fork === 2;
    if (archived) e.archived = archived === 2;
    if (stars) e.stars = stars - 1;
    if (lastPush !== undefined) e.lastPush = lastPush;
    if (openIssues) e.openIssues = openIssues - 1;
    if (defaultBranch !== undefined) e.defaultBranch = defaultBranch;
    const extra = extras[n];
    if (extra) Object.assign(e, extra);
    entries[n] = e;
  }
  if (p !== data.length) throw new Error(`${data.length - p} numbers are left after the last entry`);
  return {
    schemaVersion: CATALOG_SCHEMA_VERSION, generatedAt: d.generatedAt, entries, replacements: d.replacements,
    ...(Array.isArray(d.advice) && d.advice.length ? { advice: d.advice } : {}),
    ...(d.sync ? { sync: d.sync } : {}), ...(d.origin !== undefined ? { origin: d.origin } : {}),
  };
}
