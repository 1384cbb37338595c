import { activityScore } from './activityScore';
import { ownerFromBackstageRef } from './manifests/backstageEntity';
import { manifestParserFor, memberParserFor, type ManifestInfo } from './manifests/index';
import { workspaceMembers } from './manifests/workspaces';
import { componentKind } from './formats/backstageLibrary';
import { packageKey, validPackages } from './packageName';
import type { CatalogEntry, CatalogLinks, Lifecycle, PackageRef, RepoKind, RepoSnapshot } from './model';

export interface EntryFromSnapshotOptions {
  /** Recorded in entry.sources; default "github:<owner>". */
  source?: string;
  /** Reference time of the activity score (default: now). */
  now?: Date;
  /** Backstage component types that count as libraries (`reuseRadar.catalog.libraryTypes`, `--library-types`). */
  libraryTypes?: readonly string[];
}

export interface EntryFromSnapshotResult {
  entry: CatalogEntry;
  /**
   * Not a fork, has a recognised manifest or descriptor, and no descriptor says it is something else. Archived
   * libraries count (flagged `archived`, lifecycle 'archived'): the matcher never suggests them, but an import of their
   * package then gets "archived: use X" advice.
   */
  isLibrary: boolean;
  /** Whether any package manifest or descriptor (not just CODEOWNERS) was read. */
  hasDescriptor: boolean;
  /** The snapshot's root path words (counted into org usage with its dependencies). */
  pathWords: string[];
  /** Whether a manifest that declares dependencies was read (package.json, go.mod, pom.xml…, not catalog-info or CODEOWNERS): the repository then counts in org usage. */
  hasPackageManifest: boolean;
  warnings: string[];
}

const NOT_PACKAGE_MANIFESTS = new Set(['catalog-info.yaml', 'innersource.json', 'CODEOWNERS']);

const KIND_PRIORITY: RepoKind[] = ['library', 'service', 'application', 'documentation', 'template', 'other'];

function uniq<T>(xs: T[], key: (x: T) => string = String): T[] {
  const seen = new Set<string>();
  return xs.filter((x) => !seen.has(key(x)) && !!seen.add(key(x)));
}

/** rootProject.name from settings.gradle(.kts), the artifact name Gradle uses when build.gradle sets none. */
function gradleProjectName(files: Record<string, string>): string | undefined {
  const settings = files['settings.gradle'] ?? files['settings.gradle.kts'];
  return settings ? /rootProject\.name\s*=\s*['"]([^'"\n]+)['"]/.exec(settings)?.[1] : undefined;
}

/**
 * Normalizes one crawled repository into a CatalogEntry. Each recognised file is parsed on its own; a malformed one
 * is skipped with a warning and the rest still count.
 *
 * @example entryFromSnapshot({ owner: 'acme', name: 'retry', files: { 'package.json': '{"name":"@acme/retry"}' }, ... })
 *   // -> { entry: { id: 'acme/retry', packages: [{ecosystem:'npm', name:'@acme/retry'}], ... }, isLibrary: true, warnings: [] }
 */
