import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { parseRemoteUrl } from '../catalog/remoteUrl';

/**
 * The repositories ("owner/name", lower-cased) the git remotes of the repository enclosing `dir` point at, read from
 * its git config without running git (a worktree's `.git` file and `commondir` are followed). No repository, or an
 * unreadable config: [].
 * @example await readGitRemotes("/src/ui-kit/packages/button") // -> ["acme/ui-kit", "me/ui-kit"] (origin and a fork)
 */
export async function readGitRemotes(dir: string): Promise<string[]> {
  const gitDir = await findGitDir(path.resolve(dir));
  if (!gitDir) return [];
  const common = (await readText(path.join(gitDir, 'commondir')))?.trim();
  const config = await readText(path.join(common ? path.resolve(gitDir, common) : gitDir, 'config'));
  return config === undefined ? [] : remotesOfConfig(config);
}

/**
 * The remote repositories a git config names, in order, de-duplicated.
 * @example remotesOfConfig('[remote "origin"]\n\turl = git@github.com:Acme/ui-kit.git\n') // -> ["acme/ui-kit"]
 */
function remotesOfConfig(config: string): string[] {
  const repos: string[] = [];
  let inRemote = false;
  for (const raw of config.split(/\r?\n/)) {
    const line = raw.trim();
    if (line.startsWith('[')) {
      inRemote = /^\[remote\s+"[^"]*"\]$/.test(line);
      continue;
    }
    const url = inRemote ? /^(?:url|pushurl)\s*=\s*(.+)$/i.exec(line)?.[1] : undefined;
    const remote = url ? parseRemoteUrl(url.replace(/^"|"$/g, '')) : undefined;
    const repo = remote && `${remote.owner}/${remote.name}`.toLowerCase();
    if (repo && !repos.includes(repo)) repos.push(repo);
  }
  return repos;
}

async function findGitDir(start: string): Promise<string | undefined> {
  for (let dir = start; ; dir = path.dirname(dir)) {
    const dotGit = path.join(dir, '.git');
    const info = await stat(dotGit).catch(() => undefined);
    if (info?.isDirectory()) return dotGit;
    if (info?.isFile()) {
      const target = /^gitdir:\s*(.+)$/m.exec((await readText(dotGit)) ?? '')?.[1]?.trim();
      return target ? path.resolve(dir, target) : undefined;
    }
    if (path.dirname(dir) === dir) return undefined;
  }
}

async function readText(file: string): Promise<string | undefined> {
  try {
    return await readFile(file, 'utf8');
  } catch {
    return undefined;
  }
}
