import assert from 'node:assert/strict';
import { decodeCatalog, encodeCatalog } from '../../../src/catalog/cacheCodec';
import { mergeCatalogs } from '../../../src/catalog/merge';
import { validateCatalog } from '../../../src/catalog/validateCatalog';
import { catalogOf, lib } from '../matching/catalogFixture';

describe('CatalogEntry.jvmPackages', () => {
  const entry = lib('java-http', { packages: ['maven:com.acme:acme-http-client'], jvmPackages: ['com.acme.http'] });

  it('survives validation, with bad items dropped and a warning', () => {
    const { catalog, warnings } = validateCatalog(JSON.parse(JSON.stringify(catalogOf([{ ...entry, jvmPackages: ['com.acme.http', 7 as unknown as string] }]))), 'catalog.json');
    assert.deepEqual(catalog.entries[0].jvmPackages, ['com.acme.http']);
    assert.ok(warnings.some((w) => w.includes('jvmPackages')), warnings.join('\n'));
  });

  it('is unioned when the same library comes from two sources', () => {
    const other = { ...entry, id: 'backstage:java-http', repo: '', jvmPackages: ['com.acme.http.ktx'], sources: ['file:x'] };
    assert.deepEqual(mergeCatalogs([catalogOf([entry]), catalogOf([other])]).entries[0].jvmPackages, ['com.acme.http', 'com.acme.http.ktx']);
  });

  it('round-trips through the cache', () => {
    assert.deepEqual(decodeCatalog(JSON.parse(JSON.stringify(encodeCatalog(catalogOf([entry]))))).entries[0].jvmPackages, ['com.acme.http']);
  });
});
