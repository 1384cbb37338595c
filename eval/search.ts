// Quality of search_libraries (src/mcp/librarySearch.ts) on the labelled natural-language needs in
// eval/fixtures/search/needs.json, over the demo catalog and the globex eval catalog. A positive need is found when one
// of its acceptable libraries is among the first three results; a need with no internal answer is right only when the
// answer is empty. `--verbose` lists the tune split's misses (the test split stays unseen while tuning).
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { loadDemoCatalog } from '../src/catalog/demoCatalog';
import type { Catalog } from '../src/catalog/model';
import { LibrarySearch } from '../src/mcp/librarySearch';

export interface Need {
  catalog: 'demo' | 'globex';
  need: string;
  /** Acceptable library ids; empty when nothing internal fits. */
  expect: string[];
}

export interface SearchMetrics {
  needs: number;
  positives: number;
  negatives: number;
  recallAt3: number;
  /** Share of the no-answer needs answered with nothing. */
  emptyWhenNone: number;
}

function fixturesDir(): string {
  const candidates = [path.resolve(__dirname, 'fixtures'), path.resolve(__dirname, '../../eval/fixtures'), path.resolve('eval/fixtures')];
  const found = candidates.find((dir) => existsSync(path.join(dir, 'search', 'needs.json')));
  if (!found) throw new Error(`eval fixtures not found (looked in ${candidates.join(', ')})`);
  return found;
}

/** The labelled needs and a search per catalog. */
export async function loadSearchEval(dir = fixturesDir()): Promise<{ needs: Need[]; searches: Record<Need['catalog'], LibrarySearch> }> {
  const needs = (JSON.parse(await readFile(path.join(dir, 'search', 'needs.json'), 'utf8')) as { needs: Need[] }).needs;
  const globex = JSON.parse(await readFile(path.join(dir, 'matching', 'catalog.json'), 'utf8')) as Catalog;
  return { needs, searches: { demo: new LibrarySearch(loadDemoCatalog()), globex: new LibrarySearch(globex) } };
}

/** 40% of needs (by a stable hash of their text) form the tune split, the rest the held-out test split. */
export function splitOf(need: Need): 'tune' | 'test' {
  let hash = 0x811c9dc5;
  for (const ch of `${need.catalog}|${need.need}`) hash = Math.imul(hash ^ ch.charCodeAt(0), 0x01000193) >>> 0;
  return hash % 10 < 4 ? 'tune' : 'test';
}

/** Whether the search answered a need right, and what it answered. */
export function judge(search: LibrarySearch, need: Need): { ok: boolean; got: string[] } {
  const got = search.search(need.need).map((h) => h.entry.id);
  const ok = need.expect.length === 0 ? got.length === 0 : got.slice(0, 3).some((id) => need.expect.includes(id));
  return { ok, got };
}

export function searchMetrics(searches: Record<Need['catalog'], LibrarySearch>, needs: readonly Need[]): SearchMetrics {
  let found = 0, empty = 0, positives = 0;
  for (const need of needs) {
    const { ok } = judge(searches[need.catalog], need);
    if (need.expect.length > 0) {
      positives++;
      if (ok) found++;
    } else if (ok) {
      empty++;
    }
  }
  const negatives = needs.length - positives;
  return { needs: needs.length, positives, negatives, recallAt3: positives ? found / positives : NaN, emptyWhenNone: negatives ? empty / negatives : NaN };
}

function row(name: string, m: SearchMetrics): string {
  return `${name.padEnd(8)} ${String(m.needs).padStart(5)} ${String(m.positives).padStart(5)} ${String(m.negatives).padStart(5)}    ${m.recallAt3.toFixed(3)}        ${m.emptyWhenNone.toFixed(3)}`;
}

async function main(argv: string[]): Promise<number> {
  const { needs, searches } = await loadSearchEval();
  const tune = needs.filter((n) => splitOf(n) === 'tune');
  const test = needs.filter((n) => splitOf(n) === 'test');
  console.log(`\nsearch eval (search_libraries): ${needs.length} labelled needs, ${needs.filter((n) => !n.expect.length).length} with no internal answer; tune split ${tune.length}, test split ${test.length}`);
  console.log(`split       n   pos   neg   recall@3   empty-when-none`);
  for (const [name, set] of [['test', test], ['tune', tune], ['all', needs]] as const) console.log(row(name, searchMetrics(searches, set)));
  if (argv.includes('--verbose')) {
    console.log('\nmisses (TUNE split only):');
    for (const need of tune) {
      const { ok, got } = judge(searches[need.catalog], need);
      if (!ok) console.log(`  [${need.catalog}] "${need.need}" expect=${need.expect.join(',') || '-'} got=${got.join(',') || '-'}`);
    }
  }
  const m = searchMetrics(searches, needs);
  const met = m.recallAt3 >= 0.9 && m.emptyWhenNone >= 0.9;
  console.log(`\ntargets (recall@3 >= 0.9, empty-when-none >= 0.9) on all needs: ${met ? 'met' : 'NOT met'}`);
  return met ? 0 : 1;
}

if (require.main === module) {
  main(process.argv.slice(2)).then(
    (code) => { process.exitCode = code; },
    (err: unknown) => { console.error(`search eval failed: ${err instanceof Error ? err.message : String(err)}`); process.exitCode = 1; },
  );
}
