import type { BranchHead, CallOptions, ContributionApi, PullRef, TreeFile } from './contributionApi';
import type { ContributionContext } from './contributionContext';
import { ContributionError } from './contributionError';
import { composePullBody, contributionBranch, type Provenance } from './pullRequestBody';
import { redact } from '../util/redact';

export { prepareContribution, type ContributionContext } from './contributionContext';
export { ContributionError } from './contributionError';

/** The steps a progress UI shows, in order; 'fork' and 'wait-for-fork' only without push rights. */
export type ContributionStep = 'fork' | 'wait-for-fork' | 'read-base' | 'upload' | 'branch' | 'pull-request' | 'done';

export interface ContributionFile {
  /** Path in the target repository, relative, "/"-separated. */
  path: string;
  /** Text (committed as UTF-8) or bytes. */
  content: string | Uint8Array;
  executable?: boolean;
}

export interface SubmitOptions {
  files: ContributionFile[];
  title: string;
  /** The contributor's description; placed into the template. */
  body?: string;
  draft?: boolean;
  /** Target branch; default: the repository's default branch. */
  base?: string;
  /** Branch name; default "reuse-radar/<slug of title>". */
  branch?: string;
  /** Path of the template to pre-fill (one of ctx.templates), false for none; default: the first template. */
  template?: string | false;
  provenance: Provenance;
  /** Cancels every step until the pull request is being opened. */
  signal?: AbortSignal;
  /** Progress: called as each step starts, with a human sentence. */
  onStep?: (step: ContributionStep, detail?: string) => void;
}

export interface ContributionResult {
  pullRequest: { number: number; url: string; htmlUrl: string };
  /** What an earlier (possibly failed) run had already made and this run reused. */
  reused: { branch: boolean; pull: boolean };
  /** "login/name" when the branch lives in the user's fork. */
  fork?: string;
  /** The branch the pull request comes from. */
  branch: string;
}

// Branch names tried after the title's own: "<branch>-2" … "<branch>-9".
const MAX_SUFFIX = 9;

/**
 * Opens a pull request with `files` against `ctx.repo` as ONE commit (blobs only for binary files → one tree on the
 * base's tree → one commit → the branch → the pull request), forking first when the user lacks push rights.
 *
 * Safe to run again after any failure, also after the base moved: git objects are content-addressed, the branch is
 * created only after its commit exists and the pull request last. Before creating a branch, every name this flow would
 * use ("<branch>", "<branch>-2" … "-9") is checked: one whose head holds exactly these files at the contributed paths
 * is reused with its open pull request (or the pull request is opened from it). A branch holding other content there
 * is never rewritten — the next free "<branch>-N" is used instead. Throws ContributionError.
 *
 * @example await submitContribution(api, ctx, { files: [{ path: 'src/retry.ts', content: '…' }], title: 'Add retry', provenance: { repo: 'acme/app' } })
 *   // → { pullRequest: { number: 12, htmlUrl: 'https://github.com/acme/http/pull/12', … }, reused: { branch: false, pull: false }, branch: 'reuse-radar/add-retry' }
 */
