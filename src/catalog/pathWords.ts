import type { FolderListing } from './manifests/workspaces';

/** Key prefix of path words in `OrgUsage` (beside "<ecosystem>:<package>" keys): "path:version". */
export const PATH_WORD_PREFIX = 'path:';
/** Words kept per repository at most (a root listing of thousands of generated files must not bloat the cache). */
const MAX_WORDS = 60;
/** Names that say nothing about what a repository does: VCS, CI, licences, build and editor files. */
const NOISE = new Set(['readme', 'license', 'licence', 'changelog', 'contributing', 'makefile', 'dockerfile', 'notice', 'authors',
  'codeowners', 'security', 'package', 'lock', 'json', 'yaml', 'toml', 'setup', 'requirements', 'gitignore', 'src', 'test', 'tests',
  'cargo', 'pyproject', 'tsconfig', 'pnpm', 'lerna', 'gradle', 'gradlew', 'pom', 'poetry', 'for']);

/**
 * The words of a repository's root folder and file names ("version/", "main.go", "rate_limit.py"), lower-cased, without
 * extensions, dot-files or noise: what the organization routinely names its own code. A word many of the org's
 * repositories use for their own folders ("version", "config", "cmd") is no reason to suggest a library named for it
 * when a developer creates such a file.
 * @example pathWordsOf([{ name: 'version', type: 'tree' }, { name: 'rateLimit.go', type: 'blob' }, { name: '.github', type: 'tree' }])
 *   // -> ["limit", "rate", "version"]
 */
export function pathWordsOf(root: FolderListing): string[] {
  const words = new Set<string>();
  for (const e of root) {
    if (e.name.startsWith('.') || e.name.startsWith('_')) continue;
    const stem = e.type === 'blob' ? e.name.replace(/\..*$/, '') : e.name;
    for (const w of stem.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase().split(/[^a-z]+/)) {
      if (w.length >= 3 && !NOISE.has(w)) words.add(w);
    }
  }
  return [...words].sort().slice(0, MAX_WORDS);
}
