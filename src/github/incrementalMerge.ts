import { readRepositories, usageKeys, usersByLibrary } from '../catalog/buildCatalog';
import type { CatalogEntry, OrgUsage, RepoSnapshot } from '../catalog/model';
import { applyUsageChanges } from '../catalog/orgUsage';

const byId = (a: CatalogEntry, b: CatalogEntry): number => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * Applies an incremental crawl to the previous crawl-derived entries, without touching them (new objects only):
 * changed repositories replace their entries (or drop them when no longer libraries), and every `usedBy` is
 * recomputed for the changed repositories while the unchanged users it already lists are kept. Each changed
 * repository is read once (`readRepositories`, as a full build does) and the same `usersByLibrary` inversion adds
 * its uses. Org usage has each changed repository's contribution replaced (undefined when `previousUsage` has no
 * per-repository record to do it exactly: the caller then crawls in full).
 *
 * @example applyIncrementalCrawl([retryEntry], [checkoutServiceSnapshotNowUsingRetry], { previousUsage })
 *   // -> { entries: [{ ...retryEntry, usedBy: ['acme/checkout-service'] }], orgUsage: { ... }, warnings: [] }
 */
export function applyIncrementalCrawl(
  previous: CatalogEntry[],
  changed: RepoSnapshot[],
  opts: { topic?: string; libraryTypes?: readonly string[]; previousUsage?: OrgUsage },
): { entries: CatalogEntry[]; warnings: string[]; orgUsage?: OrgUsage } {
  const changedIds = new Set(changed.map((s) => `${s.owner}/${s.name}`.toLowerCase()));
  const { repositories: read, warnings } = readRepositories(changed, { topic: opts.topic, libraryTypes: opts.libraryTypes });
  const entries = [
    ...previous.filter((e) => !changedIds.has(e.id.toLowerCase())),
    ...read.filter((r) => r.isLibrary).map((r): CatalogEntry => ({ ...r.entry, usedBy: [] })),
  ];
  const previousById = new Map(previous.map((e) => [e.id.toLowerCase(), e]));
  // Uses by the changed repositories, library or not (the inversion skips archived ones and self-use).
  const added = usersByLibrary(entries, read.map((r) => r.entry));
  const orgUsage = applyUsageChanges(opts.previousUsage, Object.fromEntries(read.map((r) => [r.entry.id, usageKeys(r)])));
  const updated = entries.map((e) => {
    const before = previousById.get(e.id.toLowerCase())?.usedBy ?? [];
    const kept = before.filter((r) => !changedIds.has(r.toLowerCase()));
    const usedBy = [...new Set([...kept, ...(added.get(e) ?? [])])].sort();
    const same = usedBy.length === (e.usedBy ?? []).length && usedBy.every((r, i) => r === e.usedBy?.[i]);
    return same ? e : { ...e, usedBy };
  });
  updated.sort(byId);
  return { entries: updated, warnings, ...(orgUsage ? { orgUsage } : {}) };
}
