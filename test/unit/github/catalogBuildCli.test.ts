import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { main } from '../../../src/cli';
import { parseCatalogFile } from '../../../src/catalog/catalogFiles';
import { startGitHubStandIn, type GitHubStandIn } from '../../support/githubStandIn';
import { seedFixtureOrg, TOKEN } from './fixtureOrg';

describe('reuse-radar catalog build (end to end against the stand-in)', () => {
  let gh: GitHubStandIn;
  let dir: string;
  beforeEach(async () => {
    gh = await startGitHubStandIn();
    seedFixtureOrg(gh.state, 2);
    dir = mkdtempSync(path.join(tmpdir(), 'catalog-build-'));
  });
  afterEach(() => gh.close());

  async function cli(args: string[], env: Record<string, string | undefined> = { GITHUB_TOKEN: TOKEN }) {
    let stdout = '';
    let stderr = '';
    const code = await main(args, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), env, cwd: dir });
    return { code, stdout, stderr };
  }

  it('crawls the org, merges a catalog file URL, writes a catalog parseCatalogFile reads, never prints the token', async () => {
    gh.state.files['/published/extra.json'] = JSON.stringify({
      schemaVersion: 1, generatedAt: '2025-01-01T00:00:00Z', replacements: [],
      entries: [{ id: 'acme/date-utils', name: 'date-utils', repo: 'acme/date-utils', packages: [{ ecosystem: 'npm', name: '@acme/date-utils' }], description: 'Dates', keywords: [], dependencies: [], owners: [], lifecycle: 'production', kind: 'library', hasContributing: false, links: {}, sources: ['file'] }],
    });
    const run = await cli(['catalog', 'build', '--org', 'acme', '--api-url', gh.ghesUrl, '--from', `${gh.url}/published/extra.json`, '--out', 'catalog.json']);
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stdout, /^acme: 11 repositories\nRead 1 library and 0 replacement rules from 1 file\nTotal: 8 libraries, 0 replacement rules, 3 API requests, [\d.]+ s\. Wrote catalog\.json\n$/);
    assert.match(run.stderr, /acme: 11 of 11 repositories/);
    assert.ok(!`${run.stdout}${run.stderr}`.includes(TOKEN));
    const written = readFileSync(path.join(dir, 'catalog.json'), 'utf8');
    const parsed = parseCatalogFile(written, 'catalog.json');
    const ids = parsed.catalog.entries.map((e) => e.id);
    assert.ok(ids.includes('acme/http-client') && ids.includes('acme/date-utils'), ids.join(','));
    assert.ok(!written.includes(TOKEN));
    assert.equal(gh.requests.filter((r) => r.graphql).length, 2);
    assert.ok(gh.requests.every((r) => r.path === '/published/extra.json' || r.login === 'alice'));
  });

  it('refreshes incrementally from its previous output', async () => {
    assert.equal((await cli(['catalog', 'build', '--org', 'acme', '--api-url', gh.url, '--out', 'c.json'])).code, 0);
    const before = gh.requests.length;
    const again = await cli(['catalog', 'build', '--org', 'acme', '--api-url', gh.url, '--incremental', '--out', 'c.json']);
    assert.equal(again.code, 0, again.stderr);
    assert.match(again.stdout, /^acme: 0 repositories pushed since the last sync \(incremental refresh\)\nTotal: 7 libraries, 0 replacement rules, 1 API request, /);
    assert.equal(gh.requests.length - before, 1);
  });

  it('reports a rejected token as one line, exit 1, without the token', async () => {
    const run = await cli(['catalog', 'build', '--org', 'acme', '--api-url', gh.url, '--out', 'c.json'], { GITHUB_TOKEN: 'ghp_wrongWrongWrongWrongWrongWrong0001' });
    assert.equal(run.code, 1);
    assert.equal(run.stderr.trim().split('\n').length, 1, run.stderr);
    assert.match(run.stderr, /^reuse-radar catalog build: Crawling acme on 127\.0\.0\.1:\d+ failed after 0 repositories: GitHub rejected the credentials \(401 Bad credentials\)/);
    assert.ok(!run.stderr.includes('ghp_wrong'));
  });

  it('summarizes a file-only build in words, with plurals, and records --from paths relative to the current directory', async () => {
    const entry = (name: string) => ({ id: `acme/${name}`, name, repo: `acme/${name}`, packages: [{ ecosystem: 'npm', name: `@acme/${name}` }],
      description: '', keywords: [], dependencies: [], owners: [], lifecycle: 'production', kind: 'library', hasContributing: false, links: {}, sources: [] });
    mkdirSync(path.join(dir, 'lib'));
    writeFileSync(path.join(dir, 'lib', 'a.json'), JSON.stringify({ schemaVersion: 1, entries: [entry('dates'), entry('retry')], replacements: [] }));
    writeFileSync(path.join(dir, 'lib', 'b.json'), JSON.stringify({ mappings: { moment: { replacements: ['@acme/dates'] } } }));
    const run = await cli(['catalog', 'build', '--from', path.join(dir, 'lib', 'a.json'), '--from', 'lib/b.json', '--out', 'c.json']);
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stdout, /^Read 2 libraries and 1 replacement rule from 2 files\nTotal: 2 libraries, 1 replacement rule, 0 API requests, [\d.]+ s\. Wrote c\.json\n$/);
    const written = readFileSync(path.join(dir, 'c.json'), 'utf8');
    assert.ok(!written.includes(dir), 'the build directory leaks into the catalog');
    const catalog = JSON.parse(written);
    assert.equal(catalog.origin, 'file:lib/a.json,file:lib/b.json');
    assert.deepEqual(catalog.entries[0].sources, ['file:lib/a.json']);
    assert.equal(catalog.replacements[0].source, 'file:lib/b.json');
  });

  it('creates the folders of --out (a fresh repository has no catalog/ yet)', async () => {
    writeFileSync(path.join(dir, 'rules.json'), JSON.stringify({ mappings: { moment: { replacements: ['@acme/dates'] } } }));
    const run = await cli(['catalog', 'build', '--from', 'rules.json', '--out', 'catalog/nested/reuse-radar.json']);
    assert.equal(run.code, 0, run.stderr);
    assert.ok(existsSync(path.join(dir, 'catalog', 'nested', 'reuse-radar.json')));
  });

  it('exits 1 without writing --out when a --from source is missing, unless --allow-partial', async () => {
    const run = await cli(['catalog', 'build', '--org', 'acme', '--api-url', gh.url, '--from', 'nonexist.json', '--out', 'c.json']);
    assert.equal(run.code, 1, run.stderr);
    assert.match(run.stderr, /warning: nonexist\.json: file not found/);
    assert.match(run.stderr, /a --from source could not be read \(nonexist\.json\); c\.json was not written \(--allow-partial writes what loaded\)/);
    assert.equal(existsSync(path.join(dir, 'c.json')), false);
    const partial = await cli(['catalog', 'build', '--org', 'acme', '--api-url', gh.url, '--from', 'nonexist.json', '--allow-partial', '--out', 'c.json']);
    assert.equal(partial.code, 0, partial.stderr);
    assert.ok(JSON.parse(readFileSync(path.join(dir, 'c.json'), 'utf8')).entries.length > 0);
  });

  it('exits 1 without writing --out when every entry of the only source is invalid', async () => {
    writeFileSync(path.join(dir, 'bad.json'), JSON.stringify({ schemaVersion: 1, entries: [{ id: 7 }, 'x'], replacements: [] }));
    const run = await cli(['catalog', 'build', '--from', 'bad.json', '--out', 'c.json']);
    assert.equal(run.code, 1, run.stderr);
    assert.match(run.stderr, /the catalog has no libraries and no replacement rules; c\.json was not written/);
    assert.equal(existsSync(path.join(dir, 'c.json')), false);
    assert.equal((await cli(['catalog', 'build', '--from', 'bad.json', '--allow-partial', '--out', 'c.json'])).code, 0);
    assert.deepEqual(JSON.parse(readFileSync(path.join(dir, 'c.json'), 'utf8')).entries, []);
  });

  it('rejects missing --out and unknown options as usage errors', async () => {
    assert.equal((await cli(['catalog', 'build', '--org', 'acme'])).code, 2);
    assert.equal((await cli(['catalog', 'build', '--org', 'acme', '--out', 'x.json', '--bogus'])).code, 2);
    assert.equal((await cli(['catalog', 'build', '--out', 'x.json'])).code, 2);
  });
});
