import { orgUsageFrom } from './orgUsage';
import { packageKey } from './packageName';
import { PATH_WORD_PREFIX } from './pathWords';
import { entryFromSnapshot, type EntryFromSnapshotResult } from './entryFromSnapshot';
import { CATALOG_SCHEMA_VERSION, type Catalog, type CatalogEntry, type RepoSnapshot } from './model';
import { pushAll } from '../util/arrays';

export interface BuildCatalogOptions {
  /** Only repositories carrying this topic count as libraries (case-insensitive), e.g. "inner-source". */
  topic?: string;
  /** Keep services, applications etc. as entries too (they are never suggested, but appear in the catalog). */
  includeNonLibraries?: boolean;
  /** Backstage component types that count as libraries in repositories' catalog-info.yaml (default: by name). */
  libraryTypes?: readonly string[];
  /** Catalog origin, e.g. "github:acme"; also the entries' source label. */
  origin?: string;
  now?: Date;
}

export interface BuildCatalogResult {
  catalog: Catalog;
  warnings: string[];
  repositories: number;
  libraries: number;
}

/**
 * The keys a repository counts for in org usage, or null when it does not count (a fork, archived, or without a
 * package manifest): its runtime dependencies, libraries and services alike, and the words of its root path names.
 * @example usageKeys(entryFromSnapshot(checkoutService)) // -> ["npm:@acme/retry", "npm:react", "path:checkout", "path:version"]
 */
export function usageKeys(r: Pick<EntryFromSnapshotResult, 'entry' | 'hasPackageManifest'> & Partial<Pick<EntryFromSnapshotResult, 'pathWords'>>): string[] | null {
  if (r.entry.fork || r.entry.archived || !r.hasPackageManifest) return null;
  return [...new Set([...r.entry.dependencies.map(packageKey), ...(r.pathWords ?? []).map((w) => `${PATH_WORD_PREFIX}${w}`)])].sort();
}

/** A crawled repository read once: its entry (parsed manifests) and whether it counts as a library under `topic`. */
export type ReadRepository = EntryFromSnapshotResult;

/**
 * Reads each crawled repository once (manifests, descriptors, CODEOWNERS) into an entry; `isLibrary` also honours
 * `topic`. buildCatalog and the incremental merge both start from this, so manifests are parsed in one place.
 * @example readRepositories([retryRepoSnapshot], { topic: 'inner-source' })
 *   // -> { repositories: [{ entry: { id: 'acme/retry', ... }, isLibrary: false, ... }], warnings: [] }  (no such topic)
 */
export function readRepositories(snapshots: readonly RepoSnapshot[], opts: Pick<BuildCatalogOptions, 'topic' | 'origin' | 'now' | 'libraryTypes'> = {}): { repositories: ReadRepository[]; warnings: string[] } {
  const warnings: string[] = [];
  const topic = opts.topic?.toLowerCase();
  const repositories = snapshots.map((s) => {
    const r = entryFromSnapshot(s, { ...(opts.origin ? { source: opts.origin } : {}), now: opts.now, libraryTypes: opts.libraryTypes });
    pushAll(warnings, r.warnings);
    const isLibrary = r.isLibrary && (!topic || s.topics.some((t) => t.toLowerCase() === topic));
    return { ...r, isLibrary };
  });
  return { repositories, warnings };
}

/**
 * The used-by inversion: for each library, the repositories among `users` that depend on one of its packages (an
 * archived user no longer vouches for anything; a repository never uses itself). Libraries nobody uses are absent.
 * @example usersByLibrary([retryEntry], [checkoutServiceEntry]) // -> Map { retryEntry => Set { 'acme/checkout-service' } }
 */
export function usersByLibrary(libraries: readonly CatalogEntry[], users: readonly CatalogEntry[]): Map<CatalogEntry, Set<string>> {
  const libraryByPackage = new Map<string, CatalogEntry[]>();
  for (const entry of libraries) {
    for (const p of entry.packages) {
      const key = packageKey(p);
      libraryByPackage.set(key, [...(libraryByPackage.get(key) ?? []), entry]);
    }
  }
  const usedBy = new Map<CatalogEntry, Set<string>>();
  for (const user of users) {
    if (user.archived) continue;
    for (const dep of user.dependencies) {
      for (const lib of libraryByPackage.get(packageKey(dep)) ?? []) {
        if (lib.id.toLowerCase() === user.id.toLowerCase()) continue;
        if (!usedBy.has(lib)) usedBy.set(lib, new Set());
        usedBy.get(lib)!.add(user.repo);
      }
    }
  }
  return usedBy;
}

/**
 * Turns crawled repositories into a catalog: normalizes each, keeps the libraries (not a fork, has a recognised
 * manifest or descriptor, optional topic; archived ones too, flagged `archived` with lifecycle 'archived', so their
 * packages point at a replacement and are never suggested), and inverts every non-archived repository's
 * dependencies — libraries or not — into each library's `usedBy`, and counts them all into `orgUsage`.
 *
 * @example buildCatalog([retryRepoSnapshot, checkoutServiceSnapshot], { origin: 'github:acme' })
 *   // -> { catalog: { entries: [{ id: 'acme/retry', usedBy: ['acme/checkout-service'], ... }] }, libraries: 1, repositories: 2, warnings: [] }
 */
export function buildCatalog(snapshots: RepoSnapshot[], opts: BuildCatalogOptions = {}): BuildCatalogResult {
  const { repositories: all, warnings } = readRepositories(snapshots, opts);
  const kept = all.filter((r) => r.isLibrary || (opts.includeNonLibraries && r.hasDescriptor));
  const usedBy = usersByLibrary(kept.map((r) => r.entry), all.map((r) => r.entry));
  const entries = kept.map(({ entry }) => {
    const users = usedBy.get(entry);
    return users ? { ...entry, usedBy: [...users].sort() } : { ...entry, usedBy: [] };
  }).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const catalog: Catalog = {
    schemaVersion: CATALOG_SCHEMA_VERSION,
    generatedAt: (opts.now ?? new Date()).toISOString(),
    entries,
    replacements: [],
    ...(opts.origin ? { origin: opts.origin } : {}),
    orgUsage: orgUsageFrom(Object.fromEntries(all.map((r) => [r.entry.id, usageKeys(r)]).filter(([, keys]) => keys))),
  };
  return { catalog, warnings, repositories: snapshots.length, libraries: all.filter((r) => r.isLibrary).length };
}
