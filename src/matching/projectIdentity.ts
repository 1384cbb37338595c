import type { CatalogEntry } from '../catalog/model';
import { packageKey } from '../catalog/packageName';
import type { ProjectContext } from '../imports/classify';

/**
 * True when the library IS the project being scanned or edited: a git remote points at its repository (its own
 * checkout, a clone, or a fork keeping its name), or the project's manifests publish one of its packages. A library
 * is never suggested to itself.
 * @example isOwnLibrary(uiKitEntry, { repositories: ["acme/ui-kit"] }) // -> true
 * @example isOwnLibrary(uiKitEntry, { packages: [{ ecosystem: "npm", name: "@acme/ui-kit" }] }) // -> true (a fork under another owner)
 * @example isOwnLibrary(uiKitEntry, { npmName: "@acme/web" }) // -> false
 */
export function isOwnLibrary(entry: CatalogEntry, project: ProjectContext | undefined): boolean {
  if (!project) return false;
  if (project.repositories?.length && entry.repo) {
    const repo = entry.repo.toLowerCase();
    const name = repo.slice(repo.indexOf('/') + 1);
    // A fork or clone under another owner keeps the repository's name.
    if (project.repositories.some((r) => r === repo || r.slice(r.indexOf('/') + 1) === name)) return true;
  }
  const own = new Set((project.packages ?? []).map(packageKey));
  if (project.npmName) own.add(packageKey({ ecosystem: 'npm', name: project.npmName }));
  if (project.goModule) own.add(packageKey({ ecosystem: 'go', name: project.goModule }));
  if (project.crateName) own.add(packageKey({ ecosystem: 'cargo', name: project.crateName }));
  return own.size > 0 && entry.packages.some((p) => own.has(packageKey(p)));
}
