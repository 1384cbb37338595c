import { activityScore } from './activityScore';
import { ownerFromBackstageRef } from './manifests/backstageEntity';
import { manifestParserFor, type ManifestInfo } from './manifests/index';
import { validPackages } from './packageName';
import type { CatalogEntry, CatalogLinks, Lifecycle, RepoKind, RepoSnapshot } from './model';

export interface EntryFromSnapshotOptions {
  /** Recorded in entry.sources; default "github:<owner>". */
  source?: string;
  /** Reference time of the activity score (default: now). */
  now?: Date;
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
  warnings: string[];
}

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
  const gradleName = gradleProjectName(s.files) ?? s.name;
  const packages = validPackages(uniq(descriptors.flatMap((i) => [
    ...i.packages,
    ...(i.mavenGroupWithoutArtifact ? [{ ecosystem: 'maven' as const, name: `${i.mavenGroupWithoutArtifact}:${gradleName}` }] : []),
  ]), (p) => `${p.ecosystem}:${p.name}`), repo, 'package', warnings);
  const own = new Set(packages.map((p) => `${p.ecosystem}:${p.name}`));
  const dependencies = validPackages(uniq(descriptors.flatMap((i) => i.dependencies), (p) => `${p.ecosystem}:${p.name}`)
    .filter((p) => !own.has(`${p.ecosystem}:${p.name}`)), repo, 'dependency', warnings);
  const codeowners = infos.find((i) => i.format === 'CODEOWNERS');
  const owners = uniq([...(codeowners?.owners ?? []), ...descriptors.flatMap((i) => i.owners)]
    .map((o) => (/^(user|group):/.test(o) ? ownerFromBackstageRef(o, s.owner) : o)));
  const stated = descriptors.map((i) => i.kind).filter((k): k is RepoKind => !!k);
  const backstageKind = descriptors.find((i) => i.format === 'catalog-info.yaml' && i.kind)?.kind;
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
    sources: [opts.source ?? `github:${s.owner}`],
    ...(s.readme ? { readme: s.readme } : {}),
    ...(s.defaultBranch ? { defaultBranch: s.defaultBranch } : {}),
    ...peopleFacts(s, description, opts.now),
  };
  const hasDescriptor = descriptors.length > 0;
  return { entry, isLibrary: !s.isFork && hasDescriptor && kind === 'library', hasDescriptor, warnings };
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
