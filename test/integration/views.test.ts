import * as assert from 'node:assert';
import * as vscode from 'vscode';
import { loadDemoCatalog } from '../../src/catalog/demoCatalog';
import { generateCatalog } from '../support/catalogGenerator/generate';
import { testHook } from './support/api';
import { waitFor } from './support/waitFor';

describe('Catalog view with a 10,000-library catalog', function () {
  this.timeout(120_000);

  after(async () => {
    const api = await testHook();
    await vscode.commands.executeCommand('reuseRadar.catalog.clearFilter');
    api.catalog.setCatalog(loadDemoCatalog(), 'demo');
  });

  it('groups, lists and filters 10,000 libraries (timings printed)', async () => {
    const api = await testHook();
    const catalog = generateCatalog(10_000, 3);
    let t = performance.now();
    api.catalog.setCatalog(catalog, 'ready');
    const setMs = performance.now() - t;

    await vscode.commands.executeCommand('reuseRadar.catalog.focus');
    await waitFor(() => api.views.catalogView.visible, 'the Catalog view to be visible');
    t = performance.now();
    const groups = api.catalogTree.getChildren();
    const rootMs = performance.now() - t;
    const counts = groups.map((g) => Number(api.catalogTree.getTreeItem(g).description));
    assert.ok(groups.length >= 4, `${groups.length} ecosystem groups`);
    assert.ok(counts.reduce((a, b) => a + b, 0) >= 10_000, `group counts add up to every library (${counts.join(' + ')})`);

    const biggest = groups[counts.indexOf(Math.max(...counts))];
    t = performance.now();
    const items = api.catalogTree.getChildren(biggest).map((n) => api.catalogTree.getTreeItem(n));
    const groupMs = performance.now() - t;
    assert.strictEqual(items.length, Math.max(...counts));
    assert.ok(items.every((i) => typeof i.label === 'string' && i.contextValue?.startsWith('library')), 'every row is a library item');
    const sorted = items.map((i) => String(i.label));
    assert.deepStrictEqual(sorted, [...sorted].sort((a, b) => a.localeCompare(b)), 'rows are sorted by name');

    const probe = catalog.entries[1234];
    t = performance.now();
    await vscode.commands.executeCommand('reuseRadar.catalog.filter', probe.name);
    const filterMs = performance.now() - t;
    const visible = api.catalogTree.visibleEntries();
    assert.ok(visible.length >= 1 && visible.length < 10_000, `the filter narrowed to ${visible.length}`);
    assert.ok(visible.some((e) => e.id === probe.id), `the filter keeps ${probe.name}`);
    assert.match(api.views.catalogView.message ?? '', new RegExp(`of ${catalog.entries.length} libraries`));
    console.log(`      10,000 libraries: set ${setMs.toFixed(0)} ms (matcher index included), root ${rootMs.toFixed(1)} ms, largest group (${items.length} rows) ${groupMs.toFixed(0)} ms, filter ${filterMs.toFixed(0)} ms`);
  });
});
