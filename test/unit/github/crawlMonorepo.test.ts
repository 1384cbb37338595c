import assert from 'node:assert/strict';
import { startGitHubStandIn, type GitHubStandIn } from '../../support/githubStandIn';
import { buildCatalog } from '../../../src/catalog/buildCatalog';
import type { Catalog } from '../../../src/catalog/model';
import { createOctokit } from '../../../src/github/octokit';
import { crawlOrgs } from '../../../src/github/crawlOrg';
import { refreshCatalog, type RefreshCatalogOptions } from '../../../src/github/catalogRefresh';
import { TOKEN } from './fixtureOrg';

const fast = { msPerSecond: 1, minWriteIntervalMs: 0 };

/** Monorepos of each kind, a setup.py-only library, and services that use them and the public foundations. */
function seedMonorepoOrg(gh: GitHubStandIn): void {
  const { state } = gh;
  state.addToken(TOKEN, 'alice');
  state.addOrg('acme');
  let day = 1;
  const add = (name: string, files: Record<string, string>, extra: Partial<Parameters<typeof state.addRepo>[0]> = {}) =>
    state.addRepo({ owner: 'acme', name, pushedAt: `2025-01-${String(day++).padStart(2, '0')}T00:00:00Z`, files, ...extra });
  const json = (v: unknown) => JSON.stringify(v);
  add('web-kit', {
    'package.json': json({ name: 'web-kit', private: true }),
    'pnpm-workspace.yaml': "packages:\n  - 'packages/*'\n  - 'packages/forms/*'\n",
    'packages/ui/package.json': json({ name: '@acme/ui', dependencies: { react: '^18', '@acme/tokens': 'workspace:*' } }),
    'packages/tokens/package.json': json({ name: '@acme/tokens' }),
    'packages/playground/package.json': json({ name: 'playground', private: true, dependencies: { vite: '5' } }),
    'packages/forms/inputs/package.json': json({ name: '@acme/form-inputs', dependencies: { 'react-hook-form': '7' } }),
  });
  add('platform-java', {
    'pom.xml': '<project><groupId>com.acme</groupId><artifactId>platform</artifactId><packaging>pom</packaging><modules><module>core</module><module>server</module></modules></project>',
    'core/pom.xml': '<project><parent><groupId>com.acme</groupId></parent><artifactId>acme-core</artifactId><dependencies><dependency><groupId>com.squareup.okhttp3</groupId><artifactId>okhttp</artifactId></dependency></dependencies></project>',
    'core/src/main/java/com/acme/core/Client.java': 'package com.acme.core;\nclass Client {}\n',
    'server/pom.xml': '<project><parent><groupId>com.acme</groupId></parent><artifactId>acme-server-parent</artifactId><packaging>pom</packaging><modules><module>api</module></modules></project>',
    'server/api/pom.xml': '<project><parent><groupId>com.acme</groupId></parent><artifactId>acme-server-api</artifactId></project>',
    'server/api/src/main/kotlin/com/acme/server/api/Api.kt': 'package com.acme.server.api\n',
  });
  add('py-auth', {
    'setup.py': 'from setuptools import setup, find_packages\nNAME = "acme_auth"\nsetup(name=NAME, packages=find_packages(exclude=["tests"]), install_requires=["PyJWT>=2"])\n',
    'acme_auth/__init__.py': '',
    'tests/__init__.py': '',
    'requirements.txt': 'pytest\n',
  });
  add('go-sdk', {
    'go.mod': 'module github.com/acme/go-sdk\n\ngo 1.22\n',
    'otel/go.mod': 'module github.com/acme/go-sdk/otel\n\ngo 1.22\n\nrequire go.opentelemetry.io/otel v1.28.0\n',
    'tools/go.mod': 'module github.com/acme/go-sdk/tools\n',
  });
  // A polyglot repository (getsentry/sentry-protos' layout): a Rust workspace at the root, the Python distribution in py/.
  add('protos', {
    'Cargo.toml': '[workspace]\nmembers = ["rust"]\n',
    'rust/Cargo.toml': '[package]\nname = "acme_protos"\n',
    'py/pyproject.toml': '[project]\nname = "acme-protos"\ndependencies = ["protobuf>=5"]\n',
    'py/protoaccount/__init__.py': '',
    'py/tests/__init__.py': '',
    'js2proto/pyproject.toml': '[project]\nname = "js2proto"\n',
  });
  add('storefront', { 'package.json': json({ name: 'storefront', private: true, dependencies: { react: '^18', '@acme/ui': '^1' } }) });
  add('orders-service', { 'requirements.txt': 'Django==4.2\nacme-auth==1.0\n' });
  add('legacy-web', { 'package.json': json({ name: 'legacy-web', private: true, dependencies: { react: '^16' } }) }, { archived: true });
  add('react-fork', { 'package.json': json({ name: 'react', dependencies: { 'loose-envify': '1' } }) }, { fork: true });
}

