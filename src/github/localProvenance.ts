import { readFile, stat } from 'node:fs/promises';
import * as nodePath from 'node:path';
import type { Provenance } from './pullRequestBody';
import { redact } from '../util/redact';

/**
 * Where a local file comes from, read from the enclosing git checkout without running git: the `origin` remote URL
 * (credentials stripped), the file's path in the checkout and the HEAD commit. Outside a checkout: just the path.
 *
 * @example await localProvenance('/src/app/lib/retry.ts')
 *   // → { repo: 'https://github.com/acme/app.git', path: 'lib/retry.ts', commit: '3f2a…' }
 */
export async function localProvenance(file: string): Promise<Provenance> {
  const absolute = nodePath.resolve(file);
  for (let dir = nodePath.dirname(absolute); ; dir = nodePath.dirname(dir)) {
    const gitDir = await gitDirAt(dir);
    if (gitDir) {
      const [repo, commit] = await Promise.all([originUrl(gitDir), headCommit(gitDir)]);
      return { repo, path: nodePath.relative(dir, absolute).split(nodePath.sep).join('/'), commit };
    }
    if (nodePath.dirname(dir) === dir) return { path: nodePath.basename(absolute) };
  }
}

// ".git" is a folder in a clone, and a "gitdir: <path>" file in worktrees and submodules.
async function gitDirAt(dir: string): Promise<string | undefined> {
  const dotGit = nodePath.join(dir, '.git');
  const info = await stat(dotGit).catch(() => undefined);
  if (info?.isDirectory()) return dotGit;
  if (info?.isFile()) {
    const pointer = /^gitdir:\s*(.+)$/m.exec(await readFile(dotGit, 'utf8').catch(() => ''))?.[1]?.trim();
    return pointer ? nodePath.resolve(dir, pointer) : undefined;
  }
  return undefined;
}

async function originUrl(gitDir: string): Promise<string | undefined> {
  // Worktrees keep their config in the common dir.
  const common = (await readFile(nodePath.join(gitDir, 'commondir'), 'utf8').catch(() => '')).trim();
  const config = await readFile(nodePath.join(common ? nodePath.resolve(gitDir, common) : gitDir, 'config'), 'utf8').catch(() => '');
  const section = /\[remote "origin"\]([\s\S]*?)(?=\n\s*\[|$)/.exec(config)?.[1] ?? '';
  const url = /^\s*url\s*=\s*(.+)$/m.exec(section)?.[1]?.trim();
  return url ? redact(url) : undefined;
}

async function headCommit(gitDir: string): Promise<string | undefined> {
  const head = (await readFile(nodePath.join(gitDir, 'HEAD'), 'utf8').catch(() => '')).trim();
  if (/^[0-9a-f]{40}$/.test(head)) return head;
  const ref = /^ref:\s*(\S+)$/.exec(head)?.[1];
  if (!ref) return undefined;
  const common = (await readFile(nodePath.join(gitDir, 'commondir'), 'utf8').catch(() => '')).trim();
  for (const dir of [gitDir, common ? nodePath.resolve(gitDir, common) : undefined]) {
    if (!dir) continue;
    const loose = (await readFile(nodePath.join(dir, ref), 'utf8').catch(() => '')).trim();
    if (/^[0-9a-f]{40}$/.test(loose)) return loose;
    const packed = await readFile(nodePath.join(dir, 'packed-refs'), 'utf8').catch(() => '');
    const line = packed.split('\n').find((l) => l.endsWith(` ${ref}`));
    if (line && /^[0-9a-f]{40} /.test(line)) return line.slice(0, 40);
  }
  return undefined;
}
