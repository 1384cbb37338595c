import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { manifestParserFor, type ManifestInfo } from '../catalog/manifests';
import type { ProjectContext } from './classify';
import { readGitRemotes } from './gitRemotes';
import { readPythonDistributions } from './pythonDistributions';

/** The project's own manifests, read with the catalog's parsers (the crawler reads the same files the same way). */
const OWN_MANIFESTS: readonly string[] = ['package.json', 'pyproject.toml', 'setup.cfg', 'go.mod', 'pom.xml', 'build.gradle', 'build.gradle.kts', 'Cargo.toml'];

/**
 * Reads what a project says about itself: its manifests through the catalog's parsers (package.json, pyproject.toml,
 * setup.cfg, go.mod, pom.xml, build.gradle, Cargo.toml, *.csproj — the packages it publishes and its own names), its
 * git remotes, top-level Python package dirs (root and src/), Java/Kotlin package roots under src/main/{java,kotlin},
 * the Rust modules its crate root declares, and the distributions installed in .venv/venv. Missing or malformed
 * manifests are skipped. Example: a dir with go.mod "module github.com/org/svc" and origin git@github.com:org/svc.git
 * → { goModule: "github.com/org/svc", packages: [{ ecosystem: "go", name: "github.com/org/svc" }], repositories: ["org/svc"] }.
 * Without a git remote, a project is known by its folder's name (`checkoutNames`), as a clone names it.
 */
export async function detectProjectContext(rootDir: string): Promise<ProjectContext> {
  const ctx: ProjectContext = {};
  const manifests = await readOwnManifests(rootDir);
  const named = (format: ManifestInfo['format']) => manifests.find((m) => m.format === format)?.name;
  const packages = manifests.flatMap((m) => m.packages);
  if (packages.length) ctx.packages = packages;
  const dependencies = manifests.flatMap((m) => m.dependencies);
  if (dependencies.length) ctx.dependencies = dependencies;

  const npmName = named('package.json');
  if (npmName) ctx.npmName = npmName;
  const module = packages.find((p) => p.ecosystem === 'go')?.name;
  if (module) ctx.goModule = module;

  const pythonPackages = await pythonPackageDirs(rootDir);
  const pyName = packages.find((p) => p.ecosystem === 'pypi')?.name ?? named('pyproject.toml') ?? named('setup.cfg');
  if (pyName && pythonPackages.length === 0) pythonPackages.push(pyName.replace(/[-.]/g, '_').toLowerCase());
  if (pythonPackages.length) ctx.pythonPackages = pythonPackages;

  const roots = [...await packageRoots(path.join(rootDir, 'src/main/java')), ...await packageRoots(path.join(rootDir, 'src/main/kotlin'))];
  if (roots.length) ctx.javaPackageRoots = [...new Set(roots)];

  const crate = named('Cargo.toml');
  if (crate) ctx.crateName = crate;
  const rustModules = new Set<string>();
  for (const rootFile of ['src/lib.rs', 'src/main.rs']) {
    for (const m of (await read(rootDir, rootFile))?.matchAll(/^\s*(?:pub(?:\([^)]*\))?\s+)?mod\s+(\w+)\s*[;{]/gm) ?? []) rustModules.add(m[1]);
  }
  if (rustModules.size) ctx.rustModules = [...rustModules];

  const namespaces = await dotnetNamespaces(rootDir);
  if (namespaces.length) ctx.dotnetNamespaces = namespaces;

  for (const venv of ['.venv', 'venv']) {
    const dists = await readPythonDistributions(path.join(rootDir, venv));
    if (Object.keys(dists).length) ctx.pythonDistributions = { ...dists, ...ctx.pythonDistributions };
  }
  const repositories = await readGitRemotes(rootDir);
  if (repositories.length) ctx.repositories = repositories;
  else ctx.checkoutNames = [path.basename(path.resolve(rootDir)).toLowerCase()];
  return ctx;
}

