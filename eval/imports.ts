// `npm run eval:imports`: agreement of our extractors with real parsers on real corpora.
//
// JS/TS (every file in node_modules) vs `ts.preProcessFile(text, true, true).importedFiles`, as multisets of
// specifiers. preProcessFile is a token scanner with known blind spots, so a file where we differ from it is settled by
// TypeScript's full parser (ts.createSourceFile + an AST walk over import/export declarations, import-equals,
// `require`/`import()`/AMD `define` calls with literal arguments, and `import("x")` types):
//   - "identical": our multiset equals preProcessFile's;
//   - "preProcessFile wrong": we equal the full parse and preProcessFile does not (e.g. it reports `declare module "x"`
//     names as imports, counts `obj.require("x")`, misreads regex literals containing quotes or backticks, misses
//     `require()` inside template `${}`);
//   - "disagreement": we differ from both: counted against us and printed.
// The headline "agreement" is identical + preProcessFile-wrong; the raw identical rate is printed too.
// Python (the stdlib) vs `ast` through eval/pythonImports.py; files `ast` cannot parse (Python 2 test data) are skipped.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { extractImports } from '../src/imports/extractImports';
import type { ImportRef } from '../src/imports/types';
import { corpusFiles, type CorpusFile } from './importsCorpus';

const SHOW = 20;

interface Tally {
  compared: number;
  identical: number;
  referenceWrong: number;
  skipped: number;
  disagreements: string[];
  /** A few files where the reference was wrong, to show what kind of error it made. */
  referenceWrongExamples: string[];
  /** Identical files whose every range also starts where the reference's does (JS/TS only). */
  rangesIdentical: number;
  rangeMismatches: string[];
}

const newTally = (): Tally => ({ compared: 0, identical: 0, referenceWrong: 0, skipped: 0, disagreements: [], referenceWrongExamples: [], rangesIdentical: 0, rangeMismatches: [] });

function sameMultiset(a: string[], b: string[]): boolean {
  if (a.length !== b.length) return false;
  const x = [...a].sort();
  const y = [...b].sort();
  return x.every((v, i) => v === y[i]);
}

/** What a, but not b, has (multiset difference), for printing. */
function minus(a: string[], b: string[]): string[] {
  const rest = [...b];
  return a.filter((v) => {
    const i = rest.indexOf(v);
    if (i === -1) return true;
    rest.splice(i, 1);
    return false;
  });
}

function scriptKind(file: string): ts.ScriptKind {
  return /\.(c|m)?ts$/.test(file) ? ts.ScriptKind.TS : ts.ScriptKind.JS;
}

/** Imports according to TypeScript's full parser. */
function astImports(text: string, file: string): string[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, false, scriptKind(file));
  const found: string[] = [];
  const literal = (n: ts.Node | undefined) => {
    if (n && (ts.isStringLiteral(n) || ts.isNoSubstitutionTemplateLiteral(n))) found.push(n.text);
  };
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) literal(node.moduleSpecifier);
    else if (ts.isImportEqualsDeclaration(node) && ts.isExternalModuleReference(node.moduleReference)) literal(node.moduleReference.expression);
    else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument)) literal(node.argument.literal);
    else if (ts.isCallExpression(node)) {
      const callee = node.expression;
      if (callee.kind === ts.SyntaxKind.ImportKeyword || (ts.isIdentifier(callee) && callee.text === 'require')) literal(node.arguments[0]);
      else if (ts.isIdentifier(callee) && callee.text === 'define') {
        const deps = node.arguments.find((a) => ts.isArrayLiteralExpression(a));
        if (deps && ts.isArrayLiteralExpression(deps) && (node.arguments[0] === deps || node.arguments.indexOf(deps) === 1)) deps.elements.forEach(literal);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** True when every range we report starts right after the quote where preProcessFile saw the literal start. */
function rangesMatch(text: string, refs: ImportRef[], reference: ts.FileReference[]): boolean {
  const lineStarts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) lineStarts.push(i + 1);
  }
  const ours = refs.map((r) => `${r.specifier}@${lineStarts[r.range.start.line] + r.range.start.character}`);
  return sameMultiset(ours, reference.map((f) => `${f.fileName}@${f.pos + 1}`));
}

