import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { extractImports } from '../../../src/imports/extractImports';
import type { SourceLanguage } from '../../../src/imports/types';
import { syntheticSources } from '../../../eval/syntheticSources';

const LANGUAGES: SourceLanguage[] = ['javascript', 'typescript', 'python', 'go', 'java', 'kotlin', 'csharp', 'rust'];

// Pieces of syntax every scanner has opinions about, so random programs hit the interesting paths.
const PIECES = ['import', 'from', 'require', 'use', 'using', 'extern crate', 'static', 'global', 'as', 'export', 'define',
  '(', ')', '{', '}', '[', ']', '"', "'", '`', '${', '$"', '@"', 'r#"', '"#', '"""', "'''", '/', '*', '//', '/*', '*/', '#',
  '\\', '\n', '\r\n', '\r', ' ', '\t', ';', ',', '.', '..', '::', '=', '<', '>', '<script>', '</script>', "'a", 'x', 'a.b',
  '"x"', "'y'", 'ü', '😀', '\u2028', '\0'];

/** Throws unless every range lies inside the text, in order. */
function checkRanges(text: string, language: SourceLanguage): void {
  const lines = text.split(/\r\n|\r|\n/);
  for (const ref of extractImports(text, language)) {
    const { start, end } = ref.range;
    assert.ok(start.line < lines.length && end.line < lines.length, `line out of range for ${JSON.stringify(ref)}`);
    assert.ok(start.character <= lines[start.line].length && end.character <= lines[end.line].length, 'column out of range');
    assert.ok(start.line < end.line || (start.line === end.line && start.character <= end.character), 'range reversed');
    assert.equal(typeof ref.specifier, 'string');
  }
}

const realFiles: Array<[SourceLanguage, string]> = [
  ['typescript', readFileSync(path.join(__dirname, '../../../src/imports/languages/jsTokenizer.ts'), 'utf8')],
  ['typescript', readFileSync(path.join(__dirname, 'extractJavaScript.test.ts'), 'utf8')],
  ['python', readFileSync(path.join(__dirname, '../../../eval/pythonImports.py'), 'utf8')],
  ...(['go', 'java', 'kotlin', 'csharp', 'rust'] as const).map((l): [SourceLanguage, string] => [l, syntheticSources(l, 1)[0].text]),
];

