// Import-only excerpts of real source files for the real-world eval (eval/real): every line that is not part of an
// import statement is blanked, so line numbers, imports and the file layout stay real while the code itself is not
// copied. `realCorpus.ts` checks each excerpt yields exactly the imports of its original.
import { extractImports } from '../src/imports/extractImports';
import type { SourceLanguage } from '../src/imports/types';

const PY_IMPORT = /^\s*(?:from\s+\S+\s+import\b|import\s+\S)/;
const JS_START = /^\s*(?:import\b|export\s+(?:\*|\{|type\s*\{)|(?:const|let|var)\s+[\w{}\s,:$]+=\s*(?:await\s+)?(?:require|import)\s*\()/;
const RUST_START = /^\s*(?:pub(?:\([^)]*\))?\s+)?(?:use\s|extern\s+crate\s|mod\s+\w+\s*;)/;
const JVM_START = /^\s*(?:package\s|import\s|using\s|namespace\s)/;

/**
 * Keeps the lines of import statements (and Go's package clause and import block), blanks the rest.
 * @example importExcerpt('import os\nx = 1\nfrom a import (\n  b,\n)\n', 'python') // -> 'import os\n\nfrom a import (\n  b,\n)\n'
 */
export function importExcerpt(text: string, language: SourceLanguage): string {
  const lines = text.split('\n');
  const keep = new Array<boolean>(lines.length).fill(false);
  const keepStatement = (start: number, ends: (line: string, depth: number) => boolean) => {
    let depth = 0;
    for (let i = start; i < lines.length && i < start + 200; i++) {
      keep[i] = true;
      for (const ch of lines[i]) {
        if (ch === '(' || ch === '{' || ch === '[') depth++;
        else if (ch === ')' || ch === '}' || ch === ']') depth--;
      }
      if (ends(lines[i], depth)) return;
    }
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    switch (language) {
      case 'python':
        if (PY_IMPORT.test(line)) keepStatement(i, (l, depth) => depth <= 0 && !/\\\s*$/.test(l));
        break;
      case 'go':
        if (/^\s*package\s/.test(line)) keep[i] = true;
        else if (/^\s*import\s*\(/.test(line)) keepStatement(i, (_l, depth) => depth <= 0);
        else if (/^\s*import\s/.test(line)) keep[i] = true;
        break;
      case 'javascript':
      case 'typescript':
        if (/^\s*<\/?script\b/.test(line)) keep[i] = true;
        else if (JS_START.test(line)) keepStatement(i, (l, depth) => depth <= 0 && (/['"`]\s*\)?\s*;?\s*(\/\/.*)?$/.test(l) || /;\s*$/.test(l)));
        else if (/\b(?:require|import)\s*\(\s*['"`]/.test(line)) keep[i] = true;
        break;
      case 'rust':
        if (RUST_START.test(line)) keepStatement(i, (l, depth) => depth <= 0 && /;\s*$/.test(l));
        break;
      default:
        if (JVM_START.test(line)) keepStatement(i, (l) => /;\s*$/.test(l) || language === 'kotlin');
    }
  }
  return lines.map((l, i) => (keep[i] ? l : '')).join('\n');
}

/**
 * `importExcerpt`, checked: lines whose "import" the original does not have (one inside a string, say) are blanked,
 * and lines of imports the excerpt lost are restored, until the excerpt yields exactly the original's imports.
 * @example verifiedExcerpt('s = """\nimport x\n"""\nimport os\n', 'python') // -> { text: '\n\n\nimport os\n', repaired: true }
 */
export function verifiedExcerpt(text: string, language: SourceLanguage): { text: string; repaired: boolean } {
  const original = text.split('\n');
  const refs = (t: string) => extractImports(t, language).map((r) => `${r.range.start.line}:${r.range.start.character}:${r.specifier}`);
  const expected = refs(text);
  const wanted = new Set(expected);
  const lines = importExcerpt(text, language).split('\n');
  for (let round = 0; round < 4; round++) {
    const got = refs(lines.join('\n'));
    if (got.join('|') === expected.join('|')) return { text: lines.join('\n'), repaired: round > 0 };
    const have = new Set(got);
    for (const ref of got) if (!wanted.has(ref)) lines[Number(ref.split(':')[0])] = '';
    for (const ref of expected) if (!have.has(ref)) lines[Number(ref.split(':')[0])] = original[Number(ref.split(':')[0])];
  }
  // Give up on statements: keep the lines the original reports imports on.
  const importLines = new Set(expected.map((ref) => Number(ref.split(':')[0])));
  return { text: original.map((l, i) => (importLines.has(i) ? l : '')).join('\n'), repaired: true };
}
