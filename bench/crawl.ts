import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { CatalogCacheStore } from '../src/catalog/cacheStore';
import { refreshCatalog, type RefreshCatalogOptions } from '../src/github/catalogRefresh';
import { crawlOrgs } from '../src/github/crawlOrg';
import { createOctokit } from '../src/github/octokit';
import { generateSnapshots } from '../test/support/catalogGenerator/generate';
import type { RepoSnapshot } from '../src/catalog/model';
import { seedOrg, startGitHubStandIn, type GitHubStandIn } from '../test/support/githubStandIn';

const TOKEN = 'bench-token';
const ORG_SIZE = 10_000;
const SAMPLE = 500;

const seconds = (ms: number) => (ms / 1000).toFixed(1);
/** One repository in this many becomes a monorepo (npm, pnpm, Cargo, Maven or Go, six members each). */
const MONOREPO_EVERY = 33;

/** Monorepo files of each kind for repository `name`: a workspace declaration and six members. */
function monorepoFiles(kind: number, org: string, name: string): Record<string, string> {
  const members = ['core', 'http', 'auth', 'cache', 'metrics', 'testing'];
  const files: Record<string, string> = {};
  const json = (v: unknown) => JSON.stringify(v);
  switch (kind) {
    case 0:
    case 1:
      files['package.json'] = json({ name, private: true, ...(kind === 0 ? { workspaces: ['packages/*'] } : {}) });
      if (kind === 1) files['pnpm-workspace.yaml'] = "packages:\n  - 'packages/*'\n";
      for (const m of members) files[`packages/${m}/package.json`] = json({ name: `@${org}/${name}-${m}`, dependencies: { axios: '^1', [`@${org}/${name}-core`]: 'workspace:*' } });
      break;
    case 2:
      files['Cargo.toml'] = `[workspace]\nmembers = ["crates/*"]\n`;
      for (const m of members) files[`crates/${m}/Cargo.toml`] = `[package]\nname = "${name}-${m}"\n[dependencies]\nserde = "1"\n`;
      break;
    case 3:
      files['pom.xml'] = `<project><groupId>com.${org}</groupId><artifactId>${name}</artifactId><packaging>pom</packaging><modules>${members.map((m) => `<module>${m}</module>`).join('')}</modules></project>`;
      for (const m of members) {
        files[`${m}/pom.xml`] = `<project><parent><groupId>com.${org}</groupId></parent><artifactId>${name}-${m}</artifactId><dependencies><dependency><groupId>com.squareup.okhttp3</groupId><artifactId>okhttp</artifactId></dependency></dependencies></project>`;
        files[`${m}/src/main/java/com/${org}/${m}/Api.java`] = `package com.${org}.${m};\nclass Api {}\n`;
      }
      break;
    default:
      files['go.mod'] = `module github.com/${org}/${name}\n\ngo 1.22\n`;
      for (const m of members) files[`${m}/go.mod`] = `module github.com/${org}/${name}/${m}\n\ngo 1.22\n\nrequire go.uber.org/zap v1.27.0\n`;
  }
  return files;
}

/** The synthetic org with every MONOREPO_EVERY-th (non-fork) repository turned into a monorepo. */
function orgWithMonorepos(org: string, n: number, seed: number): { snapshots: RepoSnapshot[]; monorepos: number } {
  let monorepos = 0;
  const snapshots = generateSnapshots(n, seed, { org }).map((s, i) => {
    if (i % MONOREPO_EVERY !== 0 || s.isFork) return s;
    return { ...s, files: monorepoFiles(monorepos++ % 5, org, s.name) };
  });
  return { snapshots, monorepos };
}

function options(gh: GitHubStandIn, org: string, extra: Partial<RefreshCatalogOptions> = {}): RefreshCatalogOptions {
  return {
    orgs: [org], apiUrl: gh.url, catalogFiles: [], fetch: globalThis.fetch, readFile: async () => '', baseDir: process.cwd(),
    // The 1 s spacing the client keeps between GraphQL POSTs on github.com is disabled: the stand-in measures the
    // crawl's own cost; on GitHub add requests × 1 s.
    octokit: createOctokit({ token: TOKEN, apiUrl: gh.url, minWriteIntervalMs: 0 }),
    ...extra,
  };
}

/**
 * The crawl figures of issue 3 on the GitHub stand-in: full GraphQL crawl of a 10,000-repository org (requests,
 * seconds, cache write), the same with GitHub timing out on pages over 25, an incremental refresh with nothing pushed,
 * an unchanged catalog-file URL, and the REST baseline (list + per-file contents) measured on 500 and extrapolated.
 */
