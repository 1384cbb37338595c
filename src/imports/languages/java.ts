import { dottedName, identEnd, isIdentStart, isWord, RefSink, skipQuoted, skipRawRun, skipTrivia } from './lexer';

/**
 * Finds Java imports: `import a.b.C;` (form "import"), `import static a.b.C.m;` ("static"), `import a.b.*;`
 * (specifier "a.b.*"), and module imports `import module java.base;` ("module").
 */
export function scanJava(text: string, sink: RefSink): void {
  const end = text.length;
  let i = 0;
  let afterDot = false;
  while (i < end) {
    i = skipTrivia(text, i, end);
    if (i >= end) break;
    const c = text.charCodeAt(i);
    if (c === 34) {
      i = text.startsWith('"""', i) ? skipRawRun(text, i, end, '"""') : skipQuoted(text, i, end);
      afterDot = false;
    } else if (c === 39) {
      i = skipQuoted(text, i, end);
      afterDot = false;
    } else if (isIdentStart(c, true)) {
      const j = identEnd(text, i, end, true);
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
  let form = 'import';
  const word = identEnd(text, i, end);
  const after = skipTrivia(text, word, end);
  if (isWord(text, i, word, 'static') && isIdentStart(text.charCodeAt(after))) form = 'static';
  else if (isWord(text, i, word, 'module') && isIdentStart(text.charCodeAt(after))) form = 'module';
  if (form !== 'import') i = after;
  const name = dottedName(text, i, end, { star: true });
  if (!name) return i;
  const semi = skipTrivia(text, name[0], end);
  if (text.charCodeAt(semi) === 59) sink.add(i, name[0], form, name[1]);
  return name[0];
}
