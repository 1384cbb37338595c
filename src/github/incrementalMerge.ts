import { packageKey } from '../catalog/packageName';
import { buildCatalog, usageKeys } from '../catalog/buildCatalog';
import { entryFromSnapshot } from '../catalog/entryFromSnapshot';
import type { CatalogEntry, OrgUsage, RepoSnapshot } from '../catalog/model';
import { applyUsageChanges } from '../catalog/orgUsage';

/**
 * Applies an incremental crawl to the previous crawl-derived entries, without touching them (new objects only):
 * changed repositories replace their entries (or drop them when no longer libraries), and every `usedBy` is
 * recomputed for the changed repositories while the unchanged users it already lists are kept. Org usage has each
 * changed repository's contribution replaced (undefined when `previousUsage` has no per-repository record to do it
 * exactly: the caller then crawls in full).
 *
 * @example applyIncrementalCrawl([retryEntry], [checkoutServiceSnapshotNowUsingRetry], { previousUsage })
 *   // -> { entries: [{ ...retryEntry, usedBy: ['acme/checkout-service'] }], orgUsage: { ... }, warnings: [] }
 */
export function applyIncrementalCrawl(
  previous: CatalogEntry[],
  changed: RepoSnapshot[],
  opts: { topic?: string; previousUsage?: OrgUsage },
): { entries: CatalogEntry[]; warnings: string[]; orgUsage?: OrgUsage } {
  const changedIds = new Set(changed.map((s) => `${s.owner}/${s.name}`.toLowerCase()));
  const built = buildCatalog(changed, { topic: opts.topic });
  const previousById = new Map(previous.map((e) => [e.id.toLowerCase(), e]));
  const entries = [
    ...previous.filter((e) => !changedIds.has(e.id.toLowerCase())),
    ...built.catalog.entries,
  ];
  // Dependencies of each changed repository, library or not (an archived one no longer vouches for anything).
  const read = changed.map((s) => ({ s, r: entryFromSnapshot(s) }));
  const changedDeps = read.filter(({ s }) => !s.isArchived).map(({ s, r }) => ({
    repo: `${s.owner}/${s.name}`,
    deps: new Set(r.entry.dependencies.map(packageKey)),
  }));
  const orgUsage = applyUsageChanges(opts.previousUsage, Object.fromEntries(read.map(({ r }) => [r.entry.id, usageKeys(r)])));
  const updated = entries.map((e) => {
    const kept = (previousById.get(e.id.toLowerCase())?.usedBy ?? e.usedBy ?? []).filter((r) => !changedIds.has(r.toLowerCase()));
    const added = changedDeps
      .filter((c) => c.repo.toLowerCase() !== e.id.toLowerCase() && e.packages.some((p) => c.deps.has(packageKey(p))))
      .map((c) => c.repo);
    const usedBy = [...new Set([...kept, ...added])].sort();
    const same = usedBy.length === (e.usedBy ?? []).length && usedBy.every((r, i) => r === e.usedBy?.[i]);
    return same ? e : { ...e, usedBy };
  });
  updated.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { entries: updated, warnings: built.warnings, ...(orgUsage ? { orgUsage } : {}) };
}
