import * as vscode from 'vscode';
import { Disposable } from '../util/disposable';
import type { Logger } from '../util/log';
import { DEFAULT_API_URL } from './settings';

const TOKEN_KEY = 'reuseRadar.githubToken';
const SCOPES = ['repo', 'read:org'];

export interface GitHubCredentials {
  token: string;
  source: 'secret-storage' | 'github' | 'github-enterprise';
}

/**
 * Finds a GitHub token: one the user stored with "Set GitHub Token" (SecretStorage), else VS Code's built-in
 * `github` (github.com) or `github-enterprise` (GHES) session. Tokens never leave this class except to Octokit.
 */
export class GitHubAuthService extends Disposable {
  private readonly _onDidChange = this.register(new vscode.EventEmitter<void>());
  readonly onDidChange = this._onDidChange.event;

  constructor(private readonly secrets: vscode.SecretStorage, private readonly log: Logger) {
    super();
    this.register(secrets.onDidChange((e) => {
      if (e.key === TOKEN_KEY) this._onDidChange.fire();
    }));
    this.register(vscode.authentication.onDidChangeSessions((e) => {
      if (e.provider.id === 'github' || e.provider.id === 'github-enterprise') this._onDidChange.fire();
    }));
  }

  static providerFor(apiUrl: string): 'github' | 'github-enterprise' {
    return apiUrl.replace(/\/+$/, '') === DEFAULT_API_URL ? 'github' : 'github-enterprise';
  }

  /** Returns credentials, or undefined (anonymous). `interactive` may prompt the user to sign in. */
  async getCredentials(apiUrl: string, interactive: boolean): Promise<GitHubCredentials | undefined> {
    const stored = await this.secrets.get(TOKEN_KEY);
    if (stored) return { token: stored, source: 'secret-storage' };
    const provider = GitHubAuthService.providerFor(apiUrl);
    try {
      const session = await vscode.authentication.getSession(provider, SCOPES, interactive ? { createIfNone: true } : { silent: true });
      return session ? { token: session.accessToken, source: provider } : undefined;
    } catch (err) {
      // The built-in provider is missing (e.g. some web hosts) or the user cancelled the sign-in.
      this.log.debug(`GitHub authentication (${provider}) unavailable: ${err instanceof Error ? err.message : String(err)}`);
      if (interactive) throw err;
      return undefined;
    }
  }

  async setToken(token: string): Promise<void> {
    await this.secrets.store(TOKEN_KEY, token.trim());
  }

  async clearToken(): Promise<void> {
    await this.secrets.delete(TOKEN_KEY);
  }

  /** Forgets a stored token that GitHub rejected (401), so the next attempt asks again. */
  async handleUnauthorized(credentials: GitHubCredentials | undefined): Promise<void> {
    if (credentials?.source === 'secret-storage') await this.clearToken();
  }
}
