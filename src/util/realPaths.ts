import { realpath } from 'node:fs/promises';
import * as nodePath from 'node:path';

/**
 * True when `target` is `root` or below it, by path text (both absolute).
 *
 * @example isWithin("/w/app", "/w/app/src/a.ts") // → true
 * @example isWithin("/w/app", "/w/app-other/a")   // → false
 */
function isWithin(root: string, target: string): boolean {
  const relative = nodePath.relative(root, target);
  return relative === '' || (!relative.startsWith('..') && !nodePath.isAbsolute(relative));
}

/**
 * The real path of `target` when it — after resolving every symlink, in it and in `root` — is still inside `root`;
 * undefined when it escapes (a symlink pointing elsewhere) or does not exist.
 *
 * @example await realPathWithin("/w/app", "/w/app/link-to-etc/passwd") // → undefined
 */
export async function realPathWithin(root: string, target: string): Promise<string | undefined> {
  try {
    const [realRoot, realTarget] = await Promise.all([realpath(root), realpath(target)]);
    return isWithin(realRoot, realTarget) ? realTarget : undefined;
  } catch {
    return undefined;
  }
}

/**
 * True when `target` exists and, once symlinks are resolved, lies outside `root` (also resolved): a link inside the
 * folder that points elsewhere. False when it stays inside or cannot be resolved (the read reports a missing file).
 *
 * @example await resolvesOutside("/w/catalog", "/w/catalog/team.yaml") // → true when team.yaml links to /etc/…
 */
export async function resolvesOutside(root: string, target: string): Promise<boolean> {
  try {
    const [realRoot, realTarget] = await Promise.all([realpath(root), realpath(target)]);
    return !isWithin(realRoot, realTarget);
  } catch {
    return false;
  }
}
