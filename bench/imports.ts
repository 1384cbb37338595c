import { readFileSync, statSync } from 'node:fs';
import ts from 'typescript';
import { init as initLexer, parse as lexEsm } from 'es-module-lexer';
import { extractImports } from '../src/imports/extractImports';
import type { SourceLanguage } from '../src/imports/types';
import { corpusFiles, type CorpusName } from '../eval/importsCorpus';

// Enough text per corpus for stable figures on a 2-core machine without making `npm run bench` slow.
const MAX_CORPUS_BYTES = 48 * 1024 * 1024;
const MIN_SECONDS = 1;

interface Loaded {
  texts: Array<{ text: string; language: SourceLanguage }>;
  bytes: number;
  files: number;
  description: string;
  synthetic: boolean;
}

function load(name: CorpusName): Loaded {
  const corpus = corpusFiles(name);
  const texts: Loaded['texts'] = [];
  // Over the cap, take every k-th file so the sample still spans the whole corpus (every package, every module).
  const total = corpus.files.reduce((sum, f) => sum + sizeOf(f.path), 0);
  const stride = Math.max(1, Math.ceil(total / MAX_CORPUS_BYTES));
  let bytes = 0;
  for (const [i, f] of corpus.files.entries()) {
    if (i % stride !== 0 || bytes >= MAX_CORPUS_BYTES) continue;
    let buffer: Buffer;
    try {
      buffer = readFileSync(f.path);
    } catch {
      continue;
    }
    bytes += buffer.length;
    texts.push({ text: buffer.toString('utf8'), language: f.language });
  }
  const description = stride > 1 ? `${corpus.description}, 1 file in ${stride} of ${corpus.files.length}` : corpus.description;
  return { texts, bytes, files: texts.length, description, synthetic: corpus.synthetic };
}

function sizeOf(file: string): number {
  try {
    return statSync(file).size;
  } catch {
    return 0;
  }
}

/** MB per CPU-second of `work` over the corpus: one warm-up pass, then passes until MIN_SECONDS of CPU time. */
function throughput(corpus: Loaded, work: (text: string, language: SourceLanguage) => number): { mbps: number; found: number } {
  let found = 0;
  for (const t of corpus.texts) found += work(t.text, t.language);
  let passes = 0;
  // CPU time of this process, not wall time: on a shared 2-core machine other processes would otherwise set the figure.
  const start = process.cpuUsage();
  let elapsed: number;
  do {
    for (const t of corpus.texts) work(t.text, t.language);
    passes++;
    const used = process.cpuUsage(start);
    elapsed = (used.user + used.system) / 1e6;
  } while (elapsed < MIN_SECONDS);
  return { mbps: (corpus.bytes * passes) / 1e6 / elapsed, found };
}

const ours = (text: string, language: SourceLanguage) => extractImports(text, language).length;

/** A 5,000-line TypeScript file made of real node_modules .ts code (synthetic filler if there is too little). */
function fiveThousandLines(corpus: Loaded): string {
  const lines: string[] = [];
  for (const t of corpus.texts) {
    if (t.language !== 'typescript') continue;
    lines.push(...t.text.split('\n'));
    if (lines.length >= 5000) break;
  }
  for (let i = lines.length; i < 5000; i++) lines.push(`export const v${i} = (x: number): string => \`\${x} ${i}\`;`);
  return lines.slice(0, 5000).join('\n');
}

/** Median time to re-extract after typing one character in the middle of a 5,000-line file. */
function keystroke(text: string): { medianMs: number; imports: number } {
  const at = Math.floor(text.length / 2);
  const samples: number[] = [];
  let imports = 0;
  for (let i = 0; i < 301; i++) {
    const edited = `${text.slice(0, at)}${String.fromCharCode(97 + (i % 26))}${text.slice(at)}`;
    const start = process.cpuUsage();
    imports = extractImports(edited, 'typescript').length;
    const used = process.cpuUsage(start);
    samples.push((used.user + used.system) / 1000);
  }
  samples.sort((a, b) => a - b);
  return { medianMs: samples[Math.floor(samples.length / 2)], imports };
}

const fmt = (n: number) => n.toFixed(n >= 100 ? 0 : 1);

/**
 * Extraction throughput per language on real corpora (synthetic where the machine has none, flagged), beside
 * es-module-lexer and ts.preProcessFile on the same JS/TS corpus, and the cost of one keystroke in a 5,000-line file.
 */
export async function benchImports(): Promise<string[]> {
  await initLexer;
  const lines = ['| corpus | language | files | MB | MB/s (CPU time) | imports found | source |', '|---|---|---:|---:|---:|---:|---|'];
  const notes: string[] = [];
  const plan: Array<[CorpusName, string]> = [['node_modules', 'JS/TS'], ['python-stdlib', 'Python'], ['go', 'Go'],
    ['java', 'Java'], ['kotlin', 'Kotlin'], ['csharp', 'C#'], ['rust', 'Rust']];
  let jsCorpus: Loaded | undefined;
  let slowest = Infinity;
  for (const [name, label] of plan) {
    const corpus = load(name);
    if (corpus.files === 0) {
      notes.push(`${label}: no corpus found (${corpus.description}).`);
      continue;
    }
    if (name === 'node_modules') jsCorpus = corpus;
    const r = throughput(corpus, ours);
    slowest = Math.min(slowest, r.mbps);
    lines.push(`| ${name} | ${label} | ${corpus.files} | ${fmt(corpus.bytes / 1e6)} | ${fmt(r.mbps)} | ${r.found} | ${corpus.synthetic ? 'synthetic' : 'real'}: ${corpus.description} |`);
  }
  if (jsCorpus) {
    const lexerFailures = jsCorpus.texts.filter((t) => {
      try {
        lexEsm(t.text);
        return false;
      } catch {
        return true;
      }
    }).length;
    const lexer = throughput(jsCorpus, (text) => {
      try {
        return lexEsm(text)[0].length;
      } catch {
        return 0;
      }
    });
    const pre = throughput(jsCorpus, (text) => ts.preProcessFile(text, true, true).importedFiles.length);
    lines.push(`| node_modules | es-module-lexer (ESM only) | ${jsCorpus.files} | ${fmt(jsCorpus.bytes / 1e6)} | ${fmt(lexer.mbps)} | ${lexer.found} | same corpus; it threw on ${lexerFailures} files |`);
    lines.push(`| node_modules | ts.preProcessFile | ${jsCorpus.files} | ${fmt(jsCorpus.bytes / 1e6)} | ${fmt(pre.mbps)} | ${pre.found} | same corpus |`);
    const k = keystroke(fiveThousandLines(jsCorpus));
    notes.push(`One keystroke in a 5,000-line TypeScript file: re-extracting all ${k.imports} imports takes ${k.medianMs.toFixed(2)} ms of CPU (median of 301).`);
  }
  notes.push(`Slowest language: ${fmt(slowest)} MB/s (target >= 30 MB/s for every language). MB = 10^6 bytes of source; CPU time of the process (GC threads included), so a busy machine does not skew it.`);
  return [...lines, ...notes];
}
