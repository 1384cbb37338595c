import type { CatalogSource, CatalogSourcePart } from './catalogSource';
import type { CachedText } from './loadSources';
import { mergeCatalogs } from './merge';
import { CATALOG_SCHEMA_VERSION, type Catalog } from './model';
import { pushAll } from '../util/arrays';

export interface RefreshFromSourcesOptions {
  /** ETags kept from the previous refresh of the same sources. */
  etags?: Readonly<Record<string, CachedText>>;
  now?: Date;
  signal?: AbortSignal;
}

export interface RefreshFromSourcesResult {
  catalog: Catalog;
  requests: number;
  warnings: string[];
  /** Keep with the catalog and pass back as `etags` next time. */
  etags: Record<string, CachedText>;
  /** Every source's part, in source order (figures for reports). */
  parts: CatalogSourcePart[];
}

/**
 * The one multi-source refresh the extension and the CLI share: loads every source in order (each through the
 * CatalogSource port), merges their parts deterministically (earlier sources win, see mergeCatalogs) and carries the
 * crawl's sync state and the catalog files' ETags. Never mutates `previous`. Throws when a source throws, or when no
 * source could read anything, so the caller keeps its last good catalog.
 *
 * @example await refreshFromSources(previous, [new GitHubCrawlSource({ octokit, orgs: ['acme'], apiUrl }), new CatalogFileSource({ specs: ['catalog.json'], ... })])
 *   // -> { catalog: { entries: [...], sync: [...], origin: 'github:acme,file:catalog.json' }, requests: 5, etags: {}, warnings: [], parts: [...] }
 */
export async function refreshFromSources(previous: Catalog | undefined, sources: readonly CatalogSource[], opts: RefreshFromSourcesOptions = {}): Promise<RefreshFromSourcesResult> {
  const now = opts.now ?? new Date();
  const parts: CatalogSourcePart[] = [];
  for (const source of sources) {
    opts.signal?.throwIfAborted();
    parts.push(await source.load({ previous, etags: opts.etags ?? {}, now, signal: opts.signal }));
  }
  opts.signal?.throwIfAborted();
  const warnings: string[] = [];
  for (const part of parts) pushAll(warnings, part.warnings);
  if (parts.length > 0 && parts.every((p) => p.unreadable)) {
    throw new Error(`No catalog file could be read (${warnings.join('; ')}).`);
  }
  const merged = parts.length === 1 ? parts[0].catalog : mergeCatalogs(parts.map((p) => p.catalog));
  const sync = parts.flatMap((p) => p.sync ?? []);
  const origin = sources.flatMap((s) => s.origins).join(',');
  const catalog: Catalog = {
    schemaVersion: CATALOG_SCHEMA_VERSION,
    generatedAt: now.toISOString(),
    entries: merged.entries,
    replacements: merged.replacements,
    ...(merged.advice?.length ? { advice: merged.advice } : {}),
    ...(sync.length ? { sync } : {}),
    ...(merged.orgUsage ? { orgUsage: merged.orgUsage } : {}),
    ...(origin ? { origin } : {}),
  };
  const etags: Record<string, CachedText> = {};
  for (const part of parts) {
    // defineProperty, not assignment: a "__proto__" key from a source stays a key.
    for (const [url, cached] of Object.entries(part.etags ?? {})) Object.defineProperty(etags, url, { value: cached, enumerable: true, writable: true, configurable: true });
  }
  return { catalog, requests: parts.reduce((n, p) => n + p.requests, 0), warnings, etags, parts };
}
