import * as vscode from 'vscode';
import type { CatalogEntry } from '../catalog/model';
import type { ContributionApi, PullRef } from '../github/contributionApi';
import { ContributionError, type ContributionContext } from '../github/contribute';
import { composePullBody } from '../github/pullRequestBody';
import { redact } from '../util/redact';
import type { GitApi, GitBranch, GitChange, GitExtension, GitRemote, GitRepository } from '../types/git';
import { entryForRemotes, forkRemoteName, freeBranchName, parseRemoteUrl, sameFormUrl } from '../github/gitRemote';
import { pushAll } from '../util/arrays';

/** A local clone of a catalog library: the repository, the entry its remote points at, and that remote. */
export interface LibraryClone {
  repository: GitRepository;
  entry: CatalogEntry;
  remote: GitRemote;
}

/** The built-in Git extension's API, or undefined when it is missing or disabled. */
export async function getGitApi(): Promise<GitApi | undefined> {
  const extension = vscode.extensions.getExtension<GitExtension>('vscode.git');
  if (!extension) return undefined;
  try {
    const exports = extension.isActive ? extension.exports : await extension.activate();
    if (!exports?.enabled) return undefined;
    const api = exports.getAPI(1);
    if (api.state !== 'initialized') {
      await new Promise<void>((resolve) => {
        const timer = setTimeout(() => { listener.dispose(); resolve(); }, 10_000);
        const listener = api.onDidChangeState((state) => {
          if (state !== 'initialized') return;
          clearTimeout(timer);
          listener.dispose();
          resolve();
        });
      });
    }
    return api;
  } catch {
    return undefined;
  }
}

/**
 * The first repository (those holding `near` first, then every open one, or exactly `root` when given) whose remote
 * points at a catalog entry's canonical repository.
 */
export async function findLibraryClone(git: GitApi, entries: readonly CatalogEntry[], defaultHost: string, where: { root?: vscode.Uri; near?: vscode.Uri[] }): Promise<LibraryClone | undefined> {
  const candidates: GitRepository[] = [];
  if (where.root) {
    const repository = git.getRepository(where.root) ?? (await git.openRepository(where.root));
    if (repository) candidates.push(repository);
  } else {
    for (const uri of where.near ?? []) {
      const repository = git.getRepository(uri);
      if (repository) candidates.push(repository);
    }
    pushAll(candidates, git.repositories);
  }
  for (const repository of new Set(candidates)) {
    if (!repository.state.remotes.length) await repository.status();
    const found = entryForRemotes(repository.state.remotes, entries, defaultHost);
    if (found) return { repository, entry: found.entry, remote: found.remote };
  }
  return undefined;
}

/** Uncommitted changes (staged, unstaged, untracked) and commits not on the upstream. */
export function localChanges(repository: GitRepository): { staged: GitChange[]; unstaged: GitChange[]; unpushed: number } {
  const { state } = repository;
  const unstaged = [...state.workingTreeChanges, ...(state.untrackedChanges ?? [])];
  const head = state.HEAD;
  // A branch that was never pushed has no upstream: all of its commits are unpushed (counted as "some").
  const unpushed = head?.upstream ? (head.ahead ?? 0) : head?.commit ? 1 : 0;
  return { staged: state.indexChanges, unstaged, unpushed };
}

export interface GitContributionInput {
  clone: LibraryClone;
  api: ContributionApi;
  ctx: ContributionContext;
  title: string;
  body?: string;
  draft: boolean;
  template?: string | false;
  signal?: AbortSignal;
  report(message: string): void;
}

export interface GitContributionResult {
  pullRequest: PullRef;
  reusedPull: boolean;
  branch: string;
  /** "login/name" when the branch was pushed to the user's fork. */
  fork?: string;
  committed: boolean;
}

/**
 * Flow "the workspace is a clone of the library": branch (when on the default branch), commit (the staged changes,
 * or all changes when nothing is staged), push to the canonical repository or — without push rights — to the
 * user's fork (created and added as a remote when needed), then open the pull request against the catalog's
 * canonical repository through the API. Every git step goes through the Git extension's API.
 */
