import { readdir } from 'node:fs/promises';
import path from 'node:path';

/** Manifests that make a folder a project root (what `detectProjectContext` reads), besides any `*.csproj`. */
const PROJECT_MANIFESTS: readonly string[] = ['package.json', 'go.mod', 'pyproject.toml', 'setup.cfg', 'setup.py', 'pom.xml',
  'build.gradle', 'build.gradle.kts', 'Cargo.toml'];

/**
 * The glob of every file whose change can move a project root or change a project's context (manifests and `*.csproj`).
 * @example PROJECT_MANIFEST_GLOB // -> "**\/{package.json,go.mod,…,Cargo.toml,*.csproj}"
 */
export const PROJECT_MANIFEST_GLOB = `**/{${[...PROJECT_MANIFESTS, '*.csproj'].join(',')}}`;

/**
 * A file name that marks its folder as a project root: a manifest, a `*.csproj`, or `.git` (a repository root without
 * manifests is still where a project ends).
 * @example isProjectMarker("go.mod") // -> true;  isProjectMarker("Orders.csproj") // -> true;  isProjectMarker("tsconfig.json") // -> false
 */
export function isProjectMarker(name: string): boolean {
  return isProjectManifest(name) || name === '.git';
}

/**
 * A file name whose change can change a project's context: a manifest `detectProjectContext` reads, or a `*.csproj`.
 * @example isProjectManifest("pyproject.toml") // -> true;  isProjectManifest("README.md") // -> false
 */
export function isProjectManifest(name: string): boolean {
  return PROJECT_MANIFESTS.includes(name) || name.endsWith('.csproj');
}

/**
 * The nearest folder enclosing `file` (its own folder first, then each parent) that holds a project marker, never
 * looking above `stopAt` when given (a file outside `stopAt` has none); undefined when no folder qualifies. Pass one
 * `cache` (folder → answer) per `stopAt` to look each folder up once across many files.
 * @example await nearestProjectRoot("/repo/mono/flags/src/index.ts", "/repo/mono") // -> "/repo/mono/flags" (holds package.json)
 * @example await nearestProjectRoot("/repo/mono/README.md", "/repo/mono") // -> undefined when /repo/mono holds no marker
 */
export function nearestProjectRoot(file: string, stopAt?: string, cache = new Map<string, Promise<string | undefined>>()): Promise<string | undefined> {
  const dir = path.dirname(path.resolve(file));
  const stop = stopAt === undefined ? undefined : path.resolve(stopAt);
  if (stop !== undefined && !isInside(dir, stop)) return Promise.resolve(undefined);
  return rootOf(dir, stop, cache);
}

function rootOf(dir: string, stop: string | undefined, cache: Map<string, Promise<string | undefined>>): Promise<string | undefined> {
  const cached = cache.get(dir);
  if (cached) return cached;
  const answer = (async () => {
    const names = await readdir(dir).catch(() => [] as string[]);
    if (names.some(isProjectMarker)) return dir;
    const parent = path.dirname(dir);
    return parent === dir || dir === stop ? undefined : rootOf(parent, stop, cache);
  })();
  cache.set(dir, answer);
  return answer;
}

function isInside(dir: string, ancestor: string): boolean {
  const rel = path.relative(ancestor, dir);
  return rel === '' || (rel !== '..' && !rel.startsWith(`..${path.sep}`) && !path.isAbsolute(rel));
}
