import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createHash, randomBytes } from 'node:crypto';
import { FaultInjector, type FiredFault, type StandInRequest } from './faults';
import { HttpError, Router, type RouteHandler, type StandInResponse } from './router';
import { StandInState } from './state';
import { addRestRoutes } from './restRoutes';
import { addGitRoutes } from './gitRoutes';
import { addQuestionRoutes } from './questions';
import { graphqlRoot } from './graphqlRoot';
import { runGraphQL } from './graphqlSchema';

export { StandInState } from './state';
export type { StandInRepo, RepoSeed, Permission, StandInPull, StandInThread } from './state';
export { FaultInjector } from './faults';
export type { FaultSpec, FiredFault, StandInRequest } from './faults';
export { HttpError, validationFailed, notFound } from './router';
export type { RouteHandler, RouteContext, StandInResponse } from './router';
export { gitObjectSha } from './gitStore';
export { seedOrg } from './seed';

export interface RequestLog {
  method: string;
  /** Normalized path (no "/api/v3" prefix, no query); "/graphql" for both GraphQL endpoints. */
  path: string;
  /** Path and query as the client sent them. */
  url: string;
  status: number;
  graphql: boolean;
  login?: string;
  at: number;
}

export interface StandInOptions {
  state?: StandInState;
  /** Requests per hour per token (or per address when anonymous). Defaults: GitHub's 5000/60 core, 5000 GraphQL points. */
  rateLimit?: { core?: number; anonymous?: number; graphql?: number };
  /** false: the GraphQL endpoints answer 404, as on a GHES without GraphQL (exercises REST fallback). */
  graphql?: boolean;
  /** Blob.text beyond this many bytes is truncated (isTruncated: true). Default 512 KiB. */
  blobTextLimit?: number;
}

export interface GitHubStandIn {
  /** REST base for github.com-style clients, e.g. "http://127.0.0.1:41234". */
  url: string;
  /** REST base for GHES-style clients: "<url>/api/v3" (GraphQL then lives at "<url>/api/graphql"). */
  ghesUrl: string;
  /** GitHub.com-style GraphQL endpoint "<url>/graphql". */
  graphqlUrl: string;
  state: StandInState;
  faults: FaultInjector;
  requests: RequestLog[];
  /** Adds (or overrides) a REST route, e.g. route('GET', '/repos/:owner/:repo/hooks', handler). */
  route(method: string, pattern: string, handler: RouteHandler): void;
  close(): Promise<void>;
}

interface Bucket {
  limit: number;
  used: number;
  reset: number;
}

async function readBody(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString('utf8');
  if (!text) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    throw new HttpError(400, 'Problems parsing JSON');
  }
}

/**
 * Starts the GitHub API stand-in on 127.0.0.1 (random port). REST at "/" and "/api/v3", GraphQL at "/graphql" and
 * "/api/graphql", static files from `state.files`. See README.md in this folder.
 */
