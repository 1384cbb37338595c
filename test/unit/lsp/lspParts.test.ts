import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { main } from '../../../src/cli';
import type { CatalogEntry } from '../../../src/catalog/model';
import { addDismissalRecord, userStateDir } from '../../../src/lsp/dismissalFiles';
import { importPrefixAt } from '../../../src/lsp/importCompletion';
import { DEFAULT_LSP_SETTINGS, readLspSettings } from '../../../src/lsp/lspSettings';

import { adviceOf, dropInRewrite } from '../../../src/matching/quickFix';
import type { Suggestion } from '../../../src/matching/types';

const entry = (over: Partial<CatalogEntry>): CatalogEntry => ({
  id: 'acme/x', name: 'x', repo: 'acme/x', packages: [{ ecosystem: 'npm', name: '@acme/x' }], description: '', keywords: [], dependencies: [],
  owners: [], lifecycle: 'production', kind: 'library', hasContributing: false, links: {}, sources: [], ...over,
});
const suggestion = (match: Suggestion['match'], over: Partial<CatalogEntry> = {}): Suggestion => ({ entry: entry(over), score: 0.9, match, reason: 'r' });

describe('language server parts', () => {
  it('reads settings under the VS Code names, nested or dotted, and keeps previous values on bad ones', () => {
    assert.deepEqual(readLspSettings({ reuseRadar: { catalogFiles: [' a.json ', ''], matching: { threshold: 0.7 }, 'diagnostics.severity': 'hint' } }, DEFAULT_LSP_SETTINGS), {
      settings: { ...DEFAULT_LSP_SETTINGS, catalogFiles: ['a.json'], threshold: 0.7, severity: 'hint' }, problems: [],
    });
    const bad = readLspSettings({ reuseRadar: { catalogFiles: 'a.json', matching: { threshold: 2 }, diagnostics: { severity: 'loud' }, catalog: { useDemo: 'no' } } }, DEFAULT_LSP_SETTINGS);
    assert.deepEqual(bad.settings, DEFAULT_LSP_SETTINGS);
    assert.equal(bad.problems.length, 4);
    assert.deepEqual(readLspSettings(null, DEFAULT_LSP_SETTINGS), { settings: DEFAULT_LSP_SETTINGS, problems: [] });
    assert.deepEqual(readLspSettings({ reuseRadar: 3 }, DEFAULT_LSP_SETTINGS).problems, ['reuseRadar must be an object']);
  });

  it('finds the module name being typed in an import, per language', () => {
    const at = (line: string, language: Parameters<typeof importPrefixAt>[2], lines: string[] = [line]) => importPrefixAt(lines, { line: lines.length - 1, character: line.length }, language);
    assert.deepEqual(at("import x from '@ac", 'typescript'), { prefix: '@ac', startCharacter: 15 });
    assert.deepEqual(at('const x = require("lod', 'javascript'), { prefix: 'lod', startCharacter: 19 });
    assert.deepEqual(at("export * from '", 'typescript'), { prefix: '', startCharacter: 15 });
    assert.equal(at("const s = 'abc", 'typescript'), undefined);
    assert.deepEqual(at('from acme_a', 'python'), { prefix: 'acme_a', startCharacter: 5 });
    assert.deepEqual(at('import com.acme.ht', 'java'), { prefix: 'com.acme.ht', startCharacter: 7 });
    assert.deepEqual(at('\t"github.com/acme/', 'go', ['import (', '\t"fmt"', '\t"github.com/acme/']), { prefix: 'github.com/acme/', startCharacter: 2 });
    assert.equal(at('\t"github.com/acme/', 'go', ['var x = []string{', '\t"github.com/acme/']), undefined);
    assert.deepEqual(at('using Acme.', 'csharp'), { prefix: 'Acme.', startCharacter: 6 });
    assert.deepEqual(at('use acme_', 'rust'), { prefix: 'acme_', startCharacter: 4 });
  });

  it('appends a dismissal to .reuse-radar.json, keeping what is there, once; refuses a malformed file', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'reuse-radar-dismiss-'));
    try {
      const file = path.join(dir, '.reuse-radar.json');
      await writeFile(file, JSON.stringify({ note: 'kept', dismissed: [{ import: 'moment' }] }));
      await addDismissalRecord(dir, { library: '@acme/x', import: 'axios' });
      await addDismissalRecord(dir, { library: '@acme/x', import: 'axios' });
      assert.deepEqual(JSON.parse(await readFile(file, 'utf8')), { note: 'kept', dismissed: [{ import: 'moment' }, { library: '@acme/x', import: 'axios' }] });
      await writeFile(file, '{ "dismissed": [ ');
      await assert.rejects(addDismissalRecord(dir, { library: '@acme/x', import: 'got' }), /not valid JSON/);
      assert.equal(await readFile(file, 'utf8'), '{ "dismissed": [ ');
      const fresh = path.join(dir, 'state', 'reuse-radar');
      await addDismissalRecord(fresh, { library: 'l', import: 'i' });
      assert.deepEqual(JSON.parse(await readFile(path.join(fresh, '.reuse-radar.json'), 'utf8')), { dismissed: [{ library: 'l', import: 'i' }] });
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('keeps the user\'s dismissals in the XDG state folder', () => {
    assert.equal(userStateDir({ XDG_STATE_HOME: '/s' }, 'linux', '/home/me'), path.join('/s', 'reuse-radar'));
    assert.equal(userStateDir({}, 'linux', '/home/me'), path.join('/home/me', '.local', 'state', 'reuse-radar'));
  });

  it('chooses the advice a diagnostic is about and the drop-in rewrite, shared by the extension and the server', () => {
    const own = suggestion('exact');
    const wrapper = suggestion('wrapper', { id: 'acme/y' });
    assert.equal(adviceOf([own, wrapper]), wrapper);
    assert.equal(adviceOf([own]), undefined);
    const retired = suggestion('exact', { lifecycle: 'deprecated' });
    assert.equal(adviceOf([retired]), retired);
    const dropIn = suggestion('replacement', { packages: [{ ecosystem: 'npm', name: '@acme/retry' }], dropInFor: ['async-retry'] });
    const imp = { specifier: 'async-retry/lib/x', packageName: 'async-retry', ecosystem: 'npm' as const };
    assert.equal(dropInRewrite(imp, dropIn, 'typescriptreact'), '@acme/retry/lib/x');
    assert.equal(dropInRewrite(imp, dropIn, 'python'), undefined);
    assert.equal(dropInRewrite(imp, suggestion('replacement'), 'typescript'), undefined);
  });

  it('`lsp` without --stdio is a usage error (exit 2)', async () => {
    let err = '';
    const code = await main(['lsp'], { stdout: () => undefined, stderr: (t) => { err += t; }, env: {}, cwd: process.cwd() });
    assert.equal(code, 2);
    assert.match(err, /missing --stdio[\s\S]*Usage: reuse-radar lsp --stdio/);
  });
});
