import * as vscode from 'vscode';
import type { ContributionApi } from '../github/contributionApi';
import { prepareContribution, type ContributionContext } from '../github/contribute';
import { withAbortSignal } from '../github/contributionAbort';
import { failureOf, type Failure } from '../github/contributionError';
import { webHostFor, type GitHubClient } from '../github/octokit';
import type { GitHubAuthService, GitHubCredentials } from '../services/githubAuth';
import type { SettingsService } from '../services/settingsService';
import type { Logger } from '../util/log';
import type { Prompts } from '../util/prompts';
import { redactor } from '../util/redact';
import type { GitHubClientFactory } from './githubClients';

/** A signed-in connection to the configured GitHub (github.com or GHES) for one command run. */
export interface GitHubConnection {
  api: ContributionApi;
  /** The signed-in client itself, for other ports over the same connection (questions, first contributions). */
  octokit: GitHubClient;
  /** Web host of the API ("github.com", "ghe.example.com"): where catalog entries without a host live. */
  webHost: string;
  credentials: GitHubCredentials;
  /** Where rate-limit waits are reported; the running progress notification replaces it. */
  reporter: { report(message: string): void };
  /** Text safe to show: the token (literally) and anything token-shaped removed. */
  scrub(text: string): string;
}

/** What a contribution run ended with; the commands return it. */
export interface ContributeOutcome {
  status: 'opened' | 'reused' | 'cancelled' | 'failed';
  mode: 'files' | 'git' | 'publish';
  repo?: string;
  /** The pull request's web URL. */
  url?: string;
  number?: number;
  branch?: string;
  fork?: string;
  reused?: { branch: boolean; pull: boolean };
  /** Publish only: whether the `inner-source` topic was added. */
  topic?: string;
  error?: Failure;
}

export interface ContributionSessionDeps {
  settings: SettingsService;
  auth: GitHubAuthService;
  log: Logger;
  prompts: Prompts;
  clients: GitHubClientFactory;
}

/**
 * The one object the editor's GitHub-writing commands share: their prompts, sign-in (with "Sign in" / "Set GitHub
 * Token" offered on a missing or rejected credential), the clients of each run, reading the target repository, and
 * how a run's end is shown. Commands get it through their constructor.
 */
export class ContributionSession {
  constructor(private readonly deps: ContributionSessionDeps) {}

  get prompts(): Prompts {
    return this.deps.prompts;
  }

  get settings(): SettingsService {
    return this.deps.settings;
  }

  get log(): Logger {
    return this.deps.log;
  }

  /**
   * Signs in (the stored token, else the built-in `github`/`github-enterprise` session; `interactive` may prompt) and
   * builds the clients over an Octokit that waits out rate limits and reports each wait. Undefined without credentials.
   */
  async connect(interactive: boolean): Promise<GitHubConnection | undefined> {
    const { settings, auth, log, clients } = this.deps;
    const apiUrl = settings.current.apiUrl;
    let credentials: GitHubCredentials | undefined;
    try {
      credentials = await auth.getCredentials(apiUrl, interactive);
    } catch (err) {
      log.debug(`Sign-in for the contribution did not complete: ${err instanceof Error ? err.message : String(err)}`);
    }
    if (!credentials) return undefined;
    const scrub = redactor([credentials.token]);
    const reporter = { report: (message: string) => log.info(message) };
    const { octokit, contribution } = clients.create({
      token: credentials.token,
      apiUrl,
      // The flow probes for absent branches and forks (expected 404s): only warnings reach the log.
      log: { trace: () => {}, debug: () => {}, info: () => {}, warn: (m) => log.warn(scrub(m)), error: () => {} },
      onRateLimitWait: (seconds, reason) => reporter.report(`${reason}: waiting ${Math.ceil(seconds)} s`),
    });
    return { api: contribution, octokit, webHost: webHostFor(apiUrl), credentials, reporter, scrub };
  }

  /**
   * Runs `attempt` signed in; without credentials or on 401 offers "Sign in" / "Set GitHub Token" and runs it again.
   * Every failure becomes a shown message (never a stack trace or a token) and a 'failed' outcome.
   */
  async withGitHub(mode: ContributeOutcome['mode'], interactive: boolean, attempt: (connection: GitHubConnection) => Promise<ContributeOutcome>): Promise<ContributeOutcome> {
    for (let round = 0; ; round++) {
      const connection = await this.connect(interactive);
      let failure: Failure;
      if (!connection) {
        failure = { code: 'auth', message: 'Sign in to GitHub (or set a token) to open a pull request.' };
      } else {
        try {
          return await attempt(connection);
        } catch (err) {
          failure = failureOf(err, connection.scrub);
          if (failure.code === 'auth') await this.deps.auth.handleUnauthorized(connection.credentials);
        }
      }
      this.deps.log.warn(`Contribution failed (${failure.code}): ${failure.message}`);
      if (failure.code === 'cancelled') {
        void this.prompts.info(failure.message, {});
        return { status: 'cancelled', mode, repo: failure.repo, error: failure };
      }
      if (failure.code !== 'auth' || round >= 2) return this.fail(mode, failure);
      const choice = await this.prompts.error(failure.message, {}, 'Sign in to GitHub', 'Set GitHub Token');
      if (!choice) return { status: 'failed', mode, repo: failure.repo, error: failure };
      await vscode.commands.executeCommand(choice === 'Set GitHub Token' ? 'reuseRadar.github.setToken' : 'reuseRadar.github.signIn');
    }
  }

  /** Reads what a contributor should know about `repo` under a cancellable progress notification. */
  prepare(connection: GitHubConnection, repo: string): Thenable<ContributionContext | undefined> {
    return this.prompts.progress(`Reading ${repo}`, (report, token) => withAbortSignal(token, async (signal) => {
      connection.reporter.report = report;
      report('owners, contributing guide and pull request templates');
      const ctx = await prepareContribution(connection.api, { repo, signal });
      return token.isCancellationRequested ? undefined : ctx;
    }));
  }

  fail(mode: ContributeOutcome['mode'], failure: Failure): ContributeOutcome {
    void this.prompts.error(failure.message, {});
    return { status: 'failed', mode, repo: failure.repo, error: failure };
  }

  /** "Opened pull request #n in owner/name" (or the reused one), with "Open pull request". */
  async announce(outcome: ContributeOutcome): Promise<void> {
    const what = outcome.status === 'reused'
      ? `An open pull request from ${outcome.branch} already exists in ${outcome.repo}: #${outcome.number}.`
      : `Opened pull request #${outcome.number} in ${outcome.repo}${outcome.fork ? ` from your fork ${outcome.fork}` : ''}.`;
    const topic = outcome.topic === 'added' ? ' The inner-source topic was added.' : outcome.topic === 'not-permitted' ? ' You may not set topics: ask an admin to add the inner-source topic.' : '';
    const choice = await this.prompts.info(`${what}${topic}`, {}, 'Open pull request');
    if (choice === 'Open pull request' && outcome.url) await this.prompts.openExternal(outcome.url);
  }
}
