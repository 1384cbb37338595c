import type { CachedText } from './loadSources';
import type { Catalog, CatalogSyncState } from './model';

/** What a source gets when the catalog is refreshed. */
export interface CatalogSourceInput {
  /** The last good catalog built from the same sources: an incremental crawl starts from it. */
  previous?: Catalog;
  /** Catalog-file URLs answered with an ETag last time, with their text: an unchanged file costs one 304. */
  etags: Readonly<Record<string, CachedText>>;
  now: Date;
  signal?: AbortSignal;
}

/** One source's part of the catalog, and what it cost. */
export interface CatalogSourcePart {
  catalog: Catalog;
  requests: number;
  warnings: string[];
  /** Per-org crawl state, kept in the catalog for the next (incremental) refresh. */
  sync?: CatalogSyncState[];
  /** ETags to keep for the next refresh (catalog files fetched over HTTP). */
  etags?: Record<string, CachedText>;
  /** Specs of this source that could not be read (each also has a warning); the rest loaded. */
  failed?: string[];
  /** Nothing of this source could be read: a refresh with no other source fails instead of emptying the catalog. */
  unreadable?: boolean;
  /** The crawl ran incrementally (only repositories pushed since the last sync). */
  incremental?: boolean;
  /** Figures for reports: repositories crawled per org, catalog files read. */
  repositoriesByOrg?: { org: string; repositories: number }[];
  files?: { read: number; entries: number; rules: number; advice: number };
}

/**
 * The port every catalog source implements (the GitHub crawl, catalog files): the core refresh runs them in order
 * and merges their parts. Fakes implement it in unit tests.
 *
 * @example const source: CatalogSource = { key: 'file:/org/catalog.json', origins: ['file:catalog.json'], load: async () => part };
 */
export interface CatalogSource {
  /**
   * Everything that decides this source's content, e.g. "github https://api.github.com acme topic=" or
   * "file /home/me/org/catalog.json": the cache is kept per combination of keys.
   */
  readonly key: string;
  /** How the catalog's `origin` names this source, e.g. ["github:acme"] or ["url:https://…/catalog.json"]. */
  readonly origins: readonly string[];
  /** Loads this source's part; throws (one clear sentence) when it fails, so the last good catalog is kept. */
  load(input: CatalogSourceInput): Promise<CatalogSourcePart>;
}
