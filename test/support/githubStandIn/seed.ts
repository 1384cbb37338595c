import { generateSnapshots } from '../catalogGenerator/generate';
import type { RepoSnapshot } from '../../../src/catalog/model';
import type { StandInRepo, StandInState } from './state';

/**
 * Creates org `org` with one repository per snapshot (metadata + files committed at HEAD, README and CONTRIBUTING
 * included), returns the repositories. Snapshot owners are replaced by `org`. A number seeds that many synthetic
 * repositories from `generateSnapshots(n, seed)` (libraries with real manifests, services using them, docs, forks).
 */
export function seedOrg(state: StandInState, org: string, snapshotsOrCount: RepoSnapshot[] | number, seed = 1): StandInRepo[] {
  const snapshots = typeof snapshotsOrCount === 'number' ? generateSnapshots(snapshotsOrCount, seed, { org }) : snapshotsOrCount;
  state.addOrg(org);
  return snapshots.map((s, i) => {
    const files: Record<string, string> = { ...s.files };
    if (s.readme !== undefined && files['README.md'] === undefined) files['README.md'] = s.readme;
    if (s.hasContributing && files['CONTRIBUTING.md'] === undefined) files['CONTRIBUTING.md'] = '# Contributing\n\nOpen a pull request.\n';
    if (Object.keys(files).length === 0) files['README.md'] = `# ${s.name}\n`;
    // Distinct creation times keep listings in a stable, realistic order.
    const createdAt = new Date(Date.parse('2020-01-01T00:00:00Z') + i * 60_000).toISOString();
    return state.addRepo({
      owner: org,
      name: s.name,
      description: s.description,
      topics: s.topics,
      language: s.primaryLanguage,
      archived: s.isArchived,
      fork: s.isFork,
      template: s.isTemplate,
      stars: s.stars,
      pushedAt: s.pushedAt ?? createdAt,
      createdAt,
      openIssues: s.openIssues,
      defaultBranch: s.defaultBranch ?? 'main',
      homepage: s.homepageUrl,
      files,
    });
  });
}
