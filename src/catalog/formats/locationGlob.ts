import * as nodePath from 'node:path';

interface DirEntry {
  name: string;
  /** A real directory (a symbolic link is never one: links are not walked into). */
  isDirectory: boolean;
  isFile: boolean;
}

/** Lists a directory; the caller decides what it may reach. */
export type ListDir = (dir: string) => Promise<DirEntry[]>;

/** Folders a Location glob never walks into. */
const SKIPPED = new Set(['node_modules', '.git']);
const MAX_GLOB_MATCHES = 1000;

export const hasGlob = (target: string): boolean => /[*?[]/.test(target);

function segmentRegex(segment: string): RegExp {
  let re = '';
  for (const ch of segment) {
    if (ch === '*') re += '[^/]*';
    else if (ch === '?') re += '[^/]';
    else re += ch.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${re}$`);
}

/**
 * The files a Backstage Location glob target (`./plugins/*\/catalog-info.yaml`, `./**\/catalog-info.yaml`) matches,
 * relative to `baseDir`, sorted; `*` and `?` stay within one folder, `**` spans folders. Only folders under `root`
 * are walked (never `..` out of it, never through symbolic links, never into node_modules or .git); at most
 * MAX_GLOB_MATCHES files.
 *
 * @example await expandLocationGlob('./plugins/*\/catalog-info.yaml', '/repo', '/repo', listDir)
 *   // -> ['/repo/plugins/a/catalog-info.yaml', '/repo/plugins/b/catalog-info.yaml']
 */
export async function expandLocationGlob(target: string, baseDir: string, root: string, listDir: ListDir): Promise<string[]> {
  const pattern = nodePath.resolve(baseDir, target);
  const inside = nodePath.relative(root, pattern);
  if (inside.startsWith('..') || nodePath.isAbsolute(inside)) return [];
  const segments = inside.split(nodePath.sep).filter(Boolean);
  const found = new Set<string>();

  async function walk(dir: string, i: number): Promise<void> {
    if (found.size >= MAX_GLOB_MATCHES || i >= segments.length) return;
    const segment = segments[i];
    const last = i === segments.length - 1;
    if (segment === '**') {
      await walk(dir, i + 1);
      for (const e of await safeList(dir)) if (e.isDirectory && !SKIPPED.has(e.name)) await walk(nodePath.join(dir, e.name), i);
      return;
    }
    if (!hasGlob(segment)) {
      if (last) {
        if ((await safeList(dir)).some((e) => e.isFile && e.name === segment)) found.add(nodePath.join(dir, segment));
      } else {
        await walk(nodePath.join(dir, segment), i + 1);
      }
      return;
    }
    const re = segmentRegex(segment);
    for (const e of await safeList(dir)) {
      if (!re.test(e.name) || SKIPPED.has(e.name)) continue;
      if (last && e.isFile) found.add(nodePath.join(dir, e.name));
      else if (!last && e.isDirectory) await walk(nodePath.join(dir, e.name), i + 1);
    }
  }

  async function safeList(dir: string): Promise<DirEntry[]> {
    try {
      return await listDir(dir);
    } catch {
      return [];
    }
  }

  await walk(root, 0);
  return [...found].sort().slice(0, MAX_GLOB_MATCHES);
}
