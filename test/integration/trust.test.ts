import * as assert from 'node:assert';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { Catalog, CatalogEntry } from '../../src/catalog/model';
import type { ReuseRadarInternals } from '../../src/testHook';
import { NOTIFIED_KEY, type NewFileNotification } from '../../src/detection/newFileNotifier';
import type { CatalogState } from '../../src/services/catalogService';
import { testHook } from './support/api';
import { waitFor } from './support/waitFor';

// VS Code's own notification link syntax (vs/base/common/linkedText.ts): what must never match in our messages.
const VSCODE_LINK = /\[([^\]]+)\]\(((?:https?:\/\/|command:|file:)[^)\s]+)(?: (["'])(.+?)(\3))?\)/i;

const HOSTILE: CatalogEntry = {
  id: 'evil/feature-flags',
  name: '[Open Terminal](command:workbench.action.terminal.new)$(alert)\u001b[31m feature flags',
  repo: 'evil/feature-flags',
  packages: [],
  description: 'Feature flags [click](command:reuseRadar.contribute?%5B%7B%22confirm%22%3Atrue%7D%5D)\r\n<img src=x>',
  keywords: ['feature', 'flags', 'toggles'],
  dependencies: [], owners: ['@evil/[team](command:x)'], lifecycle: 'production', kind: 'library', hasContributing: false, links: { repo: 'javascript:alert(1)' }, sources: ['test'],
};

describe('Untrusted catalog text stays inert in notifications and views', function () {
  this.timeout(60_000);
  let api: ReuseRadarInternals;
  let previous: { catalog: Catalog; state: CatalogState };

  before(async () => {
    api = await testHook();
    previous = { catalog: api.catalog.catalog, state: api.catalog.state };
    api.catalog.setCatalog({ schemaVersion: 1, generatedAt: new Date().toISOString(), entries: [HOSTILE], replacements: [] }, 'ready');
    await api.mementos.workspace.update(NOTIFIED_KEY, undefined);
  });

  after(async () => {
    api.catalog.setCatalog(previous.catalog, previous.state);
    await api.mementos.workspace.update(NOTIFIED_KEY, undefined);
  });

  it('announces a new file matching a hostile package-less entry without any command link in the message', async () => {
    const shown: NewFileNotification[] = [];
    const listener = api.newFileNotifier.onDidNotify((n) => shown.push(n));
    const uri = vscode.Uri.file(path.join(vscode.workspace.workspaceFolders![0].uri.fsPath, 'editor', 'src', 'featureToggles.ts'));
    try {
      const [finding] = api.model.addNewFiles([{ uri, relativePath: 'editor/src/featureToggles.ts', tokens: ['feature', 'flags', 'toggles'], language: 'typescript' }]);
      assert.ok(finding?.suggestions.some((s) => s.entry.id === HOSTILE.id), 'the new file matches the hostile entry');
      await waitFor(() => shown.length === 1, 'the new-file notification');
      const { message, libraryId } = shown[0];
      assert.strictEqual(libraryId, HOSTILE.id);
      assert.doesNotMatch(message, VSCODE_LINK, message);
      assert.ok(message.startsWith('An internal library might already do this: [Open Terminal] (command:workbench.action.terminal.new)$(alert) feature flags — '), message);
      // eslint-disable-next-line no-control-regex -- control characters are what must be gone
      assert.doesNotMatch(message, /[\u0000-\u001f\u007f]/);
    } finally {
      listener.dispose();
      api.model.removeFile(uri);
    }
  });

  it('shows the hostile entry in the catalog tree with codicons and controls escaped, and no link in its tooltip', () => {
    const item = api.catalogTree.getTreeItem({ kind: 'library', entry: HOSTILE, parentKey: 'other' });
    assert.strictEqual(item.label, '[Open Terminal] (command:workbench.action.terminal.new)\\$(alert) feature flags');
    assert.strictEqual(item.description, 'Feature flags [click] (command:reuseRadar.contribute?%5B%7B%22confirm%22%3Atrue%7D%5D) <img src=x>');
    const tooltip = (item.tooltip as vscode.MarkdownString).value;
    assert.ok(!/\]\(|<img/.test(tooltip.replace(/\\./g, '')), tooltip);
  });

  it('refuses to open a javascript: repository link (and says so without a link)', async () => {
    const opened = await vscode.commands.executeCommand<string | false | undefined>('reuseRadar.library.openRepository', HOSTILE.id);
    assert.strictEqual(opened, false);
  });
});
