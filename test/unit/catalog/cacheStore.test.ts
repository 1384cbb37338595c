import * as assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { CatalogCacheError, CatalogCacheStore } from '../../../src/catalog/cacheStore';
import { loadDemoCatalog } from '../../../src/catalog/demoCatalog';
import { generateCatalog } from '../../support/catalogGenerator/generate';

describe('CatalogCacheStore', () => {
  let dir: string;
  beforeEach(async () => { dir = await mkdtemp(path.join(tmpdir(), 'rr-cache-')); });
  afterEach(async () => { await rm(dir, { recursive: true, force: true }); });

  it('returns undefined when there is no cache yet', async () => {
    assert.equal(await new CatalogCacheStore(path.join(dir, 'catalog.json')).load(), undefined);
  });

  it('round-trips the demo catalog and a generated one exactly, creating the folder, leaving no temp file', async () => {
    const file = path.join(dir, 'global', 'storage', 'catalog.json');
    const store = new CatalogCacheStore(file);
    const demo = loadDemoCatalog();
    demo.entries[0].readme = '# http-client\n\nUse it.';
    demo.sync = [{ org: 'acme-demo', apiUrl: 'https://api.github.com', lastSync: '2026-11-01T00:00:00Z', lastFullSync: '2026-11-01T00:00:00Z' }];
    await store.save(demo);
    assert.deepEqual(await store.load(), demo);
    const big = generateCatalog(2000, 9);
    await store.save(big);
    assert.deepEqual(await store.load(), big);
    assert.deepEqual(await readdir(path.dirname(file)), ['catalog.json']);
  });

  it('keeps unknown (future optional) entry fields', async () => {
    const store = new CatalogCacheStore(path.join(dir, 'c.json'));
    const c = loadDemoCatalog();
    (c.entries[0] as unknown as Record<string, unknown>).futureField = { a: 1 };
    await store.save(c);
    assert.deepEqual(((await store.load())!.entries[0] as unknown as Record<string, unknown>).futureField, { a: 1 });
  });

  it('refuses a corrupt or truncated file with a clear error and leaves it untouched', async () => {
    const file = path.join(dir, 'catalog.json');
    const store = new CatalogCacheStore(file);
    await store.save(loadDemoCatalog());
    const good = await readFile(file, 'utf8');
    for (const bad of [good.slice(0, good.length / 2), '{"format":"reuse-radar-catalog-cache","schemaVersion":1}', good.replace('"strings":[', '"strings":[1,'), 'null']) {
      await writeFile(file, bad);
      await assert.rejects(store.load(), (e: Error) => e instanceof CatalogCacheError && e.message.startsWith(`The catalog cache ${file} cannot be read: `) && /left as is/.test(e.message));
      assert.equal(await readFile(file, 'utf8'), bad);
    }
  });

  it('refuses another schema version, naming both versions', async () => {
    const file = path.join(dir, 'catalog.json');
    const store = new CatalogCacheStore(file);
    await store.save(loadDemoCatalog());
    const raw = JSON.parse(await readFile(file, 'utf8'));
    await writeFile(file, JSON.stringify({ ...raw, schemaVersion: 2 }));
    await assert.rejects(store.load(), /written with catalog schema version 2, this version reads 1/);
  });

  it('a failed save leaves the previous cache intact and no temporary file', async () => {
    const file = path.join(dir, 'catalog.json');
    const store = new CatalogCacheStore(file);
    await store.save(loadDemoCatalog());
    const before = await readFile(file, 'utf8');
    const cyclic = loadDemoCatalog();
    (cyclic.entries[0] as unknown as Record<string, unknown>).self = cyclic;
    await assert.rejects(store.save(cyclic), /circular/i);
    assert.equal(await readFile(file, 'utf8'), before);
    assert.deepEqual(await readdir(dir), ['catalog.json']);
  });

  it('removes its temporary file when the final rename fails', async () => {
    const target = path.join(dir, 'occupied');
    await mkdir(path.join(target, 'child'), { recursive: true });
    await assert.rejects(new CatalogCacheStore(target).save(loadDemoCatalog()));
    assert.deepEqual(await readdir(dir), ['occupied']);
  });

  it('a process killed while writing leaves the previous cache whole and readable (temporary file + rename)', async function () {
    this.timeout(60_000);
    const file = path.join(dir, 'catalog.json');
    const store = new CatalogCacheStore(file);
    await store.save(loadDemoCatalog(), { sources: 'github acme-demo', etags: { 'https://x/c.json': { etag: '"1"', text: 'old' } } });
    const root = path.resolve(__dirname, '../../..');
    // The child writes a large catalog again and again; it is killed as soon as its temporary file appears.
    const script = `const { CatalogCacheStore } = require(${JSON.stringify(path.join(root, 'src/catalog/cacheStore.ts'))});
      const { generateCatalog } = require(${JSON.stringify(path.join(root, 'test/support/catalogGenerator/generate.ts'))});
      const big = generateCatalog(20000, 3);
      (async () => { for (;;) await new CatalogCacheStore(${JSON.stringify(file)}).save(big, { sources: 'github big' }); })();`;
    const child = spawn(process.execPath, ['-r', 'tsx/cjs', '-e', script], { cwd: root, stdio: 'ignore' });
    try {
      for (let i = 0; i < 3000; i++) {
        if ((await readdir(dir)).some((n) => n.endsWith('.tmp'))) break;
        await new Promise((r) => setTimeout(r, 5));
      }
    } finally {
      child.kill('SIGKILL');
      await new Promise((r) => child.once('exit', r));
    }
    assert.ok((await readdir(dir)).some((n) => n.endsWith('.tmp')), 'the child was killed with a write under way');
    const cached = await store.read();
    assert.ok(cached, 'the cache is readable');
    if (cached.sources === 'github acme-demo') {
      assert.deepEqual(cached.catalog, loadDemoCatalog());
      assert.deepEqual({ ...cached.etags }, { 'https://x/c.json': { etag: '"1"', text: 'old' } });
    } else {
      // The kill came after a complete save: the whole new catalog, never a mix.
      assert.equal(cached.sources, 'github big');
      assert.equal(cached.catalog.entries.length, 20000);
    }
  });

  it('keeps catalog, sources key and ETags in one file; a file per sources key; hostile ETags are dropped', async () => {
    const a = CatalogCacheStore.forSources(dir, 'github https://api.github.com acme');
    const b = CatalogCacheStore.forSources(dir, 'github https://ghe.example.com/api/v3 acme');
    assert.notEqual(a.filePath, b.filePath);
    assert.equal(a.filePath, CatalogCacheStore.forSources(dir, 'github https://api.github.com acme').filePath);
    await a.save(loadDemoCatalog(), { sources: 'k', etags: { 'https://x/c.json': { etag: '"1"', text: 't' } } });
    assert.deepEqual((await readdir(dir)), [path.basename(a.filePath)]);
    const raw = JSON.parse(await readFile(a.filePath, 'utf8'));
    raw.etags = JSON.parse('{"__proto__": {"etag": "x", "text": "y"}, "https://x/c.json": {"etag": 1, "text": "t"}, "https://x/d.json": {"etag": "\\"2\\"", "text": "d"}}');
    await writeFile(a.filePath, JSON.stringify(raw));
    const cached = await a.read();
    assert.equal(cached?.sources, 'k');
    assert.deepEqual(Object.keys(cached!.etags).sort(), ['__proto__', 'https://x/d.json']);
    assert.equal(Object.getPrototypeOf(cached!.etags), null);
    assert.equal(({} as Record<string, unknown>).etag, undefined);
  });

  it('prune removes caches of sources unused for 30 days, old crash leftovers and the earlier single cache; keeps the rest', async () => {
    const current = CatalogCacheStore.forSources(dir, 'github acme');
    const recent = CatalogCacheStore.forSources(dir, 'github initech');
    const stale = CatalogCacheStore.forSources(dir, 'github globex');
    for (const store of [current, recent, stale]) await store.save(loadDemoCatalog(), { sources: 'x' });
    const old = (Date.now() - 31 * 86_400_000) / 1000;
    await utimes(stale.filePath, old, old);
    await utimes(current.filePath, old, old);
    const leftover = path.join(dir, `.${path.basename(recent.filePath)}.123.abcd.tmp`);
    const fresh = path.join(dir, `.${path.basename(recent.filePath)}.456.ef01.tmp`);
    for (const f of [leftover, fresh, path.join(dir, 'catalog.json'), path.join(dir, 'catalog-etags.json'), path.join(dir, 'dismissals.json')]) await writeFile(f, '{}');
    await utimes(leftover, old, old);
    await current.prune();
    assert.deepEqual((await readdir(dir)).sort(), [path.basename(fresh), path.basename(current.filePath), path.basename(recent.filePath), 'dismissals.json'].sort());
  });
});
