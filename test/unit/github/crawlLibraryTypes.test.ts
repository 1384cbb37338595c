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
