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
 * `src/<ns>/<pkg>/` (no `__init__.py` in `<ns>`) as "ns.pkg". Test, docs and tooling folders are left out. `base` is
 * the folder of the distribution ("" = the repository root, "py" for a polyglot repository's Python package).
 * @example pythonModulesFromLayout((f) => ({ '': [{ name: 'acme_auth', type: 'tree' }], acme_auth: [{ name: '__init__.py', type: 'blob' }] })[f])
 *   // -> ["acme_auth"]
 */
export function pythonModulesFromLayout(listing: (folder: string) => FolderListing | undefined, base = ''): string[] {
  const at = (folder: string) => listing(base ? (folder ? `${base}/${folder}` : base) : folder);
  const out = new Set<string>();
  for (const e of at('') ?? []) {
    if (e.type === 'tree' && isPackageName(e.name) && hasInit(at(e.name))) out.add(e.name);
  }
  for (const e of at('src') ?? []) {
    if (e.type === 'blob' && /\.py$/.test(e.name) && isPackageName(e.name.slice(0, -3))) out.add(e.name.slice(0, -3));
    if (e.type !== 'tree' || !isPackageName(e.name)) continue;
    const inside = at(`src/${e.name}`);
    if (hasInit(inside)) out.add(e.name);
    else if (inside && !inside.some((x) => x.type === 'blob' && x.name.endsWith('.py'))) {
      for (const sub of inside) if (sub.type === 'tree' && isPackageName(sub.name)) out.add(`${e.name}.${sub.name}`);
    }
  }
  return [...out].sort();
}

/** Package folders looked into per distribution at most. */
const MAX_CANDIDATES = 8;

/**
 * The folders a crawler still has to list before `pythonModulesFromLayout(listing, base)` can decide: the candidate
 * package folders of `base` and of `base/src` whose listings are not known yet.
 * @example pythonLayoutFolders((f) => ({ py: [{ name: 'usageaccountant', type: 'tree' }, { name: 'tests', type: 'tree' }] })[f], 'py')
 *   // -> ["py/usageaccountant", "py/src"]
 */
export function pythonLayoutFolders(listing: (folder: string) => FolderListing | undefined, base: string): string[] {
  const join = (folder: string) => (base ? `${base}/${folder}` : folder);
  const root = listing(base);
  if (!root) return [base];
  const want = root.filter((e) => e.type === 'tree' && isPackageName(e.name)).slice(0, MAX_CANDIDATES).map((e) => join(e.name));
  if (root.some((e) => e.type === 'tree' && e.name === 'src')) {
    const src = listing(join('src'));
    if (!src) want.push(join('src'));
    else for (const e of src.filter((x) => x.type === 'tree' && isPackageName(x.name)).slice(0, MAX_CANDIDATES)) want.push(join(`src/${e.name}`));
  }
  return [...new Set(want)].filter((f) => !listing(f));
}
