import type { CatalogEntry } from '../catalog/model';
import { packageKey } from '../catalog/packageName';
import type { ProjectContext } from '../imports/classify';
import { normalizeTokens } from './normalize';

/**
 * True when the library IS the project being scanned or edited: a git remote points at its repository (its own
 * checkout, a clone, or a fork keeping its name), or the project's manifests publish one of its packages. A library
 * is never suggested to itself.
 * @example isOwnLibrary(uiKitEntry, { repositories: ["acme/ui-kit"] }) // -> true
 * @example isOwnLibrary(uiKitEntry, { packages: [{ ecosystem: "npm", name: "@acme/ui-kit" }] }) // -> true (a fork under another owner)
 * @example isOwnLibrary(uiKitEntry, { checkoutNames: ["ui-kit"] }) // -> true (a checkout without remotes, named as cloned)
 * @example isOwnLibrary(uiKitEntry, { npmName: "@acme/web" }) // -> false
 */
export function isOwnLibrary(entry: CatalogEntry, project: ProjectContext | undefined): boolean {
  if (!project) return false;
  if (entry.repo) {
    const repo = entry.repo.toLowerCase();
    const name = repo.slice(repo.indexOf('/') + 1);
    // A fork or clone under another owner keeps the repository's name.
    if (project.repositories?.some((r) => r === repo || r.slice(r.indexOf('/') + 1) === name)) return true;
    if (!project.repositories?.length && project.checkoutNames?.includes(name)) return true;
  }
  const own = new Set((project.packages ?? []).map(packageKey));
  if (project.npmName) own.add(packageKey({ ecosystem: 'npm', name: project.npmName }));
  if (project.goModule) own.add(packageKey({ ecosystem: 'go', name: project.goModule }));
  if (project.crateName) own.add(packageKey({ ecosystem: 'cargo', name: project.crateName }));
  return own.size > 0 && entry.packages.some((p) => own.has(packageKey(p)));
}

/**
 * True when the project already depends on one of the library's packages: it is no news for the project's new files.
 * @example usesLibrary(loggerEntry, { dependencies: [{ ecosystem: "npm", name: "@acme/logger" }] }) // -> true
 */
export function usesLibrary(entry: CatalogEntry, project: ProjectContext | undefined): boolean {
  if (!project?.dependencies?.length) return false;
  const used = new Set(project.dependencies.map(packageKey));
  return entry.packages.some((p) => used.has(packageKey(p)));
}

/**
 * The words of the project's own names (packages, repositories, folder): in its own files they say what the project
 * is, not what a new file needs. "notifications-api" → ["notification"].
 * @example ownNameWords({ repositories: ["alphagov/notifications-api"] }) // -> ["notification"]
 */
export function ownNameWords(project: ProjectContext | undefined): Set<string> {
  if (!project) return new Set();
  const names = [
    ...(project.packages ?? []).map((p) => p.name.split(/[/:]/).pop() ?? ''),
    ...(project.repositories ?? []).map((r) => r.slice(r.indexOf('/') + 1)),
    ...(project.checkoutNames ?? []), project.npmName?.split('/').pop() ?? '', project.crateName ?? '',
  ];
  return new Set(normalizeTokens(names.filter(Boolean)));
}
