import type { Octokit } from '@octokit/rest';
import type { RepoSnapshot } from '../catalog/model';
import { webHostFor } from './octokit';
import { CrawlError, describeGitHubError, isTimeoutLike, statusOf } from './crawlError';
import { crawlOwnerRest } from './crawlRest';
import { DEFAULT_MAX_FILE_BYTES, REPOSITORIES_QUERY, csprojNames, listingsFromNode, snapshotFromNode, type RepositoryNode } from './crawlQuery';
import { needsFollowUp, readFollowUps, type PendingRepo } from './crawlFollowUp';
import { peopleVariables, type OnrampLabels } from './peopleFields';
import { pushAll } from '../util/arrays';

export interface CrawlProgress {
  org: string;
  repositories: number;
  total?: number;
}

export interface CrawlOptions {
  orgs: string[];
  apiUrl: string;
  /** Repositories per GraphQL page, 5–50 (default 40); halves on timeouts, grows back after successes. */
  pageSize?: number;
  /** Per org: only repositories pushed at or after this ISO time (incremental refresh). */
  since?: Record<string, string>;
  /** Force the REST fallback (GraphQL is also skipped automatically when unavailable or unauthenticated). */
  rest?: boolean;
  maxFileBytes?: number;
  /** Label names counted as good first issues / help wanted (default: GitHub's "good first issue", "help wanted"). */
  onrampLabels?: Partial<OnrampLabels>;
  /** Reference time of the commit-activity window (default: now). */
  now?: Date;
  /** Base of the quadratic backoff between 5xx retries, in ms (default 1000; tests pass less). */
  retryBaseMs?: number;
  signal?: AbortSignal;
  onProgress?: (p: CrawlProgress) => void;
  log?: (message: string) => void;
}

export interface CrawlResult {
  snapshots: RepoSnapshot[];
  requests: number;
  complete: boolean;
  incremental: boolean;
  warnings: string[];
}

const MIN_PAGE = 5;
const MAX_PAGE = 50;
const MAX_TIMEOUTS_AT_MIN = 3;
const GROW_AFTER = 10;

interface OwnerPage {
  repositoryOwner: null | {
    __typename: string;
    login: string;
    repositories: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; nodes: RepositoryNode[] };
  };
}

interface State {
  requests: number;
  /** Repositories read so far for the org being crawled (for the failure message). */
  crawled: number;
  warnings: string[];
  options: CrawlOptions;
  host: string;
  maxBytes: number;
}

async function graphql<T>(octokit: Octokit, state: State, query: string, variables: Record<string, unknown>): Promise<T> {
  state.requests++;
  // retries: 0 so a timeout shrinks the page at once; other 5xx are retried here with the same backoff rule.
  return octokit.graphql<T>(query, { ...variables, request: { signal: state.options.signal, retries: 0 } });
}

/** Reads csproj files and monorepo members for the repositories that need them (a few shared queries). */
async function followUp(octokit: Octokit, state: State, pending: PendingRepo[]): Promise<void> {
  await readFollowUps(pending, (query, variables) => withRetries(state, () =>
    graphql<Record<string, Record<string, unknown> | null>>(octokit, state, query, variables)), state.maxBytes);
}

// Backoff for 5xx the client's retry plugin did not see (the crawl asks it not to retry, to shrink pages instead).
async function withRetries<T>(state: State, run: () => Promise<T>, onTimeout?: () => boolean): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await run();
    } catch (err) {
      const status = statusOf(err);
      if (state.options.signal?.aborted) throw err;
      if (isTimeoutLike(err) && onTimeout?.()) continue;
      if (status === undefined || status < 500 || attempt >= 3) throw err;
      state.options.log?.(`GitHub answered ${status}; retrying (attempt ${attempt + 2}).`);
      await new Promise((r) => setTimeout(r, (state.options.retryBaseMs ?? 1000) * (attempt + 1) ** 2));
    }
  }
}

