import { isSpace } from './lexer';

/**
 * The `<script>` block contents of a Vue/Svelte single-file component as [start, end) offsets, or undefined when the
 * text is plain JavaScript/TypeScript (its first significant character is not `<`, or it has no `<script` tag).
 * Example: `<template/>\n<script setup>import a from "a"</script>` → [[30, 48]].
 */
export function scriptBlocks(text: string): Array<[number, number]> | undefined {
  let i = 0;
  while (i < text.length && isSpace(text.charCodeAt(i))) i++;
  if (text.charCodeAt(i) !== 60 || !/<script[\s>/]/i.test(text)) return undefined;
  const blocks: Array<[number, number]> = [];
  const tag = /<!--|<script(?=[\s>/])/gi;
  const close = /<\/script\s*>/gi;
  for (let m = tag.exec(text); m; m = tag.exec(text)) {
    if (m[0] === '<!--') {
      const endComment = text.indexOf('-->', m.index + 4);
      if (endComment === -1) break;
      tag.lastIndex = endComment + 3;
      continue;
    }
    const openEnd = endOfOpenTag(text, m.index + m[0].length);
    if (openEnd === -1) break;
    if (text.charCodeAt(openEnd - 2) === 47) {
      tag.lastIndex = openEnd;
      continue;
    }
    close.lastIndex = openEnd;
    const c = close.exec(text);
    blocks.push([openEnd, c ? c.index : text.length]);
    if (!c) break;
    tag.lastIndex = c.index + c[0].length;
  }
  return blocks;
}

/** `i` inside an open tag: index past its `>` (quoted attribute values may hold `>`), or -1. */
function endOfOpenTag(text: string, i: number): number {
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c === 62) return i + 1;
    if (c === 34 || c === 39) {
      const q = text.indexOf(c === 34 ? '"' : "'", i + 1);
      if (q === -1) return -1;
      i = q + 1;
    } else i++;
  }
  return -1;
}