export async function startGitHubStandIn(options: StandInOptions = {}): Promise<GitHubStandIn> {
  const state = options.state ?? new StandInState();
  const faults = new FaultInjector();
  const requests: RequestLog[] = [];
  const router = new Router();
  addRestRoutes(router, state);
  addGitRoutes(router, state);
  addQuestionRoutes(router, state);
  const buckets = new Map<string, Bucket>();
  const bucketFor = (who: string, resource: 'core' | 'graphql'): Bucket => {
    const key = `${who}|${resource}`;
    const now = Math.floor(Date.now() / 1000);
    let bucket = buckets.get(key);
    if (!bucket || bucket.reset <= now) {
      const limit = resource === 'graphql' ? options.rateLimit?.graphql ?? 5000
        : who === 'anonymous' ? options.rateLimit?.anonymous ?? 60 : options.rateLimit?.core ?? 5000;
      bucket = { limit, used: 0, reset: now + 3600 };
      buckets.set(key, bucket);
    }
    return bucket;
  };
  router.add('GET', '/rate_limit', (ctx) => {
    const who = ctx.request.login ?? 'anonymous';
    const view = (resource: 'core' | 'graphql') => {
      const b = bucketFor(who, resource);
      return { limit: b.limit, used: b.used, remaining: b.limit - b.used, reset: b.reset };
    };
    return { status: 200, body: { resources: { core: view('core'), graphql: view('graphql') }, rate: view('core') } };
  });

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const origin = `http://${req.headers.host ?? '127.0.0.1'}`;
    const url = new URL(req.url ?? '/', origin);
    const ghes = url.pathname.startsWith('/api/');
    let path = url.pathname.replace(/^\/api\/v3(?=\/|$)/, '') || '/';
    const isGraphQL = path === '/graphql' || path === '/api/graphql';
    if (isGraphQL) path = '/graphql';
    const method = (req.method ?? 'GET').toUpperCase();
    const headers: Record<string, string> = {
      'content-type': 'application/json; charset=utf-8',
      'x-github-request-id': randomBytes(8).toString('hex').toUpperCase(),
      'x-github-media-type': 'github.v3; format=json',
      'x-github-api-version-selected': '2022-11-28',
    };
    let login: string | undefined;
    let bucket: Bucket | undefined;
    let resource: 'core' | 'graphql' = 'core';
    let late: FiredFault | undefined;
    const finish = (served: StandInResponse, bucket?: Bucket, resource?: string) => {
      const response = late ? { status: late.status, headers: late.headers, body: late.body } : served;
      if (late?.dropConnection) {
        requests.push({ method, path, url: `${url.pathname}${url.search}`, status: 0, graphql: isGraphQL, login, at: Date.now() });
        req.socket.destroy();
        return;
      }
      let status = response.status;
      let text = response.body === undefined ? '' : typeof response.body === 'string' ? response.body : JSON.stringify(response.body);
      if ((method === 'GET' || method === 'HEAD') && status === 200) {
        const etag = `W/"${createHash('sha1').update(text).digest('hex')}"`;
        headers.etag = etag;
        const inm = req.headers['if-none-match'];
        if (inm && inm.split(',').map((s) => s.trim()).includes(etag)) {
          status = 304;
          text = '';
          if (bucket) bucket.used = Math.max(0, bucket.used - 1); // GitHub does not count 304s.
        }
      }
      if (bucket) {
        Object.assign(headers, {
          'x-ratelimit-limit': String(bucket.limit), 'x-ratelimit-remaining': String(Math.max(0, bucket.limit - bucket.used)),
          'x-ratelimit-reset': String(bucket.reset), 'x-ratelimit-used': String(bucket.used), 'x-ratelimit-resource': resource ?? 'core',
        });
      }
      Object.assign(headers, response.headers ?? {});
      requests.push({ method, path, url: `${url.pathname}${url.search}`, status, graphql: isGraphQL, login, at: Date.now() });
      res.writeHead(status, headers);
      res.end(method === 'HEAD' || status === 304 || status === 204 ? undefined : text);
    };
    try {
      const body = await readBody(req);
      const staticText = state.files[url.pathname];
      if (staticText !== undefined && method === 'GET') {
        if (url.pathname.endsWith('.json')) headers['content-type'] = 'application/json; charset=utf-8';
        else headers['content-type'] = 'text/plain; charset=utf-8';
        const fault = faults.match({ method, path: url.pathname, query: url.searchParams, headers: req.headers, body, graphql: false }, requests.length);
        return finish(fault ? { status: fault.status, headers: fault.headers, body: fault.body } : { status: 200, body: staticText });
      }
      const authorization = req.headers.authorization ?? '';
      const token = /^(?:token|bearer)\s+(\S+)$/i.exec(authorization)?.[1];
      if (authorization && (!token || !state.tokens.has(token))) {
        return finish({ status: 401, body: { message: 'Bad credentials', documentation_url: 'https://docs.github.com/rest', status: '401' } });
      }
      login = token ? state.tokens.get(token) : undefined;
      const request: StandInRequest = { method, path, query: url.searchParams, headers: req.headers, body, graphql: isGraphQL, login };
      resource = isGraphQL ? 'graphql' : 'core';
      bucket = path === '/rate_limit' ? undefined : bucketFor(login ?? 'anonymous', resource);
      const fault = faults.match(request, requests.length);
      if (fault?.afterHandling) late = fault;
      else if (fault) {
        late = fault.dropConnection ? fault : undefined;
        return finish({ status: fault.status, headers: fault.headers, body: fault.body }, bucket, resource);
      }
      if (bucket && bucket.used >= bucket.limit) {
        return finish({
          status: 403,
          body: {
            message: login ? 'API rate limit exceeded for user ID 1.' : 'API rate limit exceeded for 127.0.0.1. (But here\'s the good news: Authenticated requests get a higher rate limit. Check out the documentation for more details.)',
            documentation_url: 'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api',
            status: '403',
          },
        }, bucket, resource);
      }
      if (bucket) bucket.used++;
      if (isGraphQL) {
        if (options.graphql === false || method !== 'POST') return finish({ status: 404, body: { message: 'Not Found', documentation_url: 'https://docs.github.com/graphql' } }, bucket, resource);
        if (!login) {
          return finish({ status: 401, body: { message: 'This endpoint requires you to be authenticated.', documentation_url: 'https://docs.github.com/graphql/guides/forming-calls-with-graphql#authenticating-with-graphql' } }, bucket, resource);
        }
        const { query, variables } = (body ?? {}) as { query?: unknown; variables?: unknown };
        const rate = { limit: bucket!.limit, remaining: bucket!.limit - bucket!.used, used: bucket!.used, resetAt: new Date(bucket!.reset * 1000).toISOString() };
        const root = graphqlRoot({ state, login, webBase: origin, rate, blobTextLimit: options.blobTextLimit ?? 512 * 1024 });
        return finish({ status: 200, body: await runGraphQL(query, variables, root) }, bucket, resource);
      }
      const found = router.find(method, path);
      if (found === 'method-not-allowed') throw new HttpError(404, 'Not Found');
      if (!found) throw new HttpError(404, 'Not Found');
      const response = await found.handler({ request, params: found.params, state, apiBase: `${origin}${ghes ? '/api/v3' : ''}`, webBase: origin });
      return finish(response, bucket, resource);
    } catch (err) {
      if (err instanceof HttpError) return finish(err.toResponse(), bucket, resource);
      return finish({ status: 500, body: { message: `Stand-in error: ${(err as Error).message}`, documentation_url: 'https://docs.github.com/rest' } }, bucket, resource);
    }
  };

  const server = createServer((req, res) => void handle(req, res));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const url = `http://127.0.0.1:${port}`;
  return {
    url,
    ghesUrl: `${url}/api/v3`,
    graphqlUrl: `${url}/graphql`,
    state,
    faults,
    requests,
    route: (method, pattern, handler) => void router.add(method, pattern, handler),
    close: () => new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}
