import * as assert from 'node:assert/strict';
import { generateCatalog } from '../../support/catalogGenerator/generate';
import { mergeCatalogs } from '../../../src/catalog/merge';
import { CATALOG_SCHEMA_VERSION, type Catalog, type CatalogEntry } from '../../../src/catalog/model';

function entry(id: string, extra: Partial<CatalogEntry> = {}): CatalogEntry {
  return {
    id, name: id.split(/[/:]/).pop()!, repo: id.includes(':') ? '' : id, packages: [], description: '', keywords: [],
    dependencies: [], owners: [], lifecycle: 'unknown', kind: 'library', hasContributing: false, links: {}, sources: ['test'], ...extra,
  };
}
function catalog(entries: CatalogEntry[], extra: Partial<Catalog> = {}): Catalog {
  return { schemaVersion: CATALOG_SCHEMA_VERSION, generatedAt: '2026-01-01T00:00:00.000Z', entries, replacements: [], ...extra };
}

describe('mergeCatalogs', () => {
  const crawled = catalog([entry('acme/http', {
    packages: [{ ecosystem: 'npm', name: '@acme/http' }], description: 'From the crawl', keywords: ['http'], stars: 5,
    owners: ['@acme/web'], lifecycle: 'production', lastPush: '2026-05-01T00:00:00Z', links: { repo: 'https://github.com/acme/http' },
    sources: ['github:acme'], usedBy: ['acme/b'],
  })], { origin: 'github:acme', generatedAt: '2026-02-01T00:00:00.000Z' });
  const backstage = catalog([
    entry('backstage:http', { packages: [{ ecosystem: 'npm', name: '@acme/http' }, { ecosystem: 'pypi', name: 'acme-http' }], description: 'From Backstage',
      keywords: ['client', 'http'], owners: ['@acme/platform'], lifecycle: 'deprecated', replacement: 'acme/http2', links: { docs: 'https://docs/http' },
      sources: ['file:catalog-info.yaml'], usedBy: ['acme/a'], lastPush: '2026-06-01T00:00:00Z' }),
    entry('backstage:dates', { sources: ['file:catalog-info.yaml'] }),
  ], { origin: 'file:catalog-info.yaml', replacements: [{ from: 'axios', ecosystem: 'npm', to: '@acme/http', source: 'eslint' }] });

  it('merges the same library found by a shared package into one entry, with documented precedence', () => {
    const m = mergeCatalogs([crawled, backstage]);
    assert.deepEqual(m.entries.map((e) => e.id), ['acme/http', 'backstage:dates']);
    const http = m.entries[0];
    assert.equal(http.repo, 'acme/http');
    assert.equal(http.description, 'From the crawl');
    assert.deepEqual(http.packages, [{ ecosystem: 'npm', name: '@acme/http' }, { ecosystem: 'pypi', name: 'acme-http' }]);
    assert.deepEqual(http.keywords, ['client', 'http']);
    assert.deepEqual(http.owners, ['@acme/web', '@acme/platform']);
    assert.equal(http.lifecycle, 'deprecated');
    assert.equal(http.replacement, 'acme/http2');
    assert.equal(http.lastPush, '2026-06-01T00:00:00Z');
    assert.equal(http.stars, 5);
    assert.deepEqual(http.links, { repo: 'https://github.com/acme/http', docs: 'https://docs/http' });
    assert.deepEqual(http.sources, ['file:catalog-info.yaml', 'github:acme']);
    assert.deepEqual(http.usedBy, ['acme/a', 'acme/b']);
    assert.equal(m.origin, 'github:acme + file:catalog-info.yaml');
    assert.equal(m.generatedAt, '2026-02-01T00:00:00.000Z');
    assert.equal(m.replacements.length, 1);
  });

  it('keeps a "__proto__" key of untrusted links as a plain key (the merged links never get a foreign prototype)', () => {
    const hostileLinks = JSON.parse('{"__proto__": {"polluted": "yes"}, "docs": "https://docs/x"}') as CatalogEntry['links'];
    const m = mergeCatalogs([catalog([entry('acme/x', { links: hostileLinks })]), catalog([entry('acme/x', { links: { repo: 'https://github.com/acme/x' } })])]);
    const links = m.entries[0].links as Record<string, unknown>;
    assert.equal(Object.getPrototypeOf(links), Object.prototype);
    assert.equal(links.polluted, undefined);
    assert.deepEqual(Object.keys(links).sort(), ['__proto__', 'docs', 'repo']);
    assert.equal(({} as Record<string, unknown>).polluted, undefined);
  });

  it('merges by id case-insensitively and transitively through packages', () => {
    const a = catalog([entry('acme/x', { packages: [{ ecosystem: 'npm', name: '@acme/x' }] })]);
    const b = catalog([entry('src:x', { packages: [{ ecosystem: 'npm', name: '@acme/x' }, { ecosystem: 'go', name: 'github.com/acme/x' }] })]);
    const c = catalog([entry('other:x', { packages: [{ ecosystem: 'go', name: 'github.com/acme/x' }] }), entry('ACME/X')]);
    assert.deepEqual(mergeCatalogs([a, b, c]).entries.map((e) => e.id), ['acme/x']);
  });

  it('is deterministic: the same input gives byte-identical output, and source order only changes precedence', () => {
    const big = generateCatalog(300, 5);
    const half = catalog(big.entries.slice(0, 150).map((e) => ({ ...e, sources: ['file:b.json'], description: 'b' })));
    const one = JSON.stringify(mergeCatalogs([big, half]));
    assert.equal(JSON.stringify(mergeCatalogs([big, half])), one);
    const reversed = mergeCatalogs([half, big]);
    assert.deepEqual(reversed.entries.map((e) => e.id), mergeCatalogs([big, half]).entries.map((e) => e.id));
    assert.equal(reversed.entries.filter((e) => e.description === 'b').length, 150);
    assert.equal(mergeCatalogs([big, half]).entries.filter((e) => e.description === 'b').length, 0);
  });

  it('de-duplicates replacement rules and keeps the newest sync state per org', () => {
    const rule = { from: 'moment', ecosystem: 'npm' as const, to: '@acme/dates', source: 'a' };
    const m = mergeCatalogs([
      catalog([], { replacements: [rule], sync: [{ org: 'acme', apiUrl: 'https://api.github.com', lastSync: '2026-01-01', lastFullSync: '2026-01-01' }] }),
      catalog([], { replacements: [{ ...rule, source: 'b' }, { ...rule, from: 'dayjs' }], sync: [{ org: 'acme', apiUrl: 'https://api.github.com', lastSync: '2026-02-01', lastFullSync: '2026-01-01' }] }),
    ]);
    assert.deepEqual(m.replacements.map((r) => [r.from, r.source]), [['dayjs', 'a'], ['moment', 'a']]);
    assert.equal(m.sync![0].lastSync, '2026-02-01');
    assert.deepEqual(mergeCatalogs([]).entries, []);
  });
});
