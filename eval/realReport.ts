// Text report of the real-world eval: per-org table with the issue's targets, unlabelled pairs (loudly), misses.
import type { AdviceItem, Label, OrgMetrics } from './realMetrics';

export const TARGETS = { precision: 0.85, wrongPer1000: 2, recall: 0.95, self: 0 };

const pct = (n: number) => (Number.isNaN(n) ? '  n/a' : n.toFixed(2).padStart(5));
const num = (n: number) => n.toFixed(1).padStart(6);

/** The distinct unlabelled (org, kind, trigger, library) pairs, most frequent first, as label stubs to fill in. */
export function unlabelledPairs(items: readonly AdviceItem[]): Array<Label & { count: number; example: string; reason: string; match: string; score: number }> {
  const pairs = new Map<string, Label & { count: number; example: string; reason: string; match: string; score: number }>();
  for (const i of items) {
    if (i.label !== undefined) continue;
    const key = `${i.org}|${i.kind}|${i.trigger}|${i.library.toLowerCase()}`;
    const pair = pairs.get(key);
    if (pair) pair.count++;
    else pairs.set(key, { org: i.org, kind: i.kind, trigger: i.trigger, library: i.library, label: '?' as never, note: '', count: 1, example: `${i.scanned} ${i.file}:${i.line} ${i.specifier}`, reason: i.reason, match: i.match, score: i.score });
  }
  return [...pairs.values()].sort((a, b) => b.count - a.count || a.trigger.localeCompare(b.trigger));
}

export interface ReportInput {
  results: Array<OrgMetrics & { items: AdviceItem[] }>;
  sweep?: Array<{ threshold: number; results: OrgMetrics[] }>;
  verbose: boolean;
  /** undefined: the CLI's default. */
  threshold?: number;
}

/** The eval's text report. */
export function formatReport(input: ReportInput): string {
  const lines: string[] = [];
  lines.push(`Real-world eval (threshold ${input.threshold ?? "the CLI's default"}); targets: precision >= ${TARGETS.precision}, wrong advice <= ${TARGETS.wrongPer1000} per 1,000 third-party imports, recognition >= ${TARGETS.recall}, self-suggestions ${TARGETS.self}`);
  lines.push('');
  lines.push('org         repos  3rd-party  recognition        advice  good   bad  neut unlab  precision  advice/1k  wrong/1k  self');
  for (const r of input.results) {
    lines.push([
      r.org.padEnd(11), String(r.repositories).padStart(5), String(r.thirdPartyImports).padStart(10),
      `${pct(r.recognitionRecall)} (${r.recognised}/${r.libraryImports})`.padStart(18),
      String(r.advice).padStart(7), String(r.good).padStart(5), String(r.bad).padStart(5), String(r.neutral).padStart(5), String(r.unlabelled).padStart(5),
      pct(r.precision).padStart(10), num(r.advicePer1000).padStart(10), num(r.wrongPer1000).padStart(9), String(r.selfSuggestions).padStart(5),
    ].join(' '));
  }
  const fails = input.results.flatMap((r) => [
    ...(r.precision < TARGETS.precision ? [`${r.org}: precision ${pct(r.precision).trim()}`] : []),
    ...(r.wrongPer1000 > TARGETS.wrongPer1000 ? [`${r.org}: ${r.wrongPer1000.toFixed(1)} wrong per 1,000`] : []),
    ...(r.recognitionRecall < TARGETS.recall ? [`${r.org}: recognition ${pct(r.recognitionRecall).trim()}`] : []),
    ...(r.selfSuggestions > TARGETS.self ? [`${r.org}: ${r.selfSuggestions} self-suggestions`] : []),
  ]);
  lines.push('');
  lines.push(fails.length ? `Below target: ${fails.join('; ')}` : 'All targets met.');

  lines.push('', 'Per scanned repository (advice items: good/bad/neutral/unlabelled):');
  for (const r of input.results) {
    const repos = [...new Set(r.items.map((i) => i.scanned))];
    for (const repo of repos) {
      const mine = r.items.filter((i) => i.scanned === repo);
      const c = (v?: string) => mine.filter((i) => i.label === v).length;
      lines.push(`  ${r.org.padEnd(10)} ${repo.padEnd(48)} ${String(mine.length).padStart(5)}: ${c('good')}/${c('bad')}/${c('neutral')}/${c(undefined)}${mine.some((i) => i.self) ? `  SELF ${mine.filter((i) => i.self).length}` : ''}`);
    }
  }

  const pending = unlabelledPairs(input.results.flatMap((r) => r.items));
  if (pending.length) {
    lines.push('', `!!! ${pending.length} UNLABELLED advice pairs (${pending.reduce((n, p) => n + p.count, 0)} items): label them in eval/real/labels.json (stubs in out/eval-real/unlabelled.json)`);
    for (const p of pending.slice(0, input.verbose ? pending.length : 25)) {
      lines.push(`  ${p.org} ${p.kind} ${p.trigger} -> ${p.library} [${p.match} ${p.score}] x${p.count}: ${p.reason}`);
    }
    if (!input.verbose && pending.length > 25) lines.push(`  … ${pending.length - 25} more (--verbose lists all)`);
  }
  const bad = input.results.flatMap((r) => r.items.filter((i) => i.label === 'bad'));
  if (bad.length) {
    lines.push('', 'Most frequent wrong advice:');
    const counts = new Map<string, { n: number; item: AdviceItem }>();
    for (const i of bad) {
      const key = `${i.org}|${i.kind}|${i.trigger}|${i.library}`;
      counts.set(key, { n: (counts.get(key)?.n ?? 0) + 1, item: i });
    }
    for (const { n, item } of [...counts.values()].sort((a, b) => b.n - a.n).slice(0, input.verbose ? undefined : 15)) {
      lines.push(`  ${item.org} ${item.kind} ${item.trigger} -> ${item.library} [${item.match} ${item.score}] x${n}: ${item.reason}`);
    }
  }
  const missed = input.results.flatMap((r) => r.missed.map((m) => ({ org: r.org, m })));
  if (missed.length) {
    lines.push('', `Imports of the org's own libraries not recognised (${missed.length}):`);
    const counts = new Map<string, number>();
    for (const { org, m } of missed) counts.set(`${org} ${m.ecosystem ?? m.kind}:${m.package ?? m.specifier}`, (counts.get(`${org} ${m.ecosystem ?? m.kind}:${m.package ?? m.specifier}`) ?? 0) + 1);
    for (const [k, n] of [...counts.entries()].sort((a, b) => b[1] - a[1]).slice(0, input.verbose ? undefined : 15)) lines.push(`  ${k} x${n}`);
  }
  if (input.sweep) {
    lines.push('', 'Threshold sweep (precision over labelled items / wrong per 1k / advice per 1k / recognition / unlabelled):');
    for (const { threshold, results } of input.sweep) {
      lines.push(`  ${threshold.toFixed(2)}  ${results.map((r) => `${r.org} ${pct(r.precision).trim()}/${r.wrongPer1000.toFixed(1)}/${r.advicePer1000.toFixed(1)}/${pct(r.recognitionRecall).trim()}/${r.unlabelled}`).join('   ')}`);
    }
  }
  return `${lines.join('\n')}\n`;
}
