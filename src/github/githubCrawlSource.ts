import type { Octokit } from '@octokit/rest';
import { buildCatalog } from '../catalog/buildCatalog';
import type { CatalogSource, CatalogSourceInput, CatalogSourcePart } from '../catalog/catalogSource';
import { CATALOG_SCHEMA_VERSION, type Catalog } from '../catalog/model';
import { orgUsageFrom } from '../catalog/orgUsage';
import { crawlOrgs, type CrawlOptions, type CrawlProgress } from './crawlOrg';
import { applyIncrementalCrawl } from './incrementalMerge';
import { pushAll } from '../util/arrays';

export interface GitHubCrawlSourceOptions {
  /** The client, or a function making it when the crawl starts (after looking up credentials, say). */
  octokit: Octokit | (() => Promise<Octokit>);
  /** Orgs or users to crawl. */
  orgs: readonly string[];
  apiUrl: string;
  /** Only repositories with this topic count as libraries. */
  topic?: string;
  /** Backstage component types that count as libraries in the repositories' catalog-info.yaml (default: by name). */
  libraryTypes?: readonly string[];
  /** Days between full sweeps (archives, renames, deletions); incremental refreshes in between. Default 7. */
  fullSweepEveryDays?: number;
  /** Force a full crawl. */
  full?: boolean;
  onProgress?: (p: CrawlProgress) => void;
  log?: (message: string) => void;
  pageSize?: number;
  maxFileBytes?: number;
  onrampLabels?: CrawlOptions['onrampLabels'];
  retryBaseMs?: number;
}

const sameOrg = (a: string, b: string): boolean => a.toLowerCase() === b.toLowerCase();

/**
 * The GitHub org crawl as a catalog source: crawls every org (GraphQL, REST fallback; see crawlOrgs), incrementally
 * since the previous catalog's sync state when it allows, with a full sweep every `fullSweepEveryDays`. Throws (one
 * sentence) when a crawl fails part-way; the abort signal reaches every Octokit request.
 *
 * @example await new GitHubCrawlSource({ octokit, orgs: ['acme'], apiUrl: 'https://api.github.com' }).load({ etags: {}, now: new Date() })
 *   // -> { catalog: { entries: [...] }, sync: [{ org: 'acme', lastSync: '2025-…', lastFullSync: '2025-…' }], requests: 4, ... }
 */
export class GitHubCrawlSource implements CatalogSource {
  readonly key: string;
  readonly origins: readonly string[];

  constructor(private readonly options: GitHubCrawlSourceOptions) {
    const orgs = [...new Set(options.orgs.map((o) => o.toLowerCase()))].sort();
    const types = [...new Set((options.libraryTypes ?? []).map((t) => t.trim().toLowerCase()))].sort();
    // Library types decide which repositories are libraries: another list is another catalog (and a full crawl).
    this.key = `github ${options.apiUrl.replace(/\/+$/, '')} ${orgs.join(',')} topic=${options.topic?.toLowerCase() ?? ''}${types.length ? ` types=${types.join(',')}` : ''}`;
    this.origins = options.orgs.map((o) => `github:${o}`);
  }

  /** Incremental `since` per org when the previous catalog's sync state allows it, else undefined (full crawl). */
  private incrementalSince(previous: Catalog | undefined, now: Date): Record<string, string> | undefined {
    const { orgs, apiUrl } = this.options;
    if (this.options.full || !previous?.sync || orgs.length === 0) return undefined;
    const maxAge = (this.options.fullSweepEveryDays ?? 7) * 86_400_000;
    const since: Record<string, string> = {};
    for (const org of orgs) {
      const s = previous.sync.find((x) => sameOrg(x.org, org) && x.apiUrl === apiUrl);
      if (!s || now.getTime() - Date.parse(s.lastFullSync) > maxAge || !(Date.parse(s.lastSync) > 0)) return undefined;
      // Org usage can only be updated exactly from per-repository records (older catalogs lack them: crawl in full once).
      if (!previous.orgUsage?.byRepository) return undefined;
      since[org] = s.lastSync;
    }
    return since;
  }

  async load({ previous, now, signal }: CatalogSourceInput): Promise<CatalogSourcePart> {
    const { orgs, apiUrl, topic, libraryTypes } = this.options;
    const started = now.toISOString();
    const since = this.incrementalSince(previous, now);
    const octokit = typeof this.options.octokit === 'function' ? await this.options.octokit() : this.options.octokit;
    signal?.throwIfAborted();
    const crawl = await crawlOrgs(octokit, {
      orgs: [...orgs], apiUrl, since, signal, onProgress: this.options.onProgress, log: this.options.log,
      pageSize: this.options.pageSize, maxFileBytes: this.options.maxFileBytes, retryBaseMs: this.options.retryBaseMs,
      onrampLabels: this.options.onrampLabels, now,
    });
    const warnings = [...crawl.warnings];
    let catalog: Catalog;
    if (since && previous) {
      const crawledOrg = (repo: string) => orgs.some((o) => repo.toLowerCase().startsWith(`${o.toLowerCase()}/`));
      const crawled = previous.entries.filter((e) => e.sources.some((s) => orgs.some((o) => sameOrg(s, `github:${o}`))));
      const previousUsage = previous.orgUsage && orgUsageFrom(Object.fromEntries(Object.entries(previous.orgUsage.byRepository ?? {}).filter(([repo]) => crawledOrg(repo))));
      const applied = applyIncrementalCrawl(crawled, crawl.snapshots, { topic, libraryTypes, previousUsage });
      pushAll(warnings, applied.warnings);
      catalog = { schemaVersion: CATALOG_SCHEMA_VERSION, generatedAt: started, entries: applied.entries, replacements: [], ...(applied.orgUsage ? { orgUsage: applied.orgUsage } : {}) };
    } else {
      const built = buildCatalog(crawl.snapshots, { topic, libraryTypes, now });
      pushAll(warnings, built.warnings);
      catalog = built.catalog;
    }
    const sync = orgs.map((org) => ({
      org,
      apiUrl,
      lastSync: started,
      lastFullSync: since ? previous!.sync!.find((x) => sameOrg(x.org, org) && x.apiUrl === apiUrl)!.lastFullSync : started,
    }));
    return {
      catalog, requests: crawl.requests, warnings, sync, incremental: !!since,
      repositoriesByOrg: orgs.map((org) => ({ org, repositories: crawl.snapshots.filter((s) => sameOrg(s.owner, org)).length })),
    };
  }
}
