import assert from 'node:assert/strict';
import { loadDemoCatalog } from '../../../src/catalog/demoCatalog';
import type { Catalog } from '../../../src/catalog/model';
import { ReuseTools } from '../../../src/mcp/reuseTools';
import { staticSource } from '../../../src/mcp/staticSource';
import { reuseRadarApi } from '../../../src/publicApi';
import { Emitter } from '../../../src/util/emitter';

describe('foundation: the public API', () => {
  const demo = loadDemoCatalog();
  const changes = new Emitter<Catalog>();
  const live = { catalog: demo as Catalog, onDidChangeCatalog: changes.event };
  const api = reuseRadarApi(live, new ReuseTools(staticSource(demo, '/nonexistent-workspace')));

  it('is the catalog (read-only) and a search, nothing else', () => {
    assert.deepEqual(Object.keys(api).sort(), ['catalog', 'search']);
    assert.deepEqual(Object.keys(api.catalog).sort(), ['libraries', 'onDidChange']);
    assert.ok(Object.isFrozen(api) && Object.isFrozen(api.catalog));
    assert.ok(!Object.getOwnPropertyDescriptor(api.catalog, 'libraries')?.set, 'libraries has no setter');
  });

  it('reads the live catalog and tells when it changed', () => {
    assert.equal(api.catalog.libraries, demo.entries);
    const smaller: Catalog = { ...demo, entries: demo.entries.slice(0, 2) };
    let fired = 0;
    const subscription = api.catalog.onDidChange(() => {
      fired++;
      assert.equal(api.catalog.libraries.length, 2, 'listeners read the new catalog');
    });
    live.catalog = smaller;
    changes.fire(smaller);
    subscription.dispose();
    live.catalog = demo;
    assert.equal(fired, 1);
  });

  it('searches like the search_libraries tool, and rejects a bad call with one line', async () => {
    const hits = await api.search('structured logging for Python', { limit: 1 });
    assert.deepEqual(hits.map((h) => [h.repo, h.ecosystem, h.install]), [['acme-demo/acme-logging', 'pypi', 'pip install acme-logging']]);
    await assert.rejects(api.search(''), /^Error: invalid arguments for search_libraries: query/);
    await assert.rejects(api.search('logging', { limit: 99 }), /invalid arguments for search_libraries: limit/);
  });
});
