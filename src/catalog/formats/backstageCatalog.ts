import { readBackstageEntity, type BackstageEntityInfo } from '../manifests/backstageEntity';
import { parseBackstageYaml } from '../manifests/catalogInfoYaml';
import { isRecord, str } from '../manifests/manifestUtil';
import type { CatalogEntry, PackageRef } from '../model';
import { componentKind, publishedPackages, repositoryOf, type RepositoryLocation } from './backstageLibrary';
import { githubTeamOf } from './backstageRefs';

export interface BackstageReadOptions {
  /** Component types that count as libraries (`reuseRadar.catalog.libraryTypes`, `--library-types`); default: by name. */
  libraryTypes?: readonly string[];
  /** Where the file itself was read from (a URL): the repository of entities that name none. */
  location?: string;
}

export interface BackstageReadResult {
  entries: CatalogEntry[];
  locations: string[];
  /** Group refs that really are GitHub teams (`github.com/team-slug`): "group:default/web" -> "@acme/web". */
  teams: Record<string, string>;
  warnings: string[];
}

function annotationsOf(raw: Record<string, unknown>): Record<string, string> {
  const meta = isRecord(raw.metadata) ? raw.metadata : {};
  const out: Record<string, string> = {};
  if (isRecord(meta.annotations)) for (const [k, v] of Object.entries(meta.annotations)) if (typeof v === 'string') out[k] = v;
  return out;
}

function linkUrls(raw: Record<string, unknown>): string[] {
  const meta = isRecord(raw.metadata) ? raw.metadata : {};
  return (Array.isArray(meta.links) ? meta.links : []).map((l) => (isRecord(l) ? str(l.url) : undefined)).filter((u): u is string => !!u);
}

/** The entity's repository: project-slug, else source-location, managed-by-location, else the file's own URL. */
function locate(e: BackstageEntityInfo, annotations: Record<string, string>, fileLocation?: string): RepositoryLocation | undefined {
  const source = repositoryOf(annotations['backstage.io/source-location']);
  const managed = repositoryOf(annotations['backstage.io/managed-by-location']) ?? repositoryOf(fileLocation);
  const where = source ?? managed;
  if (e.slug) return { host: e.host ?? where?.host ?? 'github.com', repo: e.slug, path: where && where.repo.toLowerCase() === e.slug.toLowerCase() ? where.path : '' };
  return where;
}

function toEntry(e: BackstageEntityInfo, packages: PackageRef[], where: RepositoryLocation | undefined, source: string, sharesRoot: boolean): CatalogEntry {
  const { info } = e;
  const name = e.ref.split('/')[1];
  // A component at a repository's root is that repository; one in a sub-folder (a monorepo package), or one of several
  // naming the same root, is its own entry.
  const atRoot = where && !where.path && !sharesRoot;
  const id = atRoot ? where.repo.toLowerCase() : `backstage:${e.ref.startsWith('default/') ? name : e.ref}`;
  const links = { ...info.links, ...(where && !info.links.repo ? { repo: `https://${where.host}/${where.repo}${where.path ? `/tree/HEAD/${where.path}` : ''}` } : {}) };
  return {
    id,
    name: atRoot ? where.repo.split('/')[1] : name,
    repo: where?.repo ?? '',
    ...(where ? { host: where.host } : {}),
    packages: where?.path ? packages.map((p) => ({ ...p, path: where.path })) : packages,
    description: info.description ?? '',
    keywords: [...new Set(info.keywords.map((k) => k.toLowerCase()))],
    dependencies: [],
    owners: info.owners,
    lifecycle: info.lifecycle ?? 'unknown',
    ...(info.replacement ? { replacement: info.replacement } : {}),
    kind: 'library',
    hasContributing: !!links.contributing,
    links,
    ...(info.replaces ? { replaces: info.replaces } : {}),
    ...(info.dropInFor ? { dropInFor: info.dropInFor } : {}),
    sources: [source],
  };
}

const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

