import {
  CH_CR, CH_LF, dottedName, identEnd, isIdentStart, isSpace, isWord, RefSink, skipBlockComment, skipLineComment, skipQuoted,
  skipTrivia,
} from './lexer';

/**
 * Finds Kotlin imports — `import` is a soft keyword, so only as the first token of a line: `import a.b.C`,
 * `import a.b.*`, `import a.b.C as D` (alias dropped: "a.b.C"). Strings with `${…}` templates, raw strings and
 * nested block comments are skipped.
 */
export function scanKotlin(text: string, sink: RefSink): void {
  const end = text.length;
  let i = 0;
  let lineStart = true;
  while (i < end) {
    const c = text.charCodeAt(i);
    if (c === CH_LF || c === CH_CR) {
      lineStart = true;
      i++;
    } else if (isSpace(c)) i++;
    else if (c === 47 && text.charCodeAt(i + 1) === 47) i = skipLineComment(text, i, end);
    else if (c === 47 && text.charCodeAt(i + 1) === 42) {
      i = skipBlockComment(text, i, end, true);
    } else if (c === 34) {
      i = skipKotlinString(text, i, end);
      lineStart = false;
    } else if (c === 39) {
      i = skipQuoted(text, i, end);
      lineStart = false;
    } else if (isIdentStart(c) || c === 96) {
      const j = c === 96 ? skipQuoted(text, i, end) : identEnd(text, i, end);
      i = lineStart && isWord(text, i, j, 'import') ? importDirective(text, j, end, sink) : j;
      lineStart = false;
    } else {
      lineStart = false;
      i++;
    }
  }
}

function importDirective(text: string, i: number, end: number, sink: RefSink): number {
  i = skipTrivia(text, i, end, true);
  const name = dottedName(text, i, end, { star: true, backticks: true });
  if (!name) return i;
  sink.add(i, name[0], 'import', name[1].replace(/`/g, ''));
  return name[0];
}

/**
 * `i` at a `"`: index past the string, raw (`"""`) or not, skipping `${…}` template expressions with their own nested
 * braces, strings and comments. Iterative (an explicit stack), so deep nesting cannot overflow the call stack.
 */
function skipKotlinString(text: string, i: number, end: number): number {
  // Each frame: -1 = single-line string, -3 = raw string, n >= 0 = template code at brace depth n.
  const frames: number[] = [];
  const open = (j: number): number => {
    const raw = text.startsWith('"""', j);
    frames.push(raw ? -3 : -1);
    return j + (raw ? 3 : 1);
  };
  i = open(i);
  while (i < end && frames.length > 0) {
    const top = frames[frames.length - 1];
    const c = text.charCodeAt(i);
    if (top < 0) {
      if (c === 34 && (top === -1 || text.startsWith('"""', i))) {
        frames.pop();
        i += top === -1 ? 1 : 3;
        if (top === -3) while (text.charCodeAt(i) === 34) i++;
      } else if (c === 92 && top === -1) i += 2;
      else if (c === 36 && text.charCodeAt(i + 1) === 123) {
        frames.push(0);
        i += 2;
      } else if (top === -1 && (c === CH_LF || c === CH_CR)) frames.pop();
      else i++;
    } else if (c === 34) i = open(i);
    else if (c === 39) i = skipQuoted(text, i, end);
    else if (c === 47 && text.charCodeAt(i + 1) === 47) i = skipLineComment(text, i, end);
    else if (c === 47 && text.charCodeAt(i + 1) === 42) i = skipBlockComment(text, i, end, true);
    else if (c === 123) {
      frames[frames.length - 1]++;
      i++;
    } else if (c === 125) {
      if (top === 0) frames.pop();
      else frames[frames.length - 1]--;
      i++;
    } else i++;
  }
  return Math.min(i, end);
}
