import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { isProjectMarker, nearestProjectRoot, PROJECT_MANIFEST_GLOB } from '../../../src/imports/projectRoot';

describe('imports/nearestProjectRoot', () => {
  let root: string;
  const write = (rel: string, content = '') => {
    mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
    writeFileSync(path.join(root, rel), content);
  };
  const at = (rel: string) => path.join(root, rel);

  beforeEach(() => {
    root = mkdtempSync(path.join(os.tmpdir(), 'project-root-'));
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('knows the manifests, *.csproj and .git, nothing else', () => {
    for (const name of ['package.json', 'go.mod', 'pyproject.toml', 'setup.cfg', 'pom.xml', 'build.gradle', 'build.gradle.kts', 'Cargo.toml', 'Orders.Api.csproj', '.git']) {
      assert.ok(isProjectMarker(name), name);
    }
    for (const name of ['tsconfig.json', 'README.md', 'go.sum', 'package-lock.json']) assert.ok(!isProjectMarker(name), name);
  });

  it('finds the nearest folder with a manifest, never above stopAt', async () => {
    write('mono/package.json', '{}');
    write('mono/flags/package.json', '{"name":"@acme/feature-flags"}');
    write('mono/flags/src/deep/index.ts');
    write('mono/svc/Svc.csproj', '<Project/>');
    write('mono/svc/Api/Controller.cs');
    write('mono/docs/guide/intro.md');
    assert.equal(await nearestProjectRoot(at('mono/flags/src/deep/index.ts'), at('mono')), at('mono/flags'));
    assert.equal(await nearestProjectRoot(at('mono/svc/Api/Controller.cs'), at('mono')), at('mono/svc'));
    assert.equal(await nearestProjectRoot(at('mono/docs/guide/intro.md'), at('mono')), at('mono'));
    assert.equal(await nearestProjectRoot(at('mono/docs/guide/intro.md'), at('mono/docs')), undefined, 'mono is above stopAt');
    assert.equal(await nearestProjectRoot(at('mono/flags/src/deep/index.ts'), at('mono/svc')), undefined, 'outside stopAt');
    assert.equal(await nearestProjectRoot(at('mono/flags/src/deep/index.ts')), at('mono/flags'));
  });

  it('a .git folder bounds the walk; the cache answers each folder once', async () => {
    write('repo/.git/HEAD', 'ref: refs/heads/main');
    write('repo/src/a/b.py');
    write('repo/src/a/c.py');
    const cache = new Map<string, Promise<string | undefined>>();
    assert.equal(await nearestProjectRoot(at('repo/src/a/b.py'), root, cache), at('repo'));
    assert.deepEqual([...cache.keys()].sort(), [at('repo'), at('repo/src'), at('repo/src/a')]);
    write('repo/src/a/go.mod', 'module x');
    assert.equal(await nearestProjectRoot(at('repo/src/a/c.py'), root, cache), at('repo'), 'cached answer');
    assert.equal(await nearestProjectRoot(at('repo/src/a/c.py'), root), at('repo/src/a'), 'fresh lookup');
  });

  it('a missing folder has no project under stopAt', async () => {
    assert.equal(await nearestProjectRoot(at('nope/x/y.ts'), root), undefined);
  });
});

describe('PROJECT_MANIFEST_GLOB (what the editor watches to re-read project contexts)', () => {
  it('covers every manifest and *.csproj, at any depth', () => {
    assert.equal(PROJECT_MANIFEST_GLOB, '**/{package.json,go.mod,pyproject.toml,setup.cfg,setup.py,pom.xml,build.gradle,build.gradle.kts,Cargo.toml,*.csproj}');
  });
});
