// Real-world eval: real public organizations' repositories (eval/real/corpus) seeded into the GitHub stand-in, crawled
// with `reuse-radar catalog build`, their services scanned with `reuse-radar scan --json` (imports and --new-files),
// every advice pair judged against the hand labels in eval/real/labels.json. See eval/real/README.md.
// Usage: npm run eval:real [-- --threshold <t>] [--sweep] [--verbose] [--cli <other worktree>/dist/cli.js --out <dir>]
import { execFile } from 'node:child_process';
import { cp, readdir, readFile, mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs, promisify } from 'node:util';
import { startGitHubStandIn, type GitHubStandIn } from '../test/support/githubStandIn';
import { DEFAULT_THRESHOLD } from '../src/matching/matcher';
import { orgMetrics, labelKey, type Label, type ScanFindingJson, type ScanInput } from './realMetrics';
import { loadOrgs, realDir, type CorpusImport, type RealOrg, type RealRepo } from './realSetup';
import { formatReport, unlabelledPairs } from './realReport';

const run = promisify(execFile);
const TOKEN = 'reuse-radar-eval-dummy-token';
const SWEEP = [0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9];

async function filesUnder(dir: string, base = dir): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) Object.assign(out, await filesUnder(full, base));
    else out[path.relative(base, full).split(path.sep).join('/')] = await readFile(full, 'utf8');
  }
  return out;
}

async function seed(gh: GitHubStandIn, org: RealOrg): Promise<void> {
  gh.state.addOrg(org.org);
  let i = 0;
  for (const repo of org.repos) {
    const createdAt = new Date(Date.parse('2020-01-01T00:00:00Z') + i++ * 60_000).toISOString();
    gh.state.addRepo({
      owner: org.org, name: repo.name, description: repo.description ?? null, language: repo.language ?? null,
      createdAt, pushedAt: createdAt, defaultBranch: 'main', files: await filesUnder(corpusDir(org.org, repo)),
    });
  }
}

function corpusDir(org: string, repo: RealRepo): string {
  return path.join(realDir(), 'corpus', org, repo.name);
}

async function cli(cliPath: string, args: string[], env: NodeJS.ProcessEnv = {}): Promise<string> {
  try {
    const { stdout } = await run(process.execPath, [cliPath, ...args], { env: { ...process.env, ...env }, maxBuffer: 512 * 1024 * 1024 });
    return stdout;
  } catch (err) {
    const e = err as { stderr?: string; message: string };
    throw new Error(`reuse-radar ${args.slice(0, 2).join(' ')} failed: ${e.stderr || e.message}`, { cause: err });
  }
}

/**
 * A checkout of a scanned repository as a developer has it: the corpus files in a git work tree whose origin is the
 * repository on GitHub (what tells the scanner which project it is in), outside this project's own git tree.
 */
async function checkout(work: string, org: string, repo: RealRepo): Promise<string> {
  const dir = path.join(work, 'checkouts', org, repo.name);
  await rm(dir, { recursive: true, force: true });
  await cp(corpusDir(org, repo), dir, { recursive: true });
  await run('git', ['init', '-q', dir]);
  await run('git', ['-C', dir, 'remote', 'add', 'origin', `https://github.com/${repo.owner ?? org}/${repo.name}.git`]);
  return dir;
}

