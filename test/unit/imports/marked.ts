import assert from 'node:assert/strict';
import { extractImports } from '../../../src/imports/extractImports';
import type { SourceLanguage } from '../../../src/imports/types';

type Tuple = [specifier: string, line: number, startChar: number, endChar: number];

/**
 * Strips ⟦…⟧ markers from `source` and returns the code plus one expected tuple per marker: the marked text is the
 * specifier and its exact range (0-based line, UTF-16 columns; line breaks: \n, \r\n or \r).
 */
export function marked(source: string): { code: string; expected: Tuple[] } {
  const expected: Tuple[] = [];
  let code = '';
  let line = 0;
  let col = 0;
  let open: { line: number; col: number; text: string } | undefined;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '⟦') {
      open = { line, col, text: '' };
      continue;
    }
    if (c === '⟧' && open) {
      expected.push([open.text, open.line, open.col, col]);
      open = undefined;
      continue;
    }
    code += c;
    if (open) open.text += c;
    if (c === '\n' || (c === '\r' && source[i + 1] !== '\n')) {
      line++;
      col = 0;
    } else if (c !== '\r') col++;
  }
  return { code, expected };
}

/** Asserts that extractImports finds exactly the marked imports (or `extra` tuples merged in source order). */
export function expectMarked(source: string, language: SourceLanguage, extra: Tuple[] = []): void {
  const { code, expected } = marked(source);
  assertImports(code, language, [...expected, ...extra].sort((a, b) => a[1] - b[1] || a[2] - b[2]));
}

/** Asserts the exact [specifier, line, startChar, endChar] tuples (all single-line ranges) in order. */
export function assertImports(code: string, language: SourceLanguage, expected: Tuple[]): void {
  const actual = extractImports(code, language).map((r): Tuple => {
    assert.equal(r.range.start.line, r.range.end.line, `multi-line range for ${r.specifier}`);
    return [r.specifier, r.range.start.line, r.range.start.character, r.range.end.character];
  });
  assert.deepEqual(actual, expected);
}

/** The forms, in order. */
export function formsOf(code: string, language: SourceLanguage): string[] {
  return extractImports(code, language).map((r) => r.form);
}