export async function benchCrawl(): Promise<string[]> {
  const gh = await startGitHubStandIn({ rateLimit: { core: 1_000_000, graphql: 1_000_000 } });
  const dir = mkdtempSync(path.join(tmpdir(), 'bench-crawl-'));
  const lines: string[] = [];
  try {
    gh.state.addToken(TOKEN, 'bench');
    let t = Date.now();
    const big = orgWithMonorepos('bigorg', ORG_SIZE, 7);
    seedOrg(gh.state, 'bigorg', big.snapshots);
    seedOrg(gh.state, 'sample', orgWithMonorepos('sample', SAMPLE, 8).snapshots);
    lines.push(`Stand-in seeded with ${ORG_SIZE.toLocaleString('en')} + ${SAMPLE} repositories (real git objects; ${big.monorepos} of the big org's are monorepos of six members each) in ${seconds(Date.now() - t)} s.`);

    let mark = gh.requests.length;
    t = Date.now();
    const full = await refreshCatalog(undefined, options(gh, 'bigorg'));
    const crawlMs = Date.now() - t;
    const store = new CatalogCacheStore(path.join(dir, 'catalog.json'));
    t = Date.now();
    await store.save(full.catalog);
    const saveMs = Date.now() - t;
    const fullRequests = gh.requests.length - mark;
    const memberPackages = full.catalog.entries.flatMap((e) => e.packages).filter((p) => p.path).length;
    lines.push(`Full crawl of ${ORG_SIZE.toLocaleString('en')} repositories with manifests, ${big.monorepos} monorepos among them (GraphQL, 40 per page, members read in shared follow-up queries): **${fullRequests} requests** (target ≤ 410), `
      + `${seconds(crawlMs)} s, ${full.libraries.toLocaleString('en')} libraries, ${memberPackages.toLocaleString('en')} monorepo packages, org usage over ${full.catalog.orgUsage?.repositories.toLocaleString('en')} repositories; cache written in ${saveMs} ms.`);

    mark = gh.requests.length;
    gh.faults.add({ graphql: true, status: 502, times: Infinity, when: (r) => ((r.body as { variables?: { first?: number } }).variables?.first ?? 0) > 25 });
    t = Date.now();
    await refreshCatalog(undefined, options(gh, 'bigorg', { retryBaseMs: 1 }));
    const shrunk = gh.requests.slice(mark);
    lines.push(`Same crawl while GitHub answers 502 to pages over 25: ${shrunk.length} requests (${shrunk.filter((r) => r.status === 502).length} of them 502), ${seconds(Date.now() - t)} s.`);
    gh.faults.clear();

    mark = gh.requests.length;
    t = Date.now();
    const quiet = await refreshCatalog(full.catalog, options(gh, 'bigorg'));
    lines.push(`Incremental refresh, nothing pushed since the last sync: **${gh.requests.length - mark} request(s)** (target ≤ 3), ${Date.now() - t} ms, `
      + `${quiet.catalog.entries.length === full.catalog.entries.length ? 'catalog unchanged' : 'catalog CHANGED'}.`);

    gh.state.files['/published/catalog.json'] = JSON.stringify(full.catalog);
    const url = `${gh.url}/published/catalog.json`;
    const fileOpts = (etags?: RefreshCatalogOptions['etags']) => ({ ...options(gh, 'bigorg'), orgs: [], catalogFiles: [url], etags });
    const first = await refreshCatalog(undefined, fileOpts());
    mark = gh.requests.length;
    t = Date.now();
    const again = await refreshCatalog(undefined, fileOpts(first.etags));
    const fileRequests = gh.requests.slice(mark);
    lines.push(`Unchanged catalog-file URL: **${fileRequests.length} request(s)**, answered ${fileRequests.map((r) => r.status).join(', ')}, `
      + `${Date.now() - t} ms for ${again.catalog.entries.length.toLocaleString('en')} entries.`);

    mark = gh.requests.length;
    t = Date.now();
    await refreshCatalog(undefined, { ...options(gh, 'sample'), octokit: createOctokit({ token: TOKEN, apiUrl: gh.url, minWriteIntervalMs: 0 }), pageSize: 40 });
    const graphqlSample = gh.requests.length - mark;
    mark = gh.requests.length;
    await crawlOrgs(createOctokit({ token: TOKEN, apiUrl: gh.url, minWriteIntervalMs: 0 }), { orgs: ['sample'], apiUrl: gh.url, rest: true });
    const restSample = gh.requests.length - mark;
    const restMs = Date.now() - t;
    lines.push(`Baseline, REST crawl (list repositories + root listing + one contents request per descriptor) on a ${SAMPLE}-repository sample: `
      + `${restSample} requests vs ${graphqlSample} with GraphQL; **extrapolated to ${ORG_SIZE.toLocaleString('en')}: ~${Math.round(restSample * ORG_SIZE / SAMPLE).toLocaleString('en')} requests** `
      + `(${(restSample / graphqlSample).toFixed(0)}× more; beyond the 5,000/hour limit). Sample crawls took ${seconds(restMs)} s together.`);
  } finally {
    await gh.close();
    rmSync(dir, { recursive: true, force: true });
  }
  return lines;
}
