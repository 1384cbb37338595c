import path from 'node:path';
import { addMavenDependency, addPyprojectDependency, addRequirement, pyprojectInfo, type ManifestEdit } from './manifestEdits';
import { normalizePypiName } from './manifests/manifestUtil';
import type { PackageRef } from './model';
import { isValidPackageName } from './packageName';

export type JsPackageManager = 'npm' | 'yarn' | 'pnpm' | 'bun';

/** A directory of the project and the names of the files directly in it. */
export interface ProjectDir {
  path: string;
  files: readonly string[];
}

/** How to add a dependency: run a package manager (argv, never a shell string), edit a manifest, or nothing to do. */
export type DependencyPlan =
  | { kind: 'run'; argv: string[]; cwd: string; summary: string }
  | { kind: 'edit'; file: string; edit: ManifestEdit; summary: string }
  | { kind: 'present'; file: string; summary: string }
  | { kind: 'none'; summary: string };

export interface PlanOptions {
  /** Reads a file's text; undefined when it cannot be read. */
  readFile(file: string): Promise<string | undefined>;
  /** Defaults to process.platform (Windows runs `npm.cmd`, not `npm`). */
  platform?: NodeJS.Platform;
}

const LOCKFILES: readonly [string, JsPackageManager][] = [
  ['pnpm-lock.yaml', 'pnpm'],
  ['yarn.lock', 'yarn'],
  ['bun.lockb', 'bun'],
  ['bun.lock', 'bun'],
  ['package-lock.json', 'npm'],
  ['npm-shrinkwrap.json', 'npm'],
];

/**
 * The JavaScript package manager a project uses: package.json's "packageManager" field, else the lockfile in the
 * nearest directory that has one (dirs nearest first), else npm.
 * @example detectJsPackageManager([{ path: "/r/app", files: ["package.json"] }, { path: "/r", files: ["pnpm-lock.yaml"] }]) // -> "pnpm"
 */
export function detectJsPackageManager(dirs: readonly ProjectDir[], packageJsonText?: string): JsPackageManager {
  const declared = packageJsonText ? /"packageManager"\s*:\s*"(npm|yarn|pnpm|bun)@/.exec(packageJsonText)?.[1] : undefined;
  if (declared) return declared as JsPackageManager;
  for (const dir of dirs) {
    for (const [file, manager] of LOCKFILES) if (dir.files.includes(file)) return manager;
  }
  return 'npm';
}

/**
 * The argv that adds a package with a given tool (the first element is the program).
 * @example installArgv({ ecosystem: "npm", name: "@acme/retry" }, "pnpm") // -> ["pnpm", "add", "@acme/retry"]
 * @example installArgv({ ecosystem: "go", name: "github.com/acme/x" }) // -> ["go", "get", "github.com/acme/x"]
 */
export function installArgv(pkg: PackageRef, tool?: string, platform: NodeJS.Platform = process.platform): string[] {
  // Catalog loaders already drop such names; this guards every other path to a package manager's argv.
  if (!isValidPackageName(pkg.ecosystem, pkg.name)) {
    throw new Error(`Refusing to install ${JSON.stringify(pkg.name)}: it is not a valid ${pkg.ecosystem} package name.`);
  }
  return argvFor(pkg, tool, platform);
}

function argvFor(pkg: PackageRef, tool: string | undefined, platform: NodeJS.Platform): string[] {
  const win = platform === 'win32';
  switch (pkg.ecosystem) {
    case 'npm': {
      const manager = (tool ?? 'npm') as JsPackageManager;
      const program = win && manager !== 'bun' ? `${manager}.cmd` : manager;
      return [program, manager === 'npm' ? 'install' : 'add', pkg.name];
    }
    case 'pypi':
      if (tool === 'poetry' || tool === 'uv') return [tool, 'add', pkg.name];
      if (tool === 'pipenv') return ['pipenv', 'install', pkg.name];
      return [win ? 'py' : 'python3', '-m', 'pip', 'install', pkg.name];
    case 'go':
      return ['go', 'get', pkg.name];
    case 'cargo':
      return ['cargo', 'add', pkg.name];
    case 'nuget':
      return tool ? ['dotnet', 'add', tool, 'package', pkg.name] : ['dotnet', 'add', 'package', pkg.name];
    case 'maven':
      throw new Error(`Maven dependencies are added by editing pom.xml, not with a command (${pkg.name}).`);
  }
}