function collect(entities: BackstageEntityInfo[], source: string, options: BackstageReadOptions, warnings: string[]): BackstageReadResult {
  const libraries: { e: BackstageEntityInfo; packages: PackageRef[]; where?: RepositoryLocation }[] = [];
  const locations: string[] = [];
  const teams: Record<string, string> = {};
  const otherTypes = new Map<string, number>();
  for (const e of entities) {
    const annotations = annotationsOf(e.raw);
    if (e.kind === 'Location') {
      locations.push(...e.targets);
    } else if (e.kind === 'Group') {
      const team = githubTeamOf(annotations);
      const [namespace, name] = e.ref.split('/');
      if (team) teams[`group:${namespace}/${name}`.toLowerCase()] = team;
    } else if (e.kind === 'Component') {
      const spec = isRecord(e.raw.spec) ? e.raw.spec : {};
      const packages = [...e.info.packages, ...publishedPackages(str(isRecord(e.raw.metadata) ? e.raw.metadata.title : undefined), linkUrls(e.raw))]
        .filter((p, i, all) => all.findIndex((q) => q.ecosystem === p.ecosystem && q.name === p.name) === i);
      const type = str(spec.type);
      if (componentKind(type, packages.length > 0, options.libraryTypes) === 'library') {
        libraries.push({ e, packages, where: locate(e, annotations, options.location) });
      } else {
        otherTypes.set(type ?? '(no type)', (otherTypes.get(type ?? '(no type)') ?? 0) + 1);
      }
    }
    // Systems, Domains, APIs, Resources, Users, Templates… describe no library: skipped without a word.
  }
  // Several library components naming one repository root (a monorepo without source-locations) stay apart.
  const perRoot = new Map<string, number>();
  for (const l of libraries) if (l.where && !l.where.path) perRoot.set(l.where.repo.toLowerCase(), (perRoot.get(l.where.repo.toLowerCase()) ?? 0) + 1);
  const entries = libraries.map(({ e, packages, where }) =>
    toEntry(e, packages, where, source, !!where && !where.path && (perRoot.get(where.repo.toLowerCase()) ?? 0) > 1));
  const skipped = [...otherTypes.values()].reduce((a, b) => a + b, 0);
  if (skipped) {
    const types = [...otherTypes.entries()].map(([t, n]) => (n > 1 ? `${t} ×${n}` : t)).join(', ');
    warnings.push(`${source}: ${plural(skipped, 'component is', 'components are')} not a library (spec.type ${types}); skipped`
      + `${options.libraryTypes?.length ? '' : ' (reuseRadar.catalog.libraryTypes / --library-types say which types count)'}`);
  }
  return { entries, locations, teams, warnings };
}

/**
 * Backstage catalog-info.yaml (multi-document): library Components become entries (by what a component is, see
 * `componentKind`), Location targets are returned for the caller to follow (relative to this file), Groups with a
 * `github.com/team-slug` give owner → team links. Non-components are skipped silently; components that are not
 * libraries are summed up in one warning line.
 *
 * @example readBackstageYaml('kind: Location\nspec: {targets: [./libs/http.yaml]}', 'file:all.yaml').locations
 *   // -> ['./libs/http.yaml']
 */
export function readBackstageYaml(text: string, source: string, options: BackstageReadOptions = {}): BackstageReadResult {
  return collect(parseBackstageYaml(text, source), source, options, []);
}

/**
 * A Backstage catalog API answer: an array of entities, or `{ items: [...] }` from /api/catalog/entities/by-query.
 * Malformed entities are skipped with a warning. An entity's `backstage.io/managed-by-location` names its repository.
 */
export function readBackstageApi(value: unknown[], source: string, options: BackstageReadOptions = {}): BackstageReadResult {
  const warnings: string[] = [];
  const entities: BackstageEntityInfo[] = [];
  value.forEach((v, i) => {
    try {
      entities.push(readBackstageEntity(v, source));
    } catch (err) {
      warnings.push(`${source}: entity ${i} skipped: ${(err as Error).message.replace(`${source}: `, '')}`);
    }
  });
  return collect(entities, source, { ...options, location: undefined }, warnings);
}
