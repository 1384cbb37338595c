import * as assert from 'node:assert';
import { commonFolder, targetPaths } from '../../../src/github/contributionPaths';

describe('contribution target paths', () => {
  it('commonFolder', () => {
    assert.strictEqual(commonFolder(['src/http/retry.ts', 'src/http/backoff.ts']), 'src/http');
    assert.strictEqual(commonFolder(['src/http/retry.ts', 'src/util/x.ts']), 'src');
    assert.strictEqual(commonFolder(['a.ts', 'src/b.ts']), '');
    assert.strictEqual(commonFolder(['src/a.ts']), 'src');
    assert.strictEqual(commonFolder([]), '');
    // Folder names, not string prefixes.
    assert.strictEqual(commonFolder(['src/http/a.ts', 'src/https/b.ts']), 'src');
  });

  it('one source goes exactly where the user said', () => {
    assert.deepStrictEqual(targetPaths(['app/src/a.ts'], 'src/retry.ts'), ['src/retry.ts']);
    assert.deepStrictEqual(targetPaths(['app/src/a.ts'], '/src/retry.ts'), ['src/retry.ts']);
  });

  it('several sources keep their layout below their common folder', () => {
    assert.deepStrictEqual(targetPaths(['app/src/a.ts', 'app/src/util/b.ts'], 'lib'), ['lib/a.ts', 'lib/util/b.ts']);
    assert.deepStrictEqual(targetPaths(['app/src/a.ts', 'app/src/util/b.ts'], 'lib/'), ['lib/a.ts', 'lib/util/b.ts']);
    assert.deepStrictEqual(targetPaths(['app/src/a.ts', 'app/src/util/b.ts'], ''), ['a.ts', 'util/b.ts']);
    assert.deepStrictEqual(targetPaths(['a.ts', 'b/c.ts'], 'x'), ['x/a.ts', 'x/b/c.ts']);
  });
});
