import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { decodeCatalog, encodeCatalog } from '../../../src/catalog/cacheCodec';
import { mergeCatalogs } from '../../../src/catalog/merge';
import { CATALOG_SCHEMA_VERSION, type Catalog, type CatalogEntry } from '../../../src/catalog/model';
import { applyUsageChanges, mergeOrgUsage, orgUsageFrom } from '../../../src/catalog/orgUsage';
import { validateCatalog } from '../../../src/catalog/validateCatalog';

const catalog = (extra: Partial<Catalog> = {}): Catalog => ({ schemaVersion: CATALOG_SCHEMA_VERSION, generatedAt: '2026-01-01T00:00:00.000Z', entries: [], replacements: [], ...extra });
const monorepoEntry: CatalogEntry = {
  id: 'acme/web-kit', name: 'web-kit', repo: 'acme/web-kit', description: '', keywords: [], owners: [], lifecycle: 'unknown', kind: 'library',
  hasContributing: false, links: {}, sources: ['github:acme'], pythonModules: ['acme_ui'],
  packages: [{ ecosystem: 'npm', name: '@acme/ui', path: 'packages/ui', dependencies: [{ ecosystem: 'npm', name: 'react' }] }],
  dependencies: [{ ecosystem: 'npm', name: 'react' }],
};

describe('org usage', () => {
  it('counts each repository once per package and replaces a changed repository\'s contribution exactly', () => {
    const usage = orgUsageFrom({ 'acme/web': ['npm:react', 'npm:react'], 'acme/admin': ['npm:react', 'npm:redux'], 'acme/docs': [] });
    assert.equal(usage.repositories, 3);
    assert.deepEqual(usage.dependents, { 'npm:react': 2, 'npm:redux': 1 });
    const next = applyUsageChanges(usage, { 'acme/web': ['npm:vue'], 'acme/admin': null, 'acme/new': ['npm:react'] })!;
    assert.deepEqual(next, orgUsageFrom({ 'acme/web': ['npm:vue'], 'acme/docs': [], 'acme/new': ['npm:react'] }));
    assert.equal(applyUsageChanges({ repositories: 3, dependents: { 'npm:react': 2 } }, { 'acme/web': [] }), undefined, 'nothing to subtract from');
  });

  it('merges: a repository in several catalogs counts once; usage without records combines by maximum', () => {
    const a = orgUsageFrom({ 'acme/web': ['npm:react'], 'acme/admin': ['npm:react'] });
    const b = orgUsageFrom({ 'acme/web': ['npm:react'], 'beta/app': ['npm:react', 'npm:vue'] });
    assert.deepEqual(mergeOrgUsage([a, b])!.dependents, { 'npm:react': 3, 'npm:vue': 1 });
    const published = { repositories: 10, dependents: { 'npm:react': 7, 'npm:lodash': 4 } };
    const mixed = mergeOrgUsage([a, published])!;
    assert.deepEqual(mixed.dependents, { 'npm:react': 7, 'npm:lodash': 4 });
    assert.equal(mixed.repositories, 10);
    assert.deepEqual(Object.keys(mixed.byRepository!), ['acme/admin', 'acme/web'], 'the records are kept for the next incremental refresh');
    assert.deepEqual(mergeCatalogs([catalog({ orgUsage: a }), catalog({ orgUsage: b })]).orgUsage, mergeOrgUsage([a, b]));
    assert.equal(mergeCatalogs([catalog(), catalog()]).orgUsage, undefined);
  });

  it('the cache keeps org usage and monorepo packages (path, own dependencies) and Python import roots exactly', () => {
    const c = catalog({ entries: [monorepoEntry], orgUsage: orgUsageFrom({ 'acme/web-kit': ['npm:react'], 'acme/shop': ['npm:react', 'npm:@acme/ui'] }) });
    assert.deepStrictEqual(decodeCatalog(JSON.parse(JSON.stringify(encodeCatalog(c)))), c);
    const usageOnly = catalog({ orgUsage: { repositories: 4, dependents: { 'pypi:django': 3 } } });
    assert.deepStrictEqual(decodeCatalog(JSON.parse(JSON.stringify(encodeCatalog(usageOnly)))), usageOnly);
    fc.assert(fc.property(fc.dictionary(fc.stringMatching(/^[a-z]{1,5}\/[a-z]{1,5}$/), fc.array(fc.stringMatching(/^(npm|pypi|go):[a-z@/.-]{1,8}$/), { maxLength: 5 }), { noNullPrototype: true }), (byRepo) => {
      const u = catalog({ orgUsage: orgUsageFrom(byRepo) });
      assert.deepStrictEqual(decodeCatalog(JSON.parse(JSON.stringify(encodeCatalog(u)))), u);
    }), { numRuns: 100 });
  });

  it('a cache whose usage names no package or repository is refused with one sentence', () => {
    const encoded = encodeCatalog(catalog({ orgUsage: orgUsageFrom({ 'acme/web': ['npm:react'] }) }));
    encoded.strings.push('__proto__');
    encoded.orgUsage!.byRepository![0] = encoded.strings.length;
    assert.throws(() => decodeCatalog(JSON.parse(JSON.stringify(encoded))), /org usage has a bad string reference/);
  });

  it('validateCatalog keeps well-formed usage, monorepo packages and Python roots, and drops the malformed parts with warnings', () => {
    const { catalog: read, warnings } = validateCatalog({
      ...catalog(), entries: [{ ...monorepoEntry, packages: [...monorepoEntry.packages, { ecosystem: 'npm', name: '@acme/x', path: '../../etc' }] }],
      orgUsage: { repositories: 3, dependents: { 'npm:react': 2, react: 1, 'npm:vue': -1 }, byRepository: { 'acme/web': ['npm:react'], __proto__x: ['npm:y'] } },
    }, 'catalog.json');
    assert.deepEqual(read.entries[0].packages, [...monorepoEntry.packages, { ecosystem: 'npm', name: '@acme/x' }]);
    assert.deepEqual(read.entries[0].pythonModules, ['acme_ui']);
    assert.deepEqual(read.orgUsage, { repositories: 3, dependents: { 'npm:react': 2 }, byRepository: { 'acme/web': ['npm:react'] } });
    assert.match(warnings.join('\n'), /packages\[1\]\.path" must be a relative folder inside the repository/);
    assert.match(warnings.join('\n'), /"orgUsage" has 3 malformed count\(s\) or record\(s\)/);
    assert.match(validateCatalog({ ...catalog(), orgUsage: 'lots' }, 'c.json').warnings[0], /"orgUsage" must be \{repositories, dependents\}; ignored/);
  });
});
