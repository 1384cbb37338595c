import type { OrgUsage } from './model';
import { maxOf } from '../util/arrays';

const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * OrgUsage from each repository's dependency keys (repositories without a package manifest, forks and archived ones
 * are simply not passed in). Package keys always hold a ":" and repositories a "/", so no key can reach a prototype.
 * @example orgUsageFrom({ 'acme/web': ['npm:react'], 'acme/admin': ['npm:react', 'npm:redux'] })
 *   // -> { repositories: 2, dependents: { 'npm:react': 2, 'npm:redux': 1 }, byRepository: { ... } }
 */
export function orgUsageFrom(byRepository: Readonly<Record<string, readonly string[]>>): OrgUsage {
  const dependents: Record<string, number> = {};
  const repos: Record<string, string[]> = {};
  const names = Object.keys(byRepository).sort(byText);
  for (const repo of names) {
    const keys = [...new Set(byRepository[repo])].sort(byText);
    repos[repo] = keys;
    for (const key of keys) dependents[key] = (dependents[key] ?? 0) + 1;
  }
  return { repositories: names.length, dependents, byRepository: repos };
}

/**
 * Replaces the contribution of changed repositories: `changes[repo]` is its new key list, or null when it no longer
 * counts (archived, now a fork, manifests gone). Exact when `previous` records `byRepository`; without it there is
 * nothing to subtract, so the caller must crawl in full instead (undefined is returned).
 * @example applyUsageChanges(orgUsageFrom({ 'acme/web': ['npm:react'] }), { 'acme/web': ['npm:vue'] })
 *   // -> { repositories: 1, dependents: { 'npm:vue': 1 }, ... }
 */
export function applyUsageChanges(previous: OrgUsage | undefined, changes: Readonly<Record<string, readonly string[] | null>>): OrgUsage | undefined {
  if (previous && !previous.byRepository) return undefined;
  const next: Record<string, readonly string[]> = { ...previous?.byRepository };
  for (const [repo, keys] of Object.entries(changes)) {
    if (keys) next[repo] = keys;
    else delete next[repo];
  }
  return orgUsageFrom(next);
}

/**
 * Combines the usage of several catalogs. Repositories recorded in several (the same org crawled and published)
 * count once, the first catalog's record winning. When some usage carries no per-repository record, counts are
 * combined by maximum per package (the catalogs then may describe the same repositories, and a sum would double
 * them); the records there are are kept, so `dependents` is then at least what `byRepository` gives.
 * @example mergeOrgUsage([orgUsageFrom({ 'a/x': ['npm:react'] }), orgUsageFrom({ 'b/y': ['npm:react'] })])
 *   // -> { repositories: 2, dependents: { 'npm:react': 2 }, ... }
 */
export function mergeOrgUsage(usages: readonly (OrgUsage | undefined)[]): OrgUsage | undefined {
  const present = usages.filter((u): u is OrgUsage => !!u);
  if (present.length <= 1) return present[0];
  if (present.every((u) => u.byRepository)) {
    const repos: Record<string, readonly string[]> = {};
    for (const u of present) for (const [repo, keys] of Object.entries(u.byRepository!)) if (!Object.hasOwn(repos, repo)) repos[repo] = keys;
    return orgUsageFrom(repos);
  }
  // Mixed: keep the per-repository records there are (an incremental refresh updates them; catalog files are merged
  // in again each refresh) and take the maximum per package with the rest.
  const withRecords = present.filter((u) => u.byRepository);
  const recorded = withRecords.length ? mergeOrgUsage(withRecords.map((u) => ({ ...u }))) : undefined;
  const dependents: Record<string, number> = {};
  for (const u of [...(recorded ? [recorded] : []), ...present.filter((x) => !x.byRepository)]) {
    for (const [key, n] of Object.entries(u.dependents)) dependents[key] = Math.max(dependents[key] ?? 0, n);
  }
  return {
    repositories: maxOf(present.map((u) => u.repositories), recorded?.repositories ?? 0),
    dependents,
    ...(recorded?.byRepository ? { byRepository: recorded.byRepository } : {}),
  };
}
