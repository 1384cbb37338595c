import { readBackstageEntity, type BackstageEntityInfo } from '../manifests/backstageEntity';
import { parseBackstageYaml } from '../manifests/catalogInfoYaml';
import type { CatalogEntry } from '../model';
import { pushAll } from '../../util/arrays';

export interface BackstageReadResult {
  entries: CatalogEntry[];
  locations: string[];
  warnings: string[];
}

function toEntry(e: BackstageEntityInfo, source: string): CatalogEntry {
  const { info } = e;
  const name = e.ref.split('/')[1];
  const id = e.slug ? e.slug.toLowerCase() : `backstage:${e.ref.startsWith('default/') ? name : e.ref}`;
  return {
    id,
    name: e.slug?.split('/')[1] ?? name,
    repo: e.slug ?? '',
    ...(e.host ? { host: e.host } : {}),
    packages: info.packages,
    description: info.description ?? '',
    keywords: [...new Set(info.keywords.map((k) => k.toLowerCase()))],
    dependencies: [],
    owners: info.owners,
    lifecycle: info.lifecycle ?? 'unknown',
    ...(info.replacement ? { replacement: info.replacement } : {}),
    kind: 'library',
    hasContributing: !!info.links.contributing,
    links: info.links,
    ...(info.replaces ? { replaces: info.replaces } : {}),
    ...(info.dropInFor ? { dropInFor: info.dropInFor } : {}),
    sources: [source],
  };
}

function collect(entities: BackstageEntityInfo[], source: string, warnings: string[]): BackstageReadResult {
  const entries: CatalogEntry[] = [];
  const locations: string[] = [];
  let skipped = 0;
  for (const e of entities) {
    if (e.kind === 'Location') pushAll(locations, e.targets);
    else if (e.kind === 'Component' && e.info.kind === 'library') entries.push(toEntry(e, source));
    else skipped++;
  }
  if (skipped && !entries.length && !locations.length) warnings.push(`${source}: no Component of spec.type "library" among ${skipped} entities`);
  return { entries, locations, warnings };
}

/**
 * Backstage catalog-info.yaml (multi-document): library Components become entries, Location targets are returned
 * for the caller to follow (relative to this file).
 *
 * @example readBackstageYaml('kind: Location\nspec: {targets: [./libs/http.yaml]}', 'file:all.yaml').locations
 *   // -> ['./libs/http.yaml']
 */
export function readBackstageYaml(text: string, source: string): BackstageReadResult {
  return collect(parseBackstageYaml(text, source), source, []);
}

/**
 * A Backstage catalog API answer: an array of entities, or `{ items: [...] }` from /api/catalog/entities/by-query.
 * Malformed entities are skipped with a warning.
 */
export function readBackstageApi(value: unknown[], source: string): BackstageReadResult {
  const warnings: string[] = [];
  const entities: BackstageEntityInfo[] = [];
  value.forEach((v, i) => {
    try {
      entities.push(readBackstageEntity(v, source));
    } catch (err) {
      warnings.push(`${source}: entity ${i} skipped: ${(err as Error).message.replace(`${source}: `, '')}`);
    }
  });
  return collect(entities, source, warnings);
}
