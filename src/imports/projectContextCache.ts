import path from 'node:path';
import type { ProjectContext } from './classify';
import { detectProjectContext } from './projectContext';
import { nearestProjectRoot } from './projectRoot';

export interface ProjectContextCacheOptions {
  /** The project root for files with none of their own under the folder; the folder itself by default. Called once. */
  fallbackRoot?: () => Promise<string>;
  /** Reads one project's context; `detectProjectContext` by default. */
  read?: (projectRoot: string) => Promise<ProjectContext>;
}

/**
 * The project contexts of the files under one folder (a scan root, a workspace folder): each file gets the context of
 * its nearest enclosing project below the folder (a monorepo package, a Go module, a Maven module…), else of the
 * fallback root. Every folder is looked up and every project read once; drop the cache when a manifest changes.
 * @example await new ProjectContextCache("/repo/mono").contextFor("/repo/mono/flags/src/index.ts")
 *   // -> { npmName: "@acme/feature-flags" } (from /repo/mono/flags/package.json)
 */
export class ProjectContextCache {
  private readonly roots = new Map<string, Promise<string | undefined>>();
  private readonly contexts = new Map<string, Promise<ProjectContext>>();
  private readonly merged = new Map<string, Promise<ProjectContext>>();
  private fallback: Promise<string> | undefined;

  constructor(readonly folder: string, private readonly options: ProjectContextCacheOptions = {}) {}

  /** The folder whose manifests describe `file`. */
  async rootOf(file: string): Promise<string> {
    const own = await nearestProjectRoot(file, this.folder, this.roots).catch(() => undefined);
    if (own !== undefined) return own;
    this.fallback ??= this.options.fallbackRoot?.().catch(() => this.folder) ?? Promise.resolve(this.folder);
    return this.fallback;
  }

  /**
   * The context of the project `file` belongs to. A project nested in the folder (a monorepo package, a JS front end
   * inside a Python service) also takes from the folder's own context what it does not say itself (the service's
   * Python packages stay local in the front end's folder), and the folder's identity (packages, remotes, name): the
   * repository is the same.
   */
  async contextFor(file: string): Promise<ProjectContext> {
    const root = await this.rootOf(file);
    let cached = this.merged.get(root);
    if (!cached) {
      const nested = root !== this.folder && isInside(root, this.folder);
      cached = Promise.all([this.contextOf(root), nested ? this.contextOf(this.folder) : undefined]).then(([own, outer]) => {
        const merged = inherit(own, outer);
        // The folder (a scan root, a workspace folder) is the checkout, named as cloned.
        const name = path.basename(path.resolve(this.folder)).toLowerCase();
        return merged.repositories || merged.checkoutNames?.includes(name) ? merged : { ...merged, checkoutNames: [...(merged.checkoutNames ?? []), name] };
      });
      this.merged.set(root, cached);
    }
    return cached;
  }

  /** The context of one project root (read once). */
  contextOf(projectRoot: string): Promise<ProjectContext> {
    let cached = this.contexts.get(projectRoot);
    if (!cached) {
      cached = (this.options.read ?? detectProjectContext)(projectRoot);
      this.contexts.set(projectRoot, cached);
    }
    return cached;
  }
}

function inherit(own: ProjectContext, outer: ProjectContext | undefined): ProjectContext {
  if (!outer) return own;
  const merged: ProjectContext = { ...outer, ...own };
  const union = <T>(a: T[] | undefined, b: T[] | undefined, key: (x: T) => string = String): T[] | undefined => {
    const all = [...(a ?? []), ...(b ?? [])].filter((x, i, list) => list.findIndex((y) => key(y) === key(x)) === i);
    return all.length ? all : undefined;
  };
  // Lists add up (the front end's own Python files and the service's packages are both local); names stay its own.
  const lists = {
    packages: union(own.packages, outer.packages, (p) => `${p.ecosystem}:${p.name}`),
    pythonPackages: union(own.pythonPackages, outer.pythonPackages),
    javaPackageRoots: union(own.javaPackageRoots, outer.javaPackageRoots),
    rustModules: union(own.rustModules, outer.rustModules),
    dotnetNamespaces: union(own.dotnetNamespaces, outer.dotnetNamespaces),
    repositories: union(own.repositories, outer.repositories),
    checkoutNames: union(own.checkoutNames, outer.checkoutNames),
  };
  if (lists.repositories) lists.checkoutNames = undefined;
  for (const [key, value] of Object.entries(lists) as [keyof typeof lists, string[] | undefined][]) {
    if (value) (merged as Record<string, unknown>)[key] = value;
    else delete merged[key];
  }
  return merged;
}

function isInside(dir: string, ancestor: string): boolean {
  const rel = path.relative(ancestor, dir);
  return rel !== '' && !rel.startsWith('..') && !path.isAbsolute(rel);
}
