import { mkdir, readdir, readFile, rename, writeFile } from 'node:fs/promises';
import * as nodePath from 'node:path';
import { validateCatalog } from '../catalog/validateCatalog';
import type { Catalog } from '../catalog/model';
import { refreshCatalog } from '../github/catalogRefresh';
import { createOctokit } from '../github/octokit';
import { redactor } from '../util/redact';
import { assertTokenTransport } from '../util/safeUrl';
import { apiUrlOption, CliError, parseCommandArgs, UsageError, type CliCommand, type CliIO } from './io';

const USAGE = `Usage: reuse-radar catalog build [--org <org> ...] [--from <file-dir-or-url> ...] [--api-url <url>] [--topic <t>] [--library-types <t,...>] [--incremental] [--allow-partial] --out <file>
  (at least one --org or --from)

  --org <login>       GitHub organization or user to crawl (repeatable)
  --api-url <url>     REST API base (default $GITHUB_API_URL, else https://api.github.com; GHES: https://HOST/api/v3)
  --from <file|dir|url>  catalog file to merge in: Reuse Radar JSON, InnerSource repos.json, Backstage YAML/API, ESLint
                      configs (JSON/YAML or --print-config output), module-replacements (repeatable); a directory reads every catalog file in it
  --library-types <t,...>  Backstage spec.type values that are libraries (default: any type naming a library, sdk or package)
  --topic <topic>     only repositories with this topic count as libraries (e.g. inner-source)
  --incremental       reuse --out from the previous run and crawl only repositories pushed since (full sweep weekly)
  --allow-partial     write what loaded even when a --from source failed or the catalog is empty (default: exit 1, write nothing)
  --out <file>        where to write the catalog JSON (what reuseRadar.catalogFiles and --from read); folders are created

Environment: GITHUB_TOKEN authenticates (never printed). Without it GitHub allows 60 requests per hour.`;

async function previousCatalog(file: string): Promise<Catalog | undefined> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    return undefined;
  }
  try {
    const raw = JSON.parse(text) as { sync?: Catalog['sync'] };
    const { catalog } = validateCatalog(raw, file);
    return { ...catalog, sync: Array.isArray(raw.sync) ? raw.sync : undefined };
  } catch {
    return undefined;
  }
}

const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

/** Why a build must not be published (a named source failed, or nothing at all was read), else undefined. */
function incompleteReason(failed: string[], catalog: Catalog): string | undefined {
  if (failed.length) return `${failed.length === 1 ? 'a --from source' : `${failed.length} --from sources`} could not be read (${failed.join(', ')})`;
  if (catalog.entries.length === 0 && catalog.replacements.length === 0 && !catalog.advice?.length) return 'the catalog has no libraries and no replacement rules';
  return undefined;
}

