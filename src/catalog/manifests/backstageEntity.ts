import { componentKind } from '../formats/backstageLibrary';
import { backstageOwnerRef } from '../formats/backstageRefs';
import type { Ecosystem, Lifecycle, PackageRef } from '../model';
import { ECOSYSTEMS } from '../model';
import { emptyManifest, ManifestError, type ManifestInfo } from './manifestInfo';
import { isRecord, normalizePypiName, replacementFromMessage, str, strings, uniqueRefs } from './manifestUtil';

/** Annotations this project reads beyond Backstage's well-known ones (documented in src/catalog/README.md). */
const ANNOTATIONS = {
  packages: 'reuse-radar/packages',
  replacement: 'reuse-radar/replacement',
  replaces: 'reuse-radar/replaces',
  dropInFor: 'reuse-radar/drop-in-for',
  slug: 'github.com/project-slug',
  sourceLocation: 'backstage.io/source-location',
} as const;

/**
 * A Backstage owner kept as the entity ref Backstage resolves it to (never turned into an invented GitHub team; a
 * Group becomes "@org/team" only through its `github.com/team-slug` annotation). `org` is accepted for callers and ignored.
 * "user:jdoe" -> "user:default/jdoe"; "CNCF" -> "group:default/CNCF".
 */
export function ownerFromBackstageRef(ref: string, org?: string, namespace?: string): string {
  void org;
  return backstageOwnerRef(ref, namespace);
}

/** "npm:@acme/x, pypi:Acme_Y" -> [{npm,@acme/x},{pypi,acme-y}]; unknown ecosystems are ignored. */
function parsePackageList(value: string): PackageRef[] {
  const refs: PackageRef[] = [];
  for (const token of value.split(/[\s,]+/).filter(Boolean)) {
    const i = token.indexOf(':');
    const eco = token.slice(0, i) as Ecosystem;
    const name = token.slice(i + 1);
    if (i <= 0 || !name || !ECOSYSTEMS.includes(eco)) continue;
    refs.push({ ecosystem: eco, name: eco === 'pypi' ? normalizePypiName(name) : name });
  }
  return refs;
}

export interface BackstageEntityInfo {
  kind: string;
  /** "namespace/name" as Backstage identifies the entity. */
  ref: string;
  info: ManifestInfo;
  /** "owner/repo" from the github.com/project-slug annotation or a GitHub source-location. */
  slug?: string;
  host?: string;
  /** For kind Location: its targets, as written. */
  targets: string[];
  /** The entity object as read (for the catalog-file reader: spec.type, links, annotations). */
  raw: Record<string, unknown>;
}

/**
 * Reads one Backstage entity object (from YAML or the catalog API) into ManifestInfo terms.
 *
 * @example readBackstageEntity({ kind: 'Component', metadata: { name: 'http-client' }, spec: { type: 'library', owner: 'group:web' } }, 'x.yaml').info.kind
 *   // -> 'library'
 */
export function readBackstageEntity(entity: unknown, path: string): BackstageEntityInfo {
  if (!isRecord(entity) || typeof entity.kind !== 'string' || !isRecord(entity.metadata)) {
    throw new ManifestError(path, 'a Backstage entity needs "kind" and "metadata"');
  }
  const meta = entity.metadata;
  const spec = isRecord(entity.spec) ? entity.spec : {};
  const name = str(meta.name);
  if (!name) throw new ManifestError(path, `${entity.kind} entity without metadata.name`);
  const annotations: Record<string, string> = {};
  if (isRecord(meta.annotations)) for (const [k, v] of Object.entries(meta.annotations)) if (typeof v === 'string') annotations[k] = v;
  const sourceLocation = annotations[ANNOTATIONS.sourceLocation]?.replace(/^url:/, '');
  const fromSource = sourceLocation ? /^https?:\/\/([^/]+)\/([^/]+)\/([^/#?]+)/.exec(sourceLocation) : null;
  const slug = str(annotations[ANNOTATIONS.slug]) ?? (fromSource ? `${fromSource[2]}/${fromSource[3].replace(/\.git$/, '')}` : undefined);
  const info = emptyManifest(path, 'catalog-info.yaml');
  info.name = str(meta.title) ?? name;
  info.description = str(meta.description);
  info.keywords = strings(meta.tags);
  const lifecycle = str(spec.lifecycle)?.toLowerCase();
  if (lifecycle) info.lifecycle = (['production', 'experimental', 'deprecated'].includes(lifecycle) ? lifecycle : 'unknown') as Lifecycle;
  const owner = str(spec.owner);
  if (owner) info.owners = [ownerFromBackstageRef(owner, undefined, str(meta.namespace))];
  info.packages = uniqueRefs(parsePackageList(annotations[ANNOTATIONS.packages] ?? ''));
  const type = str(spec.type);
  // A type that says nothing of what the component is leaves the kind to the repository's manifests (a published package).
  const kind = entity.kind === 'Component' && type ? componentKind(type, info.packages.length > 0) : undefined;
  if (kind && kind !== 'other') info.kind = kind;
  if (entity.kind === 'Component' && type) info.componentTypes = [type];
  if (info.lifecycle === 'deprecated') {
    info.replacement = str(annotations[ANNOTATIONS.replacement]) ?? replacementFromMessage(info.description ?? '');
  }
  const replaces = strings(annotations[ANNOTATIONS.replaces]);
  const dropInFor = strings(annotations[ANNOTATIONS.dropInFor]);
  if (replaces.length) info.replaces = replaces;
  if (dropInFor.length) info.dropInFor = dropInFor;
  for (const link of Array.isArray(meta.links) ? meta.links : []) {
    if (!isRecord(link) || !str(link.url)) continue;
    const label = `${str(link.title) ?? ''} ${str(link.type) ?? ''}`.toLowerCase();
    if (/doc/.test(label)) info.links.docs ??= str(link.url);
    else if (/issue|bug/.test(label)) info.links.issues ??= str(link.url);
    else if (/contribut/.test(label)) info.links.contributing ??= str(link.url);
  }
  if (fromSource) info.links.repo = `https://${fromSource[1]}/${fromSource[2]}/${fromSource[3].replace(/\.git$/, '')}`;
  const targets = entity.kind === 'Location' ? [...strings(spec.target), ...strings(spec.targets)] : [];
  const namespace = str(meta.namespace) ?? 'default';
  return { kind: entity.kind, ref: `${namespace}/${name}`, info, slug, host: fromSource?.[1], targets, raw: entity };
}