/**
 * What a person would type (or paste) to add the package: a command line, or for Maven the pom.xml snippet.
 * @example installCommandText({ ecosystem: "pypi", name: "acme-http" }) // -> "pip install acme-http"
 * @example installCommandText({ ecosystem: "npm", name: "@acme/retry" }, "yarn") // -> "yarn add @acme/retry"
 */
export function installCommandText(pkg: PackageRef, tool?: string): string {
  if (pkg.ecosystem === 'maven') {
    const [groupId, artifactId] = pkg.name.split(':');
    return `<dependency>\n  <groupId>${groupId}</groupId>\n  <artifactId>${artifactId ?? ''}</artifactId>\n</dependency>`;
  }
  if (pkg.ecosystem === 'pypi' && !tool) return `pip install ${pkg.name}`;
  // Display text only (shell-quoted); running goes through installArgv, which refuses malformed names.
  return argvFor(pkg, tool, 'linux').map(quoteArg).join(' ');
}

function quoteArg(arg: string): string {
  return /^[\w@%+=:,./-]+$/.test(arg) ? arg : `'${arg.replace(/'/g, `'\\''`)}'`;
}

/**
 * The import specifier to use when a drop-in library replaces a package; undefined when `specifier` is not that
 * package or one of its sub-paths.
 * @example rewriteSpecifier("async-retry/lib/x", "async-retry", "@acme/retry") // -> "@acme/retry/lib/x"
 */
export function rewriteSpecifier(specifier: string, fromPackage: string, toPackage: string): string | undefined {
  if (specifier === fromPackage) return toPackage;
  if (specifier.startsWith(`${fromPackage}/`)) return toPackage + specifier.slice(fromPackage.length);
  return undefined;
}

/**
 * Decides how to add `pkg` to the project around a file: `dirs` are the file's directory and its ancestors up to
 * the workspace folder, nearest first. The nearest directory with a manifest of the package's ecosystem wins.
 * npm/yarn/pnpm, poetry/uv/pipenv, go, cargo and dotnet run as commands; pom.xml, requirements.txt and PEP 621
 * pyproject.toml dependencies are edited in place, as is the norm there.
 * @example await planAddDependency({ ecosystem: "go", name: "github.com/acme/x" }, [{ path: "/r", files: ["go.mod"] }], { readFile })
 *   // -> { kind: "run", argv: ["go", "get", "github.com/acme/x"], cwd: "/r", summary: "go get github.com/acme/x" }
 */
export async function planAddDependency(pkg: PackageRef, dirs: readonly ProjectDir[], options: PlanOptions): Promise<DependencyPlan> {
  if (!isValidPackageName(pkg.ecosystem, pkg.name)) {
    throw new Error(`Refusing to add ${JSON.stringify(pkg.name.slice(0, 200))}: it is not a valid ${pkg.ecosystem} package name.`);
  }
  const platform = options.platform ?? process.platform;
  const run = (argv: string[], cwd: string): DependencyPlan => ({ kind: 'run', argv, cwd, summary: argv.join(' ').replace(/^(\w+)\.cmd /, '$1 ') });
  const nearest = (match: (file: string) => boolean) => {
    for (const dir of dirs) {
      const file = dir.files.find(match);
      if (file) return { dir, file: path.join(dir.path, file) };
    }
    return undefined;
  };
  switch (pkg.ecosystem) {
    case 'npm': {
      const found = nearest((f) => f === 'package.json');
      if (!found) return { kind: 'none', summary: `No package.json was found for this file: run \`npm install ${pkg.name}\` in your project.` };
      const text = await options.readFile(found.file);
      if (text && declaresNpm(text, pkg.name)) return { kind: 'present', file: found.file, summary: `${pkg.name} is already a dependency in ${found.file}.` };
      const manager = detectJsPackageManager(dirs.slice(dirs.indexOf(found.dir)), text);
      return run(installArgv(pkg, manager, platform), found.dir.path);
    }
    case 'pypi':
      return planPython(pkg, dirs, options, platform, run);
    case 'go': {
      const found = nearest((f) => f === 'go.mod');
      if (!found) return { kind: 'none', summary: `No go.mod was found for this file: run \`go get ${pkg.name}\` in your module.` };
      const text = await options.readFile(found.file);
      if (text && new RegExp(`^\\s*(?:require\\s+)?${escapeRegExp(pkg.name)}\\s+v`, 'm').test(text)) return { kind: 'present', file: found.file, summary: `${pkg.name} is already required in ${found.file}.` };
      return run(installArgv(pkg, undefined, platform), found.dir.path);
    }
    case 'maven': {
      const found = nearest((f) => f === 'pom.xml' || f === 'build.gradle' || f === 'build.gradle.kts');
      if (!found) return { kind: 'none', summary: `No pom.xml was found for this file: add ${pkg.name} to your build.` };
      if (!found.file.endsWith('pom.xml')) {
        const kotlin = found.file.endsWith('.kts');
        return { kind: 'none', summary: `Add ${kotlin ? `implementation("${pkg.name}:VERSION")` : `implementation '${pkg.name}:VERSION'`} to the dependencies of ${found.file}.` };
      }
      const text = await options.readFile(found.file);
      if (text === undefined) return { kind: 'none', summary: `${found.file} could not be read.` };
      const edit = addMavenDependency(text, pkg.name);
      if (!edit) return { kind: 'present', file: found.file, summary: `${pkg.name} is already a dependency in ${found.file}.` };
      return { kind: 'edit', file: found.file, edit, summary: `Added ${pkg.name} to ${found.file}: set its <version> unless a parent or BOM manages it.` };
    }
    case 'cargo': {
      const found = nearest((f) => f === 'Cargo.toml');
      if (!found) return { kind: 'none', summary: `No Cargo.toml was found for this file: run \`cargo add ${pkg.name}\` in your crate.` };
      return run(installArgv(pkg, undefined, platform), found.dir.path);
    }
    case 'nuget': {
      const found = nearest((f) => /\.(cs|fs|vb)proj$/.test(f));
      if (!found) return { kind: 'none', summary: `No project file was found for this file: run \`dotnet add package ${pkg.name}\` in your project.` };
      return run(installArgv(pkg, path.basename(found.file), platform), found.dir.path);
    }
  }
}

