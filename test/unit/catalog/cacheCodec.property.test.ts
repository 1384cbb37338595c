import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { decodeCatalog, encodeCatalog } from '../../../src/catalog/cacheCodec';
import { mergeCatalogs } from '../../../src/catalog/merge';
import { CATALOG_SCHEMA_VERSION, ECOSYSTEMS, type Catalog, type CatalogEntry } from '../../../src/catalog/model';
import { isValidPackageName } from '../../../src/catalog/packageName';

const text = fc.string({ maxLength: 12 });
// Valid names only: the decoder drops names no package manager accepts (tested in test/unit/trust).
const ref = fc.record({ ecosystem: fc.constantFrom(...ECOSYSTEMS), name: fc.stringMatching(/^[a-z@][a-z0-9/-]{0,10}$/) }, { noNullPrototype: true })
  .filter((r) => isValidPackageName(r.ecosystem, r.name));
const entryArb: fc.Arbitrary<CatalogEntry> = fc.record({
  id: fc.stringMatching(/^[a-z]{1,4}\/[a-z]{1,6}$/), name: text, repo: text, packages: fc.array(ref, { maxLength: 3 }),
  description: text, keywords: fc.array(text, { maxLength: 4 }), dependencies: fc.array(ref, { maxLength: 4 }),
  owners: fc.array(text, { maxLength: 2 }), lifecycle: fc.constantFrom('experimental', 'production', 'deprecated', 'archived', 'unknown'),
  kind: fc.constantFrom('library', 'service', 'application', 'documentation', 'template', 'other'), hasContributing: fc.boolean(),
  links: fc.record({ repo: text, docs: text, issues: text, contributing: text }, { requiredKeys: [], noNullPrototype: true }), sources: fc.array(text, { maxLength: 2 }),
  host: text, language: text, replacement: text, fork: fc.boolean(), archived: fc.boolean(), stars: fc.nat(), lastPush: text,
  openIssues: fc.nat(), dropInFor: fc.array(text, { maxLength: 2 }), replaces: fc.array(text, { maxLength: 2 }),
  usedBy: fc.array(text, { maxLength: 3 }), readme: text, defaultBranch: text,
  innersource: fc.record({ title: text, skills: fc.array(text, { maxLength: 2 }) }, { requiredKeys: [], noNullPrototype: true }),
}, { requiredKeys: ['id', 'name', 'repo', 'packages', 'description', 'keywords', 'dependencies', 'owners', 'lifecycle', 'kind', 'hasContributing', 'links', 'sources'], noNullPrototype: true }) as fc.Arbitrary<CatalogEntry>;
const catalogArb: fc.Arbitrary<Catalog> = fc.record({
  schemaVersion: fc.constant(CATALOG_SCHEMA_VERSION), generatedAt: fc.constant('2026-01-01T00:00:00.000Z'),
  entries: fc.array(entryArb, { maxLength: 8 }), replacements: fc.constant([]), origin: text,
}, { noNullPrototype: true });

describe('cache codec and merge properties', () => {
  it('decode(encode(c)) equals c for any catalog, through JSON', () => {
    fc.assert(fc.property(catalogArb, (c) => {
      assert.deepStrictEqual(decodeCatalog(JSON.parse(JSON.stringify(encodeCatalog(c)))), c);
    }), { numRuns: 300 });
  });

  it('merging is deterministic, idempotent on ids, and yields unique ids sorted', () => {
    fc.assert(fc.property(catalogArb, catalogArb, (a, b) => {
      const m = mergeCatalogs([a, b]);
      assert.equal(JSON.stringify(mergeCatalogs([a, b])), JSON.stringify(m));
      const ids = m.entries.map((e) => e.id);
      assert.deepEqual(ids, [...ids].sort());
      assert.equal(new Set(ids.map((i) => i.toLowerCase())).size, ids.length);
      assert.deepEqual(mergeCatalogs([m]).entries.map((e) => e.id), ids);
      assert.deepEqual(mergeCatalogs([b, a]).entries.length, m.entries.length);
    }), { numRuns: 200 });
  });
});