export async function contributeFromClone(input: GitContributionInput): Promise<GitContributionResult> {
  const { clone, api, ctx, signal, report } = input;
  const { repository, remote } = clone;
  const checkpoint = () => {
    if (signal?.aborted) throw new ContributionError('cancelled', `The contribution to ${ctx.repo} was cancelled.`, { repo: ctx.repo });
  };
  await repository.status();
  const changes = localChanges(repository);
  const head = repository.state.HEAD;
  const current = head?.name;
  const onBase = !current || current === ctx.defaultBranch;
  // A contribution branch that is already pushed is still worth running again: it (re)opens its pull request.
  if (!changes.staged.length && !changes.unstaged.length && !changes.unpushed && onBase) {
    throw new Error(`${vscode.workspace.asRelativePath(repository.rootUri)} has no uncommitted or unpushed changes to contribute to ${ctx.repo}.`);
  }

  let branch: string;
  if (!onBase) {
    branch = current;
  } else {
    const uncommitted = changes.staged.length + changes.unstaged.length > 0;
    const earlier = uncommitted ? undefined : await branchAt(repository, input.title, head?.commit);
    if (earlier) {
      // An earlier run branched these very commits off and failed after (push or pull request): that branch again.
      report(`Using branch ${earlier}, which holds these commits`);
      branch = earlier;
    } else {
      const taken = new Set<string>();
      let candidate = freeBranchName(input.title, taken);
      while (taken.size < 9 && (await localBranch(repository, candidate))) {
        taken.add(candidate);
        candidate = freeBranchName(input.title, taken);
      }
      checkpoint();
      report(`Creating branch ${candidate}`);
      await repository.createBranch(candidate, true);
      branch = candidate;
    }
  }

  let committed = false;
  if (changes.staged.length || changes.unstaged.length) {
    checkpoint();
    report(changes.staged.length ? `Committing ${changes.staged.length} staged change(s)` : `Committing ${changes.unstaged.length} change(s)`);
    if (!changes.staged.length) await repository.add(changes.unstaged.map((c) => c.uri.fsPath));
    const message = input.body?.trim() ? `${input.title.trim()}\n\n${input.body.trim()}` : input.title.trim();
    await repository.commit(message, { postCommitCommand: null });
    committed = true;
  }
  await repository.status();
  const commit = repository.state.HEAD?.commit;

  checkpoint();
  let pushRemote = remote.name;
  let headRepo = ctx.repo;
  let fork: string | undefined;
  if (!ctx.canPush) {
    report(`You cannot push to ${ctx.repo}: looking for your fork`);
    const login = ctx.login ?? (await api.getViewer({ signal })).login;
    fork = (await api.findFork(ctx.repo, login, { signal })) ?? (await createFork(api, ctx.repo, signal, report));
    pushRemote = await forkRemote(repository, remote, fork, login);
    headRepo = fork;
  }
  checkpoint();
  report(`Pushing ${branch} to ${headRepo}`);
  try {
    await repository.push(pushRemote, branch, true);
  } catch (err) {
    throw new Error(`git push of ${branch} to ${headRepo} failed: ${gitErrorText(err)}`, { cause: err });
  }

  checkpoint();
  report(`Opening the pull request ${headRepo.split('/')[0]}:${branch} → ${ctx.repo}:${ctx.defaultBranch}`);
  const template = input.template === false ? undefined : (ctx.templates.find((t) => t.path === input.template) ?? ctx.templates[0])?.text;
  const body = composePullBody({
    template,
    description: input.body,
    provenance: { repo: redact(remote.fetchUrl ?? remote.pushUrl ?? ctx.repo), path: `branch ${branch}`, commit },
  });
  const opened = await openPullForBranch(api, ctx.repo, { title: input.title.trim(), body, head: `${headRepo.split('/')[0]}:${branch}`, base: ctx.defaultBranch, draft: input.draft });
  return { pullRequest: opened.pull, reusedPull: opened.reused, branch, fork, committed };
}

