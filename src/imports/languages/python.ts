import { CH_CR, CH_LF, identEnd, isIdentPart, isWord, RefSink, skipLineComment } from './lexer';

/**
 * Finds Python imports anywhere a statement can start (module level, in functions, `try:` blocks, after `;` or a
 * compound header's `:`): `import a.b as c, d` → "a.b", "d"; `from ..x import (y, z)` → "..x"; `from . import y` → ".".
 * Strings (all prefixes, triple-quoted), comments, brackets and backslash continuations are understood.
 */
export function scanPython(text: string, sink: RefSink): void {
  const end = text.length;
  let depth = 0;
  let stmtStart = true;
  let i = 0;
  while (i < end) {
    const c = text.charCodeAt(i);
    if (c === CH_LF || c === CH_CR) {
      if (depth === 0) stmtStart = true;
      i++;
    } else if (c === 32 || c === 9 || c === 12) i++;
    else if (c === 35) i = skipLineComment(text, i, end);
    else if (c === 92) i = skipContinuation(text, i, end);
    else if (c === 34 || c === 39) {
      i = skipPyString(text, i, end);
      stmtStart = false;
    } else if (isIdentPart(c)) {
      const j = identEnd(text, i, end);
      const wordEnd = j > i ? j : skipNumber(text, i, end);
      if (wordEnd - i <= 2 && isQuote(text.charCodeAt(wordEnd)) && /^[rbuf]{1,2}$/i.test(text.slice(i, wordEnd))) {
        i = skipPyString(text, wordEnd, end);
      } else if (stmtStart && isWord(text, i, wordEnd, 'import')) {
        i = importNames(text, wordEnd, end, sink);
      } else if (stmtStart && isWord(text, i, wordEnd, 'from')) {
        i = fromModule(text, wordEnd, end, sink);
      } else i = wordEnd;
      stmtStart = false;
    } else {
      if (c === 40 || c === 91 || c === 123) depth++;
      else if ((c === 41 || c === 93 || c === 125) && depth > 0) depth--;
      stmtStart = depth === 0 && (c === 59 || (c === 58 && text.charCodeAt(i + 1) !== 61));
      i++;
    }
  }
}

function isQuote(c: number): boolean {
  return c === 34 || c === 39;
}

function skipNumber(text: string, i: number, end: number): number {
  let j = i + 1;
  while (j < end && (isIdentPart(text.charCodeAt(j)) || text.charCodeAt(j) === 46)) j++;
  return j;
}

/** `i` at a backslash: past a line continuation (backslash + line break), else past the backslash. */
function skipContinuation(text: string, i: number, end: number): number {
  const d = text.charCodeAt(i + 1);
  if (d === CH_CR) return text.charCodeAt(i + 2) === CH_LF ? i + 3 : i + 2;
  return Math.min(d === CH_LF ? i + 2 : i + 1, end);
}

/** Skips spaces, tabs and backslash continuations (not line breaks: they end an import statement). */
function skipInline(text: string, i: number, end: number): number {
  while (i < end) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 9 || c === 12) i++;
    else if (c === 92 && (text.charCodeAt(i + 1) === CH_LF || text.charCodeAt(i + 1) === CH_CR)) i = skipContinuation(text, i, end);
    else return i;
  }
  return end;
}

/** `i` at an opening quote: index past the string literal (triple-quoted ones may span lines). */
function skipPyString(text: string, i: number, end: number): number {
  const q = text.charCodeAt(i);
  if (text.charCodeAt(i + 1) === q && text.charCodeAt(i + 2) === q) {
    let j = i + 3;
    while (j < end) {
      const c = text.charCodeAt(j);
      if (c === 92) j += 2;
      else if (c === q && text.charCodeAt(j + 1) === q && text.charCodeAt(j + 2) === q) return j + 3;
      else j++;
    }
    return end;
  }
  let j = i + 1;
  while (j < end) {
    const c = text.charCodeAt(j);
    if (c === q) return j + 1;
    if (c === CH_LF || c === CH_CR) return j;
    j += c === 92 ? (text.charCodeAt(j + 1) === CH_CR && text.charCodeAt(j + 2) === CH_LF ? 3 : 2) : 1;
  }
  return end;
}

/** A dotted name (dots may be surrounded by spaces): [end, "a.b"] or undefined. */
function dotted(text: string, i: number, end: number): [number, string] | undefined {
  const parts: string[] = [];
  let last = i;
  for (;;) {
    const j = identEnd(text, i, end);
    if (j === i) break;
    parts.push(text.slice(i, j));
    last = j;
    const k = skipInline(text, j, end);
    if (text.charCodeAt(k) !== 46) break;
    i = skipInline(text, k + 1, end);
  }
  return parts.length ? [last, parts.join('.')] : undefined;
}

/** After `import`: `a.b as c, d` — records each module. */
function importNames(text: string, i: number, end: number, sink: RefSink): number {
  for (;;) {
    const start = skipInline(text, i, end);
    const name = dotted(text, start, end);
    if (!name) return start;
    sink.add(start, name[0], 'import', name[1]);
    i = skipInline(text, name[0], end);
    const asEnd = identEnd(text, i, end);
    if (isWord(text, i, asEnd, 'as')) i = skipInline(text, identEnd(text, skipInline(text, asEnd, end), end), end);
    if (text.charCodeAt(i) !== 44) return i;
    i++;
  }
}

/** After `from`: `..a.b import` — records "..a.b" (only when `import` follows, as Python requires). */
function fromModule(text: string, i: number, end: number, sink: RefSink): number {
  const start = skipInline(text, i, end);
  let j = start;
  let dots = '';
  for (;;) {
    if (text.charCodeAt(j) !== 46) break;
    dots += '.';
    j = skipInline(text, j + 1, end);
  }
  const word = identEnd(text, j, end);
  const name = dots && isWord(text, j, word, 'import') ? undefined : dotted(text, j, end);
  const nameEnd = name ? name[0] : j;
  const after = skipInline(text, nameEnd, end);
  if ((dots || name) && isWord(text, after, identEnd(text, after, end), 'import')) {
    sink.add(start, name ? nameEnd : start + (j > start ? lastDotEnd(text, start, j) : 0), 'from', dots + (name ? name[1] : ''));
  }
  return after;
}

/** Offset from `start` to just past the last dot before `j` (dots may be separated by spaces). */
function lastDotEnd(text: string, start: number, j: number): number {
  let k = j - 1;
  while (k > start && text.charCodeAt(k) !== 46) k--;
  return k + 1 - start;
}
