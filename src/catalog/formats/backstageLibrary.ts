import { isValidPackageName } from '../packageName';
import type { PackageRef, RepoKind } from '../model';

/** Component types that say what a component is when no org list is given: anything with "library", "sdk" or "package". */
const LIBRARY_TYPE = /library|sdk|package|^lib$/i;
const OTHER_KINDS: Record<string, RepoKind> = {
  service: 'service', website: 'application', application: 'application', app: 'application',
  documentation: 'documentation', docs: 'documentation', template: 'template',
};

/**
 * What a Backstage Component is. With `libraryTypes` (the org's list, case-insensitive), exactly those types are
 * libraries; without, any type naming a library, SDK or package is. A component of another type that publishes a
 * package is a library too, unless its type says it is a service, website, application, documentation or template.
 *
 * @example componentKind('backstage-common-library', false) // -> 'library'
 * @example componentKind('backstage-frontend-plugin', true) // -> 'library'
 * @example componentKind('service', true) // -> 'service'
 * @example componentKind('source-code', false, ['source-code']) // -> 'library'
 */
export function componentKind(type: string | undefined, publishesPackage: boolean, libraryTypes?: readonly string[]): RepoKind {
  const t = (type ?? '').trim().toLowerCase();
  const listed = libraryTypes?.length ? libraryTypes.some((l) => l.trim().toLowerCase() === t) : LIBRARY_TYPE.test(t);
  if (listed) return 'library';
  if (OTHER_KINDS[t]) return OTHER_KINDS[t];
  return publishesPackage ? 'library' : 'other';
}

const REGISTRY_LINKS: { pattern: RegExp; ecosystem: PackageRef['ecosystem'] }[] = [
  { pattern: /^https:\/\/(?:www\.)?npmjs\.com\/package\/((?:@[^/]+\/)?[^/?#]+)/i, ecosystem: 'npm' },
  { pattern: /^https:\/\/pypi\.org\/project\/([^/?#]+)/i, ecosystem: 'pypi' },
  { pattern: /^https:\/\/crates\.io\/crates\/([^/?#]+)/i, ecosystem: 'cargo' },
  { pattern: /^https:\/\/(?:www\.)?nuget\.org\/packages\/([^/?#]+)/i, ecosystem: 'nuget' },
  { pattern: /^https:\/\/pkg\.go\.dev\/([^?#@]+)/i, ecosystem: 'go' },
];

/**
 * Packages an entity shows it publishes: links to a package registry page, and a title that is a scoped npm name
 * (Backstage's own convention, e.g. title '@backstage/catalog-model').
 *
 * @example publishedPackages('@backstage/core-components', []) // -> [{ ecosystem: 'npm', name: '@backstage/core-components' }]
 * @example publishedPackages(undefined, ['https://www.npmjs.com/package/@roadiehq/backstage-plugin-argo-cd']) // -> [{ ecosystem: 'npm', name: '@roadiehq/backstage-plugin-argo-cd' }]
 */
export function publishedPackages(title: string | undefined, linkUrls: string[]): PackageRef[] {
  const out: PackageRef[] = [];
  for (const url of linkUrls) {
    for (const { pattern, ecosystem } of REGISTRY_LINKS) {
      const m = pattern.exec(url.trim());
      if (!m) continue;
      const name = decodeURIComponent(m[1]).replace(/\/+$/, '');
      if (isValidPackageName(ecosystem, name)) out.push({ ecosystem, name });
    }
  }
  const t = title?.trim();
  if (t && /^@[a-z0-9][\w.-]*\/[a-z0-9][\w.-]*$/.test(t) && isValidPackageName('npm', t)) out.push({ ecosystem: 'npm', name: t });
  return out.filter((p, i) => out.findIndex((q) => q.ecosystem === p.ecosystem && q.name === p.name) === i);
}

export interface RepositoryLocation {
  host: string;
  /** "owner/name" */
  repo: string;
  /** Folder inside the repository ("" for its root). */
  path: string;
}

/**
 * The repository (and folder) a Backstage location URL points into: `backstage.io/source-location`
 * (`url:https://github.com/o/r/tree/main/plugins/x`), `backstage.io/managed-by-location` or the URL a catalog file was
 * read from (`…/blob/main/catalog-info.yaml`, raw.githubusercontent.com). A file's folder is where it lies.
 *
 * @example repositoryOf('url:https://github.com/RoadieHQ/roadie-backstage-plugins/tree/main/plugins/frontend/x')
 *   // -> { host: 'github.com', repo: 'RoadieHQ/roadie-backstage-plugins', path: 'plugins/frontend/x' }
 * @example repositoryOf('url:https://github.com/acme/http/blob/main/catalog-info.yaml') // -> { host: 'github.com', repo: 'acme/http', path: '' }
 */
export function repositoryOf(location: string | undefined): RepositoryLocation | undefined {
  if (!location) return undefined;
  let url: URL;
  try {
    url = new URL(location.trim().replace(/^(url|file):/, ''));
  } catch {
    return undefined;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined;
  const parts = url.pathname.split('/').filter(Boolean).map((p) => decodeURIComponent(p));
  let host = url.host;
  let rest: string[];
  let isFile: boolean;
  if (host === 'raw.githubusercontent.com') {
    host = 'github.com';
    rest = parts.slice(3);
    isFile = true;
  } else {
    const i = parts[2] === '-' ? 3 : 2;
    const mode = parts[i];
    rest = mode === 'tree' || mode === 'blob' || mode === 'src' ? parts.slice(i + 2) : [];
    isFile = mode === 'blob' || (mode === 'src' && /\.ya?ml$/i.test(parts[parts.length - 1] ?? ''));
  }
  if (parts.length < 2 || !/^[\w.-]+$/.test(parts[0]) || !/^[\w.-]+$/.test(parts[1])) return undefined;
  // Only a repository URL or a file/folder inside one (tree/blob/src, raw) names a repository; "/docs/catalog.yaml" does not.
  if (host !== 'github.com' || url.host !== 'raw.githubusercontent.com') {
    const known = ['tree', 'blob', 'src'].includes(parts[parts[2] === '-' ? 3 : 2] ?? '');
    if (!known && (parts.length !== 2 || /\.(ya?ml|json)$/i.test(parts[1]))) return undefined;
  }
  const folder = isFile ? rest.slice(0, -1) : rest;
  return { host, repo: `${parts[0]}/${parts[1].replace(/\.git$/, '')}`, path: folder.join('/') };
}
