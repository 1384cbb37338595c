import type { Octokit } from '@octokit/rest';
import { CatalogFileSource } from '../catalog/catalogFileSource';
import type { CatalogSource, CatalogSourcePart } from '../catalog/catalogSource';
import type { ListDir } from '../catalog/formats/locationGlob';
import type { CachedText } from '../catalog/loadSources';
import type { Catalog } from '../catalog/model';
import { refreshFromSources } from '../catalog/refreshSources';
import type { CrawlOptions, CrawlProgress } from './crawlOrg';
import { GitHubCrawlSource } from './githubCrawlSource';
import { createOctokit } from './octokit';

export interface RefreshCatalogOptions {
  /** Orgs or users to crawl (may be empty when only catalog files are used). */
  orgs: string[];
  apiUrl: string;
  /** Used to create a client when `octokit` is not given. */
  token?: string;
  /** The client, or a function making it when the crawl starts. */
  octokit?: Octokit | (() => Promise<Octokit>);
  /** Catalog files: paths (relative to baseDir) or https URLs. */
  catalogFiles: string[];
  fetch: typeof fetch;
  readFile: (path: string) => Promise<string>;
  /** Lists a local directory (directory catalog specs, Backstage Location globs). */
  listDir?: ListDir;
  /** Backstage component types that count as libraries (default: any type naming a library, SDK or package). */
  libraryTypes?: readonly string[];
  baseDir: string;
  topic?: string;
  signal?: AbortSignal;
  onProgress?: (p: CrawlProgress) => void;
  log?: (message: string) => void;
  /** Days between full sweeps (archives, renames, deletions); incremental refreshes in between. Default 7. */
  fullSweepEveryDays?: number;
  /** Force a full crawl. */
  full?: boolean;
  /** ETags (and bodies) of catalog-file URLs from the previous refresh; unchanged files then cost one 304. */
  etags?: Record<string, CachedText>;
  pageSize?: number;
  maxFileBytes?: number;
  /** Label names of the on-ramp counts (see CrawlOptions.onrampLabels). */
  onrampLabels?: CrawlOptions['onrampLabels'];
  retryBaseMs?: number;
  now?: () => Date;
}

export interface RefreshCatalogResult {
  catalog: Catalog;
  requests: number;
  warnings: string[];
  /** Catalog files (as given in `catalogFiles`) that could not be read or parsed; each also has a warning. The rest loaded. */
  failed: string[];
  /** Keep and pass back as `etags` next time. */
  etags: Record<string, CachedText>;
  /** Repositories crawled this time (changed ones only, when incremental). */
  repositories: number;
  /** The same, per org, in `orgs` order. */
  repositoriesByOrg: { org: string; repositories: number }[];
  /** What the catalog files gave before merging: files read (top-level specs, not `failed`), entries, replacement rules, advice (native APIs, snippets). */
  files: { read: number; entries: number; rules: number; advice: number };
  libraries: number;
  incremental: boolean;
}

/**
 * The sources the settings (or CLI flags) name: the GitHub crawl of `orgs` (when any), then the catalog files (when
 * any). The extension's CatalogService and `reuse-radar catalog build` both build their sources here, so they refresh
 * with the same code (refreshFromSources).
 *
 * @example catalogSources({ orgs: ['acme'], apiUrl, token, catalogFiles: ['catalog.json'], fetch, readFile, baseDir: '.' })
 *   // -> [GitHubCrawlSource (acme), CatalogFileSource (catalog.json)]
 */
export function catalogSources(opts: Omit<RefreshCatalogOptions, 'etags' | 'signal' | 'now'>): CatalogSource[] {
  const sources: CatalogSource[] = [];
  if (opts.orgs.length > 0) {
    sources.push(new GitHubCrawlSource({
      octokit: opts.octokit ?? createOctokit({ token: opts.token, apiUrl: opts.apiUrl }),
      orgs: opts.orgs, apiUrl: opts.apiUrl, topic: opts.topic, libraryTypes: opts.libraryTypes, fullSweepEveryDays: opts.fullSweepEveryDays, full: opts.full,
      onProgress: opts.onProgress, log: opts.log, pageSize: opts.pageSize, maxFileBytes: opts.maxFileBytes,
      onrampLabels: opts.onrampLabels, retryBaseMs: opts.retryBaseMs,
    }));
  }
  if (opts.catalogFiles.length > 0) {
    sources.push(new CatalogFileSource({
      specs: opts.catalogFiles, baseDir: opts.baseDir, fetch: opts.fetch, readFile: opts.readFile, listDir: opts.listDir, libraryTypes: opts.libraryTypes,
    }));
  }
  return sources;
}

/**
 * Builds the catalog from every configured source (catalogSources + refreshFromSources): the GitHub crawl
 * (incremental since the last sync when the previous catalog allows it, with a full sweep every `fullSweepEveryDays`),
 * then catalog files, merged deterministically. Never mutates `previous`; throws (one clear sentence) when a crawl
 * fails part-way, so the caller keeps what it had.
 *
 * @example await refreshCatalog(undefined, { orgs: ['acme'], apiUrl: 'https://api.github.com', token, catalogFiles: [], fetch, readFile, baseDir: '.' })
 *   // -> { catalog: { entries: [...], sync: [{ org: 'acme', lastSync: '2025-…', lastFullSync: '2025-…' }] }, requests: 4, ... }
 */
export async function refreshCatalog(previous: Catalog | undefined, opts: RefreshCatalogOptions): Promise<RefreshCatalogResult> {
  const result = await refreshFromSources(previous, catalogSources(opts), { etags: opts.etags, signal: opts.signal, now: (opts.now ?? (() => new Date()))() });
  return { ...summarize(result.parts), catalog: result.catalog, requests: result.requests, warnings: result.warnings, etags: result.etags, libraries: result.catalog.entries.length };
}

/** The report figures of a refresh's parts (what `catalog build` prints). */
function summarize(parts: readonly CatalogSourcePart[]): Pick<RefreshCatalogResult, 'failed' | 'repositories' | 'repositoriesByOrg' | 'files' | 'incremental'> {
  const repositoriesByOrg = parts.flatMap((p) => p.repositoriesByOrg ?? []);
  const files = parts.find((p) => p.files)?.files ?? { read: 0, entries: 0, rules: 0, advice: 0 };
  return {
    failed: parts.flatMap((p) => p.failed ?? []),
    repositories: repositoriesByOrg.reduce((n, r) => n + r.repositories, 0),
    repositoriesByOrg,
    files,
    incremental: parts.some((p) => p.incremental),
  };
}
