import * as assert from 'node:assert/strict';
import { folderMatches, memberReads, pythonMemberModules, workspaceLayouts, workspaceMembers } from '../../../src/catalog/manifests/workspaces';
import { entryFromSnapshot } from '../../../src/catalog/entryFromSnapshot';
import { snapshot } from './snapshotFixtures';

describe('monorepo layouts (workspaces.ts)', () => {
  it('reads every declaration form', () => {
    const layouts = workspaceLayouts({
      'package.json': JSON.stringify({ private: true, workspaces: { packages: ['./packages/*', 'tools/*/'] } }),
      'pnpm-workspace.yaml': "packages:\n  - 'apps/**'\n  - '!apps/legacy'\n",
      'lerna.json': '{ "version": "1.0.0" }',
      'Cargo.toml': '[workspace]\nmembers = ["crates/*"]\nexclude = ["crates/xtask"]\n',
      'pom.xml': '<project><artifactId>parent</artifactId><packaging>pom</packaging><modules><module>core</module><module>http</module></modules></project>',
      'pyproject.toml': '[tool.uv.workspace]\nmembers = ["libs/*"]\n',
      'go.work': 'go 1.22\nuse (\n  ./api\n  ./sdk // the SDK\n)\nuse ./cli\n',
    });
    assert.deepEqual(layouts.map((l) => [l.manifest, l.include, l.exclude]), [
      ['package.json', ['packages/*', 'tools/*'], []],
      ['package.json', ['apps/**'], ['apps/legacy']],
      ['package.json', ['packages/*'], []],
      ['Cargo.toml', ['crates/*'], ['crates/xtask']],
      ['pom.xml', ['core', 'http'], []],
      ['pyproject.toml', ['libs/*'], []],
      ['go.mod', ['api', 'sdk', 'cli'], []],
    ]);
  });

  it('matches folders against globs, and never takes fixtures, examples or node_modules for members', () => {
    assert.equal(folderMatches('packages/*', 'packages/http'), true);
    assert.equal(folderMatches('packages/*', 'packages/http/sub'), false);
    assert.equal(folderMatches('apps/**', 'apps/web/admin'), true);
    assert.equal(folderMatches('plugins/plugin-*', 'plugins/plugin-auth'), true);
    const members = workspaceMembers({
      'package.json': '{"workspaces":["packages/**"]}',
      'packages/http/package.json': '{}',
      'packages/http/examples/demo/package.json': '{}',
      'packages/http/node_modules/x/package.json': '{}',
      'pom.xml': '<project><artifactId>p</artifactId><modules><module>server</module></modules></project>',
      'server/pom.xml': '<project><artifactId>s</artifactId><modules><module>api</module></modules></project>',
      'server/api/pom.xml': '<project><artifactId>a</artifactId></project>',
    });
    assert.deepEqual(members.map((m) => m.file), ['packages/http/package.json', 'server/pom.xml', 'server/api/pom.xml']);
  });

  it('tells a crawler which folders to list and which manifests to read, round by round', () => {
    const files: Record<string, string> = { 'package.json': '{"private":true,"workspaces":["packages/*/*"]}', 'go.mod': 'module x\n' };
    const listings = new Map<string, { name: string; type: string }[]>([
      ['', [{ name: 'packages', type: 'tree' }, { name: 'sdk', type: 'tree' }, { name: 'tools', type: 'tree' }]],
      ['sdk', [{ name: 'go.mod', type: 'blob' }]],
      ['tools', [{ name: 'go.mod', type: 'blob' }]],
      ['packages', [{ name: 'ui', type: 'tree' }, { name: 'README.md', type: 'blob' }]],
    ]);
    assert.deepEqual(memberReads(files, (f) => listings.get(f)), { files: ['sdk/go.mod'], folders: ['packages/ui'] });
    listings.set('packages/ui', [{ name: 'button', type: 'tree' }]);
    assert.deepEqual(memberReads(files, (f) => listings.get(f)), { files: ['packages/ui/button/package.json', 'sdk/go.mod'], folders: [] });
  });

  it('a private workspace root is no library; its public members are, and a repository of private apps is an application', () => {
    const lib = entryFromSnapshot(snapshot('mono', { files: {
      'package.json': JSON.stringify({ name: 'mono', private: true, workspaces: ['packages/*'], dependencies: { husky: '9' } }),
      'packages/http/package.json': JSON.stringify({ name: '@acme/http', dependencies: { axios: '^1', '@acme/log': 'workspace:*' } }),
      'packages/log/package.json': JSON.stringify({ name: '@acme/log', dependencies: { pino: '^9' } }),
    } }));
    assert.equal(lib.isLibrary, true);
    assert.deepEqual(lib.entry.packages, [
      { ecosystem: 'npm', name: '@acme/http', path: 'packages/http', dependencies: [{ ecosystem: 'npm', name: 'axios' }, { ecosystem: 'npm', name: '@acme/log' }] },
      { ecosystem: 'npm', name: '@acme/log', path: 'packages/log', dependencies: [{ ecosystem: 'npm', name: 'pino' }] },
    ]);
    assert.deepEqual(lib.entry.dependencies.map((d) => d.name), ['husky', 'axios', 'pino']);
    const apps = entryFromSnapshot(snapshot('apps', { files: {
      'package.json': JSON.stringify({ name: 'apps', private: true, workspaces: ['apps/*'] }),
      'apps/web/package.json': JSON.stringify({ name: 'web', private: true, dependencies: { react: '18' } }),
    } }));
    assert.equal(apps.isLibrary, false);
    assert.equal(apps.entry.kind, 'application');
    assert.deepEqual(apps.entry.dependencies, [{ ecosystem: 'npm', name: 'react' }]);
  });

  it('a broken member manifest is skipped with a warning naming repository and file; the others still count', () => {
    const r = entryFromSnapshot(snapshot('mono', { files: {
      'Cargo.toml': '[workspace]\nmembers = ["a", "b"]\n',
      'a/Cargo.toml': '[package]\nname = "acme-a"\n',
      'b/Cargo.toml': '[package\n',
    } }));
    assert.deepEqual(r.entry.packages.map((p) => p.name), ['acme-a']);
    assert.match(r.warnings.join('\n'), /acme\/mono: skipped b\/Cargo\.toml: invalid TOML/);
  });

  it('reads the packages of a polyglot repository from language-named root folders, and no other folder', () => {
    // The layout of getsentry/sentry-protos: a Rust workspace at the root, the Python distribution in py/.
    const files: Record<string, string> = { 'Cargo.toml': '[workspace]\nmembers = ["rust"]\n', 'requirements.txt': 'grpcio-tools\n' };
    const listings = new Map<string, { name: string; type: string }[]>([
      ['', [{ name: 'py', type: 'tree' }, { name: 'rust', type: 'tree' }, { name: 'js2proto', type: 'tree' }, { name: 'integration_tests', type: 'tree' }]],
      ['py', [{ name: 'pyproject.toml', type: 'blob' }, { name: 'setup.py', type: 'blob' }]],
      ['rust', [{ name: 'Cargo.toml', type: 'blob' }]],
      ['js2proto', [{ name: 'pyproject.toml', type: 'blob' }]],
      ['integration_tests', [{ name: 'pyproject.toml', type: 'blob' }]],
    ]);
    assert.deepEqual(memberReads(files, (f) => listings.get(f)), { files: ['rust/Cargo.toml', 'py/pyproject.toml'], folders: [] });
    files['rust/Cargo.toml'] = '[package]\nname = "sentry_protos"\n';
    files['py/pyproject.toml'] = '[project]\nname = "sentry-protos"\ndependencies = ["protobuf>=5"]\n';
    files['js2proto/pyproject.toml'] = '[project]\nname = "js2proto"\n';
    assert.deepEqual(memberReads(files, (f) => listings.get(f)), { files: [], folders: [] });
    const r = entryFromSnapshot(snapshot('sentry-protos', { files }));
    assert.deepEqual(r.entry.packages.map((p) => `${p.ecosystem}:${p.name} (${p.path})`), ['cargo:sentry_protos (rust)', 'pypi:sentry-protos (py)']);
    assert.deepEqual(r.entry.dependencies.map((d) => d.name), ['grpcio-tools', 'protobuf']);
  });

  it('lists a Python member\'s package folders, then takes its import roots from them (getsentry/usage-accountant)', () => {
    const files = { 'py/pyproject.toml': '[project]\nname = "sentry-usage-accountant"\n' };
    const listings = new Map<string, { name: string; type: string }[]>([
      ['', [{ name: 'py', type: 'tree' }, { name: 'scripts', type: 'tree' }]],
      ['py', [{ name: 'pyproject.toml', type: 'blob' }, { name: 'usageaccountant', type: 'tree' }, { name: 'tests', type: 'tree' }]],
    ]);
    assert.deepEqual(memberReads(files, (f) => listings.get(f)), { files: [], folders: ['py/usageaccountant'] });
    assert.deepEqual(pythonMemberModules(files, (f) => listings.get(f)), []);
    listings.set('py/usageaccountant', [{ name: '__init__.py', type: 'blob' }, { name: 'accountant.py', type: 'blob' }]);
    assert.deepEqual(memberReads(files, (f) => listings.get(f)), { files: [], folders: [] });
    assert.deepEqual(pythonMemberModules(files, (f) => listings.get(f)), ['usageaccountant']);
  });
});