describe('crawling monorepos, setup.py libraries and org usage (GitHub stand-in)', () => {
  let gh: GitHubStandIn;
  beforeEach(async () => {
    gh = await startGitHubStandIn();
    seedMonorepoOrg(gh);
  });
  afterEach(() => gh.close());

  const options = (extra: Partial<RefreshCatalogOptions> = {}): RefreshCatalogOptions => ({
    orgs: ['acme'], apiUrl: gh.url, octokit: createOctokit({ token: TOKEN, apiUrl: gh.url, ...fast }), catalogFiles: [],
    fetch: globalThis.fetch, readFile: async () => '', baseDir: '/', retryBaseMs: 1, ...extra,
  });

  function assertCatalog(catalog: Catalog, via: string): void {
    const byId = new Map(catalog.entries.map((e) => [e.id, e]));
    const kit = byId.get('acme/web-kit')!;
    assert.deepEqual(kit.packages.map((p) => `${p.name} ${p.path}`).sort(),
      ['@acme/form-inputs packages/forms/inputs', '@acme/tokens packages/tokens', '@acme/ui packages/ui'], via);
    assert.deepEqual(kit.packages.find((p) => p.name === '@acme/ui')!.dependencies!.map((d) => d.name), ['react', '@acme/tokens'], via);
    assert.deepEqual(kit.usedBy, ['acme/storefront'], via);
    const java = byId.get('acme/platform-java')!;
    assert.deepEqual(java.packages.map((p) => `${p.name} ${p.path}`).sort(), ['com.acme:acme-core core', 'com.acme:acme-server-api server/api'], via);
    const auth = byId.get('acme/py-auth')!;
    assert.deepEqual(auth.packages, [{ ecosystem: 'pypi', name: 'acme-auth' }], via);
    assert.deepEqual(auth.dependencies.map((d) => d.name), ['pyjwt'], `${via}: requirements.txt does not add to declared install_requires`);
    assert.deepEqual(auth.pythonModules, ['acme_auth'], via);
    assert.deepEqual(auth.usedBy, ['acme/orders-service'], via);
    assert.deepEqual(byId.get('acme/go-sdk')!.packages.map((p) => p.name).sort(), ['github.com/acme/go-sdk', 'github.com/acme/go-sdk/otel'], via);
    assert.ok(!byId.has('acme/storefront') && !byId.has('acme/orders-service'), `${via}: services are no libraries`);
    assert.deepEqual(byId.get('acme/protos')!.packages.map((p) => `${p.ecosystem}:${p.name} ${p.path}`).sort(), ['cargo:acme_protos rust', 'pypi:acme-protos py'], via);
    assert.deepEqual(byId.get('acme/protos')!.pythonModules, ['protoaccount'], `${via}: the import root of the Python package in py/`);
    const usage = catalog.orgUsage!;
    assert.equal(usage.repositories, 7, `${via}: every repository with a package manifest, not the archived one or the fork`);
    // The words of the repositories' root names: what the org routinely names its own code.
    assert.equal(usage.dependents['path:packages'], 1, via);
    assert.equal(usage.dependents['path:otel'], 1, via);
    assert.equal(usage.dependents['path:auth'], 1, via);
    assert.equal(usage.dependents['path:rust'], 1, via);
    assert.equal(usage.dependents['npm:react'], 2, via);
    assert.equal(usage.dependents['pypi:django'], 1, via);
    assert.equal(usage.dependents['npm:loose-envify'], undefined, via);
  }

  it('GraphQL: members, module source roots and csproj files cost a few shared follow-up requests', async () => {
    const result = await refreshCatalog(undefined, options({ pageSize: 40 }));
    assertCatalog(result.catalog, 'graphql');
    assert.deepEqual(result.catalog.entries.find((e) => e.id === 'acme/platform-java')!.jvmPackages, ['com.acme.core', 'com.acme.server.api']);
    // One page; round 1: the members of web-kit, platform-java and go-sdk, and the "packages/forms" listing the
    // second glob needs; round 2: the member that listing showed and the nested Maven module, both repositories at once.
    assert.equal(result.requests, 3);
    assert.equal(gh.requests.length, 3);
  });

  it('REST fallback reads the same members (Go modules only through go.work)', async () => {
    gh.state.pushFiles(gh.state.repo('acme', 'go-sdk')!, { 'go.work': 'go 1.22\nuse (\n  .\n  ./otel\n)\n' });
    const crawl = await crawlOrgs(createOctokit({ token: TOKEN, apiUrl: gh.url, ...fast }), { orgs: ['acme'], apiUrl: gh.url, rest: true });
    assertCatalog(buildCatalog(crawl.snapshots).catalog, 'rest');
  });

  it('an incremental refresh replaces a changed repository\'s contribution to org usage exactly', async () => {
    const t0 = new Date('2025-06-01T00:00:00Z');
    const first = await refreshCatalog(undefined, options({ now: () => t0 }));
    gh.state.pushFiles(gh.state.repo('acme', 'storefront')!, { 'package.json': JSON.stringify({ name: 'storefront', private: true, dependencies: { vue: '3' } }) }, 'Move to Vue', '2025-06-02T00:00:00Z');
    gh.state.repo('acme', 'orders-service')!.archived = true;
    gh.state.pushFiles(gh.state.repo('acme', 'orders-service')!, { 'README.md': 'archived' }, 'Archive', '2025-06-02T00:00:00Z');
    const second = await refreshCatalog(first.catalog, options({ now: () => new Date('2025-06-03T00:00:00Z') }));
    assert.equal(second.incremental, true);
    const full = await refreshCatalog(undefined, options({ now: () => new Date('2025-06-03T00:00:00Z') }));
    assert.deepEqual(second.catalog.orgUsage, full.catalog.orgUsage);
    assert.equal(second.catalog.orgUsage!.dependents['npm:react'], 1);
    assert.equal(second.catalog.orgUsage!.dependents['npm:vue'], 1);
    assert.equal(second.catalog.orgUsage!.dependents['pypi:django'], undefined);
  });

  it('a catalog without per-repository usage records (an older cache) is crawled in full once', async () => {
    const first = await refreshCatalog(undefined, options({ now: () => new Date('2025-06-01T00:00:00Z') }));
    const { orgUsage, ...older } = first.catalog;
    assert.ok(orgUsage);
    const next = await refreshCatalog(older, options({ now: () => new Date('2025-06-02T00:00:00Z') }));
    assert.equal(next.incremental, false);
    assert.equal(next.catalog.orgUsage!.repositories, 7);
  });
});
