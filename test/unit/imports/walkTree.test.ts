import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { walkSourceTree, type WalkOptions } from '../../../src/imports/walkTree';

async function collect(root: string, options?: WalkOptions): Promise<string[]> {
  const out: string[] = [];
  for await (const f of walkSourceTree(root, options)) out.push(f.relativePath);
  return out.sort();
}

describe('walkSourceTree', () => {
  let root: string;
  const write = (rel: string, content: string | Buffer = 'export const x = 1;\n') => {
    mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
    writeFileSync(path.join(root, rel), content);
  };

  beforeEach(() => {
    root = mkdtempSync(path.join(os.tmpdir(), 'walk-'));
    write('.gitignore', '*.gen.ts\n/generated/\n# comment\n');
    write('src/a.ts');
    write('src/b.gen.ts');
    write('src/app.py', 'import os\n');
    write('src/notes.md', '# not source');
    write('generated/c.ts');
    write('pkg/.gitignore', 'secret.go\n!keep.gen.ts\n');
    write('pkg/secret.go', 'package pkg\n');
    write('pkg/main.go', 'package pkg\n');
    write('pkg/deeper/secret.go', 'package deeper\n');
    write('node_modules/dep/index.js');
    write('vendor/x.go', 'package x\n');
    write('dist/out.js');
    write('target/debug/build.rs', 'fn main() {}\n');
    write('.venv/lib/site.py', 'x = 1\n');
    write('sub/__pycache__/m.py', 'x = 1\n');
    write('src/binary.ts', Buffer.from([0x69, 0x6d, 0x70, 0x00, 0x01]));
    write('src/Big.java', `class Big { String s = "${'x'.repeat(5000)}"; }`);
  });

  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('yields source files, honouring root and nested .gitignore files and the built-in skips', async () => {
    assert.deepEqual(await collect(root), ['pkg/main.go', 'src/Big.java', 'src/a.ts', 'src/app.py']);
  });

  it('reports size, language and absolute path', async () => {
    const files = [];
    for await (const f of walkSourceTree(root)) files.push(f);
    const py = files.find((f) => f.relativePath === 'src/app.py');
    assert.deepEqual(py, { path: path.join(root, 'src/app.py'), relativePath: 'src/app.py', size: 10, language: 'python' });
  });

  it('skips files over maxFileBytes, stops at maxFiles, applies extra ignores', async () => {
    assert.deepEqual(await collect(root, { maxFileBytes: 1000 }), ['pkg/main.go', 'src/a.ts', 'src/app.py']);
    assert.equal((await collect(root, { maxFiles: 2 })).length, 2);
    assert.deepEqual(await collect(root, { extraIgnores: ['**/*.py', 'pkg'] }), ['src/Big.java', 'src/a.ts']);
  });

  it('stops quietly when aborted', async () => {
    const controller = new AbortController();
    const seen: string[] = [];
    for await (const f of walkSourceTree(root, { signal: controller.signal })) {
      seen.push(f.relativePath);
      controller.abort();
    }
    assert.equal(seen.length, 1);
  });

  it('yields nothing for a missing root', async () => {
    assert.deepEqual(await collect(path.join(root, 'missing')), []);
  });
});
