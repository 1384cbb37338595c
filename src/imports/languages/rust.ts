import {
  identEnd, isIdentPart, isIdentStart, isWord, RefSink, skipBlockComment, skipLineComment, skipQuoted, skipTrivia,
} from './lexer';

/**
 * Finds Rust imports: every leaf of a `use` tree, expanded (`use a::b::{c, d::{e as f, self}, *};` → "a::b::c",
 * "a::b::d::e", "a::b::d", "a::b::*"), and `extern crate foo [as bar];` → "foo". A leaf's range runs from the start of
 * its use tree to the end of the leaf (exactly the specifier for a brace-free `use`).
 */
export function scanRust(text: string, sink: RefSink): void {
  const end = text.length;
  let i = 0;
  let afterPath = false;
  while (i < end) {
    const c = text.charCodeAt(i);
    if (c === 47 && text.charCodeAt(i + 1) === 47) i = skipLineComment(text, i, end);
    else if (c === 47 && text.charCodeAt(i + 1) === 42) i = skipBlockComment(text, i, end, true);
    else if (c === 34) {
      i = skipQuoted(text, i, end, true);
      afterPath = false;
    } else if (c === 39) {
      i = skipCharOrLifetime(text, i, end);
      afterPath = false;
    } else if (isIdentStart(c)) {
      const j = identEnd(text, i, end);
      const raw = rawStringAt(text, i, j);
      if (raw >= 0) i = skipRawString(text, raw, end);
      else if ((c === 98 || c === 99) && j === i + 1 && text.charCodeAt(j) === 34) i = skipQuoted(text, j, end, true);
      else if (c === 98 && j === i + 1 && text.charCodeAt(j) === 39) i = skipQuoted(text, j, end);
      else if (!afterPath && isWord(text, i, j, 'use')) i = useTree(text, j, end, sink);
      else if (!afterPath && isWord(text, i, j, 'extern')) i = externCrate(text, j, end, sink);
      else i = j;
      afterPath = false;
    } else {
      afterPath = c === 46 || (c === 58 && text.charCodeAt(i - 1) === 58);
      i++;
    }
  }
}

/** For an identifier [i, j) that is a raw-string prefix (`r`, `br`, `cr`) followed by `#`s and `"`: index of `r`. */
function rawStringAt(text: string, i: number, j: number): number {
  const len = j - i;
  if (len > 2 || text.charCodeAt(j - 1) !== 114 || (len === 2 && text.charCodeAt(i) !== 98 && text.charCodeAt(i) !== 99)) return -1;
  let k = j;
  while (text.charCodeAt(k) === 35) k++;
  return text.charCodeAt(k) === 34 ? j : -1;
}

/** `i` just past the `r` of `r##"…"##`: index past the closing quote and hashes. */
function skipRawString(text: string, i: number, end: number): number {
  let hashes = 0;
  while (text.charCodeAt(i + hashes) === 35) hashes++;
  const close = `"${'#'.repeat(hashes)}`;
  const found = text.indexOf(close, i + hashes + 1);
  return found === -1 ? end : found + close.length;
}

/** `'a'`, `'\n'`, `'\u{1F600}'` are char literals; `'a` (no closing quote right after) is a lifetime or label. */
function skipCharOrLifetime(text: string, i: number, end: number): number {
  const c = text.charCodeAt(i + 1);
  if (c === 92) return skipQuoted(text, i, end);
  const width = c >= 0xd800 && c <= 0xdbff ? 2 : 1;
  if (text.charCodeAt(i + 1 + width) === 39) return i + 2 + width;
  let j = i + 1;
  while (j < end && isIdentPart(text.charCodeAt(j))) j++;
  return Math.max(j, i + 1);
}

function externCrate(text: string, i: number, end: number, sink: RefSink): number {
  const k = skipTrivia(text, i, end, true);
  const crateEnd = identEnd(text, k, end);
  if (!isWord(text, k, crateEnd, 'crate')) return k;
  const nameStart = skipTrivia(text, crateEnd, end, true);
  const nameEnd = identEnd(text, nameStart, end);
  if (nameEnd > nameStart) sink.add(nameStart, nameEnd, 'extern-crate');
  return nameEnd;
}

/** After `use`: walks the tree with an explicit stack of prefixes (no recursion), recording each leaf path. */
function useTree(text: string, i: number, end: number, sink: RefSink): number {
  const prefixes: string[][] = [[]];
  const maxDepth = 64; // real use trees nest a few levels; deeper input is not Rust worth expanding
  i = skipTrivia(text, i, end, true);
  const treeStart = i;
  let segments: string[] = [];
  for (;;) {
    i = skipTrivia(text, i, end, true);
    if (i >= end) return end;
    const c = text.charCodeAt(i);
    if (text.startsWith('::', i)) {
      i += 2;
      continue;
    }
    if (c === 123) {
      if (prefixes.length > maxDepth) return i;
      prefixes.push([...prefixes[prefixes.length - 1], ...segments]);
      segments = [];
      i++;
      continue;
    }
    let leafEnd = -1;
    if (c === 42) {
      segments.push('*');
      leafEnd = i + 1;
    } else {
      const j = identEnd(text, i, end);
      if (j > i) {
        segments.push(text.slice(i, j));
        const k = skipTrivia(text, j, end, true);
        if (text.startsWith('::', k)) {
          i = k + 2;
          continue;
        }
        leafEnd = j;
      }
    }
    if (leafEnd >= 0) {
      const path = [...prefixes[prefixes.length - 1], ...segments];
      if (path[path.length - 1] === 'self' && path.length > 1) path.pop();
      sink.add(treeStart, leafEnd, 'use', path.join('::'));
      i = skipTrivia(text, leafEnd, end, true);
      const asEnd = identEnd(text, i, end);
      if (isWord(text, i, asEnd, 'as')) i = identEnd(text, skipTrivia(text, asEnd, end, true), end);
    } else if (c !== 125 && c !== 44) return i; // not a use tree after all
    segments = [];
    // Close groups and move to the next sibling.
    for (;;) {
      i = skipTrivia(text, i, end, true);
      const d = text.charCodeAt(i);
      if (d === 125 && prefixes.length > 1) {
        prefixes.pop();
        i++;
      } else if (d === 44 && prefixes.length > 1) {
        i++;
        break;
      } else return d === 59 ? i + 1 : i;
    }
  }
}
