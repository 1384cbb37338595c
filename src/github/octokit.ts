import { Octokit } from '@octokit/rest';
import { throttling } from '@octokit/plugin-throttling';
import { retry } from '@octokit/plugin-retry';
import type { Logger } from '../util/log';
import { redact } from '../util/redact';
import { assertTokenTransport } from '../util/safeUrl';

/** The Octokit class Reuse Radar uses: REST + GraphQL with throttling and retries. */
const ReuseRadarOctokit = Octokit.plugin(throttling, retry);
export type GitHubClient = InstanceType<typeof ReuseRadarOctokit>;

export interface CreateOctokitOptions {
  token?: string;
  /** REST base: "https://api.github.com" (default) or a GHES "https://ghe.example.com/api/v3". */
  apiUrl?: string;
  userAgent?: string;
  log?: Logger;
  /** Called before every wait on a rate limit, e.g. to show "waiting 42 s" in a progress notification. */
  onRateLimitWait?: (seconds: number, reason: string) => void;
  /** Longest rate-limit wait (seconds) the client accepts before failing instead. Default 900. */
  maxRateLimitWaitSeconds?: number;
  /** Milliseconds per second of every wait (rate limits and retry backoff). Default 1000; tests pass ~1. */
  msPerSecond?: number;
  /** Minimum spacing of POST/PATCH/PUT/DELETE (and GraphQL) requests in ms, per GitHub's guidance. Default 1000. */
  minWriteIntervalMs?: number;
  /** Retries of 5xx answers (with quadratic backoff). Default 3. */
  retries?: number;
}

/** The web host for an API base: "https://api.github.com" -> "github.com"; "https://ghe.example.com/api/v3" -> "ghe.example.com". */
export function webHostFor(apiUrl: string): string {
  const host = new URL(apiUrl).host;
  return host === 'api.github.com' ? 'github.com' : host;
}

// A Bottleneck.Group look-alike: one serial gate per key whose jobs start at least `minTimeMs` apart. The
// throttling plugin's own default groups are shared by every Octokit in the process; this one belongs to one client.
function spacedGroup(minTimeMs: number) {
  const gates = new Map<string, { chain: Promise<unknown>; lastStart: number }>();
  return {
    key(id: string) {
      let gate = gates.get(id);
      if (!gate) gates.set(id, (gate = { chain: Promise.resolve(), lastStart: 0 }));
      const current = gate;
      return {
        schedule<T>(_options: unknown, fn: (...args: unknown[]) => T | Promise<T>, ...args: unknown[]): Promise<T> {
          const run = current.chain.then(async () => {
            const wait = current.lastStart + minTimeMs - Date.now();
            if (wait > 0) await new Promise((r) => setTimeout(r, wait));
            current.lastStart = Date.now();
            return fn(...args);
          });
          current.chain = run.catch(() => undefined);
          return run;
        },
      };
    },
  };
}

/**
 * An Octokit for github.com or GHES that waits out primary rate limits (until x-ratelimit-reset) and secondary ones
 * (retry-after), retries 5xx with backoff, and logs quietly without ever printing the token. Throws when a
 * token would go over plain http to another machine (https, or http only to loopback).
 *
 * @example createOctokit({ token: process.env.GITHUB_TOKEN, apiUrl: 'https://ghe.example.com/api/v3' })
 *   // -> client whose .graphql posts to https://ghe.example.com/api/graphql
 */
export function createOctokit(options: CreateOctokitOptions = {}): GitHubClient {
  // A token never travels in clear text to another machine, whoever builds the client (CLI, extension, tests).
  if (options.token) assertTokenTransport(options.apiUrl ?? 'https://api.github.com');
  const log = options.log;
  const msPerSecond = options.msPerSecond ?? 1000;
  const maxWait = options.maxRateLimitWaitSeconds ?? 900;
  const say = (level: 'debug' | 'warn', message: unknown) => log?.[level](redact(String(message), [options.token]));
  const handler = (reason: string) => (retryAfter: number, request: { method?: string; url?: string }, _octokit: unknown, retryCount: number) => {
    if (retryCount >= 3 || retryAfter > maxWait) {
      say('warn', `${reason} on ${request.method} ${request.url}: not retrying (wait ${retryAfter} s, attempt ${retryCount + 1}).`);
      return false;
    }
    say('warn', `${reason} on ${request.method} ${request.url}: retrying in ${retryAfter} s.`);
    options.onRateLimitWait?.(retryAfter, reason);
    return true;
  };
  const writeGate = spacedGroup(options.minWriteIntervalMs ?? 1000);
  return new ReuseRadarOctokit({
    auth: options.token || undefined,
    baseUrl: (options.apiUrl ?? 'https://api.github.com').replace(/\/+$/, ''),
    userAgent: options.userAgent ?? 'reuse-radar',
    log: {
      debug: (m: unknown) => say('debug', m),
      info: (m: unknown) => say('debug', m),
      warn: (m: unknown) => say('warn', m),
      // Failed requests are logged here by @octokit/rest's request log; callers report the failure themselves.
      error: (m: unknown) => say('debug', m),
    },
    throttle: {
      id: 'reuse-radar',
      retryAfterBaseValue: msPerSecond,
      fallbackSecondaryRateRetryAfter: 60,
      onRateLimit: handler('GitHub rate limit reached'),
      onSecondaryRateLimit: handler('GitHub secondary rate limit'),
      // Bottleneck.Group's type; only key().schedule() is used by the plugin.
      write: writeGate as never,
      notifications: spacedGroup(3 * (options.minWriteIntervalMs ?? 1000)) as never,
      search: spacedGroup(2 * (options.minWriteIntervalMs ?? 1000)) as never,
    },
    retry: {
      retryAfterBaseValue: msPerSecond,
      retries: options.retries ?? 3,
      // 403/429 are the throttling plugin's (rate limits); the rest are not worth repeating.
      doNotRetry: [400, 401, 403, 404, 410, 422, 429, 451],
    },
  });
}
