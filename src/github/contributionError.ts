import { redact } from '../util/redact';

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
 *   // → "You have no access to acme/ui-kit or it does not exist."
 *   toContributionError({ status: 401 }, '', 'reading the signed-in user').message
 *   // → "GitHub rejected the credentials while reading the signed-in user: sign in again."
 */
export function toContributionError(err: unknown, repo: string | undefined, doing = 'talking to GitHub'): ContributionError {
  if (err instanceof ContributionError) return err;
  const e = (typeof err === 'object' && err !== null ? err : {}) as HttpLike;
  // '' (a call about no repository, e.g. reading the signed-in user) reads like undefined: the sentence drops "for …".
  const known = repo || undefined;
  const forRepo = known ? ` for ${known}` : '';
  if (e.name === 'AbortError' || e.code === 'ABORT_ERR' || /aborted/i.test(String(e.message ?? ''))) {
    const what = known ? `Contribution to ${known}` : 'The contribution';
    return new ContributionError('cancelled', `${what} was cancelled while ${doing}.`, { repo: known });
  }
  // Octokit reports an unreachable host as status 500 without a response.
  const raw = typeof e.status === 'number' ? e.status : 0;
  const status = raw === 500 && e.response === undefined ? 0 : raw;
  const headers = e.response?.headers ?? {};
  const github = githubMessage(e);
  const said = github ? ` GitHub said: "${withoutFinalPeriod(github)}".` : '';
  const details = { repo: known, status, githubMessage: github || undefined };
  if (status === 401) {
    return new ContributionError('auth', `GitHub rejected the credentials while ${doing}${forRepo}: sign in again.`, details);
  }
  if (status === 404) {
    const message = known ? `You have no access to ${known} or it does not exist.` : `GitHub found nothing while ${doing}: it does not exist or you have no access to it.`;
    return new ContributionError('not-found', message, details);
  }
  const retryAfter = Number(headers['retry-after']);
  const isRateLimit =
    status === 429 || ((status === 403 || status === 429) && (headers['x-ratelimit-remaining'] === '0' || /rate limit/i.test(github)));
  if (isRateLimit) {
    const reset = Number(headers['x-ratelimit-reset']);
    const wait = Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter : Number.isFinite(reset) && reset > 0 ? Math.max(0, Math.ceil(reset - Date.now() / 1000)) : undefined;
    const when = wait !== undefined ? ` Try again in ${wait} s.` : ' Try again later.';
    return new ContributionError('rate-limited', `GitHub's rate limit stopped ${doing}${forRepo}.${when}`, { ...details, retryAfterSeconds: wait });
  }
  if (status === 403) {
    const message = known ? `You may not do this on ${known} (${doing}).${said}` : `GitHub refused ${doing}: you may not do this.${said}`;
    return new ContributionError('forbidden', message, details);
  }
  if (status === 409 || status === 422) return new ContributionError('conflict', `GitHub refused ${doing}${forRepo}.${said}`, details);
  if (status >= 500) {
    return new ContributionError('network', `GitHub failed (${status}) while ${doing}${forRepo}; nothing was left half-made, try again.`, details);
  }
  if (status === 0) {
    const detail = typeof e.message === 'string' ? ` (${firstLine(e.message)})` : '';
    return new ContributionError('network', `Could not reach GitHub while ${doing}${forRepo}${detail}; try again.`, { repo: known });
  }
  return new ContributionError('conflict', `GitHub answered ${status} while ${doing}${forRepo}.${said}`, details);
}

/** The error text GitHub put in the response body (first line, bounded), or ''. */
function githubMessage(err: unknown): string {
  const data = (err as HttpLike | undefined)?.response?.data as { message?: unknown; errors?: { message?: unknown }[] } | undefined;
  const parts = [data?.message, ...(Array.isArray(data?.errors) ? data.errors.map((x) => x?.message) : [])];
  return firstLine(parts.filter((p): p is string => typeof p === 'string' && p.length > 0).join('; '));
}

// GitHub's own text is quoted inside our sentence, which supplies the period: "…exists for ann:x."." reads wrong.
function withoutFinalPeriod(text: string): string {
  return text.replace(/\.+$/, '');
}

function firstLine(text: string): string {
  return text.split('\n')[0].slice(0, 200);
}

/** Why a run failed, as the editor's GitHub commands return it. */
export interface Failure {
  code: string;
  message: string;
  repo?: string;
}

/**
 * A thrown value as a Failure whose message is safe to show: one sentence, no token, no stack.
 *
 * @example failureOf(new Error('git push failed: fatal: bad ref\n  at x')) // → { code: 'invalid', message: 'git push failed: fatal: bad ref.' }
 */
export function failureOf(err: unknown, scrub: (text: string) => string = redact): Failure {
  if (err instanceof ContributionError) return { code: err.code, message: sentence(scrub(err.message)), repo: err.repo };
  const message = err instanceof Error ? err.message : String(err);
  return { code: 'invalid', message: sentence(scrub(message.split('\n')[0])) };
}

// git's and Node's texts rarely end like a sentence; every message the user reads does.
function sentence(text: string): string {
  const trimmed = text.trimEnd();
  return /[.!?]$/.test(trimmed) ? trimmed : `${trimmed}.`;
}