function compareJs(files: CorpusFile[], tally: Tally): void {
  for (const file of files) {
    let text: string;
    try {
      text = readFileSync(file.path, 'utf8');
    } catch {
      tally.skipped++;
      continue;
    }
    tally.compared++;
    const refs = extractImports(text, file.language);
    const ours = refs.map((r) => r.specifier);
    const pp = ts.preProcessFile(text, true, true);
    const reference = pp.importedFiles.map((f) => f.fileName);
    if (sameMultiset(ours, reference)) {
      tally.identical++;
      if (rangesMatch(text, refs, pp.importedFiles)) tally.rangesIdentical++;
      else if (tally.rangeMismatches.length < 5) tally.rangeMismatches.push(file.path);
      continue;
    }
    const truth = astImports(text, file.path);
    if (sameMultiset(ours, truth)) {
      tally.referenceWrong++;
      if (tally.referenceWrongExamples.length < 6) {
        tally.referenceWrongExamples.push(`${file.path}: preProcessFile extra ${JSON.stringify(minus(reference, truth))}, missing ${JSON.stringify(minus(truth, reference))}`);
      }
      continue;
    }
    tally.disagreements.push(`${file.path}\n    only ours: ${JSON.stringify(minus(ours, truth))}\n    only full parse: ${JSON.stringify(minus(truth, ours))}`
      + `  (preProcessFile: ${sameMultiset(reference, truth) ? 'agrees with full parse' : 'also differs'})`);
  }
}

function comparePython(files: CorpusFile[], tally: Tally): void {
  const script = [path.join(process.cwd(), 'eval/pythonImports.py'), path.resolve(__dirname, '../../eval/pythonImports.py')].find(existsSync);
  if (!script) throw new Error('eval/pythonImports.py not found: run from the project root');
  const run = spawnSync('python3', [script], { input: files.map((f) => f.path).join('\n'), encoding: 'utf8', maxBuffer: 1 << 28 });
  if (run.status !== 0) throw new Error(`python3 ${script} failed: ${run.stderr || run.error?.message}`);
  for (const line of run.stdout.split('\n')) {
    if (!line) continue;
    const row = JSON.parse(line) as { path: string; imports?: string[]; error?: string };
    if (!row.imports) {
      tally.skipped++;
      continue;
    }
    tally.compared++;
    const ours = extractImports(readFileSync(row.path, 'utf8'), 'python').map((r) => r.specifier);
    if (sameMultiset(ours, row.imports)) tally.identical++;
    else tally.disagreements.push(`${row.path}\n    only ours: ${JSON.stringify(minus(ours, row.imports))}\n    only ast: ${JSON.stringify(minus(row.imports, ours))}`);
  }
}

function report(title: string, description: string, t: Tally, referenceName: string): boolean {
  const pct = (n: number) => (t.compared ? ((100 * n) / t.compared).toFixed(2) : 'n/a');
  const agreement = t.identical + t.referenceWrong;
  console.log(`\n== ${title}: ${description}`);
  console.log(`files compared: ${t.compared} (skipped: ${t.skipped})`);
  console.log(`identical to ${referenceName}: ${t.identical} (${pct(t.identical)}%)`);
  if (t.rangesIdentical || t.rangeMismatches.length) {
    console.log(`of those, every import range starts where ${referenceName}'s does: ${t.rangesIdentical} (${pct(t.rangesIdentical)}% of all files)`);
    for (const m of t.rangeMismatches) console.log(`  range differs: ${m}`);
  }
  if (t.referenceWrong) console.log(`${referenceName} wrong, ours equal to the full parse: ${t.referenceWrong}, e.g.`);
  for (const e of t.referenceWrongExamples) console.log(`  ${e}`);
  console.log(`agreement: ${pct(agreement)}% (target >= 99.5%)  disagreements: ${t.disagreements.length}`);
  for (const d of t.disagreements.slice(0, SHOW)) console.log(`  ${d}`);
  if (t.disagreements.length > SHOW) console.log(`  … ${t.disagreements.length - SHOW} more`);
  return t.compared > 0 && agreement / t.compared >= 0.995;
}

function main(): void {
  const started = Date.now();
  const js = corpusFiles('node_modules');
  const jsTally = newTally();
  compareJs(js.files, jsTally);
  const jsOk = report('JS/TS vs ts.preProcessFile', js.description, jsTally, 'preProcessFile');
  const py = corpusFiles('python-stdlib');
  const pyTally = newTally();
  comparePython(py.files, pyTally);
  const pyOk = report('Python vs ast', py.description, pyTally, 'ast');
  console.log(`\n${jsOk && pyOk ? 'PASS' : 'BELOW TARGET'} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  process.exitCode = jsOk && pyOk ? 0 : 1;
}

main();
