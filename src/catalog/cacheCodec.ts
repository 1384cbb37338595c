import { CATALOG_SCHEMA_VERSION, ECOSYSTEMS, type Catalog, type CatalogEntry, type Ecosystem, type OrgUsage, type PackageRef } from './model';
import { isValidPackageName } from './packageName';

export const CACHE_FORMAT = 'reuse-radar-catalog-cache';
/** Bump when the layout below changes; a cache in another layout is refused like a corrupt one (and rebuilt). */
const CACHE_LAYOUT = 2;

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
 * refs). Rare or bulky fields (innersource, readme, unknown future fields) sit in `extras` by entry index, and so
 * does the whole `packages` list of an entry whose packages carry a monorepo `path` or their own `dependencies`.
 * `orgUsage` sits in the header with its strings in the shared table: `dependents` as (key ref, count) pairs,
 * `byRepository` as runs of (repository ref, key count, key refs).
 */
const SCALARS = ['id', 'name', 'repo', 'host', 'description', 'language', 'lifecycle', 'replacement', 'kind', 'lastPush', 'defaultBranch'] as const;
const LINK_KEYS = ['repo', 'docs', 'issues', 'contributing'] as const;
const LIFECYCLES = new Set(['experimental', 'production', 'deprecated', 'archived', 'unknown']);
const KINDS = new Set(['library', 'service', 'application', 'documentation', 'template', 'other']);
// Keys an extras object may never set: the validated fields above and anything that reaches the prototype.
const FORBIDDEN_EXTRAS = new Set(['__proto__', 'constructor', 'prototype']);
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
  orgUsage?: { repositories: number; dependents: number[]; byRepository?: number[] };
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
    if (e.packages.some((p) => p.path !== undefined || p.dependencies !== undefined)) {
      extra.packageDetails = e.packages.map((p) => ({ ...(p.path !== undefined ? { path: p.path } : {}), ...(p.dependencies !== undefined ? { dependencies: p.dependencies } : {}) }));
    }
    if (Object.keys(extra).length) extras[n] = extra;
  });
  const usage = c.orgUsage && encodeUsage(c.orgUsage, ref);
  return {
    format: CACHE_FORMAT, layout: CACHE_LAYOUT, schemaVersion: c.schemaVersion, generatedAt: c.generatedAt,
    ...(c.origin !== undefined ? { origin: c.origin } : {}), ...(c.sync ? { sync: c.sync } : {}),
    replacements: c.replacements, ...(c.advice?.length ? { advice: c.advice } : {}), count: c.entries.length, strings, data, extras, ...(usage ? { orgUsage: usage } : {}),
  };
}

function encodeUsage(u: OrgUsage, ref: (s: string) => number): NonNullable<EncodedCache['orgUsage']> {
  const dependents: number[] = [];
  for (const [key, n] of Object.entries(u.dependents)) dependents.push(ref(key), n);
  if (!u.byRepository) return { repositories: u.repositories, dependents };
  const byRepository: number[] = [];
  for (const [repo, keys] of Object.entries(u.byRepository)) {
    byRepository.push(ref(repo), keys.length);
    for (const k of keys) byRepository.push(ref(k));
  }
  return { repositories: u.repositories, dependents, byRepository };
}

/** The header's org usage back into an OrgUsage; a key without its ":" (package) or "/" (repository) is refused. */
function decodeUsage(u: unknown, strings: unknown[]): OrgUsage {
  const raw = u as Partial<NonNullable<EncodedCache['orgUsage']>>;
  if (typeof raw !== 'object' || raw === null || typeof raw.repositories !== 'number' || !Array.isArray(raw.dependents)
    || (raw.byRepository !== undefined && !Array.isArray(raw.byRepository))) {
    throw new Error('its org usage is malformed');
  }
  const str = (i: unknown, mark: string): string => {
    const v = typeof i === 'number' ? strings[i - 1] : undefined;
    if (typeof v !== 'string' || !v.includes(mark)) throw new Error(`its org usage has a bad string reference ${String(i)}`);
    return v;
  };
  const dependents: Record<string, number> = {};
  for (let i = 0; i + 1 < raw.dependents.length; i += 2) dependents[str(raw.dependents[i], ':')] = Number(raw.dependents[i + 1]);
  const out: OrgUsage = { repositories: raw.repositories, dependents };
  if (raw.byRepository) {
    const d = raw.byRepository;
    // Checked now (a corrupt cache is refused at load), built on first use: only refreshes and merges read it, and
    // building ~10,000 small arrays would add a third to every load.
    for (let p = 0; p < d.length;) {
      str(d[p++], '/');
      const n = d[p++];
      if (typeof n !== 'number' || !(n >= 0) || p + n > d.length) throw new Error('its org usage is malformed');
      for (let i = 0; i < n; i++) str(d[p++], ':');
    }
    let built: Record<string, string[]> | undefined;
    const build = (): Record<string, string[]> => {
      const byRepository: Record<string, string[]> = {};
      for (let p = 0; p < d.length;) {
        const repo = strings[(d[p++] as number) - 1] as string;
        const n = d[p++] as number;
        const keys = new Array<string>(n);
        for (let i = 0; i < n; i++) keys[i] = strings[(d[p++] as number) - 1] as string;
        byRepository[repo] = keys;
      }
      return byRepository;
    };
    Object.defineProperty(out, 'byRepository', {
      enumerable: true, configurable: true,
      get: () => (built ??= build()),
      set: (v: Record<string, string[]>) => { built = v; },
    });
  }
  return out;
}

