import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync, utimesSync } from 'node:fs';
import * as path from 'node:path';

const root = path.resolve(__dirname, '..', '..', '..');
const cli = path.join(root, 'dist', 'cli.js');
const build = () => execFileSync(process.execPath, ['scripts/build.mjs', '--quiet', '--only', 'cli', '--if-changed'], { cwd: root, stdio: 'pipe' });

describe('npm run cli: scripts/build.mjs --if-changed', function () {
  this.timeout(180_000);

  it('rebuilds dist/cli.js only when a source changed, and leaves no temporary file behind', () => {
    build();
    const first = statSync(cli).mtimeMs;
    build();
    assert.equal(statSync(cli).mtimeMs, first, 'nothing changed: no rebuild');
    const source = path.join(root, 'src', 'cli.ts');
    const { atime, mtime } = statSync(source);
    const later = new Date(Math.max(Date.now(), first) + 2000);
    utimesSync(source, later, later);
    try {
      build();
      assert.ok(statSync(cli).mtimeMs > first, 'a newer source: rebuilt');
    } finally {
      utimesSync(source, atime, mtime);
    }
    assert.deepEqual(readdirSync(path.dirname(cli)).filter((f) => f.endsWith('.tmp')), []);
    assert.ok(existsSync(`${cli}.map`));
    assert.match(execFileSync(process.execPath, [cli, '--help'], { encoding: 'utf8' }), /^reuse-radar — /);
  });
});
