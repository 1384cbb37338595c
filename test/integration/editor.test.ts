import * as assert from 'node:assert';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { loadDemoCatalog } from '../../src/catalog/demoCatalog';
import type { ReuseRadarInternals } from '../../src/testHook';
import { NOTIFIED_KEY, type NewFileNotification } from '../../src/detection/newFileNotifier';
import { DismissalStore } from '../../src/services/dismissalStore';
import { SuggestionModel } from '../../src/services/suggestionModel';
import type { SuggestionNode } from '../../src/views/suggestionsTreeProvider';
import { testHook } from './support/api';
import { waitFor } from './support/waitFor';

const editorRoot = path.resolve(__dirname, '..', '..', '..', 'test', 'fixtures', 'workspace', 'editor');
const fixture = (...parts: string[]) => vscode.Uri.file(path.join(editorRoot, ...parts));
const OUR_COMMANDS = ['reuseRadar.library.openDetails', 'reuseRadar.library.addToProject', 'reuseRadar.contribute', 'reuseRadar.suggestion.dismiss', 'reuseRadar.library.askOwners'];

const ours = (uri: vscode.Uri) => vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'Reuse Radar');
const config = () => vscode.workspace.getConfiguration('reuseRadar');

/** Opens a fixture and waits until the import watcher has fed the model with it. */
async function open(api: ReuseRadarInternals, uri: vscode.Uri): Promise<vscode.TextDocument> {
  const doc = await vscode.workspace.openTextDocument(uri);
  await vscode.window.showTextDocument(doc);
  await waitFor(() => api.model.hasFile(uri) && api.model.imports(uri).length > 0, `imports of ${path.basename(uri.fsPath)} in the model`);
  return doc;
}

/** The range of the first occurrence of `specifier` in the document (what the extractors report). */
function rangeOf(doc: vscode.TextDocument, specifier: string): vscode.Range {
  const offset = doc.getText().indexOf(`'${specifier}'`) + 1;
  return new vscode.Range(doc.positionAt(offset), doc.positionAt(offset + specifier.length));
}

async function hoverText(uri: vscode.Uri, position: vscode.Position, needle: string): Promise<vscode.MarkdownString> {
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, position);
  const contents = hovers.flatMap((h) => h.contents).filter((c): c is vscode.MarkdownString => typeof c === 'object' && 'value' in c && !('language' in c));
  const found = contents.find((c) => c.value.includes(needle));
  assert.ok(found, `a hover containing ${needle}; got: ${contents.map((c) => c.value).join('\n----\n')}`);
  return found;
}

async function quickFixes(uri: vscode.Uri, range: vscode.Range): Promise<vscode.CodeAction[]> {
  const actions = await vscode.commands.executeCommand<(vscode.CodeAction | vscode.Command)[]>('vscode.executeCodeActionProvider', uri, range, vscode.CodeActionKind.QuickFix.value);
  return actions.filter((a): a is vscode.CodeAction => 'kind' in a && /^(Use |Open |Dismiss this suggestion)/.test(a.title));
}

