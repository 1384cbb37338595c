import type { Octokit } from '@octokit/rest' with { 'resolution-mode': 'import' };
import { ContributionError, toContributionError } from './contributionError';

/** What the contribution flow needs to know about a repository. */
interface RepoInfo {
  /** "owner/name" as GitHub spells it. */
  fullName: string;
  defaultBranch: string;
  htmlUrl: string;
  isFork: boolean;
  /** "owner/name" of the repository this one was forked from. */
  parent?: string;
  /** From the repository's `permissions` object; undefined when GitHub did not say (anonymous or app token). */
  canPush?: boolean;
  topics: string[];
}

type RepoPermission = 'admin' | 'maintain' | 'write' | 'triage' | 'read' | 'none';

/** A branch tip. */
export interface BranchHead {
  commitSha: string;
  treeSha: string;
}

/** One file of a new tree: either inline UTF-8 `content` or the `sha` of a blob created before. */
export interface TreeFile {
  path: string;
  mode?: '100644' | '100755';
  content?: string;
  sha?: string;
}

/** A file as a tree holds it. */
interface TreeEntry {
  mode: string;
  sha: string;
}

export interface PullRef {
  number: number;
  /** API URL of the pull request. */
  url: string;
  htmlUrl: string;
}

export interface DirEntry {
  name: string;
  path: string;
  type: 'file' | 'dir' | 'symlink' | 'submodule';
}

/** Per-call options: every request can be cancelled until the pull request is opened. */
export interface CallOptions {
  signal?: AbortSignal;
}

/**
 * The narrow port between the contribution flow and GitHub. Every method takes repositories as "owner/name" and throws
 * ContributionError (never a raw HTTP error); "absent" answers are `undefined`, not errors.
 */
export interface ContributionApi {
  getViewer(call?: CallOptions): Promise<{ login: string }>;
  getRepo(repo: string, call?: CallOptions): Promise<RepoInfo>;
  getPermission(repo: string, login: string, call?: CallOptions): Promise<RepoPermission>;
  /** The viewer's existing fork of `repo` ("login/name"), if any. */
  findFork(repo: string, login: string, call?: CallOptions): Promise<string | undefined>;
  /** Forks `repo` (GitHub returns an existing fork instead of a second one) and waits until its git data answers. */
  createFork(repo: string, call?: CallOptions & { onWait?: (waitedMs: number) => void }): Promise<string>;
  getBranch(repo: string, branch: string, call?: CallOptions): Promise<BranchHead | undefined>;
  createBlob(repo: string, content: string | Uint8Array, call?: CallOptions): Promise<string>;
  createTree(repo: string, baseTree: string, files: TreeFile[], call?: CallOptions): Promise<string>;
  /** Mode and blob SHA of each of `paths` in the tree `treeSha`; a path that is absent or not a file is left out. */
  readTreeFiles(repo: string, treeSha: string, paths: string[], call?: CallOptions): Promise<Map<string, TreeEntry>>;
  createCommit(repo: string, commit: { message: string; tree: string; parents: string[] }, call?: CallOptions): Promise<string>;
  createRef(repo: string, branch: string, sha: string, call?: CallOptions): Promise<void>;
  updateRef(repo: string, branch: string, sha: string, force: boolean, call?: CallOptions): Promise<void>;
  /** The open pull request into `repo` whose head is "owner:branch", if any. */
  findOpenPull(repo: string, head: string, call?: CallOptions): Promise<PullRef | undefined>;
  createPull(repo: string, pull: { title: string; body: string; head: string; base: string; draft: boolean }, call?: CallOptions): Promise<PullRef>;
  /** UTF-8 text of a file at `ref` (default branch when omitted), or undefined when it is absent or a directory. */
  getFileText(repo: string, path: string, ref?: string, call?: CallOptions): Promise<string | undefined>;
  /** Entries of a directory ("" = root), or undefined when it is absent. */
  listDirectory(repo: string, path: string, ref?: string, call?: CallOptions): Promise<DirEntry[] | undefined>;
  setTopics(repo: string, topics: string[], call?: CallOptions): Promise<void>;
}