/** Top-level folders and modules of a repository, and the TypeScript path aliases of its tsconfig files. */
async function ownRootsOf(dir: string): Promise<Set<string>> {
  const roots = new Set<string>();
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    if (entry.name.startsWith('.')) continue;
    if (entry.isDirectory()) roots.add(entry.name);
    else if (/\.(py|rs)$/.test(entry.name)) roots.add(entry.name.replace(/\.\w+$/, ''));
  }
  for (const [file, text] of Object.entries(await filesUnder(dir))) {
    if (!file.endsWith('tsconfig.json')) continue;
    const paths = /^\s*"paths"\s*:\s*\{([^}]*)\}/m.exec(text)?.[1] ?? '';
    for (const m of paths.matchAll(/"([^"/*]+)(?:\/\*)?"\s*:/g)) roots.add(m[1]);
  }
  return roots;
}

async function scan(cliPath: string, dir: string, catalog: string, threshold: number | undefined, newFiles: boolean): Promise<ScanFindingJson[]> {
  const args = ['scan', dir, '--catalog', catalog, '--json', ...(newFiles ? ['--new-files'] : []), ...(threshold === undefined ? [] : ['--threshold', String(threshold)])];
  return JSON.parse(await cli(cliPath, args)) as ScanFindingJson[];
}

async function loadLabels(): Promise<Map<string, Label>> {
  const { labels } = JSON.parse(await readFile(path.join(realDir(), 'labels.json'), 'utf8')) as { labels: Label[] };
  return new Map(labels.map((l) => [labelKey(l), l]));
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { threshold: { type: 'string' }, sweep: { type: 'boolean' }, verbose: { type: 'boolean' }, cli: { type: 'string' }, out: { type: 'string' } },
  });
  // --cli: judge another worktree's build (its dist/cli.js) with this eval; --out: where catalogs and details go.
  const cliPath = path.resolve(values.cli ?? path.join(realDir(), '../../dist/cli.js'));
  const threshold = values.threshold === undefined ? undefined : Number(values.threshold);
  const started = Date.now();
  const orgs = await loadOrgs();
  const labels = await loadLabels();
  const work = path.resolve(values.out ?? path.join(realDir(), '../../out/eval-real'));
  await mkdir(work, { recursive: true });
  const gh = await startGitHubStandIn();
  const catalogs = new Map<string, string>();
  try {
    gh.state.addToken(TOKEN, 'reuse-radar-eval');
    for (const org of orgs.filter((o) => o.crawl)) {
      await seed(gh, org);
      const out = path.join(work, `${org.org}.catalog.json`);
      const summary = await cli(cliPath, ['catalog', 'build', '--org', org.org, '--api-url', gh.url, '--out', out], { GITHUB_TOKEN: TOKEN });
      process.stderr.write(`crawled ${summary.trim().split('\n').pop()}\n`);
      catalogs.set(org.org, out);
    }
  } finally {
    await gh.close();
  }

  // Every scan is run once, at the lowest threshold asked for; higher thresholds filter its findings.
  const lowest = values.sweep ? Math.min(...SWEEP, threshold ?? DEFAULT_THRESHOLD) : threshold;
  const inputs = new Map<string, ScanInput[]>();
  const jobs: Array<() => Promise<void>> = [];
  const checkouts = new Map<string, Promise<string>>();
  for (const org of orgs) for (const repo of org.repos.filter((r) => r.scan)) checkouts.set(`${org.org}/${repo.name}`, checkout(work, org.org, repo));
  for (const org of orgs) {
    for (const repo of org.repos.filter((r) => r.scan)) {
      for (const against of org.crawl ? [org.org] : repo.against ?? []) {
        const catalog = catalogs.get(against);
        if (!catalog) throw new Error(`${repo.name} is scanned against ${against}, which is not crawled`);
        jobs.push(async () => {
          const dir = await checkouts.get(`${org.org}/${repo.name}`)!;
          const imports = JSON.parse(await readFile(path.join(realDir(), 'imports', org.org, `${repo.name}.json`), 'utf8')) as CorpusImport[];
          const [findings, newFileFindings] = await Promise.all([scan(cliPath, dir, catalog, lowest, false), scan(cliPath, dir, catalog, lowest, true)]);
          const list = inputs.get(against) ?? [];
          const ownRoots = await ownRootsOf(corpusDir(org.org, repo));
          list.push({ org: against, scanned: `${repo.owner ?? org.org}/${repo.name}`, imports, ownRoots, findings, newFileFindings });
          inputs.set(against, list);
        });
      }
    }
  }
  // A few CLI processes at a time: enough to overlap I/O, few enough for a shared machine.
  await Promise.all(Array.from({ length: 3 }, async () => {
    for (let job = jobs.shift(); job; job = jobs.shift()) await job();
  }));

  const librariesOf = new Map(orgs.map((o) => [o.org, o.libraries]));
  const measure = (t: number | undefined) => [...inputs.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([org, list]) => {
    list.sort((a, b) => a.scanned.localeCompare(b.scanned));
    return orgMetrics(org, t === undefined ? list : list.map((i) => atThreshold(i, t)), librariesOf.get(org) ?? {}, labels);
  });
  // Without --sweep the scans ran at the asked (or the CLI's default) threshold; with it, at the lowest one.
  const shown = values.sweep ? threshold ?? DEFAULT_THRESHOLD : undefined;
  const results = measure(shown);
  const sweep = values.sweep ? SWEEP.map((t) => ({ threshold: t, results: measure(t) })) : undefined;
  process.stdout.write(formatReport({ results, sweep, verbose: values.verbose === true, threshold: threshold ?? shown }));
  const items = results.flatMap((r) => r.items);
  await writeFile(path.join(work, 'unlabelled.json'), `${JSON.stringify({ labels: unlabelledPairs(items) }, null, 1)}\n`);
  await writeFile(path.join(work, 'advice.json'), `${JSON.stringify(items, null, 1)}\n`);
  process.stdout.write(`\nCLI: ${cliPath}. Details: ${path.join(work, 'advice.json')} (every advice item), ${path.join(work, 'unlabelled.json')} (pairs to label). ${((Date.now() - started) / 1000).toFixed(0)} s.\n`);
}

function atThreshold(input: ScanInput, t: number): ScanInput {
  const keep = (list: ScanFindingJson[]) => list
    .map((f) => ({ ...f, suggestions: f.suggestions.filter((s) => s.score >= t) }))
    .filter((f) => f.suggestions.length > 0);
  return { ...input, findings: keep(input.findings), newFileFindings: keep(input.newFileFindings) };
}

if (require.main === module) {
  main().catch((err) => {
    console.error(err instanceof Error ? err.message : err);
    process.exitCode = 1;
  });
}
