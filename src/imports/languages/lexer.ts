import type { ImportRef, Position } from '../types';

// Shared primitives for the hand-written scanners. Every function takes the text, a start index and an end bound, and
// returns the index just past what it skipped: never throws, never moves backwards, never reads past `end`.

export const CH_LF = 10;
export const CH_CR = 13;

/** Maps UTF-16 offsets to 0-based line/character positions; the line table is built once, on first use. */
export class LineMap {
  private starts: number[] | undefined;

  constructor(private readonly text: string) {}

  position(offset: number): Position {
    const starts = this.lineStarts();
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo, character: offset - starts[lo] };
  }

  private lineStarts(): number[] {
    if (this.starts) return this.starts;
    const text = this.text;
    const starts = [0];
    if (text.indexOf('\r') === -1) {
      for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
    } else {
      for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c === CH_LF) starts.push(i + 1);
        else if (c === CH_CR) {
          if (text.charCodeAt(i + 1) === CH_LF) i++;
          starts.push(i + 1);
        }
      }
    }
    this.starts = starts;
    return starts;
  }
}

/** Collects ImportRefs from offsets; `specifier` defaults to the text between `start` and `end`. */
export class RefSink {
  readonly refs: ImportRef[] = [];
  private readonly lines: LineMap;

  constructor(readonly text: string) {
    this.lines = new LineMap(text);
  }

  add(start: number, end: number, form: string, specifier?: string, names?: string[]): void {
    this.refs.push({
      specifier: specifier ?? this.text.slice(start, end),
      range: { start: this.lines.position(start), end: this.lines.position(end) },
      form,
      ...(names ? { names } : {}),
    });
  }
}

export function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === CH_LF || c === CH_CR || c === 11 || c === 12 || c === 0xa0 || c === 0xfeff
    || c === 0x2028 || c === 0x2029;
}

/** ASCII letters, digits, `_`, `$` (when `dollar`), and every non-ASCII code unit (good enough for identifiers). */
export function isIdentPart(c: number, dollar = false): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95 || (dollar && c === 36)
    || (c >= 0x80 && !isSpace(c));
}

export function isIdentStart(c: number, dollar = false): boolean {
  return isIdentPart(c, dollar) && !(c >= 48 && c <= 57);
}

export function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** `i` at the first char of a line comment: returns the index of the line break (or end). */
export function skipLineComment(text: string, i: number, end: number): number {
  while (i < end) {
    const c = text.charCodeAt(i);
    if (c === CH_LF || c === CH_CR) return i;
    i++;
  }
  return end;
}

/** `i` at `/*`: returns the index past the matching close; Rust and Kotlin comments nest. */
export function skipBlockComment(text: string, i: number, end: number, nested: boolean): number {
  i += 2;
  if (!nested) {
    const close = text.indexOf('*/', i);
    return close === -1 || close + 2 > end ? end : close + 2;
  }
  let depth = 1;
  while (i < end) {
    const c = text.charCodeAt(i);
    if (c === 42 && text.charCodeAt(i + 1) === 47) {
      i += 2;
      if (--depth === 0) return i;
    } else if (c === 47 && text.charCodeAt(i + 1) === 42) {
      i += 2;
      depth++;
    } else i++;
  }
  return end;
}

/**
 * `i` at an opening quote: returns the index past the closing quote. Backslash escapes; a line break ends an
 * unterminated single-line literal (so one stray quote cannot swallow the rest of the file).
 */
export function skipQuoted(text: string, i: number, end: number, multiline = false): number {
  const quote = text.charCodeAt(i);
  i++;
  while (i < end) {
    const c = text.charCodeAt(i);
    if (c === quote) return i + 1;
    if (c === 92) i += 2;
    else if (!multiline && (c === CH_LF || c === CH_CR)) return i;
    else i++;
  }
  return end;
}

/** `i` at the first char of a run of quotes (e.g. `"""`): returns the index past the same run, no escapes. */
export function skipRawRun(text: string, i: number, end: number, run: string): number {
  const close = text.indexOf(run, i + run.length);
  return close === -1 || close + run.length > end ? end : close + run.length;
}

/** Skips whitespace and `//` / `/* *\/` comments (C-like languages); returns the next significant index. */
export function skipTrivia(text: string, i: number, end: number, nestedComments = false): number {
  while (i < end) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) i++;
    else if (c === 47 && text.charCodeAt(i + 1) === 47) i = skipLineComment(text, i, end);
    else if (c === 47 && text.charCodeAt(i + 1) === 42) i = skipBlockComment(text, i, end, nestedComments);
    else return i;
  }
  return end;
}

/** Index past the identifier starting at `i` (== `i` when there is none). */
export function identEnd(text: string, i: number, end: number, dollar = false): number {
  if (i >= end || !isIdentStart(text.charCodeAt(i), dollar)) return i;
  i++;
  while (i < end && isIdentPart(text.charCodeAt(i), dollar)) i++;
  return i;
}

/** True when text[start, end) is exactly `word`. */
export function isWord(text: string, start: number, end: number, word: string): boolean {
  return end - start === word.length && text.startsWith(word, start);
}

/**
 * A dotted name (`a.b.C`, `a.b.*`) starting at `i`, allowing trivia around the dots; `sep` is "." or "::".
 * Returns [end, normalised text] or undefined when no name starts at `i`.
 */
export function dottedName(
  text: string, i: number, end: number, options: { sep?: string; star?: boolean; backticks?: boolean } = {},
): [number, string] | undefined {
  const sep = options.sep ?? '.';
  const parts: string[] = [];
  const start = i;
  let last = i;
  let contiguous = true;
  for (;;) {
    let nameEnd: number;
    if (options.star && text.charCodeAt(i) === 42 && parts.length > 0) nameEnd = i + 1;
    else if (options.backticks && text.charCodeAt(i) === 96) {
      const close = text.indexOf('`', i + 1);
      const nl = text.indexOf('\n', i + 1);
      nameEnd = close === -1 || close >= end || (nl !== -1 && nl < close) ? i : close + 1;
    } else nameEnd = identEnd(text, i, end);
    if (nameEnd === i) break;
    parts.push(text.slice(i, nameEnd));
    last = nameEnd;
    if (text.charCodeAt(i) === 42) break;
    const j = skipTrivia(text, nameEnd, end);
    if (!text.startsWith(sep, j) || j + sep.length > end) break;
    i = skipTrivia(text, j + sep.length, end);
    if (j !== nameEnd || i !== j + sep.length) contiguous = false;
  }
  if (parts.length === 0) return undefined;
  // The common case, `a.b.C` written without spaces or comments, needs no join.
  return [last, contiguous && !options.backticks ? text.slice(start, last) : parts.join(sep)];
}
