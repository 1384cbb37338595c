// Pure helpers for the git side of contributing (no vscode import): remote URLs, catalog matching, branch names.
import type { CatalogEntry } from '../catalog/model';
import { contributionBranch } from './pullRequestBody';
import { normalizeHost, parseRemoteUrl, type RemoteRepo } from '../catalog/remoteUrl';

export { parseRemoteUrl, type RemoteRepo };

/**
 * Whether a remote points at `repo` ("owner/name") on `host` (a web host such as "github.com" or "ghe.example.com:8443").
 * Names compare case-insensitively; an ssh remote's host compares without ports.
 *
 * @example remoteIsRepo(parseRemoteUrl('git@github.com:acme/ui.git')!, 'Acme/UI', 'github.com') // → true
 */
export function remoteIsRepo(remote: RemoteRepo, repo: string, host: string): boolean {
  if (`${remote.owner}/${remote.name}`.toLowerCase() !== repo.toLowerCase()) return false;
  const want = normalizeHost(host);
  if (remote.host === want) return true;
  return remote.ssh && remote.host === want.replace(/:\d+$/, '');
}

export interface RemoteLike {
  name: string;
  fetchUrl?: string;
  pushUrl?: string;
}

/**
 * The catalog entry one of the remotes points at, and that remote; `origin` wins over other remotes, and a remote
 * merely called "upstream" gets no special treatment. Entries without a host are taken to live on `defaultHost`.
 *
 * @example entryForRemotes([{ name: 'origin', fetchUrl: 'https://github.com/acme/ui.git' }], entries, 'github.com')
 *   // → { entry: <acme/ui>, remote: { name: 'origin', … } }
 */
export function entryForRemotes<R extends RemoteLike>(remotes: readonly R[], entries: readonly CatalogEntry[], defaultHost: string): { entry: CatalogEntry; remote: R } | undefined {
  const ordered = [...remotes].sort((a, b) => Number(b.name === 'origin') - Number(a.name === 'origin'));
  for (const remote of ordered) {
    for (const url of [remote.fetchUrl, remote.pushUrl]) {
      const parsed = url ? parseRemoteUrl(url) : undefined;
      if (!parsed) continue;
      const entry = entries.find((e) => e.repo && remoteIsRepo(parsed, e.repo, e.host ?? defaultHost));
      if (entry) return { entry, remote };
    }
  }
  return undefined;
}

/**
 * The URL of `repo` ("owner/name") in the same form as `remoteUrl` (https stays https, ssh stays ssh), for adding a
 * fork as a remote; credentials are dropped.
 *
 * @example sameFormUrl('git@github.com:acme/ui.git', 'ann/ui') // → 'git@github.com:ann/ui.git'
 * @example sameFormUrl('https://github.com/acme/ui', 'ann/ui-fork') // → 'https://github.com/ann/ui-fork.git'
 */
export function sameFormUrl(remoteUrl: string, repo: string): string | undefined {
  const text = remoteUrl.trim();
  if (!parseRemoteUrl(text)) return undefined;
  const scp = /^((?:[^@/\s]+@)?[^:/\s]+):/.exec(text);
  if (scp && !/^[a-z][a-z0-9+.-]*:\/\//i.test(text)) return `${scp[1]}:${repo}.git`;
  const url = new URL(text);
  // ssh's user ("git@") names the account to log in as; an http(s) user and any password are credentials.
  if (!/^(git\+)?ssh/i.test(url.protocol)) url.username = '';
  url.password = '';
  url.pathname = `/${repo}.git`;
  url.search = '';
  url.hash = '';
  return url.toString();
}

/**
 * A local branch name for a contribution titled `title`: "reuse-radar/<slug>", or "-2" … "-9" when taken.
 *
 * @example freeBranchName('Add retry', new Set(['reuse-radar/add-retry'])) // → 'reuse-radar/add-retry-2'
 */
export function freeBranchName(title: string, taken: ReadonlySet<string>): string {
  const wanted = contributionBranch(title);
  for (let n = 1; n <= 9; n++) {
    const candidate = n === 1 ? wanted : `${wanted}-${n}`;
    if (!taken.has(candidate)) return candidate;
  }
  return `${wanted}-${Date.now().toString(36)}`;
}

/**
 * A name for a new remote pointing at the user's fork: the login, else "<login>-fork", else "fork-N".
 *
 * @example forkRemoteName('ann', ['origin', 'ann']) // → 'ann-fork'
 */
export function forkRemoteName(login: string, existing: readonly string[]): string {
  const names = new Set(existing);
  for (const candidate of [login, `${login}-fork`, 'fork']) if (!names.has(candidate)) return candidate;
  let n = 2;
  while (names.has(`fork-${n}`)) n++;
  return `fork-${n}`;
}