export interface OctokitContributionApiOptions {
  /** First pause between fork-readiness probes (doubles each time); default 1000 ms. */
  forkPollMs?: number;
  /** Give up waiting for a new fork after this long; default 5 minutes (GitHub's documented upper bound). */
  forkTimeoutMs?: number;
}

/*
 * Why not octokit-plugin-create-pull-request (evaluated, v6.0.1): it decides whether to fork from the
 * `x-oauth-scopes` header (absent for fine-grained and GitHub App tokens), assumes the fork has the upstream's
 * name, does not wait for a new fork's git data, either throws or force-pushes (`update`) when the branch or an
 * open pull request exists instead of reusing them, looks branches up through GraphQL, offers no progress hook or
 * AbortSignal, and ships ESM-only. The flow below needs all of that, so it is written against this port instead.
 */

/**
 * The ContributionApi over an authenticated Octokit (e.g. from `createOctokit`), for github.com and GHES.
 *
 * @example const api = octokitContributionApi(createOctokit({ token, apiUrl }));
 *   await api.getBranch('acme/ui-kit', 'main') // → { commitSha: 'a1b2…', treeSha: 'c3d4…' }
 */
export function octokitContributionApi(octokit: Octokit, options: OctokitContributionApiOptions = {}): ContributionApi {
  const split = (repo: string) => {
    const [owner, name] = repo.split('/');
    return { owner, repo: name };
  };
  const req = (call?: CallOptions) => (call?.signal ? { request: { signal: call.signal } } : {});
  async function guard<T>(repo: string, doing: string, run: () => Promise<T>): Promise<T> {
    try {
      return await run();
    } catch (err) {
      throw toContributionError(err, repo, doing);
    }
  }
  async function orAbsent<T>(repo: string, doing: string, run: () => Promise<T>): Promise<T | undefined> {
    try {
      return await run();
    } catch (err) {
      if ((err as { status?: number }).status === 404) return undefined;
      throw toContributionError(err, repo, doing);
    }
  }
  const toRepoInfo = (data: {
    full_name: string; default_branch?: string; html_url: string; fork: boolean; parent?: { full_name: string };
    permissions?: { push?: boolean; admin?: boolean; maintain?: boolean }; topics?: string[];
  }): RepoInfo => ({
    fullName: data.full_name,
    defaultBranch: data.default_branch ?? 'main',
    htmlUrl: data.html_url,
    isFork: data.fork,
    parent: data.parent?.full_name,
    canPush: data.permissions ? Boolean(data.permissions.push || data.permissions.admin || data.permissions.maintain) : undefined,
    topics: data.topics ?? [],
  });
  const toPull = (data: { number: number; url: string; html_url: string }): PullRef => ({ number: data.number, url: data.url, htmlUrl: data.html_url });

  const api: ContributionApi = {
    getViewer: (call) =>
      guard('', 'reading the signed-in user', async () => ({ login: (await octokit.request('GET /user', req(call))).data.login })),

    getRepo: (repo, call) =>
      guard(repo, 'reading the repository', async () => toRepoInfo((await octokit.request('GET /repos/{owner}/{repo}', { ...split(repo), ...req(call) })).data)),

    getPermission: (repo, login, call) =>
      guard(repo, 'reading your permission', async () => {
        try {
          const { data } = await octokit.request('GET /repos/{owner}/{repo}/collaborators/{username}/permission', { ...split(repo), username: login, ...req(call) });
          const role = (data as { role_name?: string }).role_name;
          return (['admin', 'maintain', 'write', 'triage', 'read'].includes(role ?? '') ? role : data.permission) as RepoPermission;
        } catch (err) {
          // Non-collaborators may not read the collaborator list: they can still read, but not push.
          const status = (err as { status?: number }).status;
          if (status === 403 || status === 404) return 'read';
          throw err;
        }
      }),

    findFork: (repo, login, call) =>
      guard(repo, 'looking for your fork', async () => {
        const { repo: name } = split(repo);
        const direct = await orAbsent(repo, 'looking for your fork', () => octokit.request('GET /repos/{owner}/{repo}', { owner: login, repo: name, ...req(call) }));
        if (direct?.data.fork && direct.data.parent?.full_name.toLowerCase() === repo.toLowerCase()) return direct.data.full_name;
        // The fork may have been renamed: look through the upstream's forks.
        for await (const page of octokit.paginate.iterator('GET /repos/{owner}/{repo}/forks', { ...split(repo), per_page: 100, ...req(call) })) {
          const mine = page.data.find((f) => f.owner?.login.toLowerCase() === login.toLowerCase());
          if (mine) return mine.full_name;
        }
        return undefined;
      }),

    createFork: (repo, call) =>
      guard(repo, 'forking the repository', async () => {
        const { data } = await octokit.request('POST /repos/{owner}/{repo}/forks', { ...split(repo), ...req(call) });
        const fork = data.full_name;
        const started = Date.now();
        let pause = options.forkPollMs ?? 1000;
        const timeout = options.forkTimeoutMs ?? 5 * 60_000;
        // Forking is asynchronous: the fork's git data answers only once GitHub has copied it.
        for (;;) {
          const ready = await api.getBranch(fork, data.default_branch ?? 'main', call);
          if (ready) return fork;
          const waited = Date.now() - started;
          if (waited + pause > timeout) {
            throw new ContributionError('network', `GitHub did not finish forking ${repo} into ${fork} within ${Math.round(timeout / 1000)} s; try again later.`, { repo });
          }
          call?.onWait?.(waited);
          await sleep(pause, call?.signal);
          pause = Math.min(pause * 2, 15_000);
        }
      }),

    getBranch: (repo, branch, call) =>
      guard(repo, `reading branch ${branch}`, async () => {
        const found = await orAbsent(repo, `reading branch ${branch}`, () =>
          octokit.request('GET /repos/{owner}/{repo}/git/ref/{ref}', { ...split(repo), ref: `heads/${branch}`, ...req(call) }));
        // A prefix match ("heads/x" when only "heads/x/y" exists) answers with a list: that is not the branch.
        if (!found || Array.isArray(found.data) || found.data.object.type !== 'commit') return undefined;
        const commitSha = found.data.object.sha;
        const { data } = await octokit.request('GET /repos/{owner}/{repo}/git/commits/{commit_sha}', { ...split(repo), commit_sha: commitSha, ...req(call) });
        return { commitSha, treeSha: data.tree.sha };
      }),

    createBlob: (repo, content, call) =>
      guard(repo, 'uploading a file', async () => {
        const body = typeof content === 'string' ? { content, encoding: 'utf-8' } : { content: Buffer.from(content).toString('base64'), encoding: 'base64' };
        return (await octokit.request('POST /repos/{owner}/{repo}/git/blobs', { ...split(repo), ...body, ...req(call) })).data.sha;
      }),

    createTree: (repo, baseTree, files, call) =>
      guard(repo, 'creating the file tree', async () => {
        const tree = files.map((f) => ({ path: f.path, mode: f.mode ?? '100644', type: 'blob' as const, ...(f.sha !== undefined ? { sha: f.sha } : { content: f.content ?? '' }) }));
        return (await octokit.request('POST /repos/{owner}/{repo}/git/trees', { ...split(repo), base_tree: baseTree, tree, ...req(call) })).data.sha;
      }),

    readTreeFiles: (repo, treeSha, paths, call) =>
      guard(repo, 'reading the files of a branch', async () => {
        // Walks only the folders on the way to `paths`, each read once: a recursive listing of a large repository is
        // truncated by GitHub, and costs more.
        type Listed = { mode?: string; type?: string; sha?: string };
        const listings = new Map<string, Promise<Map<string, Listed>>>();
        const list = (sha: string) => listings.get(sha) ?? listings.set(sha, octokit.request('GET /repos/{owner}/{repo}/git/trees/{tree_sha}', { ...split(repo), tree_sha: sha, ...req(call) })
          .then(({ data }) => new Map(data.tree.map((e) => [e.path ?? '', e] as const)))).get(sha)!;
        const found = new Map<string, TreeEntry>();
        for (const path of paths) {
          let entry: Listed | undefined = { type: 'tree', sha: treeSha };
          for (const name of path.split('/')) entry = entry?.type === 'tree' && entry.sha ? (await list(entry.sha)).get(name) : undefined;
          if (entry?.type === 'blob' && entry.mode && entry.sha) found.set(path, { mode: entry.mode, sha: entry.sha });
        }
        return found;
      }),

    createCommit: (repo, commit, call) =>
      guard(repo, 'creating the commit', async () => (await octokit.request('POST /repos/{owner}/{repo}/git/commits', { ...split(repo), ...commit, ...req(call) })).data.sha),

    createRef: (repo, branch, sha, call) =>
      guard(repo, `creating branch ${branch}`, async () => {
        await octokit.request('POST /repos/{owner}/{repo}/git/refs', { ...split(repo), ref: `refs/heads/${branch}`, sha, ...req(call) });
      }),

    updateRef: (repo, branch, sha, force, call) =>
      guard(repo, `updating branch ${branch}`, async () => {
        await octokit.request('PATCH /repos/{owner}/{repo}/git/refs/{ref}', { ...split(repo), ref: `heads/${branch}`, sha, force, ...req(call) });
      }),

    findOpenPull: (repo, head, call) =>
      guard(repo, 'looking for an open pull request', async () => {
        const { data } = await octokit.request('GET /repos/{owner}/{repo}/pulls', { ...split(repo), head, state: 'open', per_page: 10, ...req(call) });
        // Checked again here: a server that ignores `head` must not make us return someone else's pull request.
        const found = data.find((p) => `${p.head.repo?.owner.login ?? p.head.user?.login}:${p.head.ref}`.toLowerCase() === head.toLowerCase());
        return found ? toPull(found) : undefined;
      }),

    createPull: (repo, pull, call) =>
      guard(repo, 'opening the pull request', async () => toPull((await octokit.request('POST /repos/{owner}/{repo}/pulls', { ...split(repo), ...pull, ...req(call) })).data)),

    getFileText: (repo, path, ref, call) =>
      guard(repo, `reading ${path}`, async () => {
        const found = await orAbsent(repo, `reading ${path}`, () =>
          octokit.request('GET /repos/{owner}/{repo}/contents/{path}', { ...split(repo), path, ...(ref ? { ref } : {}), ...req(call) }));
        const data = found?.data;
        if (!data || Array.isArray(data) || data.type !== 'file') return undefined;
        const file = data as { content?: string; encoding?: string };
        return file.encoding === 'base64' ? Buffer.from(file.content ?? '', 'base64').toString('utf8') : (file.content ?? '');
      }),

    listDirectory: (repo, path, ref, call) =>
      guard(repo, `listing ${path || 'the root folder'}`, async () => {
        const found = await orAbsent(repo, `listing ${path}`, () =>
          octokit.request('GET /repos/{owner}/{repo}/contents/{path}', { ...split(repo), path, ...(ref ? { ref } : {}), ...req(call) }));
        if (!found || !Array.isArray(found.data)) return undefined;
        return found.data.map((e) => ({ name: e.name, path: e.path, type: e.type as DirEntry['type'] }));
      }),

    setTopics: (repo, topics, call) =>
      guard(repo, 'setting topics', async () => {
        await octokit.request('PUT /repos/{owner}/{repo}/topics', { ...split(repo), names: topics, ...req(call) });
      }),
  };
  return api;
}

/** Resolves after `ms`, or rejects with a 'cancelled' ContributionError as soon as `signal` aborts. */
function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(new ContributionError('cancelled', 'The contribution was cancelled.'));
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(new ContributionError('cancelled', 'The contribution was cancelled.'));
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
