import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { parseCatalogFile } from '../catalog/catalogFiles';
import { loadDemoCatalog } from '../catalog/demoCatalog';
import type { Catalog } from '../catalog/model';
import { DEFAULT_THRESHOLD } from '../matching/matcher';
import { formatJson, formatSarif, formatText } from '../matching/report';
import { scanTree } from '../matching/scanTree';
import { CliError, parseCommandArgs, UsageError, type CliCommand, type CliIO } from './io';

const USAGE = `Usage: reuse-radar scan <path> [--catalog <file>] [--json | --format text|json|sarif] [--new-files] [--threshold <0..1>]

Suggests internal libraries for the imports in a source tree (or, with --new-files, for every file as if newly
created). Respects dismissals in <path>/.reuse-radar.json. Exits 0 even when there are findings.
  --catalog <file>    catalog file (Reuse Radar JSON, InnerSource repos.json, Backstage YAML, ESLint
                      no-restricted-imports, module-replacements); without it the embedded demo catalog is used
  --json              same as --format json: [{file, line, trigger:{kind, specifier}, suggestions:[{name, repo, package?, score, reason, match}]}] (no "package" for a library that publishes none)
  --format <f>        text (default, grouped by library), json, or sarif (SARIF 2.1.0)
  --new-files         treat every file as new: the trigger is its path relative to <path>
  --threshold <n>     confidence threshold, 0..1 (default ${DEFAULT_THRESHOLD})`;

type Format = 'text' | 'json' | 'sarif';

export const scanCommand: CliCommand = {
  name: 'scan',
  summary: 'Scan a source tree and suggest internal libraries',
  usage: USAGE,
  async run(args: string[], io: CliIO): Promise<number> {
    const parsed = parseCommandArgs({
      args,
      allowPositionals: true,
      strict: true,
      options: {
        catalog: { type: 'string' },
        json: { type: 'boolean' },
        format: { type: 'string' },
        'new-files': { type: 'boolean' },
        threshold: { type: 'string' },
      },
    });
    const [target, ...extra] = parsed.positionals;
    if (!target) throw new UsageError('missing <path>');
    if (extra.length > 0) throw new UsageError(`expected one path, got ${parsed.positionals.length}`);
    const format = formatOf(parsed.values.format, parsed.values.json);
    const threshold = thresholdOf(parsed.values.threshold);

    const root = path.resolve(io.cwd, target);
    const info = await stat(root).catch(() => undefined);
    if (!info) throw new CliError(`path not found: ${target}`);
    if (!info.isDirectory()) throw new CliError(`${target} is not a directory`);

    const catalog = await loadCatalog(parsed.values.catalog, io);
    let findings;
    try {
      findings = await scanTree(root, catalog, { newFiles: parsed.values['new-files'] === true, threshold });
    } catch (err) {
      // The only expected failure here is a malformed .reuse-radar.json; its message names the file.
      throw new CliError(err instanceof Error ? err.message : String(err));
    }
    io.stdout(format === 'json' ? formatJson(findings) : format === 'sarif' ? formatSarif(findings, { catalog }) : formatText(findings));
    return 0;
  },
};

function formatOf(format: string | undefined, json: boolean | undefined): Format {
  if (json && format && format !== 'json') throw new UsageError(`--json conflicts with --format ${format}`);
  if (json) return 'json';
  if (format === undefined) return 'text';
  if (format === 'text' || format === 'json' || format === 'sarif') return format;
  throw new UsageError(`unknown --format "${format}": expected text, json or sarif`);
}

function thresholdOf(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (value.trim() === '' || !Number.isFinite(n) || n < 0 || n > 1) throw new UsageError(`--threshold must be a number from 0 to 1, got "${value}"`);
  return n;
}

async function loadCatalog(file: string | undefined, io: CliIO): Promise<Catalog> {
  if (file === undefined) {
    io.stderr('reuse-radar scan: no --catalog given; using the embedded demo catalog (fictional org acme-demo)\n');
    return loadDemoCatalog();
  }
  let text: string;
  try {
    text = await readFile(path.resolve(io.cwd, file), 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new CliError(code === 'ENOENT' ? `catalog file not found: ${file}` : `cannot read catalog file ${file} (${code ?? 'error'})`);
  }
  try {
    const { catalog, warnings } = parseCatalogFile(text, file);
    for (const warning of warnings) io.stderr(`reuse-radar scan: ${warning}\n`);
    return catalog;
  } catch (err) {
    throw new CliError(err instanceof Error ? err.message : String(err));
  }
}
