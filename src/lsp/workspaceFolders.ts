import path from 'node:path';
import type { ProjectContext } from '../imports/classify';
import { ProjectContextCache } from '../imports/projectContextCache';
import { nearestProjectRoot } from '../imports/projectRoot';
import { readRepoDismissals } from '../matching/dismissals';
import type { Dismissal } from '../matching/types';

/**
 * What the server knows about the folders a client opened: which folder a file belongs to (the one `scan` would be
 * run on), the project context of each file there, and the dismissals its `.reuse-radar.json` records — the last
 * good ones when the file is broken (`onProblem` says why, once per message).
 */
export class WorkspaceFolders {
  private roots: string[] = [];
  private readonly projects = new Map<string, ProjectContextCache>();
  private readonly goodDismissals = new Map<string, Dismissal[]>();

  constructor(private readonly onProblem: (message: string) => void) {}

  set(roots: string[]): void {
    this.roots = roots;
    this.projects.clear();
  }

  /** The first folder, where relative catalog paths resolve. */
  get first(): string | undefined {
    return this.roots[0];
  }

  isRoot(dir: string): boolean {
    return this.roots.includes(dir);
  }

  /** The folder whose `.reuse-radar.json` and manifests apply: the innermost workspace folder, else the file's project. */
  async rootFor(file: string): Promise<string> {
    const inside = this.roots.filter((r) => !path.relative(r, file).startsWith('..') && !path.isAbsolute(path.relative(r, file)));
    if (inside.length) return inside.sort((a, b) => b.length - a.length)[0];
    return (await nearestProjectRoot(file).catch(() => undefined)) ?? path.dirname(file);
  }

  /** The project context of a file under `root`, as `scan <root>` classifies it. */
  contextFor(root: string, file: string): Promise<ProjectContext> {
    let cache = this.projects.get(root);
    if (!cache) {
      // As `scan <root>` does: files with no project of their own take the project enclosing the root.
      cache = new ProjectContextCache(root, { fallbackRoot: async () => (await nearestProjectRoot(root)) ?? root });
      this.projects.set(root, cache);
    }
    return cache.contextFor(file);
  }

  /** Forgets every project's manifests (one changed). */
  forgetProjects(): void {
    this.projects.clear();
  }

  /** The dismissals in `<dir>/.reuse-radar.json`, read now (it is small, and may have been edited by hand). */
  async dismissalsIn(dir: string): Promise<Dismissal[]> {
    try {
      const dismissals = await readRepoDismissals(dir);
      this.goodDismissals.set(dir, dismissals);
      return dismissals;
    } catch (err) {
      const kept = this.goodDismissals.get(dir) ?? [];
      this.onProblem(`${(err as Error).message}; using the ${kept.length} dismissals read before`);
      return kept;
    }
  }
}
