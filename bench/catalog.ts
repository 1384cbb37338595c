import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { cpus, loadavg, tmpdir } from 'node:os';
import * as path from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { CatalogCacheStore } from '../src/catalog/cacheStore';
import { generateCatalog } from '../test/support/catalogGenerator/generate';
import type { Catalog } from '../src/catalog/model';

const ENTRIES = 10_000;
const RUNS = 7;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

/** A full GC, when the flag can be enabled at run time (it can in plain Node). */
function collector(): () => void {
  setFlagsFromString('--expose-gc');
  const gc = runInNewContext('gc') as (() => void) | undefined;
  return () => { gc?.(); gc?.(); };
}

async function time(f: () => Promise<unknown>): Promise<number> {
  const t = performance.now();
  await f();
  return performance.now() - t;
}

/** Process CPU time (ms) spent in f: less sensitive than wall time to other processes on a busy machine. */
async function cpuTime(f: () => Promise<unknown>): Promise<number> {
  const before = process.cpuUsage();
  await f();
  const d = process.cpuUsage(before);
  return (d.user + d.system) / 1000;
}

/** Retained heap and resident-set growth caused by holding what `load` returns. */
async function footprint(gc: () => void, load: () => Promise<unknown>): Promise<{ heap: number; rss: number }> {
  gc();
  const before = process.memoryUsage();
  const kept = await load();
  const peak = process.memoryUsage().rss;
  gc();
  const after = process.memoryUsage();
  if (!kept) throw new Error('nothing loaded');
  return { heap: (after.heapUsed - before.heapUsed) / 2 ** 20, rss: (peak - before.rss) / 2 ** 20 };
}

/** Save timings; the generated catalog is dropped afterwards so it does not weigh on the load measurements. */
async function measureSaves(store: CatalogCacheStore, naiveFile: string): Promise<{ saves: number[]; naiveSaves: number[] }> {
  const catalog = generateCatalog(ENTRIES, 1);
  const saves: number[] = [];
  const naiveSaves: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    saves.push(await time(() => store.save(catalog)));
    naiveSaves.push(await time(() => writeFile(naiveFile, JSON.stringify(catalog, null, 2))));
  }
  return { saves, naiveSaves };
}

/**
 * Catalog cache figures for a 10,000-entry synthetic catalog: save and load time (first load in this process, then
 * the median of several) and the memory the loaded catalog holds, beside the naive baseline measured in the same run
 * (pretty-printed JSON of the same Catalog, read with JSON.parse).
 */
export async function benchCatalogCache(): Promise<string[]> {
  const gc = collector();
  const dir = await mkdtemp(path.join(tmpdir(), 'rr-bench-cache-'));
  try {
    const cacheFile = path.join(dir, 'catalog.json');
    const naiveFile = path.join(dir, 'naive.json');
    const store = new CatalogCacheStore(cacheFile);
    const naiveLoad = async (): Promise<Catalog> => JSON.parse(await readFile(naiveFile, 'utf8')) as Catalog;
    const { saves, naiveSaves } = await measureSaves(store, naiveFile);
    const firstLoad = await time(() => store.load());
    const firstNaive = await time(naiveLoad);
    const loads: number[] = [];
    const naiveLoads: number[] = [];
    const loadsCpu: number[] = [];
    const naiveLoadsCpu: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      loads.push(await time(() => store.load()));
      naiveLoads.push(await time(naiveLoad));
      loadsCpu.push(await cpuTime(() => store.load()));
      naiveLoadsCpu.push(await cpuTime(naiveLoad));
    }
    const mem = await footprint(gc, () => store.load());
    const naiveMem = await footprint(gc, naiveLoad);
    const [size, naiveSize] = [(await stat(cacheFile)).size, (await stat(naiveFile)).size];
    const mb = (n: number): string => `${(n / 2 ** 20).toFixed(1)} MB`;
    const ms = (n: number): string => `${n.toFixed(0)} ms`;
    return [
      `| ${ENTRIES.toLocaleString('en-US')} entries | cache (CatalogCacheStore) | baseline (pretty JSON + JSON.parse) | target |`,
      '|---|---|---|---|',
      `| save, median of ${RUNS} (atomic: temp + fsync + rename) | ${ms(median(saves))} | ${ms(median(naiveSaves))} (plain writeFile) | |`,
      `| first load in this process | ${ms(firstLoad)} | ${ms(firstNaive)} | ≤ 100 ms |`,
      `| load, median of ${RUNS} | ${ms(median(loads))} | ${ms(median(naiveLoads))} | ≤ 100 ms |`,
      `| load, process CPU time, median of ${RUNS} (includes GC threads) | ${ms(median(loadsCpu))} | ${ms(median(naiveLoadsCpu))} | |`,
      `| heap held by the loaded catalog | ${mem.heap.toFixed(1)} MB | ${naiveMem.heap.toFixed(1)} MB | ≤ 50 MB |`,
      `| resident-set growth during the load (before GC) | ${mem.rss.toFixed(1)} MB | ${naiveMem.rss.toFixed(1)} MB | |`,
      `| file size | ${mb(size)} (string table + one flat integer array) | ${mb(naiveSize)} | |`,
      `Machine load average during the run: ${loadavg()[0].toFixed(1)} on ${cpus().length} CPUs (wall times scale with it).`,
    ];
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
