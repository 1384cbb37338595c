import {
  CH_CR, CH_LF, identEnd, isIdentStart, isSpace, isWord, RefSink, skipLineComment, skipQuoted, skipTrivia,
} from './lexer';

/**
 * Finds C# using directives: `using X.Y;`, `using static X.Y;` (form "static"), `global using X;` ("global"),
 * `using A = X.Y;` ("alias", specifier "X.Y"). Not `using (var x = …)` nor `using var x = …;` statements.
 */
export function scanCSharp(text: string, sink: RefSink): void {
  const end = text.length;
  let i = 0;
  let lineStart = true;
  let afterDot = false;
  let prevGlobal = false;
  while (i < end) {
    const c = text.charCodeAt(i);
    if (c === CH_LF || c === CH_CR) {
      lineStart = true;
      i++;
      continue;
    }
    if (isSpace(c)) {
      i++;
      continue;
    }
    if (c === 47 && (text.charCodeAt(i + 1) === 47 || text.charCodeAt(i + 1) === 42)) {
      i = skipTrivia(text, i, end);
      continue;
    }
    if (c === 35 && lineStart) {
      i = skipLineComment(text, i, end); // preprocessor directive
      continue;
    }
    lineStart = false;
    const str = c === 34 || c === 36 || c === 64 ? stringStart(text, i) : -1;
    if (str >= 0) {
      i = skipCSharpString(text, i, str, end);
      afterDot = prevGlobal = false;
    } else if (c === 39) {
      i = skipQuoted(text, i, end);
      afterDot = prevGlobal = false;
    } else if (isIdentStart(c) || c === 64) {
      const j = identEnd(text, c === 64 ? i + 1 : i, end);
      if (j === i) i++;
      else if (!afterDot && isWord(text, i, j, 'using')) {
        i = usingDirective(text, j, end, sink, prevGlobal);
        prevGlobal = false;
      } else {
        prevGlobal = !afterDot && isWord(text, i, j, 'global');
        i = j;
      }
      afterDot = false;
    } else {
      afterDot = c === 46 || (c === 58 && text.charCodeAt(i - 1) === 58);
      prevGlobal = false;
      i++;
    }
  }
}

/** A qualified name `global::A.B.C` (generic arguments end it): [start, end, text] or undefined. */
function qualifiedName(text: string, i: number, end: number): [number, number, string] | undefined {
  let start = i;
  let name = '';
  for (;;) {
    const j = identEnd(text, text.charCodeAt(i) === 64 ? i + 1 : i, end);
    if (j === i) return name ? [start, i, name] : undefined;
    const part = text.slice(i, j);
    const k = skipTrivia(text, j, end);
    if (text.startsWith('::', k)) {
      i = skipTrivia(text, k + 2, end);
      if (part === 'global' && !name) start = i; // `global::X.Y` names X.Y
      else name += `${part}::`;
      continue;
    }
    name += part;
    if (text.charCodeAt(k) !== 46) return [start, j, name];
    name += '.';
    i = skipTrivia(text, k + 1, end);
  }
}

function usingDirective(text: string, i: number, end: number, sink: RefSink, global: boolean): number {
  i = skipTrivia(text, i, end);
  let form = global ? 'global' : 'using';
  const word = identEnd(text, i, end);
  if (isWord(text, i, word, 'static')) {
    form = 'static';
    i = skipTrivia(text, word, end);
  }
  const first = qualifiedName(text, i, end);
  if (!first) return i;
  let target = first;
  let k = skipTrivia(text, first[1], end);
  if (text.charCodeAt(k) === 61 && text.charCodeAt(k + 1) !== 61) {
    const second = qualifiedName(text, skipTrivia(text, k + 1, end), end);
    if (!second) return k + 1;
    target = second;
    if (form === 'using') form = 'alias';
    k = skipTrivia(text, second[1], end);
  }
  // `;` ends a directive; `<` opens generic arguments of an alias target. Anything else (`using var x`) is a statement.
  if (text.charCodeAt(k) === 59 || (target !== first && text.charCodeAt(k) === 60)) sink.add(target[0], target[1], form, target[2]);
  return target[1];
}

/** When a string literal starts at `i`: the index of its first `"`; else -1. Handles `@`, `$`, `$$`, `@$` prefixes. */
function stringStart(text: string, i: number): number {
  let j = i;
  while (j < i + 4 && (text.charCodeAt(j) === 36 || text.charCodeAt(j) === 64)) j++;
  return text.charCodeAt(j) === 34 ? j : -1;
}

/**
 * Skips a C# string starting at `i` whose first quote is at `q`: regular, verbatim (`@"…"` with `""`), raw
 * (`"""…"""`), and interpolated (`$"…{expr}…"`, with nested strings inside the holes).
 */
function skipCSharpString(text: string, i: number, q: number, end: number): number {
  const prefix = text.slice(i, q);
  const verbatim = prefix.includes('@');
  const interpolated = prefix.includes('$');
  let quotes = 0;
  while (text.charCodeAt(q + quotes) === 34) quotes++;
  if (quotes >= 3) {
    const run = '"'.repeat(quotes);
    const close = text.indexOf(run, q + quotes);
    return close === -1 ? end : close + quotes;
  }
  let j = q + 1;
  let holeDepth = 0;
  while (j < end) {
    const c = text.charCodeAt(j);
    if (holeDepth > 0) {
      if (c === 34) j = skipQuoted(text, j, end);
      else if (c === 39) j = skipQuoted(text, j, end);
      else {
        if (c === 123) holeDepth++;
        else if (c === 125) holeDepth--;
        j++;
      }
    } else if (c === 34) {
      if (verbatim && text.charCodeAt(j + 1) === 34) j += 2;
      else return j + 1;
    } else if (c === 92 && !verbatim) j += 2;
    else if (interpolated && c === 123) {
      if (text.charCodeAt(j + 1) === 123) j += 2;
      else {
        holeDepth = 1;
        j++;
      }
    } else if (!verbatim && (c === CH_LF || c === CH_CR)) return j;
    else j++;
  }
  return end;
}
