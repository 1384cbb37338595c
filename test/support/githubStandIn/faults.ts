/** What a fault (and a custom route) sees of a request. */
export interface StandInRequest {
  method: string;
  /** Path without the "/api/v3" prefix and without the query, e.g. "/orgs/acme/repos" or "/graphql". */
  path: string;
  query: URLSearchParams;
  headers: Record<string, string | string[] | undefined>;
  /** Parsed JSON body (GraphQL: { query, variables }), or undefined. */
  body: unknown;
  graphql: boolean;
  /** Login the token maps to; undefined when unauthenticated. */
  login?: string;
}

export interface FaultSpec {
  method?: string;
  /** Exact normalized path, or a RegExp tested against it. */
  path?: string | RegExp;
  /** true: only GraphQL requests; false: only REST/static requests. */
  graphql?: boolean;
  /** Extra condition, e.g. (r) => (r.body as any).variables.first > 25. */
  when?: (request: StandInRequest) => boolean;
  status: number;
  headers?: Record<string, string>;
  /** JSON body (object) or raw text (string). Default: a GitHub-shaped message for the status. */
  body?: unknown;
  /** How many times the fault fires (default 1; Infinity for always). */
  times?: number;
  /** Fires only once this many requests have already been served (counting all requests). */
  afterRequests?: number;
  /** The request is served first (a create is stored), then its answer is replaced: "500 after the write". */
  afterHandling?: boolean;
  /** The connection is closed without an answer (with afterHandling: after the request took effect). */
  dropConnection?: boolean;
}

/** A fault that fired: the answer to give, and when. */
export interface FiredFault {
  status: number;
  headers: Record<string, string>;
  body: unknown;
  afterHandling: boolean;
  dropConnection: boolean;
}

interface ActiveFault extends FaultSpec {
  remaining: number;
}

const DEFAULT_MESSAGES: Record<number, string> = {
  500: 'Server Error',
  502: 'Server Error',
  503: 'Service Unavailable',
  504: 'We couldn\'t respond to your request in time. Sorry about that. Please try resubmitting your request and contact us if the problem persists.',
};

/** Injects failures into the stand-in's answers; faults are checked in the order they were added. */
export class FaultInjector {
  private readonly active: ActiveFault[] = [];
  /** How many times any fault fired. */
  fired = 0;

  add(spec: FaultSpec): this {
    this.active.push({ ...spec, remaining: spec.times ?? 1 });
    return this;
  }

  /** Primary rate limit: 403, x-ratelimit-remaining 0, reset `resetInSeconds` from now (GitHub's body). */
  primaryRateLimit(options: { resetInSeconds?: number; times?: number; path?: string | RegExp; graphql?: boolean; afterRequests?: number } = {}): this {
    const reset = Math.floor(Date.now() / 1000) + (options.resetInSeconds ?? 1);
    return this.add({
      path: options.path,
      graphql: options.graphql,
      afterRequests: options.afterRequests,
      times: options.times,
      status: 403,
      headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(reset) },
      body: {
        message: 'API rate limit exceeded for user ID 1. If you reach out to GitHub Support for help, please include the request ID.',
        documentation_url: 'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api',
        status: '403',
      },
    });
  }

  /** Secondary rate limit: 403 (or 429) with retry-after and GitHub's "secondary rate limit" message. */
  secondaryRateLimit(options: { retryAfter?: number; status?: 403 | 429; times?: number; path?: string | RegExp; graphql?: boolean; afterRequests?: number } = {}): this {
    return this.add({
      path: options.path,
      graphql: options.graphql,
      afterRequests: options.afterRequests,
      times: options.times,
      status: options.status ?? 403,
      headers: { 'retry-after': String(options.retryAfter ?? 1) },
      body: {
        message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again. If you reach out to GitHub Support for help, please include the request ID.',
        documentation_url: 'https://docs.github.com/free-pro-team@latest/rest/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits',
        status: String(options.status ?? 403),
      },
    });
  }

  /** Clears every pending fault. */
  clear(): void {
    this.active.length = 0;
  }

  /** The fault to answer `request` with, if any (consumes one of its `times`). */
  match(request: StandInRequest, servedSoFar: number): FiredFault | undefined {
    for (const fault of this.active) {
      if (fault.remaining <= 0) continue;
      if (fault.method && fault.method.toUpperCase() !== request.method) continue;
      if (fault.graphql !== undefined && fault.graphql !== request.graphql) continue;
      if (typeof fault.path === 'string' && fault.path !== request.path) continue;
      if (fault.path instanceof RegExp && !fault.path.test(request.path)) continue;
      if (fault.afterRequests !== undefined && servedSoFar < fault.afterRequests) continue;
      if (fault.when && !fault.when(request)) continue;
      fault.remaining--;
      this.fired++;
      const body = fault.body ?? {
        message: DEFAULT_MESSAGES[fault.status] ?? `Stand-in fault ${fault.status}`,
        documentation_url: 'https://docs.github.com/rest',
        status: String(fault.status),
      };
      return { status: fault.status, headers: fault.headers ?? {}, body, afterHandling: fault.afterHandling === true, dropConnection: fault.dropConnection === true };
    }
    return undefined;
  }
}