export async function submitContribution(api: ContributionApi, ctx: ContributionContext, options: SubmitOptions): Promise<ContributionResult> {
  validate(options);
  const { signal } = options;
  const call = { signal };
  const step = (s: ContributionStep, detail?: string) => {
    if (signal?.aborted && s !== 'done') throw new ContributionError('cancelled', `The contribution to ${ctx.repo} was cancelled.`, { repo: ctx.repo });
    options.onStep?.(s, detail);
  };
  const base = options.base ?? ctx.defaultBranch;

  const useFork = async (why: string): Promise<string> => {
    step('fork', `${why}: looking for your fork`);
    const login = ctx.login ?? (await api.getViewer(call)).login;
    const existing = await api.findFork(ctx.repo, login, call);
    if (existing) return existing;
    step('wait-for-fork', `Forking ${ctx.repo} into your account`);
    return api.createFork(ctx.repo, {
      signal,
      onWait: (ms) => options.onStep?.('wait-for-fork', `Waiting for GitHub to finish the fork (${Math.round(ms / 1000)} s)`),
    });
  };
  let fork = ctx.canPush ? undefined : await useFork(`You cannot push to ${ctx.repo}`);

  step('read-base', `Reading ${base} of ${ctx.repo}`);
  const baseHead = await api.getBranch(ctx.repo, base, call);
  if (!baseHead) throw new ContributionError('not-found', `Branch "${base}" does not exist in ${ctx.repo}.`, { repo: ctx.repo });

  // Text goes inline into the one tree request; only bytes need a blob each. That keeps a change of any size to a
  // handful of content-creating requests (GitHub allows 80 a minute, 500 an hour).
  const upload = async (into: string): Promise<string> => {
    step('upload', `Uploading ${options.files.length} file${options.files.length === 1 ? '' : 's'} to ${into}`);
    const treeFiles: TreeFile[] = [];
    for (const f of options.files) {
      const mode = f.executable ? '100755' : '100644';
      if (typeof f.content === 'string') treeFiles.push({ path: f.path, mode, content: f.content });
      else treeFiles.push({ path: f.path, mode, sha: await api.createBlob(into, f.content, call) });
    }
    return api.createTree(into, baseHead.treeSha, treeFiles, call);
  };
  let tree: string;
  try {
    tree = await upload(fork ?? ctx.repo);
  } catch (err) {
    // The repository said "push" but the token may not write (read-only scope, SSO, branch rules): GitHub answers the
    // first write with 403, or 404 as it hides what you cannot write. Fork, as without push rights.
    const refused = err instanceof ContributionError && (err.code === 'forbidden' || err.code === 'not-found') && err.repo === ctx.repo;
    if (fork || !refused) throw err;
    fork = await useFork(`${ctx.repo} refused your write`);
    tree = await upload(fork);
  }
  const headRepo = fork ?? ctx.repo;
  if (tree === baseHead.treeSha) {
    throw new ContributionError('conflict', `${ctx.repo} already has exactly these files on ${base}: there is nothing to contribute.`, { repo: ctx.repo });
  }

  step('branch', `Creating the branch in ${headRepo}`);
  const wanted = options.branch ?? contributionBranch(options.title);
  const owner = headRepo.split('/')[0];
  const found = await findEarlierRun(api, { repo: ctx.repo, headRepo, wanted, tree, paths: options.files.map((f) => f.path) }, call);
  let branch = found.branch;
  const reusedBranch = branch !== undefined;
  if (!branch) {
    const commit = await api.createCommit(headRepo, { message: commitMessage(options), tree, parents: [baseHead.commitSha] }, call);
    for (const candidate of found.free) {
      try {
        await api.createRef(headRepo, candidate, commit, call);
        branch = candidate;
        break;
      } catch (err) {
        // Someone created it between our read and our write: the next free name, unless it is this very change.
        if (!(err instanceof ContributionError && err.code === 'conflict')) throw err;
        const raced = await api.getBranch(headRepo, candidate, call);
        if (raced && (await found.holdsThisChange(raced))) {
          branch = candidate;
          break;
        }
      }
    }
  }
  if (!branch) {
    throw new ContributionError('conflict', `Branches ${wanted} to ${wanted}-${MAX_SUFFIX} in ${headRepo} all hold other changes; pass another branch name.`, { repo: headRepo });
  }

  const head = `${owner}:${branch}`;
  step('pull-request', `Opening the pull request ${head} → ${ctx.repo}:${base}`);
  if (found.pull) return done(found.pull, true, reusedBranch);
  const template = options.template === false ? undefined : (ctx.templates.find((t) => t.path === options.template) ?? ctx.templates[0])?.text;
  const body = composePullBody({ template, description: options.body, provenance: options.provenance });
  try {
    // No signal from here: an aborted request may still have opened the pull request, and a retry finds it anyway.
    const pull = await api.createPull(ctx.repo, { title: options.title.trim(), body, head, base, draft: options.draft ?? false });
    return done(pull, false, reusedBranch);
  } catch (err) {
    if (err instanceof ContributionError && err.code === 'conflict' && /already exists/i.test(err.githubMessage ?? '')) {
      const existing = await api.findOpenPull(ctx.repo, head);
      if (existing) return done(existing, true, reusedBranch);
    }
    throw err;
  }

  function done(pullRequest: ContributionResult['pullRequest'], reusedPull: boolean, reusedBranch: boolean): ContributionResult {
    options.onStep?.('done', reusedPull ? `Reused the open pull request ${pullRequest.htmlUrl}` : `Opened ${pullRequest.htmlUrl}`);
    return { pullRequest, reused: { branch: reusedBranch, pull: reusedPull }, fork, branch: branch! };
  }
}

