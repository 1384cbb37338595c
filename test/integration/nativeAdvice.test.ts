import * as assert from 'node:assert';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { parseCatalogFile } from '../../src/catalog/catalogFiles';
import { loadDemoCatalog } from '../../src/catalog/demoCatalog';
import type { ReuseRadarInternals } from '../../src/testHook';
import { NATIVE_ADVICE_CODE, NATIVE_ADVICE_SOURCE } from '../../src/editor/nativeAdviceDiagnostics';
import { testHook } from './support/api';
import { waitFor } from './support/waitFor';

const repoRoot = path.resolve(__dirname, '..', '..', '..');
const shims = vscode.Uri.file(path.join(repoRoot, 'test', 'fixtures', 'workspace', 'editor', 'src', 'shims.ts'));
const config = () => vscode.workspace.getConfiguration('reuseRadar');
const advice = (uri: vscode.Uri) => vscode.languages.getDiagnostics(uri).filter((d) => d.source === NATIVE_ADVICE_SOURCE);

describe('Editor: module-replacements advice (reuseRadar.replacements.native)', function () {
  this.timeout(60_000);
  let api: ReuseRadarInternals;

  before(async () => {
    api = await testHook();
    // The real module-replacements 3.x native.json, as `catalog build --from` or reuseRadar.catalogFiles would read it.
    const native = readFileSync(path.join(repoRoot, 'test', 'fixtures', 'real', 'module-replacements', 'v3', 'native.json'), 'utf8');
    const { catalog } = parseCatalogFile(native, 'native.json');
    api.catalog.setCatalog({ ...loadDemoCatalog(), advice: catalog.advice }, 'ready');
  });

  after(async () => {
    await config().update('replacements.native', undefined, vscode.ConfigurationTarget.Global);
    api.catalog.setCatalog(loadDemoCatalog(), 'demo');
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('shows no advice while the setting is off (the default), a Hint on the import when on, none again when off', async () => {
    assert.strictEqual(config().get('replacements.native'), false);
    const doc = await vscode.workspace.openTextDocument(shims);
    await vscode.window.showTextDocument(doc);
    await waitFor(() => api.model.hasFile(shims) && api.model.imports(shims).length > 0, 'imports of shims.ts in the model');
    await new Promise((r) => setTimeout(r, 500));
    assert.deepStrictEqual(advice(shims), [], 'no advice hint while reuseRadar.replacements.native is off');

    await config().update('replacements.native', true, vscode.ConfigurationTarget.Global);
    await waitFor(() => advice(shims).length === 1, 'the advice hint');
    const [hint] = advice(shims);
    assert.strictEqual(hint.severity, vscode.DiagnosticSeverity.Hint);
    assert.strictEqual(hint.message, '"array-includes": no library needed: use native Array.prototype.includes (module-replacements advice from native.json)');
    const offset = doc.getText().indexOf("'array-includes'") + 1;
    assert.ok(hint.range.isEqual(new vscode.Range(doc.positionAt(offset), doc.positionAt(offset + 'array-includes'.length))), 'on the specifier');
    assert.ok(typeof hint.code === 'object' && hint.code.value === NATIVE_ADVICE_CODE);
    assert.strictEqual((hint.code as { target: vscode.Uri }).target.toString(true),
      'https://developer.mozilla.org/en-US/docs/Web/JavaScript/Reference/Global_Objects/Array/includes');
    assert.deepStrictEqual(vscode.languages.getDiagnostics(shims).filter((d) => d.source === 'Reuse Radar'), [], 'advice is never a library suggestion');

    await config().update('replacements.native', false, vscode.ConfigurationTarget.Global);
    await waitFor(() => advice(shims).length === 0, 'the hint gone once the setting is off');
  });
});