type Run = (argv: string[], cwd: string) => DependencyPlan;

async function planPython(pkg: PackageRef, dirs: readonly ProjectDir[], options: PlanOptions, platform: NodeJS.Platform, run: Run): Promise<DependencyPlan> {
  const wanted = normalizePypiName(pkg.name);
  for (const dir of dirs) {
    const has = (f: string) => dir.files.includes(f);
    const at = (f: string) => path.join(dir.path, f);
    if (has('pyproject.toml')) {
      const text = await options.readFile(at('pyproject.toml'));
      const info = text === undefined ? undefined : pyprojectInfo(text);
      if (info?.declared.has(wanted)) return { kind: 'present', file: at('pyproject.toml'), summary: `${pkg.name} is already a dependency in ${at('pyproject.toml')}.` };
      if (info?.poetry) return run(installArgv(pkg, 'poetry', platform), dir.path);
      if (has('uv.lock')) return run(installArgv(pkg, 'uv', platform), dir.path);
      const edit = text === undefined ? undefined : addPyprojectDependency(text, pkg.name);
      if (edit) return { kind: 'edit', file: at('pyproject.toml'), edit, summary: `Added ${pkg.name} to the dependencies in ${at('pyproject.toml')}.` };
    }
    if (has('Pipfile')) return run(installArgv(pkg, 'pipenv', platform), dir.path);
    if (has('requirements.txt')) {
      const text = (await options.readFile(at('requirements.txt'))) ?? '';
      const edit = addRequirement(text, pkg.name);
      if (!edit) return { kind: 'present', file: at('requirements.txt'), summary: `${pkg.name} is already listed in ${at('requirements.txt')}.` };
      return { kind: 'edit', file: at('requirements.txt'), edit, summary: `Added ${pkg.name} to ${at('requirements.txt')}.` };
    }
    if (has('pyproject.toml') || has('setup.py') || has('setup.cfg')) return run(installArgv(pkg, 'pip', platform), dir.path);
  }
  const root = dirs[dirs.length - 1];
  if (!root) return { kind: 'none', summary: `Run \`pip install ${pkg.name}\` in your environment.` };
  return run(installArgv(pkg, 'pip', platform), root.path);
}

function declaresNpm(packageJson: string, name: string): boolean {
  try {
    const data = JSON.parse(packageJson) as Record<string, unknown>;
    return ['dependencies', 'devDependencies', 'peerDependencies', 'optionalDependencies'].some((k) => {
      const deps = data[k];
      return typeof deps === 'object' && deps !== null && Object.hasOwn(deps, name);
    });
  } catch {
    return false;
  }
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