interface EarlierRun {
  /** The branch (and its open pull request) an earlier run made for this very change. */
  branch?: string;
  pull?: PullRef;
  /** The names still free, in the order to try them, when there is no such branch. */
  free: string[];
  holdsThisChange(head: BranchHead): Promise<boolean>;
}

/**
 * Looks at every name this flow would use ("<wanted>", "<wanted>-2" … "<wanted>-9") for a branch an earlier run made
 * with this change: its head holds each contributed path with the same mode and blob as `tree`. Files outside the
 * contributed paths do not count, so a branch made before the base moved is still found. Among such branches, one
 * with an open pull request wins.
 */
async function findEarlierRun(api: ContributionApi, at: { repo: string; headRepo: string; wanted: string; tree: string; paths: string[] }, call: CallOptions): Promise<EarlierRun> {
  const ours = await api.readTreeFiles(at.headRepo, at.tree, at.paths, call);
  const holdsThisChange = async (head: BranchHead) => {
    if (head.treeSha === at.tree) return true;
    const theirs = await api.readTreeFiles(at.headRepo, head.treeSha, at.paths, call);
    return at.paths.every((p) => ours.get(p) !== undefined && ours.get(p)?.sha === theirs.get(p)?.sha && ours.get(p)?.mode === theirs.get(p)?.mode);
  };
  const owner = at.headRepo.split('/')[0];
  const free: string[] = [];
  let same: string | undefined;
  for (let n = 1; n <= MAX_SUFFIX; n++) {
    const name = n === 1 ? at.wanted : `${at.wanted}-${n}`;
    const existing = await api.getBranch(at.headRepo, name, call);
    if (!existing) free.push(name);
    else if (await holdsThisChange(existing)) {
      const pull = await api.findOpenPull(at.repo, `${owner}:${name}`, call);
      if (pull) return { branch: name, pull, free, holdsThisChange };
      same ??= name;
    }
  }
  return { branch: same, free, holdsThisChange };
}

function commitMessage(options: SubmitOptions): string {
  const p = options.provenance;
  const from = [p.repo && redact(p.repo), p.path, p.commit && `@ ${p.commit}`].filter(Boolean).join(' ');
  return `${options.title.trim()}\n\nContributed with Reuse Radar${from ? ` from ${from}` : ''}.`;
}

function validate(options: SubmitOptions): void {
  if (!options.title.trim()) throw new Error('A contribution needs a title.');
  if (options.files.length === 0) throw new Error('A contribution needs at least one file.');
  const seen = new Set<string>();
  for (const f of options.files) {
    if (!isSafeRepoPath(f.path)) {
      throw new Error(`${JSON.stringify(f.path.slice(0, 200))} is not a valid path inside a repository (use a relative "dir/file" path).`);
    }
    if (seen.has(f.path)) throw new Error(`"${f.path}" is listed twice.`);
    seen.add(f.path);
  }
}

/**
 * True for a relative "dir/file" path a contribution may write: no empty, "." or ".." segment, no backslash, colon or
 * control character (NUL included), and no segment git treats as its own folder — ".git" in any case, with trailing
 * dots or spaces, or its 8.3 short name "git~1" — so nothing lands in hooks or config.
 *
 * @example isSafeRepoPath("src/retry.ts")      // → true
 * @example isSafeRepoPath("a/.GIT/hooks/post") // → false
 */
export function isSafeRepoPath(path: string): boolean {
  // eslint-disable-next-line no-control-regex -- control characters are what is refused
  if (!path || path.length > 4096 || path.startsWith('/') || /[\\:\u0000-\u001f\u007f]/.test(path)) return false;
  return path.split('/').every((part) => {
    if (part === '' || part === '.' || part === '..') return false;
    const bare = part.toLowerCase().replace(/[. ]+$/, '');
    return bare !== '.git' && bare !== 'git~1';
  });
}
