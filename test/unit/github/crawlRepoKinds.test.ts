import assert from 'node:assert/strict';
import { startGitHubStandIn, type GitHubStandIn } from '../../support/githubStandIn';
import { entryFromSnapshot } from '../../../src/catalog/entryFromSnapshot';
import { createOctokit } from '../../../src/github/octokit';
import { refreshCatalog, type RefreshCatalogOptions } from '../../../src/github/catalogRefresh';
import { snapshot } from '../catalog/snapshotFixtures';
import { TOKEN } from './fixtureOrg';

const component = (name: string, type: string) => `apiVersion: backstage.io/v1alpha1\nkind: Component\nmetadata:\n  name: ${name}\nspec:\n  type: ${type}\n  lifecycle: production\n  owner: group:default/platform\n`;

describe('an org\'s Backstage library types apply to the catalog-info.yaml files the crawl reads (issue #11)', () => {
  it('a listed type is a library, an unlisted one is not unless the repository publishes a package', () => {
    const kindOf = (files: Record<string, string>, libraryTypes?: string[]) => {
      const r = entryFromSnapshot(snapshot('x', { files }), libraryTypes ? { libraryTypes } : {});
      return `${r.entry.kind}${r.isLibrary ? ' (library)' : ''}`;
    };
    const sourceCode = { 'catalog-info.yaml': component('x', 'source-code') };
    assert.equal(kindOf(sourceCode, ['source-code']), 'library (library)');
    assert.equal(kindOf({ 'catalog-info.yaml': component('x', 'library') }, ['sdk']), 'other', 'the org\'s list, not the default names');
    assert.equal(kindOf({ 'catalog-info.yaml': component('x', 'library') }), 'library (library)', 'without a list: by name');
    assert.equal(kindOf({ 'catalog-info.yaml': component('x', 'website') }, ['sdk']), 'application');
    assert.equal(kindOf({ 'catalog-info.yaml': component('x', 'tooling'), 'package.json': '{"name":"@acme/x"}' }, ['sdk']), 'library (library)', 'it publishes a package');
  });

  describe('through the crawl (GitHub stand-in)', () => {
    let gh: GitHubStandIn;
    beforeEach(async () => {
      gh = await startGitHubStandIn();
      gh.state.addToken(TOKEN, 'alice');
      gh.state.addOrg('acme');
      gh.state.addRepo({ owner: 'acme', name: 'retry', pushedAt: '2025-01-01T00:00:00Z', files: { 'catalog-info.yaml': component('retry', 'source-code'), 'README.md': '# retry\n' } });
      gh.state.addRepo({ owner: 'acme', name: 'portal', pushedAt: '2025-01-02T00:00:00Z', files: { 'catalog-info.yaml': component('portal', 'library'), 'README.md': '# portal\n' } });
    });
    afterEach(() => gh.close());

    const refresh = (libraryTypes?: string[]) => refreshCatalog(undefined, {
      orgs: ['acme'], apiUrl: gh.url, octokit: createOctokit({ token: TOKEN, apiUrl: gh.url, msPerSecond: 1, minWriteIntervalMs: 0 }), catalogFiles: [],
      fetch: globalThis.fetch, readFile: async () => '', baseDir: '/', retryBaseMs: 1, ...(libraryTypes ? { libraryTypes } : {}),
    } satisfies RefreshCatalogOptions);

    it('`--library-types` / reuseRadar.catalog.libraryTypes decide which crawled components are libraries', async () => {
      assert.deepEqual((await refresh()).catalog.entries.map((e) => e.id), ['acme/portal']);
      assert.deepEqual((await refresh(['source-code'])).catalog.entries.map((e) => e.id), ['acme/retry']);
    });
  });
});

describe('services with a requirements/ folder count in the org\'s usage (pip-tools, cookiecutter-django layouts)', () => {
  const usageOf = (files: Record<string, string>) => entryFromSnapshot(snapshot('svc', { files }));

  it('base.in is read for direct dependencies; its compiled base.txt only without it', () => {
    const pipTools = usageOf({
      'setup.py': 'from setuptools import setup\nsetup(name="svc", install_requires=load_requirements("requirements/base.in"))\n',
      'requirements/base.in': '-c constraints.txt\nDjango\nedx-django-utils\n',
      'requirements/base.txt': 'asgiref==3.8.1\ndjango==4.2.16\nedx-django-utils==7.0.0\nsqlparse==0.5.1\n',
    });
    assert.deepEqual(pipTools.entry.dependencies.map((d) => d.name), ['django', 'edx-django-utils']);
    assert.equal(pipTools.hasPackageManifest, true);
    const cookiecutter = usageOf({ 'requirements/base.txt': 'django==5.0\ncelery==5.4\n', 'requirements/production.txt': '-r base.txt\ngunicorn==22\n' });
    assert.deepEqual(cookiecutter.entry.dependencies.map((d) => d.name).sort(), ['celery', 'django', 'gunicorn']);
  });

  describe('through the crawl (GitHub stand-in)', () => {
    let gh: GitHubStandIn;
    beforeEach(async () => {
      gh = await startGitHubStandIn();
      gh.state.addToken(TOKEN, 'alice');
      gh.state.addOrg('acme');
      gh.state.addRepo({ owner: 'acme', name: 'orders', pushedAt: '2025-01-01T00:00:00Z', files: { 'requirements/base.in': 'Django\n', 'manage.py': '' } });
      gh.state.addRepo({ owner: 'acme', name: 'billing', pushedAt: '2025-01-02T00:00:00Z', files: { 'requirements/base.txt': 'django==5.0\n', 'manage.py': '' } });
    });
    afterEach(() => gh.close());

    for (const anonymous of [false, true]) {
      it(`${anonymous ? 'REST' : 'GraphQL'}: both services depend on django`, async () => {
        const { catalog } = await refreshCatalog(undefined, {
          orgs: ['acme'], apiUrl: gh.url, octokit: createOctokit({ ...(anonymous ? {} : { token: TOKEN }), apiUrl: gh.url, msPerSecond: 1, minWriteIntervalMs: 0 }),
          catalogFiles: [], fetch: globalThis.fetch, readFile: async () => '', baseDir: '/', retryBaseMs: 1,
        });
        assert.equal(catalog.orgUsage?.dependents['pypi:django'], 2);
      });
    }
  });
});
