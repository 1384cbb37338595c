import * as assert from 'node:assert/strict';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { CatalogCacheStore } from '../../../src/catalog/cacheStore';
import { CatalogRefresher, sourcesKey } from '../../../src/catalog/catalogRefresher';
import type { CatalogSource, CatalogSourceInput, CatalogSourcePart } from '../../../src/catalog/catalogSource';
import { CATALOG_SCHEMA_VERSION, type Catalog, type CatalogEntry } from '../../../src/catalog/model';
import { refreshFromSources } from '../../../src/catalog/refreshSources';
import type { Logger } from '../../../src/util/log';

const quiet: Logger = { trace: () => {}, debug: () => {}, info: () => {}, warn: () => {}, error: () => {} };

function entry(id: string, extra: Partial<CatalogEntry> = {}): CatalogEntry {
  return {
    id, name: id.split('/').pop()!, repo: id, packages: [{ ecosystem: 'npm', name: `@${id}` }], description: '', keywords: [], dependencies: [],
    owners: [], lifecycle: 'production', kind: 'library', hasContributing: false, links: {}, sources: ['test'], ...extra,
  };
}
const catalogOf = (ids: string[]): Catalog => ({ schemaVersion: CATALOG_SCHEMA_VERSION, generatedAt: '2026-01-01T00:00:00.000Z', entries: ids.map((id) => entry(id)), replacements: [] });

/** A fake source: answers `parts` in turn (an Error is thrown), records what it was given. */
class FakeSource implements CatalogSource {
  readonly inputs: CatalogSourceInput[] = [];
  readonly origins: string[];
  constructor(readonly key: string, private readonly parts: (Partial<CatalogSourcePart> | Error | ((input: CatalogSourceInput) => Promise<CatalogSourcePart>))[]) {
    this.origins = [key];
  }
  async load(input: CatalogSourceInput): Promise<CatalogSourcePart> {
    this.inputs.push(input);
    const next = this.parts.length > 1 ? this.parts.shift()! : this.parts[0];
    if (next instanceof Error) throw next;
    if (typeof next === 'function') return next(input);
    return { catalog: catalogOf([]), requests: 1, warnings: [], ...next };
  }
}

/** Resolves once `check` holds (the refresher reads its cache file before a source is asked). */
async function until(check: () => boolean): Promise<void> {
  for (let i = 0; i < 500 && !check(); i++) await new Promise((r) => setTimeout(r, 2));
  assert.ok(check(), 'timed out');
}

/** A source that never answers until its signal aborts (then rejects like an aborted Octokit request). */
const hanging = (seen: { signal?: AbortSignal }) => (input: CatalogSourceInput) => new Promise<CatalogSourcePart>((_, reject) => {
  seen.signal = input.signal;
  input.signal?.addEventListener('abort', () => reject(new Error('This operation was aborted')));
});

describe('refreshFromSources', () => {
  it('merges every source in order, adds up requests, keeps sync state and ETags', async () => {
    const crawl = new FakeSource('github acme', [{ catalog: catalogOf(['acme/http']), requests: 3, sync: [{ org: 'acme', apiUrl: 'u', lastSync: 'a', lastFullSync: 'a' }] }]);
    const files = new FakeSource('file /org/catalog.json', [{ catalog: catalogOf(['acme/dates']), requests: 1, etags: { 'https://x/c.json': { etag: 'W/"1"', text: '{}' } } }]);
    const result = await refreshFromSources(undefined, [crawl, files], { now: new Date('2026-02-01T00:00:00Z') });
    assert.deepEqual(result.catalog.entries.map((e) => e.id), ['acme/dates', 'acme/http']);
    assert.equal(result.requests, 4);
    assert.deepEqual(result.catalog.sync?.map((s) => s.org), ['acme']);
    assert.deepEqual(Object.keys(result.etags), ['https://x/c.json']);
    assert.equal(result.catalog.origin, 'github acme,file /org/catalog.json');
    assert.equal(result.catalog.generatedAt, '2026-02-01T00:00:00.000Z');
  });

  it('fails when no source could read anything, but not when one of several could', async () => {
    const unreadable = () => new FakeSource('file a', [{ unreadable: true, warnings: ['a: not found'] }]);
    await assert.rejects(refreshFromSources(undefined, [unreadable()]), /^Error: No catalog file could be read \(a: not found\)\.$/);
    const result = await refreshFromSources(undefined, [new FakeSource('github acme', [{ catalog: catalogOf(['acme/http']) }]), unreadable()]);
    assert.deepEqual(result.catalog.entries.map((e) => e.id), ['acme/http']);
    assert.deepEqual(result.warnings, ['a: not found']);
  });
});

