import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import * as nodePath from 'node:path';
import { localProvenance } from '../../../src/github/localProvenance';

describe('contribute: localProvenance', () => {
  let dir: string;
  before(async () => {
    dir = await mkdtemp(nodePath.join(tmpdir(), 'rr-provenance-'));
  });
  after(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('reads origin (without credentials) and a packed HEAD ref from the enclosing checkout', async () => {
    const repo = nodePath.join(dir, 'app');
    await mkdir(nodePath.join(repo, '.git'), { recursive: true });
    await mkdir(nodePath.join(repo, 'src', 'lib'), { recursive: true });
    await writeFile(nodePath.join(repo, '.git', 'HEAD'), 'ref: refs/heads/feature/x\n');
    await writeFile(nodePath.join(repo, '.git', 'packed-refs'), `# pack-refs with: peeled\n${'a'.repeat(40)} refs/heads/main\n${'b'.repeat(40)} refs/heads/feature/x\n`);
    await writeFile(nodePath.join(repo, '.git', 'config'), '[remote "upstream"]\n\turl = git@example.com:other/x.git\n[remote "origin"]\n\turl = https://user:s3cret@ghe.acme.com/acme/app.git\n');
    await writeFile(nodePath.join(repo, 'src', 'lib', 'retry.ts'), '');
    assert.deepEqual(await localProvenance(nodePath.join(repo, 'src', 'lib', 'retry.ts')), {
      repo: 'https://ghe.acme.com/acme/app.git', path: 'src/lib/retry.ts', commit: 'b'.repeat(40),
    });
  });

  it('follows a worktree .git file and a detached HEAD', async () => {
    const main = nodePath.join(dir, 'main-clone', '.git');
    await mkdir(nodePath.join(main, 'worktrees', 'wt'), { recursive: true });
    await writeFile(nodePath.join(main, 'config'), '[remote "origin"]\n\turl = git@github.com:acme/app.git\n');
    await writeFile(nodePath.join(main, 'worktrees', 'wt', 'HEAD'), `${'c'.repeat(40)}\n`);
    await writeFile(nodePath.join(main, 'worktrees', 'wt', 'commondir'), '../..\n');
    const wt = nodePath.join(dir, 'wt');
    await mkdir(wt);
    await writeFile(nodePath.join(wt, '.git'), `gitdir: ${nodePath.join(main, 'worktrees', 'wt')}\n`);
    assert.deepEqual(await localProvenance(nodePath.join(wt, 'a.ts')), { repo: 'git@github.com:acme/app.git', path: 'a.ts', commit: 'c'.repeat(40) });
  });

  it('outside a checkout keeps only the file name', async function () {
    const ancestors = dir.split(nodePath.sep).map((_, i, parts) => parts.slice(0, i + 1).join(nodePath.sep) || nodePath.sep);
    if (ancestors.some((a) => existsSync(nodePath.join(a, '.git')))) this.skip();
    const loose = nodePath.join(dir, 'loose');
    await mkdir(loose);
    assert.deepEqual(await localProvenance(nodePath.join(loose, 'b.ts')), { path: 'b.ts' });
  });
});
