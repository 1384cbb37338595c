import * as assert from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { CatalogCacheStore } from '../../src/catalog/cacheStore';
import { generateSnapshots } from '../support/catalogGenerator/generate';
import type { Catalog } from '../../src/catalog/model';
import type { RefreshOutcome } from '../../src/services/catalogService';
import { seedOrg, startGitHubStandIn, type GitHubStandIn } from '../support/githubStandIn';
import { testHook } from './support/api';
import { waitFor } from './support/waitFor';
import { setTokenViaInputBox } from './support/tokenInput';

const ORG = 'initech';
const TOKEN = 'ghp_catalogIntegrationToken000000000000';

describe('Catalog: crawl, cache, refresh (against the GitHub stand-in)', function () {
  this.timeout(120_000);
  let gh: GitHubStandIn;
  const config = () => vscode.workspace.getConfiguration('reuseRadar');

  before(async () => {
    gh = await startGitHubStandIn();
    gh.state.addToken(TOKEN, 'alice');
    seedOrg(gh.state, ORG, generateSnapshots(60, 7, { org: ORG }));
    const api = await testHook();
    await config().update('github.apiUrl', gh.ghesUrl, vscode.ConfigurationTarget.Global);
    // Tokens are kept per API host: store it once the stand-in is the configured host.
    await setTokenViaInputBox(TOKEN);
    await config().update('github.orgs', [ORG], vscode.ConfigurationTarget.Global);
    await waitFor(() => api.catalog.state === 'ready' && api.catalog.catalog.entries.some((e) => e.repo.startsWith(`${ORG}/`)), 'the org catalog after configuring it', 60_000);
  });

  after(async () => {
    await config().update('github.orgs', undefined, vscode.ConfigurationTarget.Global);
    await config().update('catalogFiles', undefined, vscode.ConfigurationTarget.Global);
    await setTokenViaInputBox('');
    await config().update('github.apiUrl', undefined, vscode.ConfigurationTarget.Global);
    const api = await testHook();
    await waitFor(() => api.catalog.state === 'demo', 'the demo catalog again');
    await gh?.close();
  });

  it('configuring an org crawls it through GraphQL (GHES-style URL) and shows it in the Catalog view and status bar', async () => {
    const api = await testHook();
    const entries = api.catalog.catalog.entries;
    assert.ok(entries.length >= 20, `${entries.length} libraries from ${ORG}`);
    assert.ok(entries.every((e) => e.repo.startsWith(`${ORG}/`)), 'only the org\'s libraries (the demo is gone)');
    assert.ok(gh.requests.some((r) => r.graphql && r.login === 'alice'), 'GraphQL queries made with the stored token');
    assert.match(api.statusBar.text, new RegExp(`^\\$\\(library\\) ${entries.length} libraries · just now$`));
    // A workspace scan may still be running (its line shows above the rows while it does).
    await waitFor(() => !api.detection.states.scan.running, 'the workspace scan to be idle', 15_000);
    assert.strictEqual(api.views.catalogView.message, undefined, 'no demo banner');
    const labels = api.catalogTree.getChildren().flatMap((g) => api.catalogTree.getChildren(g)).map((n) => String(api.catalogTree.getTreeItem(n).label));
    assert.ok(labels.includes(entries[0].name), `the Catalog view lists ${entries[0].name}`);
  });

  it('"Refresh Catalog" refreshes incrementally (nothing pushed: a request or two) and caches the result on disk', async () => {
    const api = await testHook();
    const before = gh.requests.length;
    const outcome = await vscode.commands.executeCommand<RefreshOutcome>('reuseRadar.catalog.refresh');
    assert.ok(outcome.ok, outcome.message);
    assert.match(outcome.message, /^Catalog refreshed: \d+ libraries \(\d+ API requests\)\.$/);
    const spent = gh.requests.slice(before).filter((r) => r.path !== '/rate_limit');
    assert.ok(spent.length <= 3, `incremental refresh took ${spent.length} requests`);
    const cached = await new CatalogCacheStore(api.catalog.cacheFile).load();
    assert.ok(cached, 'the cache file exists');
    assert.deepStrictEqual(cached.entries.map((e) => e.id), api.catalog.catalog.entries.map((e) => e.id));
  });

  it('a refresh that fails part-way keeps the last good catalog (memory and disk) and says so in one line', async () => {
    const api = await testHook();
    const ids = api.catalog.catalog.entries.map((e) => e.id);
    const diskBefore = fs.readFileSync(api.catalog.cacheFile);
    gh.faults.add({ graphql: true, status: 403, body: { message: 'Resource not accessible by integration', documentation_url: 'https://docs.github.com/graphql' }, times: Infinity });
    try {
      const outcome = await api.catalog.refresh();
      assert.strictEqual(outcome.ok, false);
      assert.match(outcome.message, /^Catalog refresh failed: .+\. The previous catalog is kept\.$/);
      assert.doesNotMatch(outcome.message, /\n|\bat .+\.js:\d+/, 'no stack trace');
      assert.ok(!outcome.message.includes(TOKEN), 'no token in the message');
    } finally {
      gh.faults.clear();
    }
    assert.strictEqual(api.catalog.state, 'ready');
    assert.deepStrictEqual(api.catalog.catalog.entries.map((e) => e.id), ids);
    assert.ok(fs.readFileSync(api.catalog.cacheFile).equals(diskBefore), 'the cache file is untouched');
    assert.match(api.statusBar.text, /libraries/);
  });

  it('reads a published catalog file over HTTP and, unchanged, costs one request answered 304', async () => {
    const api = await testHook();
    const published: Catalog = {
      schemaVersion: 1,
      generatedAt: new Date().toISOString(),
      entries: [{
        id: 'initech/tps-reports', name: 'tps-reports', repo: 'initech/tps-reports', packages: [{ ecosystem: 'npm', name: '@initech/tps-reports' }],
        description: 'TPS report cover sheets, as a library.', keywords: ['reports'], dependencies: [{ ecosystem: 'npm', name: 'pdfkit' }],
        owners: ['@initech/lumbergh'], lifecycle: 'production', kind: 'library', hasContributing: true, links: {}, sources: ['file'],
      }],
      replacements: [],
    };
    gh.state.files['/published/catalog.json'] = JSON.stringify(published);
    const orgCache = api.catalog.cacheFile;
    assert.match(path.basename(orgCache), /^catalog-[0-9a-f]{16}\.json$/);
    await config().update('github.orgs', undefined, vscode.ConfigurationTarget.Global);
    await config().update('catalogFiles', [`${gh.url}/published/catalog.json`], vscode.ConfigurationTarget.Global);
    await waitFor(() => api.catalog.state === 'ready' && api.catalog.catalog.entries.some((e) => e.id === 'initech/tps-reports'), 'the published catalog', 30_000);
    assert.deepStrictEqual(api.catalog.catalog.entries.map((e) => e.id), ['initech/tps-reports']);
    // Each combination of sources has its own cache: the org's stays for when the org setting comes back.
    assert.notStrictEqual(api.catalog.cacheFile, orgCache);
    assert.ok(fs.existsSync(orgCache) && fs.existsSync(api.catalog.cacheFile), 'both caches on disk');
    const before = gh.requests.length;
    const outcome = await api.catalog.refresh();
    assert.ok(outcome.ok, outcome.message);
    const fileRequests = gh.requests.slice(before).filter((r) => r.path === '/published/catalog.json');
    assert.deepStrictEqual(fileRequests.map((r) => r.status), [304]);
  });

  it('a local catalog file path (workspace-relative) works too', async () => {
    const api = await testHook();
    const folder = vscode.workspace.workspaceFolders?.[0]?.uri.fsPath;
    assert.ok(folder);
    const file = path.join(folder, 'catalog-it.json');
    const local = JSON.parse(gh.state.files['/published/catalog.json']) as Catalog;
    local.entries[0] = { ...local.entries[0], id: 'initech/stapler', name: 'stapler', repo: 'initech/stapler', packages: [{ ecosystem: 'npm', name: '@initech/stapler' }] };
    fs.writeFileSync(file, JSON.stringify(local));
    try {
      await config().update('catalogFiles', ['catalog-it.json'], vscode.ConfigurationTarget.Global);
      await waitFor(() => api.catalog.catalog.entries.some((e) => e.id === 'initech/stapler'), 'the local catalog file', 30_000);
    } finally {
      fs.rmSync(file, { force: true });
    }
  });
});
