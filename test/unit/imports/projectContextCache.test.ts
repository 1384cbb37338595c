import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { ProjectContext } from '../../../src/imports/classify';
import { detectProjectContext } from '../../../src/imports/projectContext';
import { ProjectContextCache } from '../../../src/imports/projectContextCache';

describe('imports/ProjectContextCache', () => {
  let root: string;
  const write = (rel: string, content = '') => {
    mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
    writeFileSync(path.join(root, rel), content);
  };
  const at = (rel: string) => path.join(root, rel);

  beforeEach(() => {
    root = mkdtempSync(path.join(os.tmpdir(), 'ctx-cache-'));
    write('package.json', JSON.stringify({ name: 'mono', private: true }));
    write('flags/package.json', JSON.stringify({ name: '@acme/feature-flags' }));
    write('flags/src/index.ts');
    write('flags/src/rules/eval.ts');
    write('worker/go.mod', 'module github.com/acme/worker\n');
    write('worker/cmd/main.go');
    write('orders/pom.xml', '<project/>');
    write('orders/src/main/java/com/acme/orders/Client.java');
    write('scripts/tool.ts');
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it("gives each file its nearest project's context (monorepo packages, Go and Maven modules), else the folder's", async () => {
    const cache = new ProjectContextCache(root);
    assert.equal((await cache.contextFor(at('flags/src/rules/eval.ts'))).npmName, '@acme/feature-flags');
    assert.equal((await cache.contextFor(at('worker/cmd/main.go'))).goModule, 'github.com/acme/worker');
    assert.deepEqual((await cache.contextFor(at('orders/src/main/java/com/acme/orders/Client.java'))).javaPackageRoots, ['com.acme.orders']);
    assert.equal((await cache.contextFor(at('scripts/tool.ts'))).npmName, 'mono');
  });

  it('reads each project once, and falls back to the given root for files with no project under the folder', async () => {
    const reads: string[] = [];
    const read = (dir: string): Promise<ProjectContext> => {
      reads.push(path.relative(root, dir) || '.');
      return detectProjectContext(dir);
    };
    const cache = new ProjectContextCache(at('flags/src'), { read, fallbackRoot: async () => at('flags') });
    assert.equal((await cache.contextFor(at('flags/src/index.ts'))).npmName, '@acme/feature-flags');
    assert.equal((await cache.contextFor(at('flags/src/rules/eval.ts'))).npmName, '@acme/feature-flags');
    assert.deepEqual(reads, ['flags']);
    const plain = new ProjectContextCache(at('flags/src'), { read });
    assert.deepEqual(await plain.contextFor(at('flags/src/index.ts')), { checkoutNames: ['src'] }, 'the folder itself, which has no manifest: known by its name only');
  });

  it('a project nested in the folder inherits what it does not say itself, and the folder\'s identity', async () => {
    write('svc/pyproject.toml', '[project]\nname = "snuba"\n');
    write('svc/snuba/__init__.py');
    write('svc/admin/package.json', JSON.stringify({ name: 'snuba-admin', private: true }));
    write('svc/admin/tool.py');
    const ctx = await new ProjectContextCache(at('svc')).contextFor(at('svc/admin/tool.py'));
    assert.equal(ctx.npmName, 'snuba-admin', 'its own');
    assert.deepEqual(ctx.pythonPackages, ['tool', 'snuba'], "the service's: `import snuba` stays local in the front end's folder");
    assert.deepEqual(ctx.packages, [{ ecosystem: 'pypi', name: 'snuba' }]);
    assert.deepEqual(ctx.checkoutNames, ['admin', 'svc']);
  });
});
