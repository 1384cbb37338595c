// (Re)builds eval/real/corpus from local git snapshots of the repositories listed in eval/real/orgs.json.
// Usage: node scripts/build.mjs --quiet --only eval && node out/eval/realCorpus.js --mirrors <dir> [--only org/repo]
//   <dir>/<owner>+<name>/repo is a git directory (bare, or a work tree with .git) holding the pinned commit.
// Kept per repository: manifests, descriptors and catalog files verbatim (READMEs cut to 8 KiB), and every source
// file the extension reads as an import-only excerpt (see realExcerpt.ts). Writes eval/real/SOURCES.tsv (repository,
// path, commit, how kept) and eval/real/imports/<org>/<repo>.json (every import of the scanned repositories,
// classified by the imports core: the denominators of the eval).
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { languageForPath } from '../src/imports/languages';
import { verifiedExcerpt } from './realExcerpt';
import { loadOrgs, realDir, type CorpusImport, type RealRepo } from './realSetup';
import { classifyCorpus } from './realTruth';

const SKIPPED_DIRS = /(^|\/)(node_modules|vendor|dist|build|out|target|\.git|\.hg|\.svn|\.venv|venv|__pycache__)\//;
const MANIFEST = /(^|\/)(package\.json|pnpm-workspace\.yaml|lerna\.json|nx\.json|tsconfig\.json|jsconfig\.json|pyproject\.toml|setup\.cfg|setup\.py|requirements[^/]*\.(txt|in)|Pipfile|go\.mod|go\.work|Cargo\.toml|pom\.xml|build\.gradle(\.kts)?|settings\.gradle(\.kts)?|[^/]+\.csproj|catalog-info\.ya?ml|innersource\.json|CODEOWNERS|\.gitignore|\.reuse-radar\.json)$/;
const ROOT_DOC = /^(README(\.md|\.rst)?|CONTRIBUTING(\.md|\.rst)?)$/i;
const LAYOUT_SOURCE = /(^|\/)__init__\.py$|^(src\/|py\/|python\/)?[^/]+\.py$|(^|\/)src\/(lib|main)\.rs$/;
const MAX_SOURCE_FILES = 1500;
const MAX_MANIFEST_BYTES = 256 * 1024;
const README_BYTES = 8 * 1024;

function gitDir(mirrors: string, repo: string): string {
  const base = path.join(mirrors, repo.replace('/', '+'), 'repo');
  return existsSync(path.join(base, '.git')) ? path.join(base, '.git') : base;
}

function git(dir: string, args: string[], input?: string): Buffer {
  return execFileSync('git', ['--git-dir', dir, ...args], { maxBuffer: 1024 * 1024 * 1024, input });
}

/** Blob contents by sha, read with one `git cat-file --batch`. */
function readBlobs(dir: string, shas: string[]): Map<string, Buffer> {
  const out = git(dir, ['cat-file', '--batch'], `${shas.join('\n')}\n`);
  const blobs = new Map<string, Buffer>();
  let at = 0;
  while (at < out.length) {
    const headerEnd = out.indexOf(10, at);
    const [sha, type, size] = out.subarray(at, headerEnd).toString('utf8').split(' ');
    if (type === 'missing') {
      at = headerEnd + 1;
      continue;
    }
    const start = headerEnd + 1;
    blobs.set(sha, out.subarray(start, start + Number(size)));
    at = start + Number(size) + 1;
  }
  return blobs;
}

async function importRepo(mirrors: string, org: string, repo: RealRepo, sources: string[]): Promise<CorpusImport[] | undefined> {
  const full = `${repo.owner ?? org}/${repo.name}`;
  const dir = gitDir(mirrors, full);
  const out = path.join(realDir(), 'corpus', org, repo.name);
  await rm(out, { recursive: true, force: true });
  const listing = git(dir, ['ls-tree', '-r', '-l', repo.commit]).toString('utf8').split('\n').filter(Boolean);
  let sourceCount = 0;
  let mismatched = 0;
  const picked: Array<{ file: string; sha: string; language: ReturnType<typeof languageForPath>; isManifest: boolean; isDoc: boolean }> = [];
  for (const row of listing) {
    const [meta, file] = row.split('\t');
    const [mode, type, sha, size] = meta.split(/\s+/);
    if (type !== 'blob' || mode === '120000' || SKIPPED_DIRS.test(file)) continue;
    const language = languageForPath(file);
    const isManifest = MANIFEST.test(file) && Number(size) <= MAX_MANIFEST_BYTES;
    const isDoc = ROOT_DOC.test(file);
    if (!language && !isManifest && !isDoc) continue;
    // Repositories that are only crawled keep the sources that show their layout (Python packages, Rust modules).
    if (language && !isManifest && !repo.scan && !LAYOUT_SOURCE.test(file)) continue;
    if (language && !isManifest && (sourceCount >= MAX_SOURCE_FILES || Number(size) > 1024 * 1024)) continue;
    if (language && !isManifest) sourceCount++;
    picked.push({ file, sha, language, isManifest, isDoc });
  }
  const blobs = readBlobs(dir, picked.map((p) => p.sha));
  for (const { file, sha, language, isManifest, isDoc } of picked) {
    const bytes = blobs.get(sha);
    if (!bytes || bytes.subarray(0, 8000).includes(0)) continue;
    let text = bytes.toString('utf8');
    let how = 'verbatim';
    if (language && !isManifest) {
      const excerpt = verifiedExcerpt(text, language);
      if (excerpt.repaired) mismatched++;
      text = excerpt.text;
      how = 'imports-only excerpt';
    } else if (isDoc && text.length > README_BYTES) {
      text = text.slice(0, README_BYTES);
      how = 'first 8 KiB';
    }
    const target = path.join(out, file);
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, text);
    sources.push([full, file, repo.commit, how].join('\t'));
  }
  console.log(`${full}: ${sourceCount} source files${mismatched ? ` (${mismatched} excerpts repaired)` : ''}`);
  return repo.scan ? classifyCorpus(out) : undefined;
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { mirrors: { type: 'string' }, only: { type: 'string' } } });
  if (!values.mirrors) throw new Error('--mirrors <dir> is required');
  const orgs = await loadOrgs();
  const sources: string[] = [];
  for (const org of orgs) {
    for (const repo of org.repos) {
      if (values.only && values.only !== `${org.org}/${repo.name}`) continue;
      const imports = await importRepo(values.mirrors, org.org, repo, sources);
      if (imports) {
        const file = path.join(realDir(), 'imports', org.org, `${repo.name}.json`);
        await mkdir(path.dirname(file), { recursive: true });
        await writeFile(file, `${JSON.stringify(imports, null, 0).replace(/\},\{/g, '},\n{')}\n`);
      }
    }
  }
  if (!values.only) {
    await writeFile(path.join(realDir(), 'SOURCES.tsv'), `repository\tpath\tcommit\tkept\n${sources.join('\n')}\n`);
  }
}

if (require.main === module) {
  main().catch((err) => {
    console.error(err instanceof Error ? err.message : err);
    process.exitCode = 1;
  });
}