export function entryFromSnapshot(s: RepoSnapshot, opts: EntryFromSnapshotOptions = {}): EntryFromSnapshotResult {
  const repo = `${s.owner}/${s.name}`;
  const warnings: string[] = [];
  const infos: ManifestInfo[] = [];
  for (const path of Object.keys(s.files).sort()) {
    const parse = manifestParserFor(path);
    if (!parse) continue;
    // pip-tools: base.in holds the direct dependencies, base.txt their compiled closure.
    if (path === 'requirements/base.txt' && s.files['requirements/base.in'] !== undefined) continue;
    try {
      infos.push(parse(s.files[path], path));
    } catch (err) {
      warnings.push(`${repo}: skipped ${(err as Error).message}`);
    }
  }
  for (const [path, reason] of Object.entries(s.skippedFiles ?? {})) {
    if (manifestParserFor(path)) warnings.push(`${repo}: skipped ${path}: ${reason}`);
  }
  const descriptors = infos.filter((i) => i.format !== 'CODEOWNERS');
  const members: { path: string; info: ManifestInfo }[] = [];
  for (const m of workspaceMembers(s.files)) {
    try {
      members.push({ path: m.path, info: memberParserFor(m.file)!(s.files[m.file], m.file) });
    } catch (err) {
      warnings.push(`${repo}: skipped ${(err as Error).message}`);
    }
  }
  const gradleName = gradleProjectName(s.files) ?? s.name;
  const rootDependencies = runtimeDependencies(descriptors);
  const monorepo = members.some((m) => m.info.packages.length);
  const packages = validPackages(uniq([
    ...descriptors.flatMap((i) => [
      ...i.packages,
      ...(i.mavenGroupWithoutArtifact ? [{ ecosystem: 'maven' as const, name: `${i.mavenGroupWithoutArtifact}:${gradleName}` }] : []),
    ].map((p) => (monorepo ? { ...p, dependencies: rootDependencies } : p))),
    ...members.flatMap((m) => m.info.packages.map((p) => ({ ...p, path: m.path, dependencies: m.info.dependencies }))),
  ], (p) => `${p.ecosystem}:${p.name}`), repo, 'package', warnings)
    .map((p) => (p.dependencies ? { ...p, dependencies: validPackages(p.dependencies.filter((d) => d.name !== p.name), repo, 'dependency', []) } : p));
  const own = new Set(packages.map(packageKey));
  const dependencies = validPackages(uniq([...rootDependencies, ...members.flatMap((m) => m.info.dependencies)], (p) => `${p.ecosystem}:${p.name}`)
    .filter((p) => !own.has(packageKey(p))), repo, 'dependency', warnings);
  const codeowners = infos.find((i) => i.format === 'CODEOWNERS');
  const owners = uniq([...(codeowners?.owners ?? []), ...descriptors.flatMap((i) => i.owners)]
    .map((o) => (/^(user|group):/.test(o) ? ownerFromBackstageRef(o, s.owner) : o)));
  const stated = [...descriptors, ...members.map((m) => m.info)].map((i) => i.kind).filter((k): k is RepoKind => !!k);
  const backstageKind = catalogInfoKind(descriptors, packages.length > 0, opts.libraryTypes);
  const kind: RepoKind = backstageKind
    ?? (s.isTemplate ? 'template' : packages.length ? 'library' : KIND_PRIORITY.find((k) => stated.includes(k)) ?? (descriptors.length ? 'library' : 'other'));
  const deprecated = descriptors.find((i) => i.lifecycle === 'deprecated');
  const lifecycle: Lifecycle = s.isArchived ? 'archived'
    : deprecated ? 'deprecated'
    : descriptors.find((i) => i.format === 'catalog-info.yaml' && i.lifecycle)?.lifecycle ?? descriptors.find((i) => i.lifecycle)?.lifecycle ?? 'unknown';
  const branch = s.defaultBranch ?? 'HEAD';
  const links: CatalogLinks = { repo: s.url };
  for (const i of descriptors) {
    links.docs ??= i.links.docs;
    links.issues ??= i.links.issues;
    links.contributing ??= i.links.contributing;
  }
  links.docs ??= s.homepageUrl ?? undefined;
  if (s.hasContributing) links.contributing ??= `${s.url}/blob/${branch}/CONTRIBUTING.md`;
  links.issues ??= `${s.url}/issues`;
  const innersource = descriptors.find((i) => i.innersource)?.innersource;
  const replaces = uniq(descriptors.flatMap((i) => i.replaces ?? []));
  const dropInFor = uniq(descriptors.flatMap((i) => i.dropInFor ?? []));
  const replacement = deprecated?.replacement ?? descriptors.find((i) => i.replacement)?.replacement;
  // Without a source layout, a Maven groupId specific enough to be the library's own (com.acme.http, not com.acme).
  const jvmPackages = s.jvmPackages?.length ? s.jvmPackages
    : uniq(packages.filter((p) => p.ecosystem === 'maven').map((p) => p.name.split(':')[0]).filter((g) => g.split('.').length >= 3));
  const description = s.description?.trim() || descriptors.find((i) => i.description)?.description || '';
  const entry: CatalogEntry = {
    id: repo.toLowerCase(),
    name: s.name,
    repo,
    host: s.host,
    packages,
    description,
    keywords: uniq([...s.topics, ...descriptors.flatMap((i) => i.keywords)].map((k) => k.toLowerCase().trim()).filter(Boolean)),
    ...(s.primaryLanguage ? { language: s.primaryLanguage } : {}),
    dependencies,
    owners,
    lifecycle,
    ...(replacement ? { replacement } : {}),
    kind,
    fork: s.isFork,
    archived: s.isArchived,
    stars: s.stars,
    ...(s.pushedAt ? { lastPush: s.pushedAt } : {}),
    openIssues: s.openIssues,
    hasContributing: s.hasContributing,
    links,
    ...(dropInFor.length ? { dropInFor } : {}),
    ...(replaces.length ? { replaces } : {}),
    ...(innersource && Object.keys(innersource).length ? { innersource } : {}),
    ...(jvmPackages.length ? { jvmPackages } : {}),
    ...pythonModulesOf(s, descriptors, packages),
    sources: [opts.source ?? `github:${s.owner}`],
    ...(s.readme ? { readme: s.readme } : {}),
    ...(s.defaultBranch ? { defaultBranch: s.defaultBranch } : {}),
    ...peopleFacts(s, description, opts.now),
  };
  // A repository whose only manifests are members (a polyglot repository's py/ and rust/) describes itself through them.
  const hasDescriptor = descriptors.length > 0 || members.some((m) => m.info.packages.length > 0);
  const hasPackageManifest = members.length > 0 || descriptors.some((i) => !NOT_PACKAGE_MANIFESTS.has(i.format));
  return { entry, isLibrary: !s.isFork && hasDescriptor && kind === 'library', hasDescriptor, hasPackageManifest, pathWords: s.pathWords ?? [], warnings };
}