async function crawlOwnerGraphQL(octokit: Octokit, state: State, org: string, since: string | undefined): Promise<RepoSnapshot[]> {
  const { options } = state;
  const configured = Math.min(MAX_PAGE, Math.max(MIN_PAGE, options.pageSize ?? 40));
  // Incremental refreshes usually find nothing new: start small so "nothing pushed" costs one cheap request.
  let pageSize = since ? Math.min(configured, 10) : configured;
  let goodPages = 0;
  let timeoutsAtMin = 0;
  let after: string | null = null;
  const snapshots: RepoSnapshot[] = [];
  const pending: PendingRepo[] = [];
  const people = peopleVariables(options.onrampLabels, options.now);
  for (;;) {
    options.signal?.throwIfAborted();
    const orderBy = since ? { field: 'PUSHED_AT', direction: 'DESC' } : { field: 'CREATED_AT', direction: 'ASC' };
    // pageSize is read at each attempt: a timeout shrinks it before the retry.
    const data: OwnerPage = await withRetries(state, () => graphql<OwnerPage>(octokit, state, REPOSITORIES_QUERY, { login: org, first: pageSize, after, orderBy, ...people }), () => {
      if (pageSize > MIN_PAGE) {
        pageSize = Math.max(MIN_PAGE, Math.floor(pageSize / 2));
        options.log?.(`GitHub timed out on a page of repositories; retrying with ${pageSize} per page.`);
        goodPages = 0;
        return true;
      }
      return ++timeoutsAtMin <= MAX_TIMEOUTS_AT_MIN;
    });
    const owner = data.repositoryOwner;
    if (!owner) throw new CrawlError(`There is no GitHub organization or user named "${org}" on ${state.host}.`, 404);
    const { nodes, pageInfo, totalCount } = owner.repositories;
    for (const node of nodes) {
      if (since && node.pushedAt && Date.parse(node.pushedAt) < Date.parse(since)) {
        await followUp(octokit, state, pending);
        return snapshots;
      }
      const snapshot = snapshotFromNode(node, state.host, state.maxBytes);
      const repo: PendingRepo = { snapshot, listings: listingsFromNode(node), extraFiles: csprojNames(node) };
      // Forks are never libraries nor counted in org usage: their members are not worth a request.
      if (!snapshot.isFork && needsFollowUp(repo)) pending.push(repo);
      snapshots.push(snapshot);
    }
    state.crawled = snapshots.length;
    options.onProgress?.({ org, repositories: snapshots.length, total: since ? undefined : totalCount });
    if (!pageInfo.hasNextPage || !pageInfo.endCursor) break;
    after = pageInfo.endCursor;
    // After a timeout, probe the bigger page again only every GROW_AFTER pages: a page size GitHub keeps refusing
    // then costs one failed request per GROW_AFTER pages, a transient timeout costs nothing lasting.
    if (++goodPages >= GROW_AFTER && pageSize < configured) {
      pageSize = Math.min(configured, pageSize * 2);
      goodPages = 0;
      options.log?.(`Growing the page back to ${pageSize} repositories.`);
    } else if (since && pageSize < configured) {
      pageSize = Math.min(configured, pageSize * 2);
    }
  }
  await followUp(octokit, state, pending);
  return snapshots;
}

/**
 * Crawls organizations (or users) into RepoSnapshots: one GraphQL query per page of repositories that also carries
 * every descriptor file, so N repositories cost about N/40 requests. With `since`, repositories come newest-push
 * first and the crawl stops at the first one pushed before `since`. Falls back to REST when GraphQL is not available
 * (404/410) or there is no token. Throws a CrawlError with one clear sentence if any owner cannot be crawled.
 *
 * @example await crawlOrgs(octokit, { orgs: ['acme'], apiUrl: 'https://api.github.com' })
 *   // -> { snapshots: [{ owner: 'acme', name: 'retry', files: { 'package.json': '...' }, ... }], requests: 3, complete: true, ... }
 */
export async function crawlOrgs(octokit: Octokit, options: CrawlOptions): Promise<CrawlResult> {
  const state: State = { requests: 0, crawled: 0, warnings: [], options, host: webHostFor(options.apiUrl), maxBytes: options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES };
  const incremental = !!options.since && options.orgs.every((o) => options.since?.[o]);
  let useRest = options.rest === true;
  // GraphQL refuses anonymous clients; Octokit's auth() says whether this one has a token.
  const auth = (await (octokit.auth as () => Promise<{ type?: string }>)().catch(() => ({}))) as { type?: string };
  if (auth.type === 'unauthenticated' && !useRest) {
    useRest = true;
    state.warnings.push('No GitHub token: crawling through the REST API anonymously, which GitHub limits to 60 requests per hour (about one small organization). Sign in or set GITHUB_TOKEN for more.');
  }
  const snapshots: RepoSnapshot[] = [];
  for (const org of options.orgs) {
    const since = options.since?.[org];
    const before = snapshots.length;
    state.crawled = 0;
    const progress = (n: number) => {
      state.crawled = n;
      options.onProgress?.({ org, repositories: n });
    };
    const rest = () => crawlOwnerRest(octokit, {
      org, host: state.host, maxFileBytes: state.maxBytes, since, signal: options.signal,
      onRepository: progress, onRequest: () => state.requests++,
    });
    try {
      if (useRest) {
        pushAll(snapshots, await rest());
      } else {
        try {
          pushAll(snapshots, await crawlOwnerGraphQL(octokit, state, org, since));
        } catch (err) {
          const status = statusOf(err);
          if (err instanceof CrawlError || (status !== 404 && status !== 410)) throw err;
          useRest = true;
          state.warnings.push(`GraphQL is not available on ${state.host} (${status}); crawling through the REST API, which takes one request per file.`);
          snapshots.length = before;
          pushAll(snapshots, await rest());
        }
      }
    } catch (err) {
      if (err instanceof CrawlError) throw err;
      if (options.signal?.aborted) throw new CrawlError('The crawl was cancelled.');
      throw new CrawlError(`Crawling ${org} on ${state.host} failed after ${state.crawled} repositories: ${describeGitHubError(err)}`, statusOf(err));
    }
    options.log?.(`${org}: ${snapshots.length - before} repositories${since ? ` pushed since ${since}` : ''}.`);
  }
  return { snapshots, requests: state.requests, complete: true, incremental, warnings: state.warnings };
}
