// Pure helpers (no vscode import) for where contributed files go in the target repository.

/**
 * The deepest folder all paths share ("" when none).
 *
 * @example commonFolder(['src/http/retry.ts', 'src/http/backoff.ts']) // → 'src/http'
 */
export function commonFolder(paths: readonly string[]): string {
  const split = paths.map((p) => p.split('/').slice(0, -1));
  const first = split[0] ?? [];
  let n = 0;
  while (n < first.length && split.every((s) => s[n] === first[n])) n++;
  return first.slice(0, n).join('/');
}

/**
 * Target paths for sources given by workspace-relative path: one source goes exactly to `target`; several keep their
 * paths below their common folder, placed in the folder `target` ("" = the repository root).
 *
 * @example targetPaths(['app/src/a.ts', 'app/src/util/b.ts'], 'lib') // → ['lib/a.ts', 'lib/util/b.ts']
 * @example targetPaths(['app/src/a.ts'], 'src/retry.ts') // → ['src/retry.ts']
 */
export function targetPaths(relativePaths: readonly string[], target: string): string[] {
  const clean = target.replace(/\\/g, '/').replace(/^\/+|\/+$/g, '');
  if (relativePaths.length === 1) return [clean];
  const common = commonFolder(relativePaths);
  return relativePaths.map((p) => {
    const rest = common ? p.slice(common.length + 1) : p;
    return clean ? `${clean}/${rest}` : rest;
  });
}