/**
 * Opens a pull request from an already pushed `head` ("owner:branch") into `repo`, or returns the open one from that
 * head (also when GitHub answers 422 "A pull request already exists").
 */
async function openPullForBranch(api: ContributionApi, repo: string, pull: { title: string; body: string; head: string; base: string; draft: boolean }): Promise<{ pull: PullRef; reused: boolean }> {
  const open = await api.findOpenPull(repo, pull.head);
  if (open) return { pull: open, reused: true };
  try {
    return { pull: await api.createPull(repo, pull), reused: false };
  } catch (err) {
    if (err instanceof ContributionError && err.code === 'conflict' && /already exists/i.test(err.githubMessage ?? '')) {
      const existing = await api.findOpenPull(repo, pull.head);
      if (existing) return { pull: existing, reused: true };
    }
    throw err;
  }
}

async function createFork(api: ContributionApi, repo: string, signal: AbortSignal | undefined, report: (m: string) => void): Promise<string> {
  report(`Forking ${repo} into your account`);
  return api.createFork(repo, { signal, onWait: (ms) => report(`Waiting for GitHub to finish the fork (${Math.round(ms / 1000)} s)`) });
}

/** The remote that points at `fork`, added (named after the login) when none does yet. */
async function forkRemote(repository: GitRepository, canonical: GitRemote, fork: string, login: string): Promise<string> {
  const [owner, name] = fork.split('/');
  const existing = repository.state.remotes.find((r) => [r.pushUrl, r.fetchUrl].some((u) => {
    const parsed = u ? parseRemoteUrl(u) : undefined;
    return parsed && parsed.owner.toLowerCase() === owner.toLowerCase() && parsed.name.toLowerCase() === name.toLowerCase();
  }));
  if (existing) return existing.name;
  const url = sameFormUrl(canonical.pushUrl ?? canonical.fetchUrl ?? '', fork);
  if (!url) throw new Error(`Cannot derive the URL of your fork ${fork} from the remote "${canonical.name}".`);
  const remoteName = forkRemoteName(login, repository.state.remotes.map((r) => r.name));
  await repository.addRemote(remoteName, url);
  return remoteName;
}

async function localBranch(repository: GitRepository, name: string): Promise<GitBranch | undefined> {
  try {
    return await repository.getBranch(name);
  } catch {
    return undefined;
  }
}

/** The first of the names this flow gives `title`'s branch ("reuse-radar/x", "-2" … "-9") whose tip is `commit`. */
async function branchAt(repository: GitRepository, title: string, commit: string | undefined): Promise<string | undefined> {
  if (!commit) return undefined;
  const names: string[] = [];
  for (let n = 1; n <= 9; n++) names.push(freeBranchName(title, new Set(names)));
  for (const name of names) if ((await localBranch(repository, name))?.commit === commit) return name;
  return undefined;
}

/**
 * Whether HEAD is a branch an earlier run may have pushed without opening its pull request: not the library's
 * default branch (when the catalog knows it), else one of this flow's "reuse-radar/…" branches.
 */
export function onContributionBranch(clone: LibraryClone): boolean {
  const name = clone.repository.state.HEAD?.name;
  if (!name) return false;
  // contributionBranch() names every branch this flow creates "reuse-radar/<slug>".
  return clone.entry.defaultBranch ? name !== clone.entry.defaultBranch : name.startsWith('reuse-radar/');
}

/** git's own error text (stderr's first meaningful line), credentials stripped. */
function gitErrorText(err: unknown): string {
  const e = err as { stderr?: unknown; message?: unknown };
  const stderr = typeof e.stderr === 'string' ? e.stderr.split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('hint:')) : [];
  const text = stderr.find((l) => /^(fatal|error|remote):/i.test(l)) ?? stderr[0] ?? (typeof e.message === 'string' ? e.message : String(err));
  return redact(text).slice(0, 300);
}
