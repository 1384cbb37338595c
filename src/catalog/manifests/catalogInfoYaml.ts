import { parseAllDocuments } from 'yaml';
import { emptyManifest, ManifestError, type ManifestInfo } from './manifestInfo';
import { readBackstageEntity, type BackstageEntityInfo } from './backstageEntity';
import { uniqueRefs } from './manifestUtil';

/** All entities of a (multi-document) Backstage YAML file; empty documents are skipped. */
export function parseBackstageYaml(text: string, path: string): BackstageEntityInfo[] {
  const docs = parseAllDocuments(text);
  const out: BackstageEntityInfo[] = [];
  for (const doc of Array.isArray(docs) ? docs : [docs]) {
    if (doc.errors.length) throw new ManifestError(path, `invalid YAML (${doc.errors[0].message.split('\n')[0]})`);
    const value: unknown = doc.toJS();
    if (value == null) continue;
    out.push(readBackstageEntity(value, path));
  }
  return out;
}

/**
 * Reads a repository's Backstage catalog-info.yaml (multi-document). Components are folded into one ManifestInfo:
 * spec.type gives the kind hint (any `library` wins), spec.owner the owners, spec.lifecycle the lifecycle.
 *
 * @example parseCatalogInfoYaml('kind: Component\nmetadata: {name: retry}\nspec: {type: library, lifecycle: production, owner: team-a}', 'catalog-info.yaml').kind
 *   // -> 'library'
 */
export function parseCatalogInfoYaml(text: string, path: string): ManifestInfo {
  const components = parseBackstageYaml(text, path).filter((e) => e.kind === 'Component');
  if (!components.length) return emptyManifest(path, 'catalog-info.yaml');
  const first = components[0].info;
  const lib = components.find((c) => c.info.kind === 'library')?.info;
  const base = { ...(lib ?? first) };
  for (const { info } of components) {
    if (info === base) continue;
    base.packages = uniqueRefs([...base.packages, ...info.packages]);
    base.keywords = [...new Set([...base.keywords, ...info.keywords])];
    base.owners = [...new Set([...base.owners, ...info.owners])];
  }
  const types = [...new Set(components.flatMap((c) => c.info.componentTypes ?? []))];
  if (types.length) base.componentTypes = types;
  return base;
}
