import { cpus, loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import Fuse from 'fuse.js';
import { generateCatalog } from '../test/support/catalogGenerator/generate';
import type { Catalog, Ecosystem } from '../src/catalog/model';
import { Matcher } from '../src/matching/matcher';
import type { Trigger } from '../src/matching/types';
import type { SourceLanguage } from '../src/imports/types';

const ENTRIES = 10_000;
const QUERIES = 3_000;
const WARMUP = 300;
const BASELINE_QUERIES = 30;
const REPEATS = 5;

const LANGUAGE: Record<string, SourceLanguage> = { npm: 'typescript', pypi: 'python', go: 'go', maven: 'java' };
const EXTENSION: Record<string, string> = { npm: 'ts', pypi: 'py', go: 'go', maven: 'java' };
const UNRELATED: Record<string, string[]> = {
  npm: ['react', 'express', 'uuid', 'zod', 'chalk', 'commander', 'left-pad', 'vitest'],
  pypi: ['numpy', 'flask', 'click', 'rich', 'typer', 'attrs'],
  go: ['github.com/stretchr/testify/assert', 'github.com/google/uuid', 'golang.org/x/sync/errgroup'],
  maven: ['org.junit.jupiter.api.Test', 'org.springframework.web.bind.annotation.RestController', 'lombok.Data'],
};
const STDLIB: Record<string, string[]> = { npm: ['node:fs', 'path', 'node:crypto'], pypi: ['os', 'json', 'logging'], go: ['fmt', 'net/http', 'context'], maven: ['java.util.List', 'java.io.File'] };
const FILE_WORDS = ['handler', 'client', 'service', 'util', 'manager', 'store', 'worker', 'parser', 'adapter', 'model', 'page', 'view'];

/** mulberry32, so every run measures the same query mix. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * The mix an editor sees: imports of public packages internal libraries wrap (30%), of internal packages (15%), of
 * unrelated packages (20%), of the standard library (15%), and new files named after catalog concepts, some with
 * typos, or after nothing in particular (20%).
 */
function queryMix(catalog: Catalog, n: number, seed: number): { trigger: Trigger; text: string }[] {
  const r = rng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];
  const libs = catalog.entries.filter((e) => e.packages.length > 0);
  const out: { trigger: Trigger; text: string }[] = [];
  const imp = (specifier: string, eco: Ecosystem, importKind: 'package' | 'stdlib', packageName?: string) =>
    ({ trigger: { kind: 'import', specifier, importKind, packageName, ecosystem: eco, language: LANGUAGE[eco] }, text: specifier }) as { trigger: Trigger; text: string };
  while (out.length < n) {
    const x = r();
    const e = pick(libs);
    const eco = e.packages[0].ecosystem;
    if (x < 0.3 && e.dependencies.length > 0) {
      const dep = pick(e.dependencies);
      out.push(imp(dep.ecosystem === 'maven' ? `${dep.name.split(':')[0]}.Client` : dep.name, dep.ecosystem, 'package', dep.ecosystem === 'maven' ? undefined : dep.name));
    } else if (x < 0.45) {
      const p = e.packages[0];
      out.push(imp(p.ecosystem === 'maven' ? `${p.name.replace(':', '.').replace(/-/g, '.')}.Api` : p.name, p.ecosystem, 'package', p.ecosystem === 'maven' ? undefined : p.name));
    } else if (x < 0.65) {
      const spec = pick(UNRELATED[eco]);
      out.push(imp(spec, eco, 'package', eco === 'maven' ? undefined : spec));
    } else if (x < 0.8) {
      out.push(imp(pick(STDLIB[eco]), eco, 'stdlib'));
    } else {
      let word = pick(e.keywords.length > 0 ? e.keywords : ['misc']).split('-')[0];
      if (r() < 0.2 && word.length > 4) word = word.slice(0, 2) + word[3] + word[2] + word.slice(4); // a typo
      const concept = r() < 0.3 ? pick(FILE_WORDS) : word;
      const path = `src/${pick(FILE_WORDS)}s/${concept}${pick(FILE_WORDS).replace(/^./, (c) => c.toUpperCase())}.${EXTENSION[eco]}`;
      const tokens = path.replace(/\.[a-z]+$/, '').split(/[/]|(?=[A-Z])/).map((t) => t.toLowerCase()).filter((t) => t !== 'src');
      out.push({ trigger: { kind: 'new-file', path, tokens, language: LANGUAGE[eco] }, text: tokens.join(' ') });
    }
  }
  return out;
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

function heapUsedAfterGc(): number {
  const gc = runInNewContext('typeof gc === "function" ? gc : undefined') as (() => void) | undefined;
  gc?.();
  return process.memoryUsage().heapUsed;
}

const ms = (x: number) => (x < 1 ? x.toFixed(3) : x.toFixed(1));

/**
 * Matching latency on a 10,000-entry generated catalog, beside the naive baseline measured in the same run:
 * one fuse.js search over name, package names, keywords and description of every entry per query.
 */
export async function benchMatching(): Promise<string[]> {
  setFlagsFromString('--expose-gc');
  const catalog = generateCatalog(ENTRIES, 42);
  const queries = queryMix(catalog, WARMUP + QUERIES, 7);

  const heapBefore = heapUsedAfterGc();
  const builds: number[] = [];
  const matchers: Matcher[] = [];
  for (let i = 0; i < 3; i++) {
    const t0 = performance.now();
    matchers.push(new Matcher(catalog));
    builds.push(performance.now() - t0);
  }
  const heapAfter = heapUsedAfterGc();
  const m = matchers[0];

  for (const q of queries.slice(0, WARMUP)) m.match(q.trigger);
  // Single-shot wall time per query (first run: cold fuzzy-expansion cache for new words), then the minimum of
  // REPEATS runs per query, which filters out preemption by other processes and GC pauses on a shared machine.
  const times: number[] = [];
  const best: number[] = [];
  let suggested = 0;
  for (const q of queries.slice(WARMUP)) {
    let t0 = performance.now();
    const s = m.match(q.trigger);
    const first = performance.now() - t0;
    times.push(first);
    let min = first;
    for (let r = 1; r < REPEATS; r++) {
      t0 = performance.now();
      m.match(q.trigger);
      min = Math.min(min, performance.now() - t0);
    }
    best.push(min);
    if (s.length > 0) suggested++;
  }
  times.sort((a, b) => a - b);
  best.sort((a, b) => a - b);

  // Fuse defaults (threshold 0.6, location scoring): the obvious first implementation.
  const naive = new Fuse(catalog.entries, { keys: ['name', 'packages.name', 'keywords', 'description'], includeScore: true });
  const baseline: number[] = [];
  for (const q of queries.slice(WARMUP, WARMUP + BASELINE_QUERIES)) {
    const t0 = performance.now();
    naive.search(q.text, { limit: 5 });
    baseline.push(performance.now() - t0);
  }
  baseline.sort((a, b) => a - b);

  const p50 = percentile(times, 50);
  const p99 = percentile(times, 99);
  const b50 = percentile(baseline, 50);
  const b99 = percentile(baseline, 99);
  builds.sort((a, b) => a - b);
  return [
    `${ENTRIES.toLocaleString('en-US')}-entry generated catalog (seed 42); ${QUERIES.toLocaleString('en-US')} queries after ${WARMUP} warm-up: 30% wrapped public imports, 15% internal imports, 20% unrelated packages, 15% stdlib, 20% new-file paths (some with typos); ${Math.round((100 * suggested) / QUERIES)}% got a suggestion`,
    '| | p50 | p99 |',
    '|---|---|---|',
    `| Matcher.match (indexed), single run per query | ${ms(p50)} ms | ${ms(p99)} ms |`,
    `| Matcher.match (indexed), best of ${REPEATS} runs per query | ${ms(percentile(best, 50))} ms | ${ms(percentile(best, 99))} ms |`,
    `| naive fuse.js over all fields, ${BASELINE_QUERIES} queries of the same mix | ${ms(b50)} ms | ${ms(b99)} ms |`,
    `speed-up (single runs): ${Math.round(b50 / p50).toLocaleString('en-US')}× at p50, ${Math.round(b99 / p99).toLocaleString('en-US')}× at p99 (targets: p99 ≤ 2 ms, ≥ 100×); load average during the run ${loadavg()[0].toFixed(1)} on ${cpus().length} CPUs`,
    `index build for ${ENTRIES.toLocaleString('en-US')} entries: ${ms(percentile(builds, 50))} ms (median of 3); heap held by one index: ${((heapAfter - heapBefore) / matchers.length / 1024 / 1024).toFixed(1)} MB (three built and kept, averaged${runInNewContext('typeof gc') === 'function' ? ', after gc' : ', no gc available: approximate'})`,
  ];
}
