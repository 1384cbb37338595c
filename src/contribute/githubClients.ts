import * as vscode from 'vscode';
import { octokitContributionApi, type ContributionApi } from '../github/contributionApi';
import { createOctokit, type CreateOctokitOptions, type GitHubClient } from '../github/octokit';

/** Client knobs for tests (GitHub's waits scaled down, writes unspaced, no retries); users never set them. */
export interface ClientTuning {
  msPerSecond?: number;
  minWriteIntervalMs?: number;
  forkPollMs?: number;
  retries?: number;
}

/** The clients one signed-in command run uses: the Octokit, and the contribution port over it. */
export interface GitHubClients {
  octokit: GitHubClient;
  contribution: ContributionApi;
}

type ClientRequest = Required<Pick<CreateOctokitOptions, 'token' | 'apiUrl' | 'log' | 'onRateLimitWait'>>;

/**
 * Builds the GitHub clients of the editor's commands (Octokit with throttling and retries, the ContributionApi over it).
 * The composition root makes one and passes it to the ContributionSession; the test hook tunes it.
 */
export class GitHubClientFactory {
  private tuning: ClientTuning = {};

  create(request: ClientRequest): GitHubClients {
    const { msPerSecond, minWriteIntervalMs, retries, forkPollMs } = this.tuning;
    const octokit = createOctokit({ ...request, userAgent: 'reuse-radar-vscode', msPerSecond, minWriteIntervalMs, retries });
    return { octokit, contribution: octokitContributionApi(octokit, forkPollMs !== undefined ? { forkPollMs } : {}) };
  }

  /** Test seam (reached through the test hook only): clients created until the disposable is disposed use `tuning`. */
  tune(tuning: ClientTuning): vscode.Disposable {
    const previous = this.tuning;
    this.tuning = { ...tuning };
    return new vscode.Disposable(() => {
      this.tuning = previous;
    });
  }
}
