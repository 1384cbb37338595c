import * as assert from 'node:assert';
import { excludeGlob, expandBraces, includeGlob, isInExcludedFolder, looksBinary, looksLikeFolderName, SOURCE_EXTENSIONS } from '../../../src/workspace/scanRules';
import { languageForPath } from '../../../src/imports/languages';

describe('scanRules', () => {
  it('builds the include glob from the supported extensions', () => {
    assert.strictEqual(includeGlob(['ts', '.py', 'TS']), '**/*.{ts,py}');
    assert.strictEqual(includeGlob(['go']), '**/*.go');
    for (const ext of ['ts', 'tsx', 'js', 'mjs', 'vue', 'py', 'go', 'java', 'kt', 'cs', 'rs']) assert.ok(SOURCE_EXTENSIONS.includes(ext), ext);
    assert.ok(SOURCE_EXTENSIONS.every((ext) => languageForPath(`a.${ext}`)), 'every extension has an extractor');
    assert.ok(!SOURCE_EXTENSIONS.includes('md'));
  });

  it('merges files.exclude and search.exclude (true entries only, braces expanded) with the always-excluded folders', () => {
    const glob = excludeGlob([
      { '**/.git': true, '**/*.{map,log}': true, '**/tmp': false, '**/*.js': { when: '$(basename).ts' } },
      { '**/bower_components': true, '**/.git': true },
      undefined,
    ]);
    // The core's one skip list (src/imports/sourceFiles.ts) first, the same folders `scan` skips.
    assert.ok(glob.startsWith('{**/node_modules/**,**/vendor/**,**/dist/**,**/build/**,**/out/**,**/target/**,**/.git/**,**/.hg/**,**/.svn/**,**/.venv/**,**/venv/**,**/__pycache__/**,'), glob);
    const parts = glob.slice(1, -1).split(',');
    assert.deepStrictEqual(parts.slice(12), ['**/.git', '**/*.map', '**/*.log', '**/bower_components']);
    assert.ok(!glob.includes('tmp') && !glob.includes('*.js'));
  });

  it('expands nested brace groups', () => {
    assert.deepStrictEqual(expandBraces('a/{b,c{d,e}}/*.{x,y}'), ['a/b/*.x', 'a/b/*.y', 'a/cd/*.x', 'a/cd/*.y', 'a/ce/*.x', 'a/ce/*.y']);
    assert.deepStrictEqual(expandBraces('plain/**'), ['plain/**']);
    assert.deepStrictEqual(expandBraces('broken/{a,b'), ['broken/a,b']);
  });

  it('knows the always-excluded folders by path segment, not by substring', () => {
    assert.strictEqual(isInExcludedFolder('web/node_modules/axios/index.js'), true);
    assert.strictEqual(isInExcludedFolder('target\\classes\\A.java'), true);
    assert.strictEqual(isInExcludedFolder('.venv/lib/site.py'), true);
    assert.strictEqual(isInExcludedFolder('src/build.ts'), false);
    assert.strictEqual(isInExcludedFolder('src/outbound/queue.ts'), false);
  });

  it('tells a created path that may be a folder (no extension) from a file', () => {
    assert.strictEqual(looksLikeFolderName('/w/src/utils'), true);
    assert.strictEqual(looksLikeFolderName('/w/.github'), true, 'a dot folder has no extension after its name');
    assert.strictEqual(looksLikeFolderName('/w/README.md'), false);
    assert.strictEqual(looksLikeFolderName('/w/src/a.test.ts'), false);
    assert.strictEqual(looksLikeFolderName('/w/'), false);
  });

  it('detects binary content by a NUL byte in the first 8 KB', () => {
    assert.strictEqual(looksBinary(new TextEncoder().encode('import os\n')), false);
    assert.strictEqual(looksBinary(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01])), true);
    const late = new Uint8Array(9000).fill(0x61);
    late[8500] = 0;
    assert.strictEqual(looksBinary(late), false);
  });
});
