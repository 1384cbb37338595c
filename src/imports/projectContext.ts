import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse as parseToml } from 'smol-toml';
import type { ProjectContext } from './classify';
import { readPythonDistributions } from './pythonDistributions';

/**
 * Reads what a project says about itself from its manifests: package.json "name", go.mod `module`, pyproject.toml /
 * setup.cfg name plus top-level package dirs (root and src/), Java/Kotlin package roots under src/main/{java,kotlin},
 * Cargo.toml package name, *.csproj RootNamespace, and the distributions installed in .venv/venv.
 * Missing or malformed manifests are skipped. Example: a dir with go.mod "module github.com/org/svc" →
 * { goModule: "github.com/org/svc" }.
 */
export async function detectProjectContext(rootDir: string): Promise<ProjectContext> {
  const ctx: ProjectContext = {};
  const pkg = parseJson(await read(rootDir, 'package.json'));
  if (typeof pkg?.name === 'string') ctx.npmName = pkg.name;

  const goMod = await read(rootDir, 'go.mod');
  const module = goMod?.match(/^\s*module\s+"?([^\s"]+)"?/m)?.[1];
  if (module) ctx.goModule = module;

  const pythonPackages = await pythonPackageDirs(rootDir);
  const pyName = tomlName(await read(rootDir, 'pyproject.toml'), 'project')
    ?? (await read(rootDir, 'setup.cfg'))?.match(/^\s*name\s*=\s*(\S+)/m)?.[1];
  if (pyName && pythonPackages.length === 0) pythonPackages.push(pyName.replace(/[-.]/g, '_').toLowerCase());
  if (pythonPackages.length) ctx.pythonPackages = pythonPackages;

  const roots = [...await packageRoots(path.join(rootDir, 'src/main/java')), ...await packageRoots(path.join(rootDir, 'src/main/kotlin'))];
  if (roots.length) ctx.javaPackageRoots = [...new Set(roots)];

  const crate = tomlName(await read(rootDir, 'Cargo.toml'), 'package');
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
  return ctx;
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

function parseJson(text: string | undefined): Record<string, unknown> | undefined {
  if (text === undefined) return undefined;
  try {
    const value: unknown = JSON.parse(text);
    return value && typeof value === 'object' ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

function tomlName(text: string | undefined, table: string): string | undefined {
  if (text === undefined) return undefined;
  try {
    const section = parseToml(text)[table];
    const name = section && typeof section === 'object' ? (section as Record<string, unknown>).name : undefined;
    return typeof name === 'string' ? name : undefined;
  } catch {
    return undefined;
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

