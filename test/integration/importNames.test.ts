import * as assert from 'node:assert';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { loadDemoCatalog } from '../../src/catalog/demoCatalog';
import type { CatalogEntry } from '../../src/catalog/model';
import type { ReuseRadarInternals } from '../../src/testHook';
import { testHook } from './support/api';
import { waitFor } from './support/waitFor';

const file = vscode.Uri.file(path.resolve(__dirname, '..', '..', '..', 'test', 'fixtures', 'workspace', 'editor', 'src', 'scopedRule.ts'));
const ours = () => vscode.languages.getDiagnostics(file).filter((d) => d.source === 'Reuse Radar');

const ui: CatalogEntry = {
  id: 'acme-demo/ui', name: 'ui', repo: 'acme-demo/ui', packages: [{ ecosystem: 'npm', name: '@acme/ui' }], description: 'Design-system components',
  keywords: [], dependencies: [], owners: [], lifecycle: 'production', kind: 'library', hasContributing: false, links: {}, sources: ['demo'],
};

describe('Editor: a replacement rule scoped to named imports (ESLint importNames)', function () {
  this.timeout(60_000);
  let api: ReuseRadarInternals;

  before(async () => {
    api = await testHook();
    const demo = loadDemoCatalog();
    api.catalog.setCatalog({
      ...demo,
      entries: [...demo.entries, ui],
      replacements: [...demo.replacements, { from: '@old/ui', ecosystem: 'npm', to: '@acme/ui', importNames: ['Button'], message: 'Use Button from @acme/ui', source: 'file:.eslintrc.json' }],
    }, 'ready');
  });

  after(async () => {
    api.catalog.setCatalog(loadDemoCatalog(), 'demo');
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('flags the import using the name, not the import of other names, and the quick fix says it is scoped', async () => {
    const doc = await vscode.workspace.openTextDocument(file);
    await vscode.window.showTextDocument(doc);
    await waitFor(() => api.model.hasFile(file) && api.model.imports(file).length === 2, 'imports of scopedRule.ts in the model');
    const [diagnostic] = await waitFor(() => (ours().length > 0 ? ours() : undefined), 'the @old/ui diagnostic');
    await new Promise((r) => setTimeout(r, 300));
    assert.strictEqual(ours().length, 1, 'only the import using Button is flagged');
    assert.strictEqual(diagnostic.range.start.line, 0);
    assert.strictEqual(diagnostic.message, '@acme/ui (internal) replaces `Button` from @old/ui: Use Button from @acme/ui');

    const actions = (await vscode.commands.executeCommand<(vscode.CodeAction | vscode.Command)[]>('vscode.executeCodeActionProvider', file, diagnostic.range, vscode.CodeActionKind.QuickFix.value))
      .filter((a): a is vscode.CodeAction => 'kind' in a && /^(Use |Open |Dismiss this suggestion)/.test(a.title));
    assert.deepStrictEqual(actions.map((a) => a.title), ['Use @acme/ui for Button (this rule covers Button only)', 'Dismiss this suggestion']);
    assert.strictEqual(actions[0].edit, undefined, 'the import also takes Card: its specifier is never rewritten');
    assert.strictEqual(actions[0].command?.command, 'reuseRadar.library.addToProject');

    const tabsLine = doc.lineAt(1).range;
    const onTabs = await vscode.commands.executeCommand<(vscode.CodeAction | vscode.Command)[]>('vscode.executeCodeActionProvider', file, tabsLine, vscode.CodeActionKind.QuickFix.value);
    assert.deepStrictEqual(onTabs.filter((a) => /^Use @acme\/ui/.test(a.title)).map((a) => a.title), [], 'no fix on the import of other names');
  });
});
