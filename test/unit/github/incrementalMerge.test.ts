import * as assert from 'node:assert/strict';
import { buildCatalog } from '../../../src/catalog/buildCatalog';
import { applyIncrementalCrawl } from '../../../src/github/incrementalMerge';
import { snapshot } from '../catalog/snapshotFixtures';

const pkg = (name: string, deps: Record<string, string> = {}) => JSON.stringify({ name, version: '1.0.0', dependencies: deps });

describe('applyIncrementalCrawl', () => {
  const retry = snapshot('retry', { files: { 'package.json': pkg('@acme/retry') } });
  const http = snapshot('http', { files: { 'package.json': pkg('@acme/http', { '@acme/retry': '^1' }) } });
  const web = snapshot('web', { files: { 'package.json': pkg('web', { '@acme/retry': '^1', '@acme/http': '^1' }) } });
  const full = buildCatalog([retry, http, web]);
  const usedBy = (entries: { id: string; usedBy?: string[] }[], id: string) => entries.find((e) => e.id === id)?.usedBy;

  it('gives the same used-by lists as a full build when users change, appear or are archived', () => {
    const webNow = snapshot('web', { files: { 'package.json': pkg('web', { '@acme/http': '^1' }) } });
    const admin = snapshot('admin', { files: { 'package.json': pkg('admin', { '@acme/retry': '^2' }) } });
    const httpArchived = snapshot('http', { isArchived: true, files: http.files });
    const changed = [webNow, admin, httpArchived];
    const applied = applyIncrementalCrawl(full.catalog.entries, changed, { previousUsage: full.catalog.orgUsage });
    const rebuilt = buildCatalog([retry, webNow, admin, httpArchived]);
    assert.deepEqual(usedBy(applied.entries, 'acme/retry'), ['acme/admin']);
    assert.deepEqual(applied.entries.map((e) => [e.id, e.usedBy]), rebuilt.catalog.entries.map((e) => [e.id, e.usedBy]));
    assert.deepEqual(applied.orgUsage, rebuilt.catalog.orgUsage);
  });

  it('gives a new library an empty used-by list and leaves unchanged entries as the same objects', () => {
    const dates = snapshot('dates', { files: { 'package.json': pkg('@acme/dates') } });
    const applied = applyIncrementalCrawl(full.catalog.entries, [dates], { previousUsage: full.catalog.orgUsage });
    assert.deepEqual(usedBy(applied.entries, 'acme/dates'), []);
    assert.equal(applied.entries.find((e) => e.id === 'acme/retry'), full.catalog.entries.find((e) => e.id === 'acme/retry'));
  });
});
