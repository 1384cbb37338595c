import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { importsCommand } from '../../../src/cli/imports';
import { CliError, UsageError, type CliIO } from '../../../src/cli/io';

function fakeIO(cwd: string): CliIO & { out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, cwd, env: {}, stdout: (t) => out.push(t), stderr: (t) => err.push(t) };
}

describe('reuse-radar imports', () => {
  let root: string;
  beforeEach(() => {
    root = mkdtempSync(path.join(os.tmpdir(), 'cli-imports-'));
    writeFileSync(path.join(root, 'package.json'), JSON.stringify({ name: '@acme/web' }));
    mkdirSync(path.join(root, 'src'));
    writeFileSync(path.join(root, 'src/app.ts'), [
      'import { Button } from "@org/ui-kit/button";',
      "import fs from 'node:fs';",
      "import { helper } from './helper';",
      "  const own = require('@acme/web/util'); // import 'no'",
    ].join('\n'));
    writeFileSync(path.join(root, 'src/readme.md'), '# hi');
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('prints classified imports as JSON with 1-based positions, using the project manifest', async () => {
    const io = fakeIO(root);
    assert.equal(await importsCommand.run(['src/app.ts', '--json'], io), 0);
    assert.deepEqual(JSON.parse(io.out.join('')), [
      { specifier: '@org/ui-kit/button', line: 1, column: 25, kind: 'package', package: '@org/ui-kit', ecosystem: 'npm' },
      { specifier: 'node:fs', line: 2, column: 17, kind: 'stdlib' },
      { specifier: './helper', line: 3, column: 25, kind: 'local' },
      { specifier: '@acme/web/util', line: 4, column: 24, kind: 'local' },
    ]);
  });

  it('prints a readable table without --json', async () => {
    const io = fakeIO(path.join(root, 'src'));
    assert.equal(await importsCommand.run(['app.ts'], io), 0);
    const lines = io.out.join('').trimEnd().split('\n');
    assert.match(lines[0], /^LINE:COL\s+KIND\s+SPECIFIER\s+PACKAGE$/);
    assert.match(lines[1], /^1:25\s+package\s+@org\/ui-kit\/button\s+@org\/ui-kit \(npm\)$/);
    assert.equal(lines.length, 5);
  });

  it('says so when a file has no imports', async () => {
    writeFileSync(path.join(root, 'empty.py'), 'x = 1\n');
    const io = fakeIO(root);
    await importsCommand.run(['empty.py'], io);
    assert.equal(io.out.join(''), 'No imports found.\n');
  });

  it('fails clearly on a missing file, an unknown extension, and a missing argument', async () => {
    await assert.rejects(importsCommand.run(['nope.ts'], fakeIO(root)), (e: Error) => e instanceof CliError && /file not found: nope\.ts/.test(e.message));
    await assert.rejects(importsCommand.run(['src/readme.md'], fakeIO(root)), (e: Error) => e instanceof CliError && /"\.md"/.test(e.message));
    await assert.rejects(importsCommand.run(['src'], fakeIO(root)), (e: Error) => e instanceof CliError && /unsupported/.test(e.message));
    await assert.rejects(importsCommand.run([], fakeIO(root)), UsageError);
    await assert.rejects(importsCommand.run(['a.ts', 'b.ts'], fakeIO(root)), UsageError);
    await assert.rejects(importsCommand.run(['a.ts', '--bogus'], fakeIO(root)), UsageError);
  });
});
