import type { FolderListing } from './workspaces';

/** Folders that hold no library code even with an `__init__.py`. */
const NOT_PACKAGES = new Set(['test', 'tests', 'testing', 'docs', 'doc', 'examples', 'example', 'scripts', 'script', 'benchmarks',
  'bench', 'tools', 'build', 'dist', 'venv', 'env', 'site-packages', 'migrations', 'conftest', 'setup', 'fixtures']);
const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;

const hasInit = (entries: FolderListing | undefined): boolean => !!entries?.some((e) => e.type === 'blob' && e.name === '__init__.py');
const isPackageName = (name: string): boolean => IDENTIFIER.test(name) && !NOT_PACKAGES.has(name.toLowerCase());

/**
 * Python import roots from a repository's layout (`listing(folder)` gives a folder's names, undefined when not read):
 * top-level folders with `__init__.py`, `src/<pkg>/` with `__init__.py`, `src/<pkg>.py`, and namespace packages
 * `src/<ns>/<pkg>/` (no `__init__.py` in `<ns>`) as "ns.pkg". Test, docs and tooling folders are left out.
 * @example pythonModulesFromLayout((f) => ({ '': [{ name: 'acme_auth', type: 'tree' }], acme_auth: [{ name: '__init__.py', type: 'blob' }] })[f])
 *   // -> ["acme_auth"]
 */
export function pythonModulesFromLayout(listing: (folder: string) => FolderListing | undefined): string[] {
  const out = new Set<string>();
  for (const e of listing('') ?? []) {
    if (e.type === 'tree' && isPackageName(e.name) && hasInit(listing(e.name))) out.add(e.name);
  }
  for (const e of listing('src') ?? []) {
    if (e.type === 'blob' && /\.py$/.test(e.name) && isPackageName(e.name.slice(0, -3))) out.add(e.name.slice(0, -3));
    if (e.type !== 'tree' || !isPackageName(e.name)) continue;
    const inside = listing(`src/${e.name}`);
    if (hasInit(inside)) out.add(e.name);
    else if (inside && !inside.some((x) => x.type === 'blob' && x.name.endsWith('.py'))) {
      for (const sub of inside) if (sub.type === 'tree' && isPackageName(sub.name)) out.add(`${e.name}.${sub.name}`);
    }
  }
  return [...out].sort();
}
