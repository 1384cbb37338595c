import { mergeOrgUsage } from './orgUsage';
import { packageKey } from './packageName';
import { CATALOG_SCHEMA_VERSION, type Catalog, type CatalogEntry, type CatalogSyncState, type Lifecycle, type PackageRef, type ReplacementAdvice, type ReplacementRule } from './model';

const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

function sortedUnion(lists: (string[] | undefined)[]): string[] {
  return [...new Set(lists.flatMap((l) => l ?? []))].sort(byText);
}

function refUnion(lists: PackageRef[][]): PackageRef[] {
  const map = new Map<string, PackageRef>();
  for (const r of lists.flat()) if (!map.has(packageKey(r))) map.set(packageKey(r), r);
  return [...map.entries()].sort(([a], [b]) => byText(a, b)).map(([, r]) => r);
}

function first<T>(values: (T | undefined)[]): T | undefined {
  return values.find((v) => v !== undefined && v !== '');
}

/**
 * Per key, the first defined value in precedence order. Keys are collected in a Map (catalog text is untrusted: a
 * "__proto__" key stays a key and never reaches a prototype), then copied with defineProperty.
 */
function firstPerKey<T extends object>(objects: (T | undefined)[]): T {
  const values = new Map<string, unknown>();
  for (const o of objects) {
    for (const [k, v] of Object.entries(o ?? {})) if (!values.has(k) && v !== undefined && v !== '') values.set(k, v);
  }
  const out = {};
  for (const [k, v] of values) Object.defineProperty(out, k, { value: v, enumerable: true, writable: true, configurable: true });
  return out as T;
}

function mergeLifecycle(ls: Lifecycle[]): Lifecycle {
  if (ls.includes('archived')) return 'archived';
  if (ls.includes('deprecated')) return 'deprecated';
  return ls.find((l) => l !== 'unknown') ?? 'unknown';
}

/** Folds entries describing the same library (in precedence order) into one. */
function mergeGroup(group: CatalogEntry[]): CatalogEntry {
  if (group.length === 1) return group[0];
  const withRepo = group.filter((e) => e.repo);
  const lead = withRepo[0] ?? group[0];
  const f = <K extends keyof CatalogEntry>(k: K): CatalogEntry[K] | undefined => first(group.map((e) => e[k]));
  const merged: CatalogEntry = {
    id: lead.id,
    name: lead.name,
    repo: lead.repo,
    packages: refUnion(group.map((e) => e.packages)),
    description: f('description') ?? '',
    keywords: sortedUnion(group.map((e) => e.keywords)),
    dependencies: refUnion(group.map((e) => e.dependencies)),
    owners: [...new Set(group.flatMap((e) => e.owners))],
    lifecycle: mergeLifecycle(group.map((e) => e.lifecycle)),
    kind: group.find((e) => e.kind === 'library')?.kind ?? lead.kind,
    hasContributing: group.some((e) => e.hasContributing),
    links: firstPerKey(group.map((e) => e.links)),
    sources: sortedUnion(group.map((e) => e.sources)),
  };
  const optional: Partial<CatalogEntry> = {
    host: lead.host ?? f('host'),
    language: f('language'),
    replacement: f('replacement'),
    fork: group.some((e) => e.fork) || (group.some((e) => e.fork === false) ? false : undefined),
    archived: group.some((e) => e.archived) || (group.some((e) => e.archived === false) ? false : undefined),
    stars: f('stars'),
    lastPush: group.map((e) => e.lastPush).filter((p): p is string => !!p).sort(byText).pop(),
    openIssues: f('openIssues'),
    activityScore: f('activityScore'),
    onramp: f('onramp'),
    readme: f('readme'),
    defaultBranch: f('defaultBranch'),
    innersource: group.some((e) => e.innersource) ? firstPerKey(group.map((e) => e.innersource)) : undefined,
  };
  for (const k of ['dropInFor', 'replaces', 'usedBy', 'jvmPackages'] as const) {
    if (group.some((e) => e[k])) optional[k] = sortedUnion(group.map((e) => e[k]));
  }
  for (const [k, v] of Object.entries(optional)) if (v !== undefined) (merged as unknown as Record<string, unknown>)[k] = v;
  return merged;
}

