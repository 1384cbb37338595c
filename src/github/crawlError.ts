import { redact } from '../util/redact';

/** A crawl that could not finish; `status` is GitHub's HTTP status when there was one (401 → re-authenticate). */
export class CrawlError extends Error {
  constructor(message: string, readonly status?: number) {
    super(message);
    this.name = 'CrawlError';
  }
}

interface HttpishError {
  status?: number;
  message?: string;
  name?: string;
  response?: { headers?: Record<string, string | undefined>; data?: unknown };
  errors?: { type?: string; message?: string }[];
}

/** HTTP status of an Octokit error, if it has one. */
export function statusOf(err: unknown): number | undefined {
  const status = (err as HttpishError | undefined)?.status;
  return typeof status === 'number' ? status : undefined;
}

/** True when GitHub answered the way it does to a query too big to finish in time (502/504 or its timeout text). */
export function isTimeoutLike(err: unknown): boolean {
  const status = statusOf(err);
  const message = (err as HttpishError | undefined)?.message ?? '';
  return status === 502 || status === 504 || /timeout|timed out|Something went wrong while executing your query/i.test(message);
}

/**
 * One human sentence for a GitHub failure, never a stack or a token.
 * 401 -> "GitHub rejected the credentials (401 Bad credentials): sign in again or check GITHUB_TOKEN."
 */
export function describeGitHubError(err: unknown): string {
  const e = (err ?? {}) as HttpishError;
  const status = statusOf(err);
  const data = e.response?.data as { message?: string } | undefined;
  const detail = redact(String(data?.message ?? e.message ?? err)).split('\n')[0].slice(0, 300);
  if (status === 401) return `GitHub rejected the credentials (401 ${detail}): sign in again or check GITHUB_TOKEN.`;
  if ((status === 403 || status === 429) && /rate limit/i.test(detail)) {
    const reset = Number(e.response?.headers?.['x-ratelimit-reset']);
    const when = Number.isFinite(reset) && reset > 0 ? ` It resets at ${new Date(reset * 1000).toISOString()}.` : '';
    return `GitHub's rate limit was exhausted (${status}: ${detail}).${when}`;
  }
  if (status === 403) return `GitHub refused access (403 ${detail}).`;
  if (status === 404) return `GitHub answered 404 Not Found (${detail}).`;
  if (status !== undefined && status >= 500) return `GitHub answered ${status} (${detail}) even after retries.`;
  if (e.name === 'AbortError') return 'The crawl was cancelled.';
  if (/ECONNREFUSED|ENOTFOUND|fetch failed|network/i.test(detail)) return `Could not reach GitHub (${detail}).`;
  return detail;
}