/**
 * Compact form -> Catalog. The file is not trusted: every number is checked, lifecycles, kinds and ecosystems must
 * be known, invalid package names are dropped, and `extras` can only add fields (never replace a decoded one or reach a prototype).
 * Throws a plain sentence on any problem (the caller names the file and rebuilds the cache).
 */
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
  if (!Number.isSafeInteger(count) || count < 0 || count > data.length) throw new Error(`its entry count ${String(count)} is invalid`);
  for (let i = 0; i < data.length; i++) {
    const v = data[i];
    if (typeof v !== 'number' || !Number.isSafeInteger(v) || v < 0) throw new Error(`number ${i} of its data is not a non-negative integer`);
  }
  if (Array.isArray(extras)) throw new Error('its extras are not an object');
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
    const out: PackageRef[] = [];
    for (let i = 0; i < n; i++) {
      const ecosystem = str() as Ecosystem;
      const name = str();
      // A name no package manager would accept never reaches an install command or a manifest edit.
      if (ECOSYSTEMS.includes(ecosystem) && isValidPackageName(ecosystem, name)) out.push({ ecosystem, name });
    }
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
    if (!LIFECYCLES.has(lifecycle) || !KINDS.has(kind)) throw new Error(`entry ${n} has an unknown lifecycle or kind`);
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
    const extra: unknown = Object.hasOwn(extras, n) ? extras[n] : undefined;
    if (extra !== undefined) {
      if (typeof extra !== 'object' || extra === null || Array.isArray(extra)) throw new Error(`the extras of entry ${n} are not an object`);
      for (const [k, v] of Object.entries(extra)) {
        if (ENCODED.has(k) || FORBIDDEN_EXTRAS.has(k)) throw new Error(`the extras of entry ${n} set "${k.slice(0, 40)}"`);
        if (k === 'packageDetails') applyPackageDetails(e, v, n);
        else (e as unknown as Record<string, unknown>)[k] = v;
      }
      if (e.readme !== undefined && typeof e.readme !== 'string') throw new Error(`entry ${n} has a README that is not text`);
    }
    entries[n] = e;
  }
  if (p !== data.length) throw new Error(`${data.length - p} numbers are left after the last entry`);
  return {
    schemaVersion: CATALOG_SCHEMA_VERSION, generatedAt: d.generatedAt, entries, replacements: d.replacements,
    ...(Array.isArray(d.advice) && d.advice.length ? { advice: d.advice } : {}),
    ...(d.sync ? { sync: d.sync } : {}), ...(d.origin !== undefined ? { origin: d.origin } : {}),
    ...(d.orgUsage !== undefined ? { orgUsage: decodeUsage(d.orgUsage, strings) } : {}),
  };
}

/** A monorepo entry's per-package `path` and own `dependencies`, aligned with its decoded packages and checked like them. */
function applyPackageDetails(e: CatalogEntry, raw: unknown, n: number): void {
  if (!Array.isArray(raw) || raw.length !== e.packages.length) throw new Error(`the package details of entry ${n} do not match its packages`);
  raw.forEach((d: unknown, i) => {
    if (typeof d !== 'object' || d === null || Array.isArray(d)) throw new Error(`the package details of entry ${n} are malformed`);
    const { path, dependencies } = d as { path?: unknown; dependencies?: unknown };
    const pkg = e.packages[i];
    if (path !== undefined) {
      if (typeof path !== 'string' || path.startsWith('/') || path.split('/').includes('..')) throw new Error(`entry ${n} has a package path outside its repository`);
      pkg.path = path;
    }
    if (dependencies !== undefined) {
      if (!Array.isArray(dependencies)) throw new Error(`the package dependencies of entry ${n} are malformed`);
      pkg.dependencies = dependencies.filter((r: unknown): r is PackageRef => {
        const ref = r as Partial<PackageRef> | null;
        return typeof ref === 'object' && ref !== null && typeof ref.name === 'string' && ECOSYSTEMS.includes(ref.ecosystem as Ecosystem)
          && isValidPackageName(ref.ecosystem as Ecosystem, ref.name);
      }).map((r) => ({ ecosystem: r.ecosystem, name: r.name }));
    }
  });
}