/**
 * Merges catalogs into one, deterministically. Entries are the same library when they share an id or any published
 * package (transitively). Precedence follows argument order: the first catalog having a scalar (description, stars,
 * links.*, ...) wins; lists (packages, keywords, dependencies, sources, usedBy, replaces, dropInFor) are unioned and
 * sorted; owners are unioned in precedence order; lifecycle takes the most severe of archived > deprecated, else the
 * first known; lastPush the latest; the id/repo come from the first entry that has a repository. Entries are sorted
 * by id, replacement rules by (from, to, source), de-duplicated on (from, ecosystem, to).
 *
 * @example mergeCatalogs([crawled, fromBackstage]) // "acme/http" + "backstage:http" sharing npm:@acme/http -> one entry "acme/http"
 */
export function mergeCatalogs(catalogs: Catalog[]): Catalog {
  const all = catalogs.flatMap((c) => c.entries);
  const parent = all.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  const union = (a: number, b: number): void => {
    const [ra, rb] = [find(a), find(b)];
    if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
  };
  const firstByKey = new Map<string, number>();
  all.forEach((e, i) => {
    for (const key of [`id:${e.id.toLowerCase()}`, ...e.packages.map(packageKey)]) {
      const seen = firstByKey.get(key);
      if (seen === undefined) firstByKey.set(key, i);
      else union(seen, i);
    }
  });
  const groups = new Map<number, CatalogEntry[]>();
  all.forEach((e, i) => {
    const root = find(i);
    groups.set(root, [...(groups.get(root) ?? []), e]);
  });
  const entries = [...groups.values()].map(mergeGroup).sort((a, b) => byText(a.id, b.id));

  const rules = new Map<string, ReplacementRule>();
  for (const r of catalogs.flatMap((c) => c.replacements)) {
    const key = `${r.from}\u0000${r.ecosystem ?? ''}\u0000${r.to}\u0000${(r.importNames ?? []).join(',')}`;
    if (!rules.has(key)) rules.set(key, r);
  }
  const replacements = [...rules.values()].sort((a, b) => byText(a.from, b.from) || byText(a.to, b.to) || byText(a.source, b.source));
  const sync = new Map<string, CatalogSyncState>();
  for (const s of catalogs.flatMap((c) => c.sync ?? [])) {
    const key = `${s.org.toLowerCase()} ${s.apiUrl}`;
    const prev = sync.get(key);
    if (!prev || prev.lastSync < s.lastSync) sync.set(key, s);
  }
  const advice = new Map<string, ReplacementAdvice>();
  for (const a of catalogs.flatMap((c) => c.advice ?? [])) {
    const key = `${a.from}\u0000${a.ecosystem ?? ''}\u0000${a.kind}\u0000${a.text}`;
    if (!advice.has(key)) advice.set(key, a);
  }
  const origins = [...new Set(catalogs.map((c) => c.origin).filter((o): o is string => !!o))];
  const orgUsage = mergeOrgUsage(catalogs.map((c) => c.orgUsage));
  return {
    schemaVersion: CATALOG_SCHEMA_VERSION,
    generatedAt: catalogs.map((c) => c.generatedAt).sort(byText).pop() ?? new Date(0).toISOString(),
    entries,
    replacements,
    ...(advice.size ? { advice: [...advice.values()].sort((a, b) => byText(a.from, b.from) || byText(a.text, b.text)) } : {}),
    ...(sync.size ? { sync: [...sync.values()].sort((a, b) => byText(a.org, b.org)) } : {}),
    ...(origins.length ? { origin: origins.join(' + ') } : {}),
    ...(orgUsage ? { orgUsage } : {}),
  };
}
