import * as assert from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { ReuseRadarTestExports } from '../../src/testHook';
import { EXTENSION_ID, testHook } from './support/api';
import { waitFor } from './support/waitFor';

const root = path.resolve(__dirname, '..', '..', '..');
const manifest = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as {
  contributes: { commands: { command: string }[]; views: Record<string, { id: string }[]> };
};

describe('Foundation', () => {
  it('activates without a network and says it is on the demo catalog', async () => {
    const api = await testHook();
    assert.ok(vscode.extensions.getExtension(EXTENSION_ID)?.isActive, 'extension is active');
    assert.strictEqual(api.catalog.state, 'demo');
    assert.ok(api.catalog.catalog.entries.length >= 25, `demo catalog has ${api.catalog.catalog.entries.length} libraries`);
    assert.strictEqual(api.statusBar.text, '$(beaker) Demo catalog — configure your organization');
  });

  it('exports the public API (catalog, search) and, only because this host runs its tests, the test hook', async () => {
    const hook = await testHook();
    const exports = vscode.extensions.getExtension<ReuseRadarTestExports>(EXTENSION_ID)!.exports;
    assert.deepStrictEqual(Object.keys(exports).sort(), ['catalog', 'search', 'testHook']);
    assert.strictEqual(exports.catalog.libraries, hook.catalog.catalog.entries);
    const hits = await exports.search('structured logging for Python', { limit: 1 });
    assert.deepStrictEqual(hits.map((h) => h.repo), ['acme-demo/acme-logging']);
  });

  it('registers every command contributed in package.json', async () => {
    await testHook();
    const registered = new Set(await vscode.commands.getCommands(true));
    const missing = manifest.contributes.commands.map((c) => c.command).filter((id) => !registered.has(id));
    assert.deepStrictEqual(missing, [], `contributed but not registered: ${missing.join(', ')}`);
  });

  it('registers both views and the Catalog view lists the demo libraries', async () => {
    const api = await testHook();
    const viewIds = Object.values(manifest.contributes.views).flat().map((v) => v.id);
    assert.deepStrictEqual(viewIds.sort(), ['reuseRadar.catalog', 'reuseRadar.suggestions']);
    // Opening the view proves VS Code knows it; the tree's own children prove what a user sees in it.
    await vscode.commands.executeCommand('reuseRadar.catalog.focus');
    await waitFor(() => api.views.catalogView.visible, 'the Catalog view to be visible');
    const groups = await api.catalogTree.getChildren();
    const labels = groups.map((g) => String(api.catalogTree.getTreeItem(g).label));
    assert.deepStrictEqual(labels, ['Go', 'Maven', 'npm', 'PyPI']);
    const npm = groups.find((g) => api.catalogTree.getTreeItem(g).label === 'npm');
    assert.ok(npm);
    const libraries = api.catalogTree.getChildren(npm).map((n) => api.catalogTree.getTreeItem(n));
    const httpClient = libraries.find((i) => i.label === 'http-client');
    assert.ok(httpClient, `npm group lists http-client (got ${libraries.map((i) => i.label).join(', ')})`);
    assert.strictEqual(httpClient.description, '@acme/http-client');
    const deprecated = api.catalog.catalog.entries.filter((e) => e.lifecycle === 'deprecated');
    assert.strictEqual(deprecated.length, 1);
    const deprecatedItem = api.catalogTree.getChildren(npm).map((n) => api.catalogTree.getTreeItem(n)).find((i) => i.label === deprecated[0].name);
    assert.ok(deprecatedItem && String(deprecatedItem.description).startsWith('deprecated'), 'the deprecated library says so');
    assert.strictEqual(api.views.catalogView.message, 'Demo catalog — configure your organization');
  });

  it('picks up a settings change (group by owner, then back)', async () => {
    const api = await testHook();
    const config = vscode.workspace.getConfiguration('reuseRadar');
    try {
      await config.update('catalog.groupBy', 'owner', vscode.ConfigurationTarget.Global);
      await waitFor(() => api.catalogTree.getChildren().some((g) => String(api.catalogTree.getTreeItem(g).label).startsWith('@acme-demo/')), 'owner groups');
    } finally {
      await config.update('catalog.groupBy', undefined, vscode.ConfigurationTarget.Global);
    }
    await waitFor(() => api.catalogTree.getChildren().some((g) => api.catalogTree.getTreeItem(g).label === 'npm'), 'ecosystem groups again');
  });

  it('switches to the empty state when the demo is turned off, and back', async () => {
    const api = await testHook();
    const config = vscode.workspace.getConfiguration('reuseRadar');
    try {
      await config.update('catalog.useDemo', false, vscode.ConfigurationTarget.Global);
      await waitFor(() => api.catalog.state === 'unconfigured', 'the unconfigured state');
      assert.deepStrictEqual(api.catalogTree.getChildren(), []);
      assert.strictEqual(api.statusBar.text, '$(library) Reuse Radar: not configured');
    } finally {
      await vscode.commands.executeCommand('reuseRadar.useDemoCatalog');
    }
    await waitFor(() => api.catalog.state === 'demo', 'the demo state again');
  });

  it('filters the Catalog view and clears the filter', async () => {
    const api = await testHook();
    await vscode.commands.executeCommand('reuseRadar.catalog.filter', 'kafka');
    const visible = api.catalogTree.visibleEntries().map((e) => e.name);
    assert.ok(visible.length > 0 && visible.length < api.catalog.catalog.entries.length, `filtered to ${visible.join(', ')}`);
    assert.ok(visible.every((name) => /kafka/i.test(name) || /kafka/i.test(JSON.stringify(api.catalog.catalog.entries.find((e) => e.name === name)))), 'every visible library is about kafka');
    assert.match(api.views.catalogView.message ?? '', /Filtered by "kafka": \d+ of \d+ libraries/);
    await vscode.commands.executeCommand('reuseRadar.catalog.clearFilter');
    assert.strictEqual(api.catalogTree.visibleEntries().length, api.catalog.catalog.entries.length);
  });
});