/** Runtime dependencies of the root manifests; requirements.txt only counts when no packaging manifest declares any. */
function runtimeDependencies(descriptors: ManifestInfo[]): PackageRef[] {
  const declared = descriptors.filter((i) => i.format !== 'requirements.txt').flatMap((i) => i.dependencies);
  const pythonDeclared = declared.some((d) => d.ecosystem === 'pypi');
  return uniq([
    ...declared,
    ...descriptors.filter((i) => i.format === 'requirements.txt' && !pythonDeclared).flatMap((i) => i.dependencies),
  ], (p) => `${p.ecosystem}:${p.name}`);
}

/** Import roots of a Python library: what its packaging declares, else its source layout minus `find_packages` excludes. */
function pythonModulesOf(s: RepoSnapshot, descriptors: ManifestInfo[], packages: PackageRef[]): Pick<CatalogEntry, 'pythonModules'> {
  if (!packages.some((p) => p.ecosystem === 'pypi')) return {};
  const declared = uniq(descriptors.flatMap((i) => i.pythonModules ?? []));
  const excluded = new Set(descriptors.flatMap((i) => i.pythonExcludes ?? []));
  const modules = declared.length ? declared : (s.pythonModules ?? []).filter((m) => !excluded.has(m.split('.')[0]));
  return modules.length ? { pythonModules: [...modules].sort() } : {};
}

/** The activity score and on-ramp counts, when the crawl read them (GraphQL). */
function peopleFacts(s: RepoSnapshot, description: string, now: Date | undefined): Pick<CatalogEntry, 'activityScore' | 'onramp'> {
  const a = s.activity;
  return {
    ...(a ? {
      activityScore: activityScore({
        forks: a.forks, watchers: a.watchers, stars: s.stars, openIssues: s.openIssues, pushedAt: s.pushedAt, updatedAt: a.updatedAt,
        createdAt: a.createdAt, description, hasContributing: s.hasContributing,
        ...(a.commitsLast13Weeks !== undefined ? { commitsPerWeek: a.commitsLast13Weeks / 13 } : {}),
      }, now),
    } : {}),
    ...(s.onramp ? { onramp: { ...s.onramp } } : {}),
  };
}

/**
 * What the repository's catalog-info.yaml says it is, read as the catalog-file reader reads a Component
 * (componentKind): a type the org lists in `libraryTypes` (without a list: any type naming a library, SDK or package)
 * is a library; another type is a library only when the repository publishes a package; service, website… are what
 * they say.
 * @example catalogInfoKind([{ format: 'catalog-info.yaml', componentTypes: ['source-code'], … }], false, ['source-code']) // -> 'library'
 * @example catalogInfoKind([{ format: 'catalog-info.yaml', componentTypes: ['source-code'], … }], false, undefined) // -> 'other'
 */
function catalogInfoKind(descriptors: ManifestInfo[], publishesPackage: boolean, libraryTypes: readonly string[] | undefined): RepoKind | undefined {
  const info = descriptors.find((i) => i.format === 'catalog-info.yaml' && (i.kind || i.componentTypes?.length));
  if (!info) return undefined;
  if (!info.componentTypes?.length) return info.kind;
  const kinds = info.componentTypes.map((t) => componentKind(t, publishesPackage, libraryTypes));
  return kinds.includes('library') ? 'library' : kinds.find((k) => k !== 'other') ?? 'other';
}
