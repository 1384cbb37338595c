import type { StandInRequest } from './faults';
import type { StandInState } from './state';

/** What a route answers; `body` is JSON-encoded unless it is a string. */
export interface StandInResponse {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

export interface RouteContext {
  request: StandInRequest;
  params: Record<string, string>;
  state: StandInState;
  /** Absolute REST base the client used, e.g. "http://127.0.0.1:5000/api/v3" (for `url` fields and Link headers). */
  apiBase: string;
  /** Web base for html_url fields, e.g. "http://127.0.0.1:5000". */
  webBase: string;
}

export type RouteHandler = (context: RouteContext) => StandInResponse | Promise<StandInResponse>;

/** An error answered in GitHub's JSON shape: { message, documentation_url, status, errors? }. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly extra: Record<string, unknown> = {},
    readonly documentationUrl = 'https://docs.github.com/rest',
  ) {
    super(message);
  }

  toResponse(): StandInResponse {
    return {
      status: this.status,
      body: { message: this.message, ...this.extra, documentation_url: this.documentationUrl, status: String(this.status) },
    };
  }
}

export const notFound = (): HttpError => new HttpError(404, 'Not Found');

/** 422 "Validation Failed" with GitHub's `errors` array. */
export function validationFailed(errors: Record<string, unknown>[], documentationUrl?: string): HttpError {
  return new HttpError(422, 'Validation Failed', { errors }, documentationUrl);
}

interface Route {
  method: string;
  regex: RegExp;
  names: string[];
  handler: RouteHandler;
}

/** Express-like patterns: "/repos/:owner/:repo/contents/:path*" (a trailing `*` param spans slashes). */
export class Router {
  private readonly routes: Route[] = [];

  add(method: string, pattern: string, handler: RouteHandler): this {
    const names: string[] = [];
    const source = pattern
      .split('/')
      .map((part) => {
        const m = /^:(\w+)(\*)?$/.exec(part);
        if (!m) return part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
        names.push(m[1]);
        return m[2] ? '(.*)' : '([^/]+)';
      })
      .join('/');
    // Later routes win, so tests can override built-in ones.
    this.routes.unshift({ method: method.toUpperCase(), regex: new RegExp(`^${source}/?$`), names, handler });
    return this;
  }

  find(method: string, path: string): { handler: RouteHandler; params: Record<string, string> } | 'method-not-allowed' | undefined {
    let pathMatched = false;
    for (const route of this.routes) {
      const m = route.regex.exec(path);
      if (!m) continue;
      pathMatched = true;
      if (route.method !== method && !(method === 'HEAD' && route.method === 'GET')) continue;
      const params: Record<string, string> = {};
      route.names.forEach((name, i) => (params[name] = decodeURIComponent(m[i + 1] ?? '')));
      return { handler: route.handler, params };
    }
    return pathMatched ? 'method-not-allowed' : undefined;
  }
}