/** A local --from path as the catalog records it (relative to the current directory, never the machine's absolute path); URLs as given. */
function relativeSpec(spec: string, cwd: string): string {
  if (/^https?:\/\//i.test(spec)) return spec;
  return nodePath.relative(cwd, nodePath.resolve(cwd, spec)).split(nodePath.sep).join('/') || '.';
}

async function run(args: string[], io: CliIO): Promise<number> {
  const { values } = parseCommandArgs({
    args,
    allowPositionals: false,
    options: {
      org: { type: 'string', multiple: true },
      'api-url': { type: 'string' },
      from: { type: 'string', multiple: true },
      topic: { type: 'string' },
      out: { type: 'string' },
      incremental: { type: 'boolean' },
      'allow-partial': { type: 'boolean' },
      'library-types': { type: 'string', multiple: true },
    },
  });
  const libraryTypes = (values['library-types'] ?? []).flatMap((t) => t.split(',')).map((t) => t.trim()).filter(Boolean);
  if (values['library-types'] && !libraryTypes.length) throw new UsageError('--library-types needs at least one Backstage spec.type, e.g. library,sdk');
  const orgs = values.org ?? [];
  const from = values.from ?? [];
  if (!values.out) throw new UsageError('--out <file> is required');
  if (orgs.length === 0 && from.length === 0) throw new UsageError('give at least one --org or --from');
  const apiUrl = apiUrlOption(values['api-url'], io.env);
  const out = nodePath.resolve(io.cwd, values.out);
  const token = io.env.GITHUB_TOKEN || undefined;
  if (token) {
    try {
      assertTokenTransport(apiUrl, 'GITHUB_TOKEN');
    } catch (err) {
      throw new CliError((err as Error).message);
    }
  }
  const clean = redactor([token]);
  if (orgs.length && !token) io.stderr('No GITHUB_TOKEN: crawling anonymously (GitHub allows 60 requests per hour without a token).\n');
  const started = Date.now();
  const octokit = createOctokit({
    token,
    apiUrl,
    userAgent: 'reuse-radar-cli',
    log: { trace: () => {}, debug: () => {}, info: () => {}, warn: (m) => io.stderr(`${clean(m)}\n`), error: (m) => io.stderr(`${clean(String(m))}\n`) },
    onRateLimitWait: (seconds, reason) => io.stderr(`${reason}: waiting ${Math.ceil(seconds)} s\n`),
  });
  let lastProgress = 0;
  try {
    const result = await refreshCatalog(values.incremental ? await previousCatalog(out) : undefined, {
      orgs, apiUrl, octokit, catalogFiles: from.map((f) => relativeSpec(f, io.cwd)), topic: values.topic,
      fetch: globalThis.fetch, readFile: (f) => readFile(f, 'utf8'), baseDir: io.cwd,
      listDir: async (dir) => (await readdir(dir, { withFileTypes: true })).map((d) => ({ name: d.name, isDirectory: d.isDirectory(), isFile: d.isFile() })),
      ...(libraryTypes.length ? { libraryTypes } : {}),
      onProgress: (p) => {
        if (Date.now() - lastProgress < 500 && p.total !== p.repositories) return;
        lastProgress = Date.now();
        const count = p.total !== undefined ? `${p.repositories} of ${plural(p.total, 'repository', 'repositories')}` : plural(p.repositories, 'repository', 'repositories');
        io.stderr(`${p.org}: ${count}\n`);
      },
    });
    for (const warning of result.warnings) io.stderr(`warning: ${clean(warning)}\n`);
    const refusal = incompleteReason(result.failed, result.catalog);
    if (refusal && !values['allow-partial']) {
      throw new CliError(`${refusal}; ${values.out} was not written (--allow-partial writes what loaded)`);
    }
    await mkdir(nodePath.dirname(out), { recursive: true });
    const tmp = `${out}.${process.pid}.tmp`;
    await writeFile(tmp, `${JSON.stringify(result.catalog, null, 1)}\n`, 'utf8');
    await rename(tmp, out);
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    for (const { org, repositories } of result.repositoriesByOrg) {
      io.stdout(`${org}: ${plural(repositories, 'repository', 'repositories')}${result.incremental ? ' pushed since the last sync (incremental refresh)' : ''}\n`);
    }
    if (from.length) {
      io.stdout(`Read ${plural(result.files.entries, 'library', 'libraries')} and ${plural(result.files.rules, 'replacement rule', 'replacement rules')}`
        + `${result.files.advice ? ` (and ${plural(result.files.advice, 'piece', 'pieces')} of native/micro-utility advice)` : ''} from ${plural(result.files.read, 'file', 'files')}\n`);
    }
    io.stdout(`Total: ${plural(result.libraries, 'library', 'libraries')}, ${plural(result.catalog.replacements.length, 'replacement rule', 'replacement rules')}, `
      + `${plural(result.requests, 'API request', 'API requests')}, ${seconds} s. Wrote ${values.out}\n`);
    return 0;
  } catch (err) {
    throw new CliError(clean((err as Error).message ?? String(err)));
  }
}

export const catalogBuildCommand: CliCommand = {
  name: 'catalog build',
  summary: 'Build a catalog from GitHub orgs and catalog files',
  usage: USAGE,
  run,
};
