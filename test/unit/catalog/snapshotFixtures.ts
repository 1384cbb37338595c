import type { RepoSnapshot } from '../../../src/catalog/model';

/** A RepoSnapshot with GitHub-like defaults; `files` and flags override. */
export function snapshot(name: string, extra: Partial<RepoSnapshot> = {}): RepoSnapshot {
  return {
    owner: 'acme', name, host: 'github.com', url: `https://github.com/acme/${name}`, description: null, topics: [],
    primaryLanguage: null, isArchived: false, isFork: false, isTemplate: false, stars: 0, pushedAt: '2026-10-01T00:00:00Z',
    openIssues: 0, defaultBranch: 'main', homepageUrl: null, files: {}, hasContributing: false, ...extra,
  };
}