describe('CatalogRefresher', () => {
  let dir: string;
  let live: CatalogRefresher;
  beforeEach(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'rr-refresher-'));
    live = new CatalogRefresher(dir, quiet, () => new Date('2026-03-01T00:00:00Z'));
  });
  afterEach(async () => {
    live.dispose();
    await rm(dir, { recursive: true, force: true });
  });

  it('refreshes from several sources, caches catalog + ETags in one file, and fires "catalog changed" and "state changed" separately', async () => {
    const catalogs: Catalog[] = [];
    const states: string[] = [];
    live.onDidChangeCatalog((c) => catalogs.push(c));
    live.onDidChangeState((s) => states.push(`${s}${live.isRefreshing ? '+refreshing' : ''}`));
    const sources = [new FakeSource('github acme', [{ catalog: catalogOf(['acme/http']) }]), new FakeSource('url https://x/c.json', [{ catalog: catalogOf(['acme/dates']), etags: { 'https://x/c.json': { etag: '"7"', text: '{"x":1}' } } }])];
    const result = await live.refresh(sources);
    assert.equal(result.ok, true);
    assert.equal(result.libraries, 2);
    assert.deepEqual(catalogs.map((c) => c.entries.length), [2]);
    assert.deepEqual(states, ['loading+refreshing', 'ready+refreshing', 'ready']);
    const cached = await CatalogCacheStore.forSources(dir, sourcesKey(sources)).read();
    assert.deepEqual(cached?.catalog.entries.map((e) => e.id), ['acme/dates', 'acme/http']);
    assert.equal(cached?.sources, sourcesKey(sources));
    assert.deepEqual({ ...cached?.etags }, { 'https://x/c.json': { etag: '"7"', text: '{"x":1}' } });
    assert.deepEqual(await readdir(dir), [path.basename(live.cacheFile(sources))]);
  });

  it('passes the last good catalog and its ETags back to the sources (incremental crawl, 304 reuse), from memory and from disk', async () => {
    const source = new FakeSource('url https://x/c.json', [{ catalog: catalogOf(['acme/http']), etags: { 'https://x/c.json': { etag: '"1"', text: 't' } } }]);
    await live.refresh([source]);
    await live.refresh([source]);
    assert.deepEqual(source.inputs[1].previous?.entries.map((e) => e.id), ['acme/http']);
    assert.deepEqual({ ...source.inputs[1].etags }, { 'https://x/c.json': { etag: '"1"', text: 't' } });
    // A new window: nothing in memory, the cache file answers.
    const next = new CatalogRefresher(dir, quiet);
    try {
      assert.deepEqual((await next.open([source]))?.entries.map((e) => e.id), ['acme/http']);
      assert.equal(next.state, 'ready');
      await next.refresh([source]);
      assert.deepEqual({ ...source.inputs[2].etags }, { 'https://x/c.json': { etag: '"1"', text: 't' } });
    } finally {
      next.dispose();
    }
  });

  it('keeps the last good catalog, in memory and on disk, when a source fails; the error is one line without secrets', async () => {
    const good = new FakeSource('github acme', [{ catalog: catalogOf(['acme/http']) }, new Error('GitHub said 502 for ghp_abcdefghijklmnopqrstuvwxyz0123456789\n    at crawl (crawlOrg.js:1:1)')]);
    await live.refresh([good]);
    const file = live.cacheFile([good]);
    const before = await readFile(file);
    const changes: Catalog[] = [];
    live.onDidChangeCatalog((c) => changes.push(c));
    const result = await live.refresh([good]);
    assert.equal(result.ok, false);
    assert.equal(result.error, 'GitHub said 502 for ***');
    assert.equal(live.lastError, 'GitHub said 502 for ***');
    assert.equal(live.state, 'ready');
    assert.deepEqual(live.catalog.entries.map((e) => e.id), ['acme/http']);
    assert.deepEqual(changes, []);
    assert.ok((await readFile(file)).equals(before), 'the cache file is untouched');
  });

  it('keeps one cache per combination of sources: switching back to earlier settings needs no full crawl', async () => {
    const acme = new FakeSource('github https://api.github.com acme', [{ catalog: catalogOf(['acme/http']) }]);
    const initech = new FakeSource('github https://api.github.com initech', [{ catalog: catalogOf(['initech/tps']) }]);
    await live.refresh([acme]);
    await live.refresh([initech]);
    assert.notEqual(live.cacheFile([acme]), live.cacheFile([initech]));
    assert.deepEqual((await live.open([acme]))?.entries.map((e) => e.id), ['acme/http']);
    await live.refresh([acme]);
    assert.deepEqual(acme.inputs[1].previous?.entries.map((e) => e.id), ['acme/http'], 'the crawl starts from acme\'s own cache');
    assert.equal(initech.inputs[0].previous, undefined, 'another org never starts from acme\'s catalog');
    assert.equal((await readdir(dir)).length, 2);
  });

  it('aborts a running refresh on dispose (the signal reaches the source) and changes nothing', async () => {
    const seen: { signal?: AbortSignal } = {};
    const source = new FakeSource('github acme', [hanging(seen)]);
    const running = live.refresh([source]);
    await until(() => seen.signal !== undefined);
    assert.ok(seen.signal && !seen.signal.aborted);
    live.dispose();
    const result = await running;
    assert.equal(seen.signal.aborted, true);
    assert.equal(result.ok, false);
    assert.equal(result.cancelled, true);
    assert.deepEqual(await readdir(dir), []);
  });

  it('joins a refresh of the same sources, aborts one of other sources, and a caller\'s signal cancels it', async () => {
    const seen: { signal?: AbortSignal } = {};
    const slow = new FakeSource('github acme', [hanging(seen)]);
    const first = live.refresh([slow]);
    const joined = live.refresh([slow]);
    await until(() => seen.signal !== undefined);
    assert.equal(slow.inputs.length, 1, 'one run for both callers');
    const other = new FakeSource('github initech', [{ catalog: catalogOf(['initech/tps']) }]);
    const switched = await live.refresh([other]);
    assert.equal((await first).cancelled, true);
    assert.equal((await joined).cancelled, true);
    assert.equal(switched.ok, true);
    assert.deepEqual(live.catalog.entries.map((e) => e.id), ['initech/tps']);

    const again: { signal?: AbortSignal } = {};
    const controller = new AbortController();
    const cancelled = live.refresh([new FakeSource('github acme', [hanging(again)])], { signal: controller.signal });
    await until(() => again.signal !== undefined);
    controller.abort();
    assert.equal((await cancelled).cancelled, true);
    assert.deepEqual(live.catalog.entries.map((e) => e.id), ['initech/tps']);
  });

  it('ignores a cache written for other sources (a hash collision or a hand-copied file)', async () => {
    const acme = new FakeSource('github acme', [{ catalog: catalogOf(['acme/http']) }]);
    await CatalogCacheStore.forSources(dir, sourcesKey([acme])).save(catalogOf(['evil/x']), { sources: 'github evil' });
    assert.equal(await live.open([acme]), undefined);
    assert.equal(live.state, 'loading');
  });
});