async function readOwnManifests(rootDir: string): Promise<ManifestInfo[]> {
  const found: ManifestInfo[] = [];
  const files = [...OWN_MANIFESTS, ...(await entries(rootDir)).filter((e) => !e.dir && e.name.endsWith('.csproj')).map((e) => e.name)];
  for (const file of files) {
    const text = await read(rootDir, file);
    const parse = text === undefined ? undefined : manifestParserFor(file);
    if (text === undefined || !parse) continue;
    try {
      found.push(parse(text, file));
    } catch {
      // A malformed manifest says nothing about the project; the others still do.
    }
  }
  return found;
}

async function read(dir: string, file: string): Promise<string | undefined> {
  try {
    return await readFile(path.join(dir, file), 'utf8');
  } catch {
    return undefined;
  }
}

async function entries(dir: string): Promise<Array<{ name: string; dir: boolean }>> {
  try {
    return (await readdir(dir, { withFileTypes: true }))
      .map((e) => ({ name: e.name, dir: e.isDirectory() }))
      .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  } catch {
    return [];
  }
}



/**
 * The project's own top-level Python modules, at the root or under src/ (the two usual layouts): directories with an
 * __init__.py, and single-file modules (`utils.py` beside `main.py`), except setup.py/conftest.py.
 */
async function pythonPackageDirs(rootDir: string): Promise<string[]> {
  const found: string[] = [];
  for (const base of [rootDir, path.join(rootDir, 'src')]) {
    for (const e of await entries(base)) {
      if (!e.dir && /^[A-Za-z_]\w*\.py$/.test(e.name) && e.name !== 'setup.py' && e.name !== 'conftest.py') {
        found.push(e.name.slice(0, -3));
        continue;
      }
      if (!e.dir || e.name.startsWith('.') || e.name === 'tests' || e.name === 'test') continue;
      if ((await entries(path.join(base, e.name))).some((f) => f.name === '__init__.py')) found.push(e.name);
    }
  }
  return found;
}

/** Package roots under a source dir: descend while a dir holds exactly one subdirectory and no files. */
async function packageRoots(srcDir: string): Promise<string[]> {
  const top = await entries(srcDir);
  const roots: string[] = [];
  for (const first of top.filter((e) => e.dir)) {
    const parts = [first.name];
    for (let depth = 0; depth < 8; depth++) {
      const inside = await entries(path.join(srcDir, ...parts));
      const dirs = inside.filter((e) => e.dir);
      if (dirs.length !== 1 || inside.some((e) => !e.dir)) break;
      parts.push(dirs[0].name);
    }
    roots.push(parts.join('.'));
  }
  return roots;
}

/** RootNamespace (or the project file's name) of every *.csproj at the root or one level down. */
async function dotnetNamespaces(rootDir: string): Promise<string[]> {
  const names: string[] = [];
  const candidates = [rootDir, ...(await entries(rootDir)).filter((e) => e.dir && !e.name.startsWith('.')).map((e) => path.join(rootDir, e.name))];
  for (const dir of candidates) {
    for (const e of await entries(dir)) {
      if (e.dir || !e.name.endsWith('.csproj')) continue;
      const text = await read(dir, e.name);
      names.push(text?.match(/<RootNamespace>\s*([^<\s]+)\s*<\/RootNamespace>/)?.[1] ?? e.name.slice(0, -'.csproj'.length));
    }
  }
  return [...new Set(names)];
}


/**
 * A one-line description of a project context, for the log.
 * @example describeProjectContext({ npmName: '@acme/web', crateName: 'web' }) // -> "npm @acme/web; crate web"
 * @example describeProjectContext({}) // -> "no manifest"
 */
export function describeProjectContext(ctx: ProjectContext): string {
  const parts = [
    ctx.npmName && `npm ${ctx.npmName}`,
    ctx.goModule && `go module ${ctx.goModule}`,
    ctx.pythonPackages?.length && `python packages ${ctx.pythonPackages.join(', ')}`,
    ctx.javaPackageRoots?.length && `java packages ${ctx.javaPackageRoots.join(', ')}`,
    ctx.crateName && `crate ${ctx.crateName}`,
    ctx.dotnetNamespaces?.length && `namespaces ${ctx.dotnetNamespaces.join(', ')}`,
  ].filter(Boolean);
  return parts.length ? parts.join('; ') : 'no manifest';
}
