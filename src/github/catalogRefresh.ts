import type { Octokit } from '@octokit/rest';
import { buildCatalog } from '../catalog/buildCatalog';
import type { ListDir } from '../catalog/formats/locationGlob';
import { loadCatalogSources, type CachedText } from '../catalog/loadSources';
import { mergeCatalogs } from '../catalog/merge';
import { CATALOG_SCHEMA_VERSION, type Catalog, type CatalogSyncState } from '../catalog/model';
import { crawlOrgs, type CrawlProgress } from './crawlOrg';
import { createOctokit } from './octokit';
import { applyIncrementalCrawl } from './incrementalMerge';

export interface RefreshCatalogOptions {
  /** Orgs or users to crawl (may be empty when only catalog files are used). */
  orgs: string[];
  apiUrl: string;
  /** Used to create a client when `octokit` is not given. */
  token?: string;
  octokit?: Octokit;
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

const sameOrg = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

/** Incremental `since` per org when the previous catalog's sync state allows it, else undefined (full crawl). */
function incrementalSince(previous: Catalog | undefined, opts: RefreshCatalogOptions, now: Date): Record<string, string> | undefined {
  if (opts.full || !previous?.sync || opts.orgs.length === 0) return undefined;
  const maxAge = (opts.fullSweepEveryDays ?? 7) * 86_400_000;
  const since: Record<string, string> = {};
  for (const org of opts.orgs) {
    const s = previous.sync.find((x) => sameOrg(x.org, org) && x.apiUrl === opts.apiUrl);
    if (!s || now.getTime() - Date.parse(s.lastFullSync) > maxAge || !(Date.parse(s.lastSync) > 0)) return undefined;
    since[org] = s.lastSync;
  }
  return since;
}

/**
 * Builds the catalog from every configured source: the GitHub crawl (incremental since the last sync when the
 * previous catalog allows it, with a full sweep every `fullSweepEveryDays`), then catalog files, merged
 * deterministically. Never mutates `previous`; throws (one clear sentence) when a crawl fails part-way, so the caller
 * keeps what it had. The VS Code CatalogService and `reuse-radar catalog build` both call this.
 *
 * @example await refreshCatalog(undefined, { orgs: ['acme'], apiUrl: 'https://api.github.com', token, catalogFiles: [], fetch, readFile, baseDir: '.' })
 *   // -> { catalog: { entries: [...], sync: [{ org: 'acme', lastSync: '2025-…', lastFullSync: '2025-…' }] }, requests: 4, ... }
 */
export async function refreshCatalog(previous: Catalog | undefined, opts: RefreshCatalogOptions): Promise<RefreshCatalogResult> {
  const now = (opts.now ?? (() => new Date()))();
  const started = now.toISOString();
  const warnings: string[] = [];
  let requests = 0;
  const parts: Catalog[] = [];
  let repositories = 0;
  let repositoriesByOrg: RefreshCatalogResult['repositoriesByOrg'] = [];
  let files: RefreshCatalogResult['files'] = { read: 0, entries: 0, rules: 0, advice: 0 };
  const since = incrementalSince(previous, opts, now);
  let sync: CatalogSyncState[] = [];

  if (opts.orgs.length > 0) {
    const octokit = opts.octokit ?? createOctokit({ token: opts.token, apiUrl: opts.apiUrl });
    const crawl = await crawlOrgs(octokit, {
      orgs: opts.orgs, apiUrl: opts.apiUrl, since, signal: opts.signal, onProgress: opts.onProgress, log: opts.log,
      pageSize: opts.pageSize, maxFileBytes: opts.maxFileBytes, retryBaseMs: opts.retryBaseMs,
    });
    requests += crawl.requests;
    warnings.push(...crawl.warnings);
    repositories = crawl.snapshots.length;
    repositoriesByOrg = opts.orgs.map((org) => ({ org, repositories: crawl.snapshots.filter((s) => sameOrg(s.owner, org)).length }));
    if (since && previous) {
      const crawled = previous.entries.filter((e) => e.sources.some((s) => opts.orgs.some((o) => sameOrg(s, `github:${o}`))));
      const applied = applyIncrementalCrawl(crawled, crawl.snapshots, { topic: opts.topic });
      warnings.push(...applied.warnings);
      parts.push({ schemaVersion: CATALOG_SCHEMA_VERSION, generatedAt: started, entries: applied.entries, replacements: [] });
    } else {
      const built = buildCatalog(crawl.snapshots, { topic: opts.topic, now });
      warnings.push(...built.warnings);
      parts.push(built.catalog);
    }
    sync = opts.orgs.map((org) => ({
      org,
      apiUrl: opts.apiUrl,
      lastSync: started,
      lastFullSync: since ? previous!.sync!.find((x) => sameOrg(x.org, org) && x.apiUrl === opts.apiUrl)!.lastFullSync : started,
    }));
  }

  let etags: Record<string, CachedText> = {};
  let failed: string[] = [];
  if (opts.catalogFiles.length > 0) {
    const loaded = await loadCatalogSources(opts.catalogFiles, {
      readFile: opts.readFile, fetch: opts.fetch, baseDir: opts.baseDir, etags: opts.etags, signal: opts.signal,
      listDir: opts.listDir, libraryTypes: opts.libraryTypes,
    });
    requests += loaded.requests;
    warnings.push(...loaded.warnings);
    etags = loaded.etags;
    failed = loaded.failed;
    if (loaded.failed.length === opts.catalogFiles.length && opts.orgs.length === 0) {
      throw new Error(`No catalog file could be read (${loaded.warnings.join('; ')}).`);
    }
    files = {
      read: opts.catalogFiles.length - loaded.failed.length, entries: loaded.catalog.entries.length, rules: loaded.catalog.replacements.length,
      advice: loaded.catalog.advice?.length ?? 0,
    };
    parts.push(loaded.catalog);
  }

  const merged = parts.length === 1 ? parts[0] : mergeCatalogs(parts);
  const catalog: Catalog = {
    schemaVersion: CATALOG_SCHEMA_VERSION,
    generatedAt: started,
    entries: merged.entries,
    replacements: merged.replacements,
    ...(merged.advice?.length ? { advice: merged.advice } : {}),
    ...(sync.length ? { sync } : {}),
    origin: [...opts.orgs.map((o) => `github:${o}`), ...opts.catalogFiles.map((f) => (/^https?:\/\//i.test(f) ? `url:${f}` : `file:${f}`))].join(',') || undefined,
  };
  return { catalog, requests, warnings, failed, etags, repositories, repositoriesByOrg, files, libraries: catalog.entries.length, incremental: !!since };
}
