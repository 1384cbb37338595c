import assert from 'node:assert/strict';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { CodeAction, CompletionList, Hover, MarkupContent, SymbolInformation } from 'vscode-languageserver-protocol';
import { main } from '../../../src/cli';
import { LspTestClient, type TestClientOptions } from '../../support/lsp/lspTestClient';

const FIXTURES = path.resolve(__dirname, '../../fixtures/lsp');
const CATALOG = path.join(FIXTURES, 'catalog.json');

interface ScanJsonFinding { file: string; line: number; trigger: { specifier: string }; suggestions: { repo: string; match: string }[] }

async function scanJson(root: string, extra: string[] = []): Promise<ScanJsonFinding[]> {
  let out = '';
  const code = await main(['scan', root, '--catalog', CATALOG, '--json', ...extra], { stdout: (t) => { out += t; }, stderr: () => undefined, env: {}, cwd: root });
  assert.equal(code, 0);
  return JSON.parse(out) as ScanJsonFinding[];
}

describe('language server over stdio (vscode-languageserver-protocol client)', function () {
  this.timeout(60_000);
  let dir: string;
  let ws: string;
  let client: LspTestClient | undefined;

  beforeEach(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'reuse-radar-lsp-'));
    ws = path.join(dir, 'workspace');
    await cp(path.join(FIXTURES, 'workspace'), ws, { recursive: true });
  });
  afterEach(async () => {
    await client?.stop();
    client = undefined;
    await rm(dir, { recursive: true, force: true });
  });

  const start = async (options: Partial<TestClientOptions> = {}) => {
    client = await LspTestClient.start({ rootDir: ws, stateHome: path.join(dir, 'state'), initializationOptions: { reuseRadar: { catalogFiles: [CATALOG] } }, ...options });
    return client;
  };
  const app = () => path.join(ws, 'src', 'app.ts');

  it('announces its capabilities, says once that it uses the demo catalog, and writes only protocol to stdout', async () => {
    const c = await start({ initializationOptions: undefined });
    const caps = c.initializeResult!.capabilities;
    assert.equal(caps.hoverProvider, true);
    assert.equal(caps.workspaceSymbolProvider, true);
    assert.deepEqual(caps.codeActionProvider, { codeActionKinds: ['quickfix'] });
    assert.deepEqual(caps.executeCommandProvider, { commands: ['reuseRadar.dismiss'] });
    assert.ok(caps.completionProvider?.triggerCharacters?.includes('/'));
    const uri = await c.open(app(), 'typescript');
    await c.diagnosticsFor(uri);
    await c.connection.sendNotification('workspace/didChangeConfiguration', { settings: { reuseRadar: { matching: { threshold: 0.5 } } } });
    await c.change(uri, 2, 'import axios from "axios";\n');
    await c.diagnosticsFor(uri, 1);
    assert.deepEqual(c.messages.map((m) => [m.type, /embedded demo catalog/.test(m.message)]), [[3, true]]);
    assert.deepEqual(c.protocolErrors, []);
    assert.match(c.stderr, /reuse-radar lsp: listening on stdio/);
  });

  it('publishes one diagnostic per finding of `scan --json` for the same file (recognised internal imports: hover only)', async () => {
    const c = await start();
    const uri = await c.open(app(), 'typescript');
    const diagnostics = await c.diagnosticsFor(uri);
    const pyUri = await c.open(path.join(ws, 'tools', 'login.py'), 'python');
    assert.deepEqual(await c.diagnosticsFor(pyUri), []);

    const scan = await scanJson(ws);
    const text = await readFile(app(), 'utf8');
    const lines = text.split('\n');
    const advice = scan.filter((f) => f.file === 'src/app.ts' && f.suggestions.some((s) => s.match !== 'exact'));
    assert.deepEqual(
      diagnostics.map((d) => ({ line: d.range.start.line + 1, specifier: lines[d.range.start.line].slice(d.range.start.character, d.range.end.character), code: d.code })),
      advice.map((f) => ({ line: f.line, specifier: f.trigger.specifier, code: f.suggestions.find((s) => s.match !== 'exact')!.repo })),
    );
    assert.deepEqual(diagnostics.map((d) => d.code), ['acme/http-client', 'acme/retry', 'acme/http-client']);
    for (const d of diagnostics) {
      assert.equal(d.source, 'Reuse Radar');
      assert.equal(d.severity, 3);
    }
    assert.equal(diagnostics[0].message, '@acme/http-client (internal) declares it replaces axios: consider it instead');
    assert.equal(diagnostics[2].message, '@acme/old-http is deprecated: use @acme/http-client');
    assert.deepEqual(diagnostics[0].codeDescription, { href: 'https://docs.acme.example/http-client' });
    assert.equal(diagnostics[1].codeDescription, undefined, 'a javascript: docs link is never offered');

    // Findings with only the import's own internal library get no diagnostic, but a hover.
    const recognised = scan.filter((f) => f.suggestions.every((s) => s.match === 'exact') && f.suggestions.every((s) => s.repo !== 'acme/old-http'));
    assert.deepEqual(recognised.map((f) => `${f.file}:${f.line}`), ['src/app.ts:4', 'tools/login.py:2']);
    for (const f of recognised) {
      const file = path.join(ws, f.file);
      const col = (await readFile(file, 'utf8')).split('\n')[f.line - 1].indexOf(f.trigger.specifier) + 1;
      const hover = await c.connection.sendRequest('textDocument/hover', { textDocument: { uri: f.file.endsWith('.py') ? pyUri : uri }, position: { line: f.line - 1, character: col } }) as Hover | null;
      assert.match((hover?.contents as MarkupContent).value, /internal library \(this import\)/);
    }
  });

  it('hovers an import with library, package, reason, owners and lifecycle, catalog text escaped, https links only', async () => {
    const c = await start();
    const uri = await c.open(app(), 'typescript');
    await c.diagnosticsFor(uri);
    const hover = await c.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 20 } }) as Hover;
    const md = hover.contents as MarkupContent;
    assert.equal(md.kind, 'markdown');
    assert.deepEqual(hover.range, { start: { line: 0, character: 19 }, end: { line: 0, character: 24 } });
    assert.match(md.value, /^\*\*http\\-client\*\* — internal library/);
    assert.match(md.value, /Package: `@acme\/http-client` \(npm\)/);
    assert.match(md.value, /_Why:_ declares it replaces axios/);
    assert.match(md.value, /Owners: @acme\/platform, jdoe/);
    assert.match(md.value, /Lifecycle: Production/);
    assert.match(md.value, /\[Documentation\]\(<https:\/\/docs\.acme\.example\/http-client>\)/);
    assert.match(md.value, /\\\[Click me\\\]\\\(command:workbench/);
    assert.doesNotMatch(md.value, /(?<!\\)\]\(command:|(?<!\\)<img/);
    const retry = await c.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 1, character: 20 } }) as Hover;
    assert.doesNotMatch((retry.contents as MarkupContent).value, /javascript:|\]\(/);
    assert.equal(await c.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 6, character: 3 } }), null);
  });

  it('offers the drop-in rewrite as a quick fix edit and "Dismiss …" through reuseRadar.dismiss', async () => {
    const c = await start();
    const uri = await c.open(app(), 'typescript');
    const diagnostics = await c.diagnosticsFor(uri);
    const range = diagnostics[1].range;
    const actions = await c.connection.sendRequest('textDocument/codeAction', { textDocument: { uri }, range, context: { diagnostics: [diagnostics[1]] } }) as CodeAction[];
    assert.deepEqual(actions.map((a) => a.title), ['Use @acme/retry instead', 'Dismiss @acme/retry for async-retry']);
    assert.deepEqual(actions[0].edit, { changes: { [uri]: [{ range, newText: '@acme/retry' }] } });
    assert.equal(actions[0].isPreferred, true);
    assert.deepEqual(actions[0].diagnostics, [diagnostics[1]]);
    assert.deepEqual(actions[1].command, { title: 'Dismiss @acme/retry for async-retry', command: 'reuseRadar.dismiss', arguments: [{ uri, library: '@acme/retry', specifier: 'async-retry' }] });
    const onAxios = await c.connection.sendRequest('textDocument/codeAction', { textDocument: { uri }, range: diagnostics[0].range, context: { diagnostics: [] } }) as CodeAction[];
    assert.deepEqual(onAxios.map((a) => [a.title, a.edit === undefined]), [['Dismiss @acme/http-client for axios', true]], 'no edit where the product does not know the rewrite');
    const refactorOnly = await c.connection.sendRequest('textDocument/codeAction', { textDocument: { uri }, range, context: { diagnostics: [], only: ['refactor'] } });
    assert.deepEqual(refactorOnly, []);
  });

  it('records a confirmed dismissal in the workspace .reuse-radar.json; the diagnostic is gone and scan agrees', async () => {
    const c = await start({ answer: (q) => q.actions!.find((a) => a.title === 'Record in .reuse-radar.json')! });
    const uri = await c.open(app(), 'typescript');
    const before = await c.diagnosticsFor(uri);
    const actions = await c.connection.sendRequest('textDocument/codeAction', { textDocument: { uri }, range: before[0].range, context: { diagnostics: [before[0]] } }) as CodeAction[];
    const dismiss = actions.find((a) => a.title.startsWith('Dismiss'))!;
    const publications = c.publications(uri);
    const result = await c.connection.sendRequest('workspace/executeCommand', { command: dismiss.command!.command, arguments: dismiss.command!.arguments });
    assert.deepEqual(result, { dismissed: true, where: 'workspace', file: path.join(ws, '.reuse-radar.json') });
    assert.equal(c.questions.length, 1);
    assert.match(c.questions[0].message, /^Dismiss @acme\/http-client for axios\?/);
    assert.deepEqual(c.questions[0].actions?.map((a) => a.title), ['Record in .reuse-radar.json', 'Only for me', 'Cancel']);
    assert.deepEqual(JSON.parse(await readFile(path.join(ws, '.reuse-radar.json'), 'utf8')), { dismissed: [{ library: '@acme/http-client', import: 'axios' }] });
    const after = await c.diagnosticsWhen(uri, 'after the dismissal', (d) => d.length === 2);
    assert.equal(c.publications(uri), publications + 1);
    assert.deepEqual(after.map((d) => d.code), ['acme/retry', 'acme/http-client']);
    assert.deepEqual((await scanJson(ws)).filter((f) => f.file === 'src/app.ts').map((f) => f.trigger.specifier), ['async-retry', '@acme/old-http', '@acme/http-client']);
  });

  it('keeps "Only for me" dismissals in the server\'s user state, and does nothing on Cancel', async () => {
    let answer = 'Cancel';
    const c = await start({ answer: (q) => q.actions!.find((a) => a.title === answer)! });
    const uri = await c.open(app(), 'typescript');
    const before = await c.diagnosticsFor(uri);
    const args = { uri, library: '@acme/retry', specifier: 'async-retry' };
    assert.deepEqual(await c.connection.sendRequest('workspace/executeCommand', { command: 'reuseRadar.dismiss', arguments: [args] }), { dismissed: false, reason: 'cancelled' });
    answer = 'Only for me';
    const publications = c.publications(uri);
    const result = await c.connection.sendRequest('workspace/executeCommand', { command: 'reuseRadar.dismiss', arguments: [args] }) as { where: string; file: string };
    assert.equal(result.where, 'user');
    assert.equal(result.file, path.join(dir, 'state', 'reuse-radar', '.reuse-radar.json'));
    const after = await c.diagnosticsWhen(uri, 'after the dismissal', (d) => d.length === 2);
    assert.equal(c.publications(uri), publications + 1);
    assert.deepEqual(after.map((d) => d.code), before.map((d) => d.code).filter((code) => code !== 'acme/retry'));
    await assert.rejects(readFile(path.join(ws, '.reuse-radar.json'), 'utf8'), /ENOENT/);
    const bad = await c.connection.sendRequest('workspace/executeCommand', { command: 'reuseRadar.dismiss', arguments: [{ uri }] }) as { dismissed: boolean };
    assert.equal(bad.dismissed, false);
    await c.until('an error message about the bad arguments', () => c.messages.some((m) => m.type === 1 && /reuseRadar\.dismiss expects/.test(m.message)));
  });

  it('completes internal packages inside an import string, those matching what was typed first', async () => {
    const c = await start();
    const ts = path.join(ws, 'src', 'new.ts');
    const uri = await c.open(ts, 'typescript', "import { x } from '@acme/ht';\n");
    const list = await c.connection.sendRequest('textDocument/completion', { textDocument: { uri }, position: { line: 0, character: 27 } }) as CompletionList;
    assert.deepEqual(list.items.map((i) => i.label), ['@acme/http-client']);
    assert.deepEqual(list.items[0].textEdit, { range: { start: { line: 0, character: 19 }, end: { line: 0, character: 27 } }, newText: '@acme/http-client' });
    const all = await c.connection.sendRequest('textDocument/completion', { textDocument: { uri }, position: { line: 0, character: 25 } }) as CompletionList;
    assert.deepEqual(all.items.map((i) => i.label), ['@acme/http-client', '@acme/retry', '@acme/old-http'], 'deprecated last');
    assert.deepEqual(all.items[2].tags, [1]);
    assert.equal(await c.connection.sendRequest('textDocument/completion', { textDocument: { uri }, position: { line: 0, character: 5 } }), null, 'not inside an import string');
    const py = await c.open(path.join(ws, 'tools', 'new.py'), 'python', 'import acme\n');
    const pyList = await c.connection.sendRequest('textDocument/completion', { textDocument: { uri: py }, position: { line: 0, character: 11 } }) as CompletionList;
    assert.deepEqual(pyList.items.map((i) => i.label), ['acme_auth']);
  });

  it('lists the catalog as workspace symbols, pointing into the catalog file', async () => {
    const c = await start();
    const symbols = await c.connection.sendRequest('workspace/symbol', { query: 'http' }) as SymbolInformation[];
    const catalogText = (await readFile(CATALOG, 'utf8')).split('\n');
    assert.deepEqual(symbols.map((s) => [s.name, s.kind, s.containerName]), [
      ['http-client', 4, 'acme/http-client'], ['@acme/http-client', 2, 'acme/http-client'],
      ['old-http', 4, 'acme/old-http'], ['@acme/old-http', 2, 'acme/old-http'],
    ]);
    const first = symbols[0].location;
    assert.ok(first.uri.endsWith('/test/fixtures/lsp/catalog.json'));
    assert.match(catalogText[first.range.start.line], /"id": "acme\/http-client"/);
    assert.deepEqual(symbols[2].tags, [1]);
  });

  it('applies didChangeConfiguration: threshold and severity, live', async () => {
    const c = await start();
    const uri = await c.open(app(), 'typescript');
    await c.diagnosticsWhen(uri, 'three', (d) => d.length === 3);
    await c.connection.sendNotification('workspace/didChangeConfiguration', { settings: { reuseRadar: { catalogFiles: [CATALOG], matching: { threshold: 0.99 } } } });
    // At 0.99 only the import of the deprecated internal library (an exact match, 1.0) is left: its own deprecation.
    const strict = await c.diagnosticsWhen(uri, 'threshold 0.99', (d) => d.length < 3);
    assert.deepEqual(strict.map((d) => [d.code, d.message]), [['acme/old-http', '@acme/old-http is deprecated: use @acme/http-client']]);
    await c.connection.sendNotification('workspace/didChangeConfiguration', { settings: { reuseRadar: { catalogFiles: [CATALOG], matching: { threshold: 0.4 }, diagnostics: { severity: 'warning' } } } });
    const warnings = await c.diagnosticsWhen(uri, 'warnings', (d) => d.length === 3 && d.every((x) => x.severity === 2));
    assert.deepEqual(warnings.map((d) => d.code), ['acme/http-client', 'acme/retry', 'acme/http-client']);
    await c.connection.sendNotification('workspace/didChangeConfiguration', { settings: { reuseRadar: { diagnostics: { severity: 'off' } } } });
    assert.deepEqual(await c.diagnosticsWhen(uri, 'severity off', (d) => d.length === 0), []);
    assert.deepEqual(c.messages, []);
  });

  it('re-publishes after didChange', async () => {
    const c = await start();
    const uri = await c.open(app(), 'typescript');
    await c.diagnosticsWhen(uri, 'three', (d) => d.length === 3);
    await c.change(uri, 2, "import retry from 'async-retry';\n");
    const after = await c.diagnosticsWhen(uri, 'after the edit', (d) => d.length !== 3);
    assert.deepEqual(after.map((d) => [d.code, d.range.start.line]), [['acme/retry', 0]]);
  });

  it('says once when a catalog cannot be read and keeps serving with the last good catalog; bad values keep the previous ones', async () => {
    const c = await start();
    const uri = await c.open(app(), 'typescript');
    const good = await c.diagnosticsFor(uri);
    await c.connection.sendNotification('workspace/didChangeConfiguration', { settings: { reuseRadar: { catalogFiles: ['missing-catalog.json'], matching: { threshold: 'high' } } } });
    await c.until('two error messages', () => c.messages.length >= 2);
    assert.deepEqual(c.messages.map((m) => m.type), [1, 1]);
    assert.match(c.messages[0].message, /reuseRadar\.matching\.threshold must be a number from 0 to 1; keeping the previous value/);
    assert.match(c.messages[1].message, /cannot read the catalog \(missing-catalog\.json: file not found\); still using the last good catalog \(4 libraries\)/);
    const n = c.publications(uri);
    const text = await readFile(app(), 'utf8');
    await c.change(uri, 2, `${text}// edited\n`);
    await c.until('the edit published', () => c.diagnostics.get(uri)!.length > n);
    assert.deepEqual(c.diagnostics.get(uri)!.at(-1)!.map((d) => d.code), good.map((d) => d.code));
    await writeFile(path.join(dir, 'broken.json'), '{ "schemaVersion": 1, "entries": [');
    await c.connection.sendNotification('workspace/didChangeConfiguration', { settings: { reuseRadar: { catalogFiles: [path.join(dir, 'broken.json')] } } });
    await c.until('a third error message', () => c.messages.length >= 3);
    assert.match(c.messages[2].message, /broken\.json: invalid JSON/);
    assert.equal(c.messages.length, 3);
    assert.deepEqual(c.protocolErrors, []);
  });

  it('starts with an unreadable catalog: one error, no demo, still answers', async () => {
    const c = await start({ initializationOptions: { reuseRadar: { catalogFiles: ['nope.json'] } } });
    const uri = await c.open(app(), 'typescript');
    assert.deepEqual(await c.diagnosticsFor(uri), []);
    assert.deepEqual(c.messages.map((m) => [m.type, /nope\.json: file not found.*no catalog is loaded yet/.test(m.message)]), [[1, true]]);
    assert.equal(await c.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 20 } }), null);
  });
});
