import { octokitContributionApi, type ContributionApi } from '../github/contributionApi';
import { ContributionError } from '../github/contribute';
import { createOctokit, webHostFor, type GitHubClient } from '../github/octokit';
import type { GitHubAuthService, GitHubCredentials } from '../services/githubAuth';
import type { SettingsService } from '../services/settings';
import type { Logger } from '../util/log';
import { redact, redactor } from '../util/redact';

/** Client knobs for scripts and tests (GitHub's waits scaled down, writes unspaced); users never set them. */
export interface ClientTuning {
  msPerSecond?: number;
  minWriteIntervalMs?: number;
  forkPollMs?: number;
  retries?: number;
}

export interface SessionDeps {
  settings: SettingsService;
  auth: GitHubAuthService;
  log: Logger;
}

/** A signed-in connection to the configured GitHub (github.com or GHES) for one command run. */
export interface GitHubSession {
  api: ContributionApi;
  /** The signed-in client itself, for other ports over the same connection (questions, first contributions). */
  octokit: GitHubClient;
  apiUrl: string;
  /** Web host of the API ("github.com", "ghe.example.com"): where catalog entries without a host live. */
  webHost: string;
  credentials: GitHubCredentials;
  /** Where rate-limit waits are reported; the running progress notification replaces it. */
  reporter: { report(message: string): void };
  /** Text safe to show: the token (literally) and anything token-shaped removed. */
  scrub(text: string): string;
}

/** Why a run failed, as the command returns it. */
export interface Failure {
  code: string;
  message: string;
  repo?: string;
}

/**
 * Signs in (the stored token, else the built-in `github`/`github-enterprise` session; `interactive` may prompt) and
 * builds the contribution API over an Octokit that waits out rate limits and reports each wait.
 * Undefined when there are no credentials.
 */
export async function openSession(deps: SessionDeps, interactive: boolean, tuning: ClientTuning = {}): Promise<GitHubSession | undefined> {
  const apiUrl = deps.settings.current.apiUrl;
  let credentials: GitHubCredentials | undefined;
  try {
    credentials = await deps.auth.getCredentials(apiUrl, interactive);
  } catch (err) {
    deps.log.debug(`Sign-in for the contribution did not complete: ${err instanceof Error ? err.message : String(err)}`);
  }
  if (!credentials) return undefined;
  const token = credentials.token;
  const scrub = redactor([token]);
  const reporter = { report: (message: string) => deps.log.info(message) };
  const octokit = createOctokit({
    token,
    apiUrl,
    userAgent: 'reuse-radar-vscode',
    // The flow probes for absent branches and forks (expected 404s): only warnings reach the log.
    log: { trace: () => {}, debug: () => {}, info: () => {}, warn: (m) => deps.log.warn(scrub(m)), error: () => {} },
    onRateLimitWait: (seconds, reason) => reporter.report(`${reason}: waiting ${Math.ceil(seconds)} s`),
    msPerSecond: tuning.msPerSecond,
    minWriteIntervalMs: tuning.minWriteIntervalMs,
    retries: tuning.retries,
  });
  const api = octokitContributionApi(octokit, tuning.forkPollMs !== undefined ? { forkPollMs: tuning.forkPollMs } : {});
  return { api, octokit, apiUrl, webHost: webHostFor(apiUrl), credentials, reporter, scrub };
}

/** A thrown value as a Failure whose message is safe to show (no token, no stack). */
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
