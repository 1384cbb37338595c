import type { Octokit } from '@octokit/rest';
import type { RepoSnapshot } from '../catalog/model';
import { pythonModulesFromLayout } from '../catalog/manifests/pythonLayout';
import { pathWordsOf } from '../catalog/pathWords';
import { memberReads, pythonMemberModules, type FolderListing } from '../catalog/manifests/workspaces';
import { CRAWL_PATHS, addFile, isContributingGuide } from './crawlQuery';
import { CrawlError, statusOf } from './crawlError';

export interface RestCrawlOptions {
  org: string;
  host: string;
  maxFileBytes: number;
  /** Incremental: stop at the first repository pushed before this ISO time. */
  since?: string;
  signal?: AbortSignal;
  onRepository: (count: number) => void;
  onRequest: () => void;
}

interface RestRepo {
  name: string;
  owner: { login: string };
  html_url: string;
  description: string | null;
  homepage?: string | null;
  topics?: string[];
  language?: string | null;
  archived?: boolean;
  fork: boolean;
  is_template?: boolean;
  stargazers_count?: number;
  pushed_at?: string | null;
  open_issues_count?: number;
  default_branch?: string;
}

interface ContentItem {
  name: string;
  path: string;
  type: string;
  size: number;
  content?: string;
  encoding?: string;
}

/** GET contents, or undefined on 404 (missing file, empty repository). */
async function getContents(octokit: Octokit, owner: string, repo: string, path: string, options: RestCrawlOptions): Promise<ContentItem | ContentItem[] | undefined> {
  options.onRequest();
  try {
    const { data } = await octokit.request('GET /repos/{owner}/{repo}/contents/{path}', { owner, repo, path, request: { signal: options.signal } });
    return data as ContentItem | ContentItem[];
  } catch (err) {
    if (statusOf(err) === 404 || statusOf(err) === 409) return undefined;
    throw err;
  }
}

/** Reads one file through the contents API into the snapshot (size cap checked before downloading). */
async function readFile(octokit: Octokit, snapshot: RepoSnapshot, item: ContentItem, options: RestCrawlOptions): Promise<void> {
  if (item.size > options.maxFileBytes && item.path !== 'README.md') {
    (snapshot.skippedFiles ??= {})[item.path] = `too large (${item.size} bytes, limit ${options.maxFileBytes})`;
    return;
  }
  const got = await getContents(octokit, snapshot.owner, snapshot.name, item.path, options);
  if (!got || Array.isArray(got)) return;
  const bytes = got.encoding === 'base64' && got.content !== undefined ? Buffer.from(got.content, 'base64') : undefined;
  const isBinary = bytes ? bytes.subarray(0, 8000).includes(0) : false;
  addFile(snapshot, item.path, {
    text: bytes && !isBinary ? bytes.toString('utf8') : null,
    byteSize: got.size,
    isBinary,
    isTruncated: !bytes,
  }, options.maxFileBytes);
}

/**
 * The REST fallback for GitHub servers without GraphQL (and for anonymous use, which GraphQL refuses): lists the
 * owner's repositories 100 at a time, then per repository reads the root listing and only the descriptor files it
 * shows (plus .github/ and docs/ CODEOWNERS when those folders exist), then monorepo members (one request per
 * folder listed and per member manifest; Go modules only through go.work) and, for Python repositories, the
 * listings that show their import packages. Costs about 1 + files present per repository.
 */
export async function crawlOwnerRest(octokit: Octokit, options: RestCrawlOptions): Promise<RepoSnapshot[]> {
  const { org } = options;
  const snapshots: RepoSnapshot[] = [];
  const ownerIsOrg = await (async () => {
    options.onRequest();
    try {
      await octokit.request('GET /orgs/{org}', { org, request: { signal: options.signal } });
      return true;
    } catch (err) {
      if (statusOf(err) === 404) return false;
      throw err;
    }
  })();
  const route = ownerIsOrg ? 'GET /orgs/{org}/repos' : 'GET /users/{org}/repos';
  const params = { org, per_page: 100, type: ownerIsOrg ? 'all' : 'owner', ...(options.since ? { sort: 'pushed', direction: 'desc' } : { sort: 'full_name' }) };
  let page = 1;
  for (;;) {
    options.signal?.throwIfAborted();
    options.onRequest();
    const { data } = await octokit.request(route, { ...params, page, request: { signal: options.signal } }).catch((err: unknown) => {
      if (statusOf(err) === 404) throw new CrawlError(`There is no GitHub organization or user named "${org}" on ${options.host}.`, 404);
      throw err;
    }) as { data: RestRepo[] };
    for (const r of data) {
      if (options.since && r.pushed_at && Date.parse(r.pushed_at) < Date.parse(options.since)) return snapshots;
      snapshots.push(await snapshotOf(octokit, r, options));
      options.onRepository(snapshots.length);
    }
    if (data.length < 100) return snapshots;
    page++;
  }
}

