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
  private fallback: Promise<string> | undefined;

  constructor(readonly folder: string, private readonly options: ProjectContextCacheOptions = {}) {}

  /** The folder whose manifests describe `file`. */
  async rootOf(file: string): Promise<string> {
    const own = await nearestProjectRoot(file, this.folder, this.roots).catch(() => undefined);
    if (own !== undefined) return own;
    this.fallback ??= this.options.fallbackRoot?.().catch(() => this.folder) ?? Promise.resolve(this.folder);
    return this.fallback;
  }

  /** The context of the project `file` belongs to. */
  async contextFor(file: string): Promise<ProjectContext> {
    return this.contextOf(await this.rootOf(file));
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
