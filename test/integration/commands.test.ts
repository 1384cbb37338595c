import * as assert from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { loadDemoCatalog } from '../../src/catalog/demoCatalog';
import type { Catalog } from '../../src/catalog/model';
import { testHook } from './support/api';
import { waitFor } from './support/waitFor';
import { answerTokenPrompt, setTokenViaInputBox } from './support/tokenInput';

const config = () => vscode.workspace.getConfiguration('reuseRadar');

describe('Commands: configuration, account, repository, log', function () {
  this.timeout(60_000);

  it('"Group Catalog By…" regroups the Catalog view by topic', async () => {
    const api = await testHook();
    try {
      await vscode.commands.executeCommand('reuseRadar.catalog.groupBy', 'topic');
      assert.strictEqual(config().get('catalog.groupBy'), 'topic');
      await waitFor(() => api.catalogTree.getChildren().some((g) => api.catalogTree.getTreeItem(g).label === 'kafka'), 'a "kafka" topic group');
      const kafka = api.catalogTree.getChildren().find((g) => api.catalogTree.getTreeItem(g).label === 'kafka');
      assert.ok(kafka);
      const names = api.catalogTree.getChildren(kafka).map((n) => String(api.catalogTree.getTreeItem(n).label));
      assert.ok(names.includes('kafka-node') && names.includes('kafka-go'), `kafka group: ${names.join(', ')}`);
    } finally {
      await vscode.commands.executeCommand('reuseRadar.catalog.groupBy', 'ecosystem');
    }
    await waitFor(() => api.catalogTree.getChildren().some((g) => api.catalogTree.getTreeItem(g).label === 'npm'), 'ecosystem groups again');
  });

  it('"Configure Organization…" with a catalog file switches from the demo to that catalog', async () => {
    const api = await testHook();
    const folder = vscode.workspace.workspaceFolders?.[0]?.uri.fsPath;
    assert.ok(folder);
    const file = path.join(folder, 'configure-it.json');
    const catalog: Catalog = { ...loadDemoCatalog(), origin: undefined, entries: loadDemoCatalog().entries.slice(0, 3) };
    fs.writeFileSync(file, JSON.stringify(catalog));
    try {
      const result = await vscode.commands.executeCommand('reuseRadar.configure', { catalogFile: file });
      assert.strictEqual(result, 'file');
      assert.deepStrictEqual(config().get('catalogFiles'), [file]);
      await waitFor(() => api.catalog.state === 'ready' && api.catalog.catalog.entries.length === 3, 'the configured catalog', 30_000);
      assert.doesNotMatch(api.statusBar.text, /Demo catalog/);
    } finally {
      await config().update('catalogFiles', undefined, vscode.ConfigurationTarget.Global);
      fs.rmSync(file, { force: true });
    }
    await waitFor(() => api.catalog.state === 'demo', 'the demo catalog again', 30_000);
  });

  it('"Configure Organization…" refuses an invalid org login and changes nothing', async () => {
    const result = await vscode.commands.executeCommand('reuseRadar.configure', { org: 'not an org!' });
    assert.strictEqual(result, undefined);
    assert.deepStrictEqual(config().get('github.orgs'), []);
  });

  it('"Set GitHub Token" takes the token only from its password box, never from a command argument', async () => {
    const ignored = 'ghp_argumentTokenMustBeIgnored000000000000';
    const asked = await answerTokenPrompt(undefined, () => vscode.commands.executeCommand('reuseRadar.github.setToken', ignored));
    assert.equal(asked.length, 1, 'the password box is shown even with an argument');
    assert.equal(asked[0].password, true);
  });

  it('"Sign in to GitHub" uses a token stored with "Set GitHub Token"', async () => {
    await setTokenViaInputBox('ghp_signInIntegrationToken0000000000000');
    try {
      assert.strictEqual(await vscode.commands.executeCommand('reuseRadar.github.signIn'), 'signed-in');
    } finally {
      await setTokenViaInputBox('');
    }
  });

  it('"Open Repository" opens the library\'s repository link, and says so when there is none', async () => {
    const api = await testHook();
    const demo = loadDemoCatalog();
    const [withLink, withoutLink] = demo.entries;
    // Loopback links only: the test host must not reach out to GitHub.
    const catalog: Catalog = { ...demo, entries: [
      { ...withLink, links: { ...withLink.links, repo: 'http://127.0.0.1:9/acme-demo/repo' } },
      { ...withoutLink, repo: '', host: undefined, links: {} },
    ] };
    api.catalog.setCatalog(catalog, 'demo');
    try {
      assert.strictEqual(await vscode.commands.executeCommand('reuseRadar.library.openRepository', withLink.id), 'http://127.0.0.1:9/acme-demo/repo');
      assert.strictEqual(await vscode.commands.executeCommand('reuseRadar.library.openRepository', withoutLink.id), false);
    } finally {
      api.catalog.setCatalog(loadDemoCatalog(), 'demo');
    }
  });

  it('"Show Log" opens the Reuse Radar output channel', async () => {
    await vscode.commands.executeCommand('reuseRadar.showLog');
    await waitFor(() => vscode.workspace.textDocuments.some((d) => d.uri.scheme === 'output' && /Reuse Radar/.test(d.uri.path)), 'the Reuse Radar output channel to be shown');
  });
});

describe('GitHub tokens stay with their host', function () {
  this.timeout(120_000);
  const TOKEN_A = 'ghp_hostBoundTokenForStandInA000000000000';

  it('a token stored for one API host is never sent to another one', async () => {
    const { startGitHubStandIn, seedOrg } = await import('../support/githubStandIn');
    const { generateSnapshots } = await import('../support/catalogGenerator/generate');
    const a = await startGitHubStandIn();
    const b = await startGitHubStandIn();
    const api = await testHook();
    try {
      a.state.addToken(TOKEN_A, 'alice');
      seedOrg(b.state, 'elsewhere', generateSnapshots(5, 11, { org: 'elsewhere' }));
      await config().update('github.apiUrl', a.url, vscode.ConfigurationTarget.Global);
      await setTokenViaInputBox(TOKEN_A);
      // A workspace (or anyone) now points the extension at another host.
      await config().update('github.apiUrl', b.url, vscode.ConfigurationTarget.Global);
      await config().update('github.orgs', ['elsewhere'], vscode.ConfigurationTarget.Global);
      await waitFor(() => api.catalog.state === 'ready' && api.catalog.catalog.entries.some((e) => e.repo.startsWith('elsewhere/')), 'the other host\'s catalog', 60_000);
      assert.ok(b.requests.length > 0, 'the other host was crawled');
      assert.ok(b.requests.every((r) => r.login === undefined), 'anonymously: no token was sent there');
    } finally {
      await config().update('github.orgs', undefined, vscode.ConfigurationTarget.Global);
      await config().update('github.apiUrl', a.url, vscode.ConfigurationTarget.Global);
      await setTokenViaInputBox('');
      await config().update('github.apiUrl', undefined, vscode.ConfigurationTarget.Global);
      await waitFor(() => api.catalog.state === 'demo', 'the demo catalog again', 30_000);
      await a.close();
      await b.close();
    }
  });
});
