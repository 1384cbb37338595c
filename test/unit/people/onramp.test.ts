import assert from 'node:assert/strict';
import type { CatalogEntry } from '../../../src/catalog/model';
import { createOctokit } from '../../../src/github/octokit';
import { fetchOnrampIssues, onrampCandidates, orderOnrampIssues, workspaceLanguages } from '../../../src/github/onrampIssues';
import { DEFAULT_ONRAMP_LABELS } from '../../../src/github/peopleFields';
import { refreshCatalog } from '../../../src/github/catalogRefresh';
import { startGitHubStandIn, type GitHubStandIn } from '../../support/githubStandIn';

const entry = (repo: string, language: string, onramp?: CatalogEntry['onramp']): CatalogEntry => ({
  id: repo, name: repo.split('/')[1], repo, host: 'github.com', packages: [], description: '', keywords: [], dependencies: [], owners: [],
  lifecycle: 'production', kind: 'library', hasContributing: false, links: {}, sources: [], language, ...(onramp ? { onramp } : {}),
});

describe('A way in: on-ramp counts in the crawl and first contributions on demand', function () {
  this.timeout(20_000);
  let gh: GitHubStandIn;
  before(async () => {
    gh = await startGitHubStandIn();
    gh.state.addToken('tok', 'ann');
    const http = gh.state.addRepo({ owner: 'acme', name: 'http-client', language: 'TypeScript', forks: 4, watchers: 9, stars: 12, files: { 'package.json': '{"name":"@acme/http-client"}' } });
    const py = gh.state.addRepo({ owner: 'acme', name: 'py-auth', language: 'Python', files: { 'pyproject.toml': '[project]\nname = "acme-auth"\n' } });
    gh.state.addRepo({ owner: 'acme', name: 'quiet', language: 'Go', files: { 'go.mod': 'module github.com/acme/quiet\n' } });
    gh.state.addThread(http, { title: 'Document retry options', user: 'bob', labels: ['good first issue'], createdAt: '2026-11-01T00:00:00Z' });
    gh.state.addThread(http, { title: 'Add proxy support', user: 'bob', labels: ['help wanted', 'good first issue'], createdAt: '2026-11-02T00:00:00Z' });
    gh.state.addThread(http, { title: 'Old one', user: 'bob', labels: ['good first issue'], state: 'closed' });
    gh.state.addThread(py, { title: 'Type hints for tokens', user: 'bob', labels: ['help wanted'], createdAt: '2026-10-01T00:00:00Z' });
    gh.state.addThread(py, { title: 'Starter task', user: 'bob', labels: ['beginner'], createdAt: '2026-10-02T00:00:00Z' });
  });
  after(() => gh.close());

  it('the crawl counts labelled open issues and scores activity in the same pages (no extra request)', async () => {
    const result = await refreshCatalog(undefined, { orgs: ['acme'], apiUrl: gh.url, token: 'tok', catalogFiles: [], fetch, readFile: async () => '', baseDir: '.' });
    assert.equal(result.requests, 1);
    const byName = Object.fromEntries(result.catalog.entries.map((e) => [e.name, e]));
    assert.deepEqual(byName['http-client'].onramp, { goodFirstIssues: 2, helpWanted: 1 });
    assert.deepEqual(byName['py-auth'].onramp, { goodFirstIssues: 0, helpWanted: 1 });
    assert.deepEqual(byName.quiet.onramp, { goodFirstIssues: 0, helpWanted: 0 });
    assert.ok(byName['http-client'].activityScore! > byName.quiet.activityScore!);
    const custom = await refreshCatalog(undefined, { orgs: ['acme'], apiUrl: gh.url, token: 'tok', catalogFiles: [], fetch, readFile: async () => '', baseDir: '.', onrampLabels: { goodFirstIssues: ['beginner'] } });
    assert.deepEqual(custom.catalog.entries.find((e) => e.name === 'py-auth')!.onramp, { goodFirstIssues: 1, helpWanted: 1 });
  });

  it('fetches the issues on demand, one request per 25 libraries, skipping repositories that are gone', async () => {
    const octokit = createOctokit({ token: 'tok', apiUrl: gh.url, msPerSecond: 1, minWriteIntervalMs: 0 });
    const before = gh.requests.length;
    const issues = await fetchOnrampIssues(octokit, ['acme/http-client', 'acme/gone', 'acme/py-auth'], DEFAULT_ONRAMP_LABELS);
    assert.equal(gh.requests.length - before, 1);
    assert.deepEqual(issues.map((i) => [i.repo, i.title, i.kind]), [
      ['acme/http-client', 'Add proxy support', 'good first issue'],
      ['acme/http-client', 'Document retry options', 'good first issue'],
      ['acme/py-auth', 'Type hints for tokens', 'help wanted'],
    ]);
    assert.match(issues[0].url, /\/acme\/http-client\/issues\/2$/);
  });

  it('orders the workspace\'s languages first, good first issues before help wanted', () => {
    assert.deepEqual(workspaceLanguages(['a.py', 'b.py', 'c.ts', 'README.md']), ['Python', 'TypeScript']);
    const entries = [entry('acme/http-client', 'TypeScript', { goodFirstIssues: 2, helpWanted: 1 }), entry('acme/py-auth', 'Python', { goodFirstIssues: 0, helpWanted: 1 }),
      entry('acme/quiet', 'Go', { goodFirstIssues: 0, helpWanted: 0 }), entry('acme/files', 'Go'), { ...entry('ghe/x', 'Python'), host: 'ghe.example.com' }];
    const candidates = onrampCandidates(entries, ['Python', 'TypeScript'], 'github.com');
    assert.deepEqual(candidates.map((e) => e.repo), ['acme/py-auth', 'acme/http-client', 'acme/files']);
    const ordered = orderOnrampIssues([
      { repo: 'acme/http-client', number: 1, title: 'a', url: 'u', createdAt: '2026-01-01', kind: 'help wanted' },
      { repo: 'acme/http-client', number: 2, title: 'b', url: 'u', createdAt: '2026-01-01', kind: 'good first issue' },
      { repo: 'acme/py-auth', number: 3, title: 'c', url: 'u', createdAt: '2026-01-01', kind: 'help wanted' },
    ], candidates);
    assert.deepEqual(ordered.map((i) => i.number), [3, 2, 1]);
  });
});
