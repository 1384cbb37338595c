import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { entryFromSnapshot } from '../../../src/catalog/entryFromSnapshot';
import { parseSetupPy } from '../../../src/catalog/manifests/index';
import { snapshot } from './snapshotFixtures';

const ROOT = path.join(__dirname, '../../fixtures/real-manifests');

/** Every file kept from one real repository (see test/fixtures/real-manifests/SOURCES), keyed by its path there. */
function realFiles(repo: string): Record<string, string> {
  const base = path.join(ROOT, repo);
  const files: Record<string, string> = {};
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const full = path.join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else files[path.relative(base, full).split(path.sep).join('/')] = readFileSync(full, 'utf8');
    }
  };
  walk(base);
  return files;
}

const read = (repo: string, extra: Parameters<typeof snapshot>[1] = {}) =>
  entryFromSnapshot(snapshot(repo.split('/')[1], { owner: repo.split('/')[0], files: realFiles(repo), ...extra }));

describe('real manifests (test/fixtures/real-manifests)', () => {
  it('Yelp libraries with only setup.py get their distribution name, runtime dependencies and import roots', () => {
    const zipkin = read('Yelp/py_zipkin', { pythonModules: ['py_zipkin'] });
    assert.deepEqual(zipkin.entry.packages, [{ ecosystem: 'pypi', name: 'py-zipkin' }]);
    assert.deepEqual(zipkin.entry.dependencies, [{ ecosystem: 'pypi', name: 'typing-extensions' }]);
    assert.deepEqual(zipkin.entry.pythonModules, ['py_zipkin']);
    assert.equal(zipkin.entry.description, 'Library for using Zipkin in Python.');
    assert.equal(zipkin.entry.lifecycle, 'experimental');
    assert.equal(zipkin.isLibrary, true);

    const bravado = read('Yelp/bravado');
    assert.deepEqual(bravado.entry.packages, [{ ecosystem: 'pypi', name: 'bravado' }]);
    assert.deepEqual(bravado.entry.dependencies.map((d) => d.name),
      ['bravado-core', 'msgpack', 'python-dateutil', 'pyyaml', 'requests', 'six', 'simplejson', 'monotonic', 'typing-extensions']);
    assert.equal(bravado.entry.lifecycle, 'production');
  });

  it('a setup.py whose name is computed at run time gives no name, but its constant install_requires still count', () => {
    const info = parseSetupPy(realFiles('Yelp/swagger_spec_validator')['setup.py'], 'setup.py');
    assert.deepEqual(info.packages, []);
    assert.deepEqual(info.dependencies.map((d) => d.name), ['jsonschema', 'pyyaml', 'typing-extensions', 'importlib-resources']);
    assert.deepEqual(info.pythonExcludes, ['tests']);
  });

  it('vuejs/core (pnpm workspace, private root): each public package with its folder and own dependencies', () => {
    const { entry, isLibrary } = read('vuejs/core');
    assert.equal(isLibrary, true);
    const byName = new Map(entry.packages.map((p) => [p.name, p]));
    assert.ok(!byName.has('@vue/core'), 'the private root publishes nothing');
    assert.equal(byName.get('vue')?.path, 'packages/vue');
    assert.equal(byName.get('@vue/runtime-dom')?.path, 'packages/runtime-dom');
    assert.deepEqual(byName.get('@vue/runtime-dom')?.dependencies?.map((d) => d.name).sort(), ['@vue/reactivity', '@vue/runtime-core', '@vue/shared', 'csstype']);
    for (const p of entry.packages) assert.ok(!p.path?.startsWith('packages-private/') || !p.name.startsWith('@vue/dts'), p.name);
    // Entry-level dependencies are the union without the repository's own packages.
    const deps = entry.dependencies.map((d) => d.name);
    assert.ok(deps.includes('csstype'));
    assert.ok(!deps.includes('@vue/shared'));
  });

  it('tokio (Cargo workspace): published crates only; benches, examples and publish = false members are not packages', () => {
    const { entry } = read('tokio-rs/tokio');
    assert.deepEqual(entry.packages.map((p) => `${p.name}@${p.path}`).sort(),
      ['tokio-macros@tokio-macros', 'tokio-stream@tokio-stream', 'tokio-test@tokio-test', 'tokio-util@tokio-util', 'tokio@tokio']);
    const util = entry.packages.find((p) => p.name === 'tokio-util')!;
    assert.ok(util.dependencies?.some((d) => d.name === 'tokio'), 'a sibling stays in the package\'s own dependencies');
    assert.ok(!entry.dependencies.some((d) => d.name === 'tokio'), 'but not in the entry\'s');
  });

  it('OpenFeign/feign (Maven <modules>): each module is a package with the parent\'s groupId', () => {
    const { entry } = read('OpenFeign/feign');
    const core = entry.packages.find((p) => p.name === 'io.github.openfeign:feign-core');
    assert.equal(core?.path, 'core');
    const okhttp = entry.packages.find((p) => p.name === 'io.github.openfeign:feign-okhttp');
    assert.equal(okhttp?.path, 'okhttp');
    assert.deepEqual(okhttp?.dependencies?.map((d) => d.name), ['io.github.openfeign:feign-core', 'com.squareup.okhttp3:okhttp-jvm']);
    assert.ok(entry.dependencies.some((d) => d.name === 'com.squareup.okhttp3:okhttp-jvm'));
    assert.ok(!entry.dependencies.some((d) => d.name === 'io.github.openfeign:feign-core'));
  });

  it('uber-go/zap (nested go.mod): modules below the root, not benchmarks, tools or internal test modules', () => {
    const { entry } = read('uber-go/zap');
    assert.deepEqual(entry.packages.map((p) => p.path ? `${p.name}@${p.path}` : p.name).sort(),
      ['go.uber.org/zap', 'go.uber.org/zap/assets@assets', 'go.uber.org/zap/exp@exp'].sort());
  });
});
