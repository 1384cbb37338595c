import * as assert from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { ReuseRadarInternals } from '../../src/testHook';
import { toNewFileFindings, toScanFindings, type ScanFinding } from '../../src/matching/pipeline';
import { formatJson } from '../../src/matching/report';
import { scanTree } from '../../src/matching/scanTree';
import { testHook } from './support/api';
import { waitFor } from './support/waitFor';

const workspaceRoot = path.resolve(__dirname, '..', '..', '..', 'test', 'fixtures', 'workspace');
const pipelineDir = path.join(workspaceRoot, 'pipeline');

/** What `reuse-radar scan <workspace> --json` prints, parsed. */
async function scanJson(api: ReuseRadarInternals, newFiles = false): Promise<ScanFinding[]> {
  return JSON.parse(formatJson(await scanTree(workspaceRoot, api.catalog.catalog, { newFiles }))) as ScanFinding[];
}

/** The editor's import findings for every file it holds, in the `scan --json` shape and order. */
function editorFindings(api: ReuseRadarInternals): ScanFinding[] {
  const uris = new Map<string, vscode.Uri>();
  for (const uri of api.scanner.scannedFiles()) if (api.model.hasFile(uri)) uris.set(uri.fsPath, uri);
  const files = [...uris.values()].map((uri) => ({ uri, rel: path.relative(workspaceRoot, uri.fsPath).split(path.sep).join('/') }));
  files.sort((a, b) => (a.rel < b.rel ? -1 : a.rel > b.rel ? 1 : 0));
  return files.flatMap(({ uri, rel }) => toScanFindings(rel, api.model.findings(uri)));
}

describe('One pipeline: the editor agrees with `scan --json`', () => {
  let api: ReuseRadarInternals;
  const created: string[] = [];

  before(async () => {
    api = await testHook();
    assert.deepStrictEqual(api.dismissals.list(), [], 'no user dismissals left by other suites (scan --json knows none)');
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    for (const file of created) fs.rmSync(file, { recursive: true, force: true });
  });

  it('the workspace scan finds exactly what scan --json prints, with the same skips and .reuse-radar.json dismissals', async () => {
    // Open editors may hold files the scan skips on purpose (a git-ignored file being edited): compare the scan alone.
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await api.scanner.rescan();
    const expected = await scanJson(api);
    // The fixture exercises each former disagreement: venv/, __pycache__/ and .hg/ are skipped, and the
    // {"import": "okhttp3"} dismissal silences okhttp3 imports (keyed on the import, not only the Maven artifact).
    const pipelineFiles = expected.filter((f) => f.file.startsWith('pipeline/'));
    assert.deepStrictEqual([...new Set(pipelineFiles.map((f) => f.file))], ['pipeline/cart.ts', 'pipeline/java/src/main/java/com/acme/shop/CatalogClient.java', 'pipeline/jobs/sync_prices.py']);
    assert.ok(!pipelineFiles.some((f) => f.trigger.specifier.startsWith('okhttp3')), JSON.stringify(pipelineFiles, null, 1));
    assert.ok(pipelineFiles.some((f) => f.trigger.specifier === 'com.fasterxml.jackson.databind.ObjectMapper'), 'the Jackson import is still advised');
    await waitFor(() => JSON.stringify(editorFindings(api)) === JSON.stringify(expected), 'the editor findings to equal scan --json', 20_000)
      .catch(() => assert.deepStrictEqual(editorFindings(api), expected));
  });

  it('an open document (the document watcher) agrees with scan --json for its file', async () => {
    const uri = vscode.Uri.file(path.join(pipelineDir, 'cart.ts'));
    const doc = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(doc);
    await waitFor(() => api.documents.analysedVersion(uri) === doc.version, 'cart.ts analysed by the document watcher');
    const expected = (await scanJson(api)).filter((f) => f.file === 'pipeline/cart.ts');
    assert.ok(expected.length > 0, 'scan --json has findings for cart.ts');
    assert.deepStrictEqual(toScanFindings('pipeline/cart.ts', api.model.findings(uri)), expected);
  });

  it('a created file (the new-file watcher) gets what scan --new-files prints for it', async () => {
    const file = path.join(pipelineDir, 'retry', 'exponentialBackoff.ts');
    fs.mkdirSync(path.dirname(file), { recursive: true });
    created.push(file, path.dirname(file));
    fs.writeFileSync(file, 'export const backoff = 1;\n');
    const uri = vscode.Uri.file(file);
    await waitFor(() => api.model.newFileFinding(uri) !== undefined, 'the new file in the model', 20_000);
    const expected = (await scanJson(api, true)).filter((f) => f.file === 'pipeline/retry/exponentialBackoff.ts');
    assert.ok(expected.length > 0, 'scan --new-files suggests a retry library for it');
    const finding = api.model.newFileFinding(uri)!;
    assert.deepStrictEqual(toNewFileFindings(finding.relativePath, finding.suggestions, finding.language), expected);
  });
});