describe('Editor: diagnostics, hovers, quick fixes, details, dismissals, new files', function () {
  this.timeout(60_000);
  let api: ReuseRadarInternals;
  const eventBus = fixture('src', 'eventBus.ts');

  before(async () => {
    api = await testHook();
    await config().update('diagnostics.severity', undefined, vscode.ConfigurationTarget.Global);
  });

  after(async () => {
    await config().update('diagnostics.severity', undefined, vscode.ConfigurationTarget.Global);
    await config().update('newFiles.notify', undefined, vscode.ConfigurationTarget.Global);
    for (const stored of api.dismissals.list()) await api.dismissals.remove(stored.id);
    api.catalog.setCatalog(loadDemoCatalog(), 'demo');
    for (const doc of vscode.workspace.textDocuments.filter((d) => d.isDirty && d.uri.fsPath.startsWith(editorRoot))) {
      await vscode.window.showTextDocument(doc);
      await vscode.commands.executeCommand('workbench.action.files.revert');
    }
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('puts an Information diagnostic on the specifier of a wrapped import', async () => {
    const doc = await open(api, eventBus);
    const [diagnostic] = await waitFor(() => (ours(eventBus).length === 1 ? ours(eventBus) : undefined), 'the kafkajs diagnostic');
    assert.strictEqual(diagnostic.message, '@acme/kafka (internal) wraps kafkajs: consider it instead');
    assert.strictEqual(diagnostic.severity, vscode.DiagnosticSeverity.Information);
    assert.deepStrictEqual(diagnostic.range, rangeOf(doc, 'kafkajs'));
    assert.strictEqual(diagnostic.range.start.line, 1);
    const code = diagnostic.code as { value: string; target: vscode.Uri };
    assert.strictEqual(code.value, 'acme-demo/kafka-node');
    assert.strictEqual(code.target.toString(true), 'https://github.com/acme-demo/kafka-node#readme');
  });

  it('flags a deprecated internal library but not an up-to-date one', async () => {
    const legacy = fixture('src', 'legacyCalls.ts');
    const doc = await open(api, legacy);
    const diagnostics = await waitFor(() => (ours(legacy).length ? ours(legacy) : undefined), 'the deprecation diagnostic');
    assert.deepStrictEqual(diagnostics.map((d) => d.message), ['@acme/legacy-http is deprecated: use @acme/http-client']);
    assert.deepStrictEqual(diagnostics[0].range, rangeOf(doc, '@acme/legacy-http'));

    const card = await hoverText(legacy, rangeOf(doc, '@acme/http-client').start.translate(0, 2), 'internal library');
    assert.match(card.value, /\*\*@acme\/http\\-client\*\* — internal library \(acme\\-demo\/http\\-client\)/);
    assert.ok(card.value.includes('Owners: @acme\\-demo/platform\\-web'), card.value);
    assert.ok(card.value.includes('[$(book) Documentation](https://github.com/acme-demo/http-client#readme)'), card.value);
    assert.ok(card.value.includes('[$(heart) How to contribute](https://github.com/acme-demo/http-client/blob/main/CONTRIBUTING.md)'), card.value);
    assert.ok(card.value.includes('](command:reuseRadar.contribute?'), card.value);
  });

  it('shows the suggestion hover with reason, trust signals and our command links only', async () => {
    const doc = await open(api, eventBus);
    const hover = await hoverText(eventBus, rangeOf(doc, 'kafkajs').start.translate(0, 3), '@acme/kafka');
    const text = hover.value;
    assert.ok(text.includes('**@acme/kafka** — internal library'), text);
    assert.ok(text.includes('Kafka producer and consumer for Node with Acme topic naming, schema\\-registry Avro encoding and dead\\-letter queues\\.'), text);
    assert.ok(text.includes('_Why:_ wraps kafkajs, which this file imports'), text);
    assert.match(text, /Owners: @acme\\-demo\/data\\-platform · Production · last push [^·]+ ago · used by 2 internal repos · has CONTRIBUTING/);
    for (const command of OUR_COMMANDS) assert.ok(text.includes(`](command:${command}?`), `${command} link in ${text}`);
    const trusted = hover.isTrusted as { enabledCommands: string[] };
    assert.deepStrictEqual([...trusted.enabledCommands].sort(), [...OUR_COMMANDS].sort());
    assert.notStrictEqual(hover.supportHtml, true);
  });

  it('escapes catalog text in hovers so links, HTML and markdown in it are not live', async () => {
    const hostile = loadDemoCatalog();
    const kafka = hostile.entries.find((e) => e.id === 'acme-demo/kafka-node')!;
    kafka.description = '**Pwned** <img src=x onerror=alert(1)> [Run me](command:workbench.action.terminal.new) $(alert). Second sentence.';
    kafka.owners = ['[evil](command:workbench.action.files.delete)'];
    api.catalog.setCatalog(hostile, 'ready');
    try {
      const doc = await open(api, eventBus);
      const hover = await waitFor(async () => {
        const h = await hoverText(eventBus, rangeOf(doc, 'kafkajs').start.translate(0, 3), '@acme/kafka');
        return h.value.includes('Pwned') ? h : undefined;
      }, 'the hover to show the new catalog text');
      const text = hover.value;
      assert.ok(text.includes('\\*\\*Pwned\\*\\* \\<img src=x onerror=alert\\(1\\)\\> \\[Run me\\]\\(command:workbench\\.action\\.terminal\\.new\\) $\\(alert\\)\\.'), text);
      assert.ok(text.includes('Owners: \\[evil\\]\\(command:workbench\\.action\\.files\\.delete\\)'), text);
      assert.ok(!/[^\\]\]\(command:workbench/.test(text), 'no live link to a workbench command');
      assert.ok(!(hover.isTrusted as { enabledCommands: string[] }).enabledCommands.some((c) => c.startsWith('workbench')));
    } finally {
      api.catalog.setCatalog(loadDemoCatalog(), 'demo');
    }
  });

  it('offers quick fixes; the drop-in fix rewrites the import specifier', async () => {
    const retrying = fixture('src', 'retrying.ts');
    const doc = await open(api, retrying);
    await waitFor(() => ours(retrying).length === 1, 'the async-retry diagnostic');
    const actions = await quickFixes(retrying, rangeOf(doc, 'async-retry'));
    assert.deepStrictEqual(actions.map((a) => a.title), ['Use @acme/retry instead', 'Dismiss this suggestion']);
    const [use] = actions;
    assert.strictEqual(use.kind?.value, vscode.CodeActionKind.QuickFix.value);
    // executeCodeActionProvider does not carry diagnostics back: ask the provider itself whether the fix is tied to it.
    const direct = api.codeActions.provideCodeActions(doc, rangeOf(doc, 'async-retry'), { diagnostics: ours(retrying), only: undefined, triggerKind: vscode.CodeActionTriggerKind.Invoke });
    assert.deepStrictEqual(direct.map((a) => a.diagnostics?.map((d) => d.message)), [[ours(retrying)[0].message], [ours(retrying)[0].message]]);
    assert.strictEqual(use.command?.command, 'reuseRadar.library.addToProject');
    assert.deepStrictEqual((use.command?.arguments?.[0] as { libraryId: string }).libraryId, 'acme-demo/retry');
    assert.ok(use.edit, 'the drop-in fix carries an edit');
    assert.ok(await vscode.workspace.applyEdit(use.edit));
    assert.strictEqual(doc.lineAt(0).text, "import retry from '@acme/retry';");
    await vscode.commands.executeCommand('workbench.action.files.revert');
    assert.strictEqual(doc.lineAt(0).text, "import retry from 'async-retry';");

    const kafkaDoc = await open(api, eventBus);
    await waitFor(() => ours(eventBus).length === 1, 'the kafkajs diagnostic');
    const kafkaActions = await quickFixes(eventBus, rangeOf(kafkaDoc, 'kafkajs'));
    assert.deepStrictEqual(kafkaActions.map((a) => a.title), ['Use @acme/kafka instead', 'Open @acme/kafka documentation', 'Dismiss this suggestion']);
    assert.strictEqual(kafkaActions[0].edit, undefined, 'not a drop-in: no rewrite');
  });

  it('follows the severity setting live, and off removes the diagnostics', async () => {
    await open(api, eventBus);
    await waitFor(() => ours(eventBus).length === 1, 'the kafkajs diagnostic');
    try {
      await config().update('diagnostics.severity', 'warning', vscode.ConfigurationTarget.Global);
      await waitFor(() => ours(eventBus)[0]?.severity === vscode.DiagnosticSeverity.Warning, 'a Warning');
      await config().update('diagnostics.severity', 'hint', vscode.ConfigurationTarget.Global);
      await waitFor(() => ours(eventBus)[0]?.severity === vscode.DiagnosticSeverity.Hint, 'a Hint');
      await config().update('diagnostics.severity', 'off', vscode.ConfigurationTarget.Global);
      await waitFor(() => ours(eventBus).length === 0, 'no diagnostics');
      const doc = await vscode.workspace.openTextDocument(eventBus);
      const actions = await quickFixes(eventBus, rangeOf(doc, 'kafkajs'));
      assert.ok(actions.some((a) => a.title === 'Use @acme/kafka instead'), 'quick fixes stay available on the import');
    } finally {
      await config().update('diagnostics.severity', undefined, vscode.ConfigurationTarget.Global);
    }
    await waitFor(() => ours(eventBus)[0]?.severity === vscode.DiagnosticSeverity.Information, 'Information again');
  });

  it('opens one details panel per library, under a CSP with a nonce', async () => {
    const panel = await vscode.commands.executeCommand<vscode.WebviewPanel>('reuseRadar.library.openDetails', 'acme-demo/kafka-node');
    try {
      assert.ok(panel);
      await waitFor(() => panel.visible, 'the details panel to be visible');
      assert.strictEqual(api.details.panelFor('acme-demo/kafka-node'), panel);
      assert.strictEqual(panel.title, 'kafka-node');
      const html = panel.webview.html;
      const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html);
      assert.ok(csp, 'a CSP meta tag');
      const policy = csp[1].replace(/&#39;/g, "'");
      const nonce = /script-src 'nonce-([A-Za-z0-9+/=]{16,})'/.exec(policy)?.[1];
      assert.ok(nonce, policy);
      assert.ok(policy.startsWith("default-src 'none'; style-src "), policy);
      assert.ok(html.includes(`<script nonce="${nonce}" src="`), 'the script carries the nonce');
      assert.ok(html.includes('<code>npm install @acme/kafka</code>'));
      const again = await vscode.commands.executeCommand<vscode.WebviewPanel>('reuseRadar.library.openDetails', { libraryId: 'acme-demo/kafka-node' });
      assert.strictEqual(again, panel, 'the panel is reused');
      await waitFor(() => panel.active, 'the revealed panel to be active');
    } finally {
      panel?.dispose();
    }
    assert.strictEqual(api.details.panelFor('acme-demo/kafka-node'), undefined);
  });

  it('copies the install command of the chosen ecosystem', async () => {
    const goText = await vscode.commands.executeCommand<string>('reuseRadar.library.copyInstallCommand', 'acme-demo/go-retry');
    assert.strictEqual(goText, 'go get github.com/acme-demo/go-retry');
    assert.strictEqual(await vscode.env.clipboard.readText(), 'go get github.com/acme-demo/go-retry');
    const pyText = await vscode.commands.executeCommand<string>('reuseRadar.library.copyInstallCommand', 'acme-demo/feature-flags', 'pypi');
    assert.strictEqual(pyText, 'pip install acme-feature-flags');
    assert.strictEqual(await vscode.env.clipboard.readText(), 'pip install acme-feature-flags');
  });

  it('adds a Maven library by editing the nearest pom.xml', async () => {
    const java = fixture('java', 'src', 'main', 'java', 'com', 'acme', 'orders', 'OrderJson.java');
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(java));
    const plan = await vscode.commands.executeCommand<{ kind: string; file: string }>('reuseRadar.library.addToProject', 'acme-demo/java-json', { uri: java });
    assert.strictEqual(plan?.kind, 'edit');
    assert.strictEqual(plan.file, fixture('java', 'pom.xml').fsPath);
    const pom = vscode.workspace.textDocuments.find((d) => d.uri.fsPath === plan.file);
    assert.ok(pom?.isDirty, 'pom.xml edited, not saved');
    assert.ok(pom.getText().includes([
      '        </dependency>',
      '        <dependency>',
      '            <groupId>com.acme</groupId>',
      '            <artifactId>acme-json</artifactId>',
      '        </dependency>',
      '    </dependencies>',
    ].join('\n')), pom.getText());
    await vscode.window.showTextDocument(pom);
    // Revert that document (not whatever editor is active under load), then wait for the revert to land.
    await vscode.commands.executeCommand('workbench.action.files.revert', pom.uri);
    await waitFor(() => !pom.getText().includes('acme-json'), 'pom.xml reverted');
  });

  it('dismisses a suggestion, keeps it after a reload of the state, and undo restores it', async () => {
    await open(api, eventBus);
    await waitFor(() => ours(eventBus).length === 1, 'the kafkajs diagnostic');
    const suggested = () => api.model.findings(eventBus).some((f) => f.suggestions.some((s) => s.entry.id === 'acme-demo/kafka-node'));
    const inTree = () => api.suggestionsTree.libraries.some((l) => l.entry.id === 'acme-demo/kafka-node');
    assert.ok(suggested() && inTree());

    const stored = await vscode.commands.executeCommand<{ id: string }[]>('reuseRadar.suggestion.dismiss', { libraryId: 'acme-demo/kafka-node', specifier: 'kafkajs', scope: 'suggestion', where: 'workspace' });
    assert.strictEqual(stored.length, 1);
    await waitFor(() => !suggested() && !inTree() && ours(eventBus).length === 0, 'the suggestion, its tree row and its diagnostic to go');
    const roots = api.suggestionsTree.getChildren();
    const group = roots.find((n) => n.kind === 'dismissed');
    assert.ok(group, 'a Dismissed group');
    assert.strictEqual(api.suggestionsTree.getTreeItem(group).label, 'Dismissed (1)');

    // A fresh store over the same mementos is what the next window reads.
    const reloaded = new DismissalStore(api.mementos.workspace, api.mementos.global);
    const fresh = new SuggestionModel(api.catalog, reloaded, api.settings);
    try {
      assert.deepStrictEqual(reloaded.list().map((d) => d.dismissal), [{ scope: 'suggestion', library: 'acme-demo/kafka-node', specifier: 'kafkajs' }]);
      fresh.setFileTriggers(eventBus, { language: 'typescript', imports: api.model.imports(eventBus) });
      assert.deepStrictEqual(fresh.findings(eventBus).flatMap((f) => f.suggestions.map((s) => s.entry.id)), []);
    } finally {
      fresh.dispose();
      reloaded.dispose();
    }

    const node = api.suggestionsTree.getChildren(group).find((n): n is Extract<SuggestionNode, { kind: 'dismissal' }> => n.kind === 'dismissal');
    assert.ok(node);
    await vscode.commands.executeCommand('reuseRadar.dismissals.undo', node);
    await waitFor(() => suggested() && inTree() && ours(eventBus).length === 1, 'the suggestion to come back');
    assert.strictEqual(api.dismissals.list().length, 0);
  });

  it('dismisses a library for all workspaces, and Show Dismissed Suggestions undoes it', async () => {
    await open(api, eventBus);
    const suggested = () => api.model.findings(eventBus).some((f) => f.suggestions.some((s) => s.entry.id === 'acme-demo/kafka-node'));
    await waitFor(suggested, 'the kafka-node suggestion');
    const [stored] = await vscode.commands.executeCommand<{ id: string; where: string }[]>('reuseRadar.suggestion.dismiss', { libraryId: 'acme-demo/kafka-node', scope: 'library', where: 'user' });
    assert.strictEqual(stored.where, 'user');
    await waitFor(() => !suggested(), 'the library to be silenced');
    assert.deepStrictEqual(new DismissalStore(api.mementos.workspace, api.mementos.global).list().map((d) => [d.where, d.dismissal]), [['user', { scope: 'library', library: 'acme-demo/kafka-node' }]]);
    const undone = await vscode.commands.executeCommand<{ id: string }>('reuseRadar.dismissals.show', stored.id);
    assert.strictEqual(undone?.id, stored.id);
    await waitFor(suggested, 'the suggestion to come back');
    assert.deepStrictEqual(api.dismissals.list(), []);
  });

  it('announces a new file at most once per library, and not when the setting is off', async () => {
    await api.mementos.workspace.update(NOTIFIED_KEY, undefined);
    const shown: NewFileNotification[] = [];
    const listener = api.newFileNotifier.onDidNotify((n) => shown.push(n));
    const files: vscode.Uri[] = [];
    const add = (name: string, tokens: string[]) => {
      const uri = fixture('src', name);
      files.push(uri);
      const [finding] = api.model.addNewFiles([{ uri, relativePath: `editor/src/${name}`, tokens, language: 'typescript' }]);
      const best = finding?.suggestions.find((s) => s.match !== 'exact');
      assert.ok(best, `${name} gets a suggestion`);
      return best.entry.id;
    };
    try {
      const flags = add('featureToggles.ts', ['feature', 'flags']);
      await waitFor(() => shown.length === 1, 'the first notification');
      assert.strictEqual(shown[0].libraryId, flags);
      assert.match(shown[0].message, /^An internal library might already do this: @acme\/feature-flags — similar to this file/);

      assert.strictEqual(add('flagOverrides.ts', ['feature', 'flags', 'overrides']), flags);
      const cache = add('redisCache.ts', ['redis', 'cache']);
      assert.notStrictEqual(cache, flags);
      await waitFor(() => shown.length === 2, 'the second library\'s notification');
      assert.deepStrictEqual(shown.map((n) => n.libraryId), [flags, cache], 'the same library is not announced twice');
      assert.deepStrictEqual(api.newFileNotifier.notified().sort(), [flags, cache].sort());

      await config().update('newFiles.notify', false, vscode.ConfigurationTarget.Global);
      const metrics = add('requestMetrics.ts', ['metrics', 'prometheus', 'counter']);
      await config().update('newFiles.notify', undefined, vscode.ConfigurationTarget.Global);
      const retry = add('retryWithBackoff.ts', ['retry', 'backoff']);
      await waitFor(() => shown.length === 3, 'a notification once the setting is back on');
      assert.strictEqual(shown[2].libraryId, retry);
      assert.ok(!shown.some((n) => n.libraryId === metrics), 'nothing was shown while the setting was off');
    } finally {
      listener.dispose();
      for (const uri of files) api.model.removeFile(uri);
      await config().update('newFiles.notify', undefined, vscode.ConfigurationTarget.Global);
    }
  });
});
