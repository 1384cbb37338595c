import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { CliError, parseCommandArgs, UsageError, type CliCommand, type CliIO } from './io';
import { extractImports } from '../imports/extractImports';
import { classifyImport } from '../imports/classify';
import { detectProjectContext } from '../imports/projectContext';
import { languageForPath } from '../imports/languages';
import { nearestProjectRoot } from '../imports/projectRoot';
import { MAX_ANALYSED_BYTES } from '../imports/sourceFiles';
import type { ClassifiedImport } from '../imports/types';
import { maxOf } from '../util/arrays';

const USAGE = `Usage: reuse-radar imports <file> [--json]

Lists the imports of one source file (JS/TS incl. Vue/Svelte, Python, Go, Java, Kotlin, C#, Rust), each classified
as local, stdlib or package (with the package name), using the manifests of the file's project.
  --json   print [{specifier, line, column, kind, package?, ecosystem?}] (1-based line and column)`;

interface ImportRow {
  specifier: string;
  line: number;
  column: number;
  kind: ClassifiedImport['kind'];
  package?: string;
  ecosystem?: string;
}

export const importsCommand: CliCommand = {
  name: 'imports',
  summary: 'List the imports of a source file',
  usage: USAGE,
  async run(args: string[], io: CliIO): Promise<number> {
    const parsed = parseCommandArgs({ args, options: { json: { type: 'boolean' } }, allowPositionals: true, strict: true });
    const [file, ...extra] = parsed.positionals;
    if (!file) throw new UsageError('missing <file>');
    if (extra.length) throw new UsageError(`expected one file, got ${parsed.positionals.length}`);
    const full = path.resolve(io.cwd, file);
    const language = languageForPath(full);
    if (!language) {
      const ext = path.extname(full);
      throw new CliError(`unsupported file type ${ext ? `"${ext}"` : `(no extension) for ${file}`}: expected .js .jsx .mjs .cjs .ts .tsx .mts .cts .vue .svelte .py .go .java .kt .kts .cs .rs`);
    }
    let text: string;
    try {
      const { size } = await stat(full);
      if (size > MAX_ANALYSED_BYTES) {
        throw new CliError(`${file} is ${(size / 1024 / 1024).toFixed(1)} MB; reuse-radar reads source files up to ${MAX_ANALYSED_BYTES / 1024 / 1024} MB (as scan does)`);
      }
      text = await readFile(full, 'utf8');
    } catch (err) {
      if (err instanceof CliError) throw err;
      const code = (err as NodeJS.ErrnoException).code;
      throw new CliError(code === 'ENOENT' ? `file not found: ${file}` : code === 'EISDIR' ? `${file} is a directory` : `cannot read ${file} (${code ?? 'error'})`);
    }
    const ctx = await detectProjectContext((await nearestProjectRoot(full)) ?? path.dirname(full));
    const rows = extractImports(text, language).map((ref) => toRow(classifyImport(ref, language, ctx)));
    io.stdout(parsed.values.json ? `${JSON.stringify(rows, null, 2)}\n` : table(rows));
    return 0;
  },
};

function toRow(c: ClassifiedImport): ImportRow {
  const row: ImportRow = { specifier: c.specifier, line: c.range.start.line + 1, column: c.range.start.character + 1, kind: c.kind };
  if (c.packageName !== undefined) row.package = c.packageName;
  if (c.ecosystem !== undefined) row.ecosystem = c.ecosystem;
  return row;
}

function table(rows: ImportRow[]): string {
  if (rows.length === 0) return 'No imports found.\n';
  const cells = rows.map((r) => [`${r.line}:${r.column}`, r.kind, r.specifier, r.package ? `${r.package} (${r.ecosystem})` : '']);
  const header = ['LINE:COL', 'KIND', 'SPECIFIER', 'PACKAGE'];
  const widths = header.map((h, i) => maxOf(cells.map((c) => c[i].length), h.length));
  const line = (c: string[]) => c.map((v, i) => v.padEnd(widths[i])).join('  ').trimEnd();
  return `${[line(header), ...cells.map(line)].join('\n')}\n`;
}
