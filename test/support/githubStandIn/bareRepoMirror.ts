import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import * as nodePath from 'node:path';
import { addGitRoutes } from './gitRoutes';
import type { GitHubStandIn } from './index';
import { Router, type RouteContext } from './router';
import type { StandInRepo } from './state';

/**
 * Lets real `git push`es reach the stand-in: repositories live as bare git repositories under `root`
 * ("<root>/<owner>/<name>.git", e.g. the target of `git config url.<root>/.insteadOf http://127.0.0.1:PORT/`), and
 * before the routes a contribution reads after pushing (refs, branches, pull requests) the stand-in copies every
 * branch of the matching bare repository into its own object store. Commits are rebuilt object by object, so their
 * SHAs equal git's when the author/committer time zone is +0000 (otherwise `shaOf` maps git's SHA to the stand-in's).
 */
export interface BareRepoMirror {
  /** Copies the branches of every bare repository under `root` that has a stand-in repository. */
  sync(): void;
  /** The stand-in's SHA for a commit git knows as `gitSha` (the same SHA unless time zones differed). */
  shaOf(gitSha: string): string | undefined;
}

export function mirrorBareRepos(standIn: GitHubStandIn, root: string): BareRepoMirror {
  const mapped = new Map<string, string>();
  const git = (dir: string, args: string[]): Buffer => execFileSync('git', ['--git-dir', dir, ...args], { maxBuffer: 64 * 1024 * 1024 });

  const importTree = (repo: StandInRepo, dir: string, sha: string): string => {
    const known = mapped.get(sha);
    if (known && repo.git.has(known)) return known;
    const raw = git(dir, ['cat-file', 'tree', sha]);
    const entries: { mode: string; name: string; type: 'blob' | 'tree'; sha: string }[] = [];
    for (let at = 0; at < raw.length;) {
      const space = raw.indexOf(0x20, at);
      const nul = raw.indexOf(0, space);
      const mode = raw.subarray(at, space).toString('utf8');
      const name = raw.subarray(space + 1, nul).toString('utf8');
      const child = raw.subarray(nul + 1, nul + 21).toString('hex');
      at = nul + 21;
      if (mode === '40000') entries.push({ mode, name, type: 'tree', sha: importTree(repo, dir, child) });
      else if (mode !== '160000') entries.push({ mode, name, type: 'blob', sha: repo.git.writeBlob(git(dir, ['cat-file', 'blob', child])) });
    }
    const own = repo.git.writeTree(entries);
    mapped.set(sha, own);
    return own;
  };

  const importCommit = (repo: StandInRepo, dir: string, sha: string): string => {
    const known = mapped.get(sha);
    if (known && repo.git.has(known)) return known;
    const raw = git(dir, ['cat-file', 'commit', sha]).toString('utf8');
    const split = raw.indexOf('\n\n');
    const headers = raw.slice(0, split).split('\n');
    const message = raw.slice(split + 2);
    const value = (key: string) => headers.filter((h) => h.startsWith(`${key} `)).map((h) => h.slice(key.length + 1));
    const person = (line: string) => {
      const m = /^(.*) <(.*)> (\d+) ([+-]\d{4})$/.exec(line);
      if (!m) throw new Error(`Cannot read the person line "${line}" of commit ${sha}`);
      return { name: m[1], email: m[2], date: new Date(Number(m[3]) * 1000).toISOString() };
    };
    const own = repo.git.writeCommit({
      tree: importTree(repo, dir, value('tree')[0]),
      parents: value('parent').map((p) => importCommit(repo, dir, p)),
      message,
      author: person(value('author')[0]),
      committer: person(value('committer')[0]),
    });
    mapped.set(sha, own);
    return own;
  };

  const syncRepo = (repo: StandInRepo) => {
    const dir = nodePath.join(root, repo.owner, `${repo.name}.git`);
    if (!existsSync(dir)) return;
    const lines = git(dir, ['for-each-ref', '--format=%(objectname) %(refname)', 'refs/heads']).toString('utf8').split('\n').filter(Boolean);
    for (const line of lines) {
      const [sha, ref] = line.split(' ');
      const own = importCommit(repo, dir, sha);
      if (repo.git.refs.get(ref) !== own) {
        repo.git.refs.set(ref, own);
        if (ref === `refs/heads/${repo.defaultBranch}`) repo.pushedAt = new Date().toISOString();
        standIn.state.touch();
      }
    }
  };
  const sync = () => {
    for (const repo of standIn.state.repos.values()) syncRepo(repo);
  };

  // The built-in handlers, reached after syncing.
  const inner = new Router();
  addGitRoutes(inner, standIn.state);
  const syncThen = (ctx: RouteContext) => {
    sync();
    const found = inner.find(ctx.request.method, ctx.request.path);
    if (!found || found === 'method-not-allowed') throw new Error(`no built-in route for ${ctx.request.method} ${ctx.request.path}`);
    return found.handler({ ...ctx, params: found.params });
  };
  standIn.route('GET', '/repos/:owner/:repo/git/ref/:ref*', syncThen);
  standIn.route('GET', '/repos/:owner/:repo/branches/:branch*', syncThen);
  standIn.route('GET', '/repos/:owner/:repo/pulls', syncThen);
  standIn.route('POST', '/repos/:owner/:repo/pulls', syncThen);
  return { sync, shaOf: (gitSha) => mapped.get(gitSha) };
}
