import { identEnd, isIdentStart, isWord, RefSink, skipQuoted, skipRawRun, skipTrivia } from './lexer';

/**
 * Finds Go imports: `import "fmt"`, `import f "fmt"`, and grouped `import ( _ "x"; . "y"; z "w" )`.
 * Example: `import (\n\tlog "github.com/a/b/log"\n)` → "github.com/a/b/log" (form "import").
 */
export function scanGo(text: string, sink: RefSink): void {
  const end = text.length;
  let i = 0;
  let afterDot = false;
  while (i < end) {
    i = skipTrivia(text, i, end);
    if (i >= end) break;
    const c = text.charCodeAt(i);
    if (c === 34 || c === 39) {
      i = skipQuoted(text, i, end);
      afterDot = false;
    } else if (c === 96) {
      i = skipRawRun(text, i, end, '`');
      afterDot = false;
    } else if (isIdentStart(c)) {
      const j = identEnd(text, i, end);
      i = !afterDot && isWord(text, i, j, 'import') ? importDecl(text, j, end, sink) : j;
      afterDot = false;
    } else {
      afterDot = c === 46;
      i++;
    }
  }
}

function importDecl(text: string, i: number, end: number, sink: RefSink): number {
  i = skipTrivia(text, i, end);
  if (text.charCodeAt(i) !== 40) return importSpec(text, i, end, sink);
  i++;
  for (;;) {
    i = skipTrivia(text, i, end);
    const c = text.charCodeAt(i);
    if (i >= end || c === 41) return Math.min(i + 1, end);
    if (c === 59) {
      i++;
      continue;
    }
    const next = importSpec(text, i, end, sink);
    if (next === i) return i;
    i = next;
  }
}

/** `[name | _ | .] "path"`: records the path; returns where it stopped (== i when nothing matched). */
function importSpec(text: string, i: number, end: number, sink: RefSink): number {
  const start = i;
  const c = text.charCodeAt(i);
  if (c === 46) i = skipTrivia(text, i + 1, end);
  else if (isIdentStart(c)) i = skipTrivia(text, identEnd(text, i, end), end);
  const q = text.charCodeAt(i);
  if (q !== 34 && q !== 96) return start;
  const close = q === 34 ? skipQuoted(text, i, end) : skipRawRun(text, i, end, '`');
  if (text.charCodeAt(close - 1) !== q || close - 1 <= i) return close;
  sink.add(i + 1, close - 1, 'import');
  return close;
}
