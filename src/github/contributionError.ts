/** Why a contribution step failed, coarse enough for a UI to pick its reaction (re-authenticate, fork, wait, retry). */
export type ContributionErrorCode = 'auth' | 'not-found' | 'forbidden' | 'rate-limited' | 'network' | 'cancelled' | 'conflict';

/** A failed contribution step with a human message that names the repository; never carries a token. */
export class ContributionError extends Error {
  /** "owner/name" the failing request was about, when known. */
  readonly repo?: string;
  /** HTTP status, when GitHub answered. */
  readonly status?: number;
  /** For 'rate-limited': seconds GitHub asked us to wait, when it said. */
  readonly retryAfterSeconds?: number;
  /** GitHub's own error text (e.g. "A pull request already exists for acme:fix"), when it sent one. */
  readonly githubMessage?: string;

  constructor(
    readonly code: ContributionErrorCode,
    message: string,
    details: { repo?: string; status?: number; retryAfterSeconds?: number; githubMessage?: string } = {},
  ) {
    super(message);
    this.name = 'ContributionError';
    this.repo = details.repo;
    this.status = details.status;
    this.retryAfterSeconds = details.retryAfterSeconds;
    this.githubMessage = details.githubMessage;
  }
}

interface HttpLike {
  status?: unknown;
  message?: unknown;
  name?: unknown;
  code?: unknown;
  response?: { headers?: Record<string, unknown>; data?: unknown };
}

/**
 * Turns whatever a GitHub call threw into a ContributionError about `repo`.
 * Only the status, GitHub's own one-line message and rate-limit headers are kept: request options (which hold the
 * authorization header) never reach the message.
 *
 * @example toContributionError({ status: 404 }, 'acme/ui-kit').message
 *   // → "You have no access to acme/ui-kit or it does not exist"
 */
export function toContributionError(err: unknown, repo: string | undefined, doing = 'talking to GitHub'): ContributionError {
  if (err instanceof ContributionError) return err;
  const e = (typeof err === 'object' && err !== null ? err : {}) as HttpLike;
  const where = repo ?? 'the repository';
  if (e.name === 'AbortError' || e.code === 'ABORT_ERR' || /aborted/i.test(String(e.message ?? ''))) {
    return new ContributionError('cancelled', `Contribution to ${where} was cancelled while ${doing}.`, { repo });
  }
  // Octokit reports an unreachable host as status 500 without a response.
  const raw = typeof e.status === 'number' ? e.status : 0;
  const status = raw === 500 && e.response === undefined ? 0 : raw;
  const headers = e.response?.headers ?? {};
  const github = githubMessage(e);
  const said = github ? ` GitHub said: "${github}".` : '';
  const details = { repo, status, githubMessage: github || undefined };
  if (status === 401) {
    return new ContributionError('auth', `GitHub rejected the credentials while ${doing} for ${where}: sign in again.`, details);
  }
  if (status === 404) return new ContributionError('not-found', `You have no access to ${where} or it does not exist`, details);
  const retryAfter = Number(headers['retry-after']);
  const isRateLimit =
    status === 429 || ((status === 403 || status === 429) && (headers['x-ratelimit-remaining'] === '0' || /rate limit/i.test(github)));
  if (isRateLimit) {
    const reset = Number(headers['x-ratelimit-reset']);
    const wait = Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter : Number.isFinite(reset) && reset > 0 ? Math.max(0, Math.ceil(reset - Date.now() / 1000)) : undefined;
    const when = wait !== undefined ? ` Try again in ${wait} s.` : ' Try again later.';
    return new ContributionError('rate-limited', `GitHub's rate limit stopped ${doing} for ${where}.${when}`, { ...details, retryAfterSeconds: wait });
  }
  if (status === 403) return new ContributionError('forbidden', `You may not do this on ${where} (${doing}).${said}`, details);
  if (status === 409 || status === 422) return new ContributionError('conflict', `GitHub refused ${doing} for ${where}.${said}`, details);
  if (status >= 500) {
    return new ContributionError('network', `GitHub failed (${status}) while ${doing} for ${where}; nothing was left half-made, try again.`, details);
  }
  if (status === 0) {
    const detail = typeof e.message === 'string' ? ` (${firstLine(e.message)})` : '';
    return new ContributionError('network', `Could not reach GitHub while ${doing} for ${where}${detail}; try again.`, { repo });
  }
  return new ContributionError('conflict', `GitHub answered ${status} while ${doing} for ${where}.${said}`, details);
}

/** The error text GitHub put in the response body (first line, bounded), or ''. */
export function githubMessage(err: unknown): string {
  const data = (err as HttpLike | undefined)?.response?.data as { message?: unknown; errors?: { message?: unknown }[] } | undefined;
  const parts = [data?.message, ...(Array.isArray(data?.errors) ? data.errors.map((x) => x?.message) : [])];
  return firstLine(parts.filter((p): p is string => typeof p === 'string' && p.length > 0).join('; '));
}

function firstLine(text: string): string {
  return text.split('\n')[0].slice(0, 200);
}
