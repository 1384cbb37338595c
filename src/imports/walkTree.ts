import { open, readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import ignore, { type Ignore } from 'ignore';
import type { SourceLanguage } from './types';
import { languageForPath } from './languages';
import { isSkippedFolder, MAX_ANALYSED_BYTES, SNIFF_BYTES } from './sourceFiles';

export interface WalkOptions {
  /** Stop after yielding this many files (default 20,000). */
  maxFiles?: number;
  /** Skip files larger than this (default 1 MB). */
  maxFileBytes?: number;
  /** Aborting ends the walk quietly after the current file. */
  signal?: AbortSignal;
  /** More gitignore-style patterns, relative to the root (e.g. from files.exclude). */
  extraIgnores?: string[];
}

export interface WalkedFile {
  path: string;
  /** Relative to the root, always with "/" separators. */
  relativePath: string;
  size: number;
  language: SourceLanguage;
}


interface Matcher {
  /** Relative dir (with trailing "/", or "" for the root) the rules apply under. */
  base: string;
  rules: Ignore;
}

/**
 * Yields the source files under `root` (those with a known language), depth-first, respecting every .gitignore on
 * the way (nested ones apply below their folder) and `extraIgnores`, skipping dependency/build folders, symlinks,
 * files over `maxFileBytes` and binary files (a NUL byte in the first 8 kB). Unreadable folders are skipped.
 * Example: for await (const f of walkSourceTree('/repo')) → { path: '/repo/src/a.ts', relativePath: 'src/a.ts', … }.
 */
export async function* walkSourceTree(root: string, options: WalkOptions = {}): AsyncIterable<WalkedFile> {
  const maxFiles = options.maxFiles ?? 20_000;
  const maxFileBytes = options.maxFileBytes ?? MAX_ANALYSED_BYTES;
  const base: Matcher[] = options.extraIgnores?.length ? [{ base: '', rules: ignore().add(options.extraIgnores) }] : [];
  const stack: Array<{ rel: string; matchers: Matcher[] }> = [{ rel: '', matchers: base }];
  let yielded = 0;
  while (stack.length > 0) {
    const { rel, matchers: inherited } = stack.pop()!;
    if (options.signal?.aborted) return;
    const dir = path.join(root, rel);
    let dirents;
    try {
      dirents = await readdir(dir, { withFileTypes: true });
    } catch {
      continue;
    }
    const matchers = [...inherited];
    if (dirents.some((d) => d.name === '.gitignore' && d.isFile())) {
      const text = await readFile(path.join(dir, '.gitignore'), 'utf8').catch(() => '');
      matchers.push({ base: rel ? `${rel}/` : '', rules: ignore().add(text) });
    }
    const subdirs: string[] = [];
    for (const d of dirents.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      const relPath = rel ? `${rel}/${d.name}` : d.name;
      if (d.isDirectory()) {
        if (!isSkippedFolder(d.name) && !ignored(matchers, `${relPath}/`)) subdirs.push(relPath);
        continue;
      }
      if (!d.isFile()) continue;
      const language = languageForPath(d.name);
      if (!language || ignored(matchers, relPath)) continue;
      const full = path.join(root, relPath);
      const size = await sizeIfText(full, maxFileBytes);
      if (size === undefined) continue;
      if (options.signal?.aborted) return;
      yield { path: full, relativePath: relPath, size, language };
      if (++yielded >= maxFiles) return;
    }
    for (let i = subdirs.length - 1; i >= 0; i--) stack.push({ rel: subdirs[i], matchers });
  }
}

function ignored(matchers: Matcher[], relPath: string): boolean {
  for (const m of matchers) {
    if (m.base && !relPath.startsWith(m.base)) continue;
    const sub = relPath.slice(m.base.length);
    if (sub && m.rules.ignores(sub)) return true;
  }
  return false;
}

/** The file's size when it is at most `max` bytes and has no NUL byte in its first 8 kB; else undefined. */
async function sizeIfText(file: string, max: number): Promise<number | undefined> {
  let handle;
  try {
    handle = await open(file, 'r');
    const { size } = await handle.stat();
    if (size > max) return undefined;
    const buffer = Buffer.alloc(Math.min(size, SNIFF_BYTES));
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
    return buffer.subarray(0, bytesRead).includes(0) ? undefined : size;
  } catch {
    return undefined;
  } finally {
    await handle?.close().catch(() => undefined);
  }
}