async function snapshotOf(octokit: Octokit, r: RestRepo, options: RestCrawlOptions): Promise<RepoSnapshot> {
  const snapshot: RepoSnapshot = {
    owner: r.owner.login,
    name: r.name,
    host: options.host,
    url: r.html_url,
    description: r.description,
    topics: r.topics ?? [],
    primaryLanguage: r.language ?? null,
    isArchived: r.archived ?? false,
    isFork: r.fork,
    isTemplate: r.is_template ?? false,
    stars: r.stargazers_count ?? 0,
    pushedAt: r.pushed_at ?? null,
    openIssues: r.open_issues_count ?? 0,
    defaultBranch: r.default_branch ?? null,
    homepageUrl: r.homepage ?? null,
    files: {},
    hasContributing: false,
  };
  const root = await getContents(octokit, snapshot.owner, snapshot.name, '', options);
  if (!Array.isArray(root)) return snapshot;
  const wanted = new Set(CRAWL_PATHS);
  snapshot.hasContributing = root.some((item) => item.type === 'file' && isContributingGuide(item.name));
  for (const item of root) {
    if (item.type === 'file' && (wanted.has(item.path) || /\.csproj$/i.test(item.path))) await readFile(octokit, snapshot, item, options);
  }
  if (root.some((i) => i.type === 'dir' && i.path === 'requirements')) {
    const listing = await getContents(octokit, snapshot.owner, snapshot.name, 'requirements', options);
    for (const item of Array.isArray(listing) ? listing : []) if (item.type === 'file' && wanted.has(item.path)) await readFile(octokit, snapshot, item, options);
  }
  for (const dir of ['.github', 'docs']) {
    if (snapshot.files.CODEOWNERS !== undefined || !root.some((i) => i.type === 'dir' && i.path === dir)) continue;
    const listing = await getContents(octokit, snapshot.owner, snapshot.name, dir, options);
    const item = Array.isArray(listing) ? listing.find((i) => i.name === 'CODEOWNERS' && i.type === 'file') : undefined;
    if (item) await readFile(octokit, snapshot, item, options);
  }
  const listings = new Map<string, FolderListing>([['', root.map(asEntry)]]);
  const pathWords = pathWordsOf(listings.get('')!);
  if (pathWords.length) snapshot.pathWords = pathWords;
  const list = async (folder: string) => {
    const got = await getContents(octokit, snapshot.owner, snapshot.name, folder, options);
    listings.set(folder, Array.isArray(got) ? got.map(asEntry) : []);
  };
  const requested = new Set<string>();
  for (let round = 0; round < 4; round++) {
    const want = memberReads(snapshot.files, (f) => listings.get(f));
    const files = want.files.filter((f) => !requested.has(f));
    const folders = want.folders.filter((f) => !listings.has(f));
    if (!files.length && !folders.length) break;
    for (const f of folders) await list(f);
    for (const path of files) {
      requested.add(path);
      await readFile(octokit, snapshot, { name: path.slice(path.lastIndexOf('/') + 1), path, type: 'file', size: 0 }, options);
    }
  }
  if (['setup.py', 'pyproject.toml', 'setup.cfg'].some((f) => snapshot.files[f] !== undefined)) {
    // Python import packages: top-level folders (and those in src/) that hold an __init__.py.
    const dirs = root.filter((i) => i.type === 'dir' && /^[A-Za-z_][A-Za-z0-9_]*$/.test(i.name) && !/^(tests?|docs?|examples?|scripts|benchmarks)$/i.test(i.name)).slice(0, 8);
    for (const d of dirs) await list(d.name);
    for (const d of (listings.get('src') ?? []).filter((e) => e.type === 'tree').slice(0, 8)) await list(`src/${d.name}`);
    const modules = pythonModulesFromLayout((f) => listings.get(f));
    if (modules.length) snapshot.pythonModules = modules;
  }
  const memberModules = pythonMemberModules(snapshot.files, (f) => listings.get(f));
  if (memberModules.length) snapshot.pythonModules = [...new Set([...(snapshot.pythonModules ?? []), ...memberModules])].sort();
  return snapshot;
}

const asEntry = (item: ContentItem): { name: string; type: string } => ({ name: item.name, type: item.type === 'dir' ? 'tree' : 'blob' });