/** Process CPU time of `fn` in ms (not wall time: other processes on a busy CI machine must not fail the test). */
function cpuMs(fn: () => void): number {
  const start = process.cpuUsage();
  fn();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

/** Best of `runs` runs, in CPU ms. */
function time(fn: () => void, runs = 2): number {
  let best = Infinity;
  for (let i = 0; i < runs; i++) best = Math.min(best, cpuMs(fn));
  return best;
}

// Inputs known to push naive scanners into quadratic time or deep recursion, as functions of a size n.
const PATHOLOGICAL: Array<[string, (n: number) => string]> = [
  ['open braces', (n) => '{'.repeat(n)],
  ['open parens', (n) => '('.repeat(n)],
  ['unclosed quotes', (n) => '"'.repeat(n)],
  ['single quotes', (n) => "'".repeat(n)],
  ['nested templates', (n) => '`${'.repeat(n)],
  ['nested Kotlin string templates', (n) => '"${'.repeat(n)],
  ['nested C# interpolations', (n) => '$"{'.repeat(n)],
  ['nested Rust use groups', (n) => `use a::${'b::{'.repeat(n)}`],
  ['open block comments', (n) => '/*'.repeat(n)],
  ['repeated import keywords', (n) => 'import '.repeat(n)],
  ['import lists never closed', (n) => 'import {a,'.repeat(n)],
  ['long dotted name', (n) => `import a${'.b'.repeat(n)}`],
  ['script tags never closed', (n) => `<x>${'<script>'.repeat(n)}`],
  ['backslash continuations', (n) => `import a${', \\\n b'.repeat(n)}`],
  ['raw strings', (n) => 'r#"'.repeat(n)],
  ['require calls', (n) => 'require("x")'.repeat(n)],
];

describe('extractImports: properties', function () {
  this.timeout(30_000);

  it('never throws on random code-like text, and every range is inside the text', () => {
    fc.assert(fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 200 }), fc.constantFrom(...LANGUAGES), (pieces, language) => {
      checkRanges(pieces.join(''), language);
    }), { numRuns: 1500 });
  });

  it('never throws on random strings and random bytes', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 400 }), fc.constantFrom(...LANGUAGES), (text, language) => {
      checkRanges(text, language);
    }), { numRuns: 300 });
    fc.assert(fc.property(fc.uint8Array({ maxLength: 400 }), fc.constantFrom(...LANGUAGES), (bytes, language) => {
      checkRanges(Buffer.from(bytes).toString('utf8'), language);
      checkRanges(Buffer.from(bytes).toString('latin1'), language);
    }), { numRuns: 300 });
  });

  it('never throws on truncated and sliced real files', () => {
    fc.assert(fc.property(fc.constantFrom(...realFiles), fc.nat(), fc.nat(), ([language, text], a, b) => {
      const from = a % text.length;
      checkRanges(text.slice(0, from), language);
      checkRanges(text.slice(from, from + (b % 2000)), language);
    }), { numRuns: 400 });
  });

  it('handles a 1 MB single line in every language', () => {
    // Realistic density: one import per ~100 bytes of other code, all on one line.
    const filler = 'const v = f("' + 'y'.repeat(60) + '", 1) + g[2]; ';
    const snippets: Record<SourceLanguage, string> = {
      javascript: 'require("x"); ', typescript: 'import a from "x"; ', python: 'import x; ', go: 'import "x"; ',
      java: 'import x.Y; ', kotlin: 'val s = "${x}"; ', csharp: 'using X.Y; ', rust: 'use x::{y, z}; ',
    };
    for (const language of LANGUAGES) {
      const unit = snippets[language] + filler;
      const reps = Math.floor(1_000_000 / unit.length);
      const text = unit.repeat(reps);
      const refs = extractImports(text, language);
      const expected = language === 'kotlin' ? 0 : language === 'rust' ? 2 * reps : reps;
      assert.equal(refs.length, expected, language);
    }
  });

  it('takes linear time on pathological inputs (4x the input, at most 12x the time)', () => {
    const n = 10_000;
    const failures: string[] = [];
    for (const [name, make] of PATHOLOGICAL) {
      const small = make(n);
      const large = make(4 * n);
      for (const language of LANGUAGES) {
        const tooSlow = (runs: number) => {
          const t1 = time(() => extractImports(small, language), runs);
          const t4 = time(() => extractImports(large, language), runs);
          return t4 > 12 * Math.max(t1, 2) ? `${name} in ${language}: ${t1.toFixed(2)} ms → ${t4.toFixed(2)} ms` : undefined;
        };
        // A garbage-collection pause can hit one sample; a real quadratic path fails the careful re-measure too.
        const failure = tooSlow(2) && tooSlow(6);
        if (failure) failures.push(failure);
      }
    }
    assert.deepEqual(failures, []);
  });

  it('survives 10,000 nested braces and groups', () => {
    const deep = `${'{'.repeat(10_000)}${'}'.repeat(10_000)}`;
    for (const language of LANGUAGES) checkRanges(deep, language);
    assert.deepEqual(extractImports(`use a::${'{b::'.repeat(10_000)}c${'}'.repeat(10_000)};\nuse ok;`, 'rust').at(-1)?.specifier, 'ok');
    assert.equal(extractImports(`const t = ${'`${'.repeat(10_000)}${'}`'.repeat(10_000)};\nrequire("ok")`, 'javascript').at(-1)?.specifier, 'ok');
  });
});
