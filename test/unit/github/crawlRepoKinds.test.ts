import assert from 'node:assert/strict';
import { startGitHubStandIn } from '../../support/githubStandIn';
import type { Catalog } from '../../../src/catalog/model';
import { entryFromSnapshot } from '../../../src/catalog/entryFromSnapshot';
import { createOctokit } from '../../../src/github/octokit';
import { refreshCatalog } from '../../../src/github/catalogRefresh';
import { snapshot } from '../catalog/snapshotFixtures';
import { TOKEN } from './fixtureOrg';

const component = (name: string, type: string) => `apiVersion: backstage.io/v1alpha1\nkind: Component\nmetadata:\n  name: ${name}\nspec:\n  type: ${type}\n  lifecycle: production\n  owner: group:default/platform\n`;

/** Crawls org "acme" holding `repos` (name → files) on a fresh GitHub stand-in; anonymous crawls use REST. */
async function crawlAcme(repos: Record<string, Record<string, string>>, opts: { libraryTypes?: string[]; anonymous?: boolean } = {}): Promise<Catalog> {
  const gh = await startGitHubStandIn();
  try {
    gh.state.addToken(TOKEN, 'alice');
    gh.state.addOrg('acme');
    Object.entries(repos).forEach(([name, files], i) => gh.state.addRepo({ owner: 'acme', name, pushedAt: `2025-01-0${i + 1}T00:00:00Z`, files }));
    const octokit = createOctokit({ ...(opts.anonymous ? {} : { token: TOKEN }), apiUrl: gh.url, msPerSecond: 1, minWriteIntervalMs: 0 });
    const { catalog } = await refreshCatalog(undefined, {
      orgs: ['acme'], apiUrl: gh.url, octokit, catalogFiles: [], fetch: globalThis.fetch, readFile: async () => '', baseDir: '/', retryBaseMs: 1,
      ...(opts.libraryTypes ? { libraryTypes: opts.libraryTypes } : {}),
    });
    return catalog;
  } finally {
    await gh.close();
  }
}

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

  it('`--library-types` / reuseRadar.catalog.libraryTypes decide which crawled components are libraries (GitHub stand-in)', async () => {
    const repos = {
      retry: { 'catalog-info.yaml': component('retry', 'source-code'), 'README.md': '# retry\n' },
      portal: { 'catalog-info.yaml': component('portal', 'library'), 'README.md': '# portal\n' },
    };
    assert.deepEqual((await crawlAcme(repos)).entries.map((e) => e.id), ['acme/portal']);
    assert.deepEqual((await crawlAcme(repos, { libraryTypes: ['source-code'] })).entries.map((e) => e.id), ['acme/retry']);
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

  for (const anonymous of [false, true]) {
    it(`through the crawl (GitHub stand-in, ${anonymous ? 'REST' : 'GraphQL'}): both services depend on django`, async () => {
      const catalog = await crawlAcme({
        orders: { 'requirements/base.in': 'Django\n', 'manage.py': '' },
        billing: { 'requirements/base.txt': 'django==5.0\n', 'manage.py': '' },
      }, { anonymous });
      assert.equal(catalog.orgUsage?.dependents['pypi:django'], 2);
    });
  }
});
