import assert from 'node:assert/strict';
import { startGitHubStandIn, type GitHubStandIn } from '../../support/githubStandIn';
import { createOctokit } from '../../../src/github/octokit';
import { crawlOrgs } from '../../../src/github/crawlOrg';
import { refreshCatalog, type RefreshCatalogOptions } from '../../../src/github/catalogRefresh';
import { seedFixtureOrg, TOKEN } from './fixtureOrg';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import * as nodePath from 'node:path';
import { CatalogRefresher } from '../../../src/catalog/catalogRefresher';
import { catalogSources } from '../../../src/github/catalogRefresh';

const fast = { msPerSecond: 1, minWriteIntervalMs: 0 };

describe('crawlOrgs / refreshCatalog against the GitHub stand-in', () => {
  let gh: GitHubStandIn;
  beforeEach(async () => {
    gh = await startGitHubStandIn();
    seedFixtureOrg(gh.state);
  });
  afterEach(() => gh.close());

  const options = (apiUrl: string, extra: Partial<RefreshCatalogOptions> = {}): RefreshCatalogOptions => ({
    orgs: ['acme'], apiUrl, octokit: createOctokit({ token: TOKEN, apiUrl, ...fast }), catalogFiles: [],
    fetch: globalThis.fetch, readFile: async () => '', baseDir: '/', pageSize: 5, retryBaseMs: 1, ...extra,
  });

  it('pages through the org with one GraphQL request per page and turns manifests into entries', async () => {
    const progress: number[] = [];
    const result = await refreshCatalog(undefined, options(gh.url, { onProgress: (p) => progress.push(p.repositories) }));
    const graphqlCalls = gh.requests.filter((r) => r.graphql);
    // 17 repositories at 5 per page = 4 pages, plus one batch for the root *.csproj.
    assert.equal(graphqlCalls.length, 5);
    assert.equal(gh.requests.length, 5);
    assert.equal(result.requests, 5);
    assert.equal(result.repositories, 17);
    assert.deepEqual(progress, [5, 10, 15, 17]);
    const byId = new Map(result.catalog.entries.map((e) => [e.id, e]));
    const http = byId.get('acme/http-client')!;
    assert.deepEqual(http.packages, [{ ecosystem: 'npm', name: '@acme/http-client' }]);
    assert.deepEqual(http.owners, ['@acme/platform']);
    assert.equal(http.hasContributing, true);
    assert.equal(byId.get('acme/py-retry')!.hasContributing, false, 'no guide in its root listing');
    assert.equal(http.stars, 12);
    assert.equal(http.openIssues, 3);
    assert.deepEqual(http.usedBy, ['acme/checkout-service']);
    assert.ok(http.dependencies.some((d) => d.name === 'axios'));
    assert.deepEqual(byId.get('acme/py-retry')!.packages, [{ ecosystem: 'pypi', name: 'acme-retry' }]);
    assert.deepEqual(byId.get('acme/go-kafka')!.packages, [{ ecosystem: 'go', name: 'github.com/acme/go-kafka' }]);
    assert.deepEqual(byId.get('acme/dotnet-http')!.packages, [{ ecosystem: 'nuget', name: 'Acme.Http' }]);
    const old = byId.get('acme/old-lib');
    assert.ok(old, 'an archived library stays in the catalog so imports of its package get "archived" advice');
    assert.equal(old.archived, true);
    assert.equal(old.lifecycle, 'archived');
    assert.deepEqual(old.packages, [{ ecosystem: 'npm', name: '@acme/old-lib' }]);
    assert.equal(byId.has('acme/forked-lib'), false, 'forks are not libraries');
    assert.deepEqual(result.catalog.sync?.map((s) => s.org), ['acme']);
  });

  it('skips a malformed manifest with a warning and keeps the repository\'s other manifests', async () => {
    const result = await refreshCatalog(undefined, options(gh.url));
    const broken = result.catalog.entries.find((e) => e.id === 'acme/broken-manifest')!;
    assert.deepEqual(broken.packages, [{ ecosystem: 'go', name: 'github.com/acme/broken-manifest' }]);
    assert.ok(result.warnings.some((w) => w.startsWith('acme/broken-manifest: skipped') && w.includes('package.json')), result.warnings.join('\n'));
  });

  it('skips a file over the size cap with its reason and keeps the rest of the repository', async () => {
    const octokit = createOctokit({ token: TOKEN, apiUrl: gh.url, ...fast });
    const crawl = await crawlOrgs(octokit, { orgs: ['acme'], apiUrl: gh.url, pageSize: 25 });
    const huge = crawl.snapshots.find((s) => s.name === 'huge-file')!;
    assert.equal(huge.files['package.json'], undefined);
    assert.match(huge.skippedFiles!['package.json'], /too large \(\d+ bytes, limit 524288\)/);
    assert.ok(huge.files['Cargo.toml']);
    const result = await refreshCatalog(undefined, options(gh.url));
    assert.deepEqual(result.catalog.entries.find((e) => e.id === 'acme/huge-file')!.packages, [{ ecosystem: 'cargo', name: 'acme-huge' }]);
  });

  it('retries a 500 in the middle of the crawl', async () => {
    gh.faults.add({ graphql: true, status: 500, afterRequests: 2 });
    const result = await refreshCatalog(undefined, options(gh.url));
    assert.equal(result.repositories, 17);
    assert.deepEqual(gh.requests.map((r) => r.status), [200, 200, 500, 200, 200, 200]);
  });

  it('waits out a primary rate limit until reset and a secondary one for retry-after', async () => {
    const waits: string[] = [];
    const octokit = createOctokit({ token: TOKEN, apiUrl: gh.url, ...fast, onRateLimitWait: (s, reason) => waits.push(`${reason}:${s}`) });
    gh.faults.primaryRateLimit({ resetInSeconds: 30, graphql: true, afterRequests: 1 });
    gh.faults.secondaryRateLimit({ retryAfter: 45, status: 429, graphql: true, afterRequests: 3 });
    const result = await refreshCatalog(undefined, options(gh.url, { octokit }));
    assert.equal(result.repositories, 17);
    assert.equal(waits.length, 2);
    assert.match(waits[0], /^GitHub rate limit reached:(30|31|32)$/);
    assert.equal(waits[1], 'GitHub secondary rate limit:45');
    assert.deepEqual(gh.requests.map((r) => r.status), [200, 403, 200, 429, 200, 200, 200]);
  });

  it('shrinks the page when GitHub times out on big pages, and grows it back', async () => {
    gh.faults.add({ graphql: true, status: 502, times: Infinity, when: (r) => ((r.body as { variables?: { first?: number } }).variables?.first ?? 0) > 5 });
    const logs: string[] = [];
    const octokit = createOctokit({ token: TOKEN, apiUrl: gh.url, ...fast });
    const crawl = await crawlOrgs(octokit, { orgs: ['acme'], apiUrl: gh.url, pageSize: 20, retryBaseMs: 1, log: (m) => logs.push(m) });
    assert.equal(crawl.snapshots.length, 17);
    assert.ok(logs.some((m) => /retrying with 10 per page/.test(m)) && logs.some((m) => /retrying with 5 per page/.test(m)), logs.join('\n'));
  });

  it('treats GitHub\'s 200 "Something went wrong … timeout" GraphQL answer as a timeout too', async () => {
    gh.faults.add({ graphql: true, status: 200, body: { data: null, errors: [{ message: 'Something went wrong while executing your query. This may be the result of a timeout, or it could be a GitHub bug. Please include `ABCD:1234` when reporting this issue.' }] } });
    const logs: string[] = [];
    const octokit = createOctokit({ token: TOKEN, apiUrl: gh.url, ...fast });
    const crawl = await crawlOrgs(octokit, { orgs: ['acme'], apiUrl: gh.url, pageSize: 40, log: (m) => logs.push(m) });
    assert.equal(crawl.snapshots.length, 17);
    assert.ok(logs.includes('GitHub timed out on a page of repositories; retrying with 20 per page.'), logs.join('\n'));
  });

  it('grows the page back after a transient timeout', async () => {
    const big = await startGitHubStandIn();
    try {
      seedFixtureOrg(big.state, 60);
      big.faults.add({ graphql: true, status: 504, times: 1 });
      const logs: string[] = [];
      const octokit = createOctokit({ token: TOKEN, apiUrl: big.url, ...fast });
      const crawl = await crawlOrgs(octokit, { orgs: ['acme'], apiUrl: big.url, pageSize: 10, retryBaseMs: 1, log: (m) => logs.push(m) });
      assert.equal(crawl.snapshots.length, 69);
      assert.deepEqual(logs.filter((m) => /page/.test(m)), [
        'GitHub timed out on a page of repositories; retrying with 5 per page.',
        'Growing the page back to 10 repositories.',
      ]);
      // 1 timeout + 10 pages of 5 + 2 pages of 10 (19 left) + 1 query for the root *.csproj = 14.
      assert.equal(big.requests.length, 14);
    } finally {
      await big.close();
    }
  });

  it('fails part-way with one clear error and leaves the previous catalog untouched', async () => {
    const first = await refreshCatalog(undefined, options(gh.url));
    const snapshot = structuredClone(first.catalog);
    gh.faults.add({ graphql: true, status: 500, times: Infinity, afterRequests: gh.requests.length + 2 });
    await assert.rejects(refreshCatalog(first.catalog, options(gh.url, { full: true })), (err: Error) => {
      assert.match(err.message, /^Crawling acme on 127\.0\.0\.1:\d+ failed after 10 repositories: GitHub answered 500 \(Server Error\) even after retries\.$/);
      assert.doesNotMatch(err.message, /ghp_|Error:\s+at /);
      return true;
    });
    assert.deepEqual(first.catalog, snapshot);
  });

  it('refreshes incrementally: nothing pushed costs one request; a push is merged into the previous entries', async () => {
    const t0 = new Date('2025-06-01T00:00:00Z');
    const first = await refreshCatalog(undefined, options(gh.url, { now: () => t0 }));
    const before = gh.requests.length;
    const t1 = new Date('2025-06-02T00:00:00Z');
    const quiet = await refreshCatalog(first.catalog, options(gh.url, { now: () => t1 }));
    assert.equal(quiet.incremental, true);
    assert.ok(gh.requests.length - before <= 3);
    assert.equal(gh.requests.length - before, 1);
    assert.deepEqual(quiet.catalog.entries, first.catalog.entries);
    assert.equal(quiet.catalog.sync![0].lastSync, t1.toISOString());
    assert.equal(quiet.catalog.sync![0].lastFullSync, t0.toISOString());

    const repo = gh.state.repo('acme', 'py-retry')!;
    gh.state.pushFiles(repo, { 'pyproject.toml': '[project]\nname = "acme-retry"\ndescription = "Retry helpers v2"\ndependencies = ["@acme/none"]\n' }, 'v2', '2025-06-02T12:00:00Z');
    const shop = gh.state.repo('acme', 'checkout-service')!;
    gh.state.pushFiles(shop, { 'package.json': JSON.stringify({ name: 'checkout-service', private: true, dependencies: { express: '^4' } }) }, 'drop client', '2025-06-02T13:00:00Z');
    const t2 = new Date('2025-06-03T00:00:00Z');
    const next = await refreshCatalog(quiet.catalog, options(gh.url, { now: () => t2 }));
    assert.equal(next.repositories, 2);
    assert.equal(next.catalog.entries.find((e) => e.id === 'acme/py-retry')!.description, 'Retry helpers v2');
    assert.deepEqual(next.catalog.entries.find((e) => e.id === 'acme/http-client')!.usedBy, []);
    assert.equal(next.catalog.entries.length, first.catalog.entries.length);

    const t3 = new Date('2025-06-20T00:00:00Z');
    const sweep = await refreshCatalog(next.catalog, options(gh.url, { now: () => t3 }));
    assert.equal(sweep.incremental, false, 'a full sweep every 7 days');
  });

  it('works against a GHES-style /api/v3 base (GraphQL at /api/graphql)', async () => {
    const result = await refreshCatalog(undefined, options(gh.ghesUrl));
    assert.ok(gh.requests.every((r) => r.graphql));
    assert.equal(result.repositories, 17);
    assert.match(result.catalog.entries[0].links.repo!, /^http:\/\/127\.0\.0\.1:\d+\/acme\//);
  });

  it('falls back to REST when GraphQL is unavailable and builds the same entries', async () => {
    const graphqlResult = await refreshCatalog(undefined, options(gh.url));
    const restGh = await startGitHubStandIn({ graphql: false });
    try {
      seedFixtureOrg(restGh.state);
      const result = await refreshCatalog(undefined, options(restGh.ghesUrl));
      assert.ok(result.warnings.some((w) => /GraphQL is not available/.test(w)));
      // The activity score and on-ramp counts come from GraphQL fields only (REST would need requests per repository).
      const strip = (c: typeof result.catalog) => c.entries.map(({ activityScore: _score, onramp: _onramp, ...e }) => ({ ...e, links: {}, sources: [], host: '' }));
      assert.ok(graphqlResult.catalog.entries.every((e) => typeof e.activityScore === 'number' && e.onramp));
      assert.ok(result.catalog.entries.every((e) => e.activityScore === undefined && e.onramp === undefined));
      assert.deepEqual(strip(result.catalog), strip(graphqlResult.catalog));
      assert.ok(restGh.requests.filter((r) => !r.graphql).length > 17);
    } finally {
      await restGh.close();
    }
  });

  it('crawls anonymously through REST with a note about the 60 requests/hour limit', async () => {
    const octokit = createOctokit({ apiUrl: gh.url, ...fast });
    const crawl = await crawlOrgs(octokit, { orgs: ['acme'], apiUrl: gh.url });
    assert.ok(crawl.warnings.some((w) => /60 requests per hour/.test(w)));
    assert.equal(crawl.snapshots.length, 17);
    assert.ok(gh.requests.every((r) => !r.graphql && r.login === undefined));
  });

  it('stops anonymous crawls at GitHub\'s 60-requests-per-hour limit with a message naming the reset time', async () => {
    const small = await startGitHubStandIn({ rateLimit: { anonymous: 10 } });
    try {
      seedFixtureOrg(small.state);
      const octokit = createOctokit({ apiUrl: small.url, ...fast });
      await assert.rejects(crawlOrgs(octokit, { orgs: ['acme'], apiUrl: small.url }), (err: Error) => {
        assert.match(err.message, /^Crawling acme on 127\.0\.0\.1:\d+ failed after \d+ repositories: GitHub's rate limit was exhausted \(403: API rate limit exceeded for 127\.0\.0\.1\. .*\)\. It resets at \d{4}-\d\d-\d\dT/);
        return true;
      });
      assert.equal(small.requests.filter((r) => r.status === 200).length, 10);
    } finally {
      await small.close();
    }
  });

  it('cancels between pages when the signal aborts', async () => {
    const controller = new AbortController();
    const octokit = createOctokit({ token: TOKEN, apiUrl: gh.url, ...fast });
    const crawl = crawlOrgs(octokit, { orgs: ['acme'], apiUrl: gh.url, pageSize: 5, signal: controller.signal, onProgress: () => controller.abort() });
    await assert.rejects(crawl, /^CrawlError: The crawl was cancelled\.$/);
    assert.equal(gh.requests.length, 1);
  });

  it('disposing the live catalog aborts a crawl in flight: no further page is asked for, nothing is cached', async () => {
    const dir = await mkdtemp(nodePath.join(tmpdir(), 'rr-abort-'));
    const quiet = { trace: () => {}, debug: () => {}, info: () => {}, warn: () => {}, error: () => {} };
    const live = new CatalogRefresher(dir, quiet);
    try {
      let pages = 0;
      const sources = catalogSources(options(gh.url, { onProgress: () => { if (++pages === 1) live.dispose(); } }));
      const result = await live.refresh(sources);
      assert.equal(result.cancelled, true);
      assert.equal(gh.requests.filter((r) => r.path.endsWith('/graphql')).length, 1, 'one page, then the signal stopped the crawl');
      assert.deepEqual(await readdir(dir), []);
    } finally {
      live.dispose();
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('names a missing organization in one sentence', async () => {
    const octokit = createOctokit({ token: TOKEN, apiUrl: gh.url, ...fast });
    await assert.rejects(crawlOrgs(octokit, { orgs: ['nope'], apiUrl: gh.url }), /There is no GitHub organization or user named "nope" on 127\.0\.0\.1:\d+\./);
    await assert.rejects(crawlOrgs(octokit, { orgs: ['nope'], apiUrl: gh.url, rest: true }), /There is no GitHub organization or user named "nope"/);
  });
});
