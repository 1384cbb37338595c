import * as vscode from 'vscode';
import { Disposable } from '../util/disposable';
import type { Logger } from '../util/log';
import { DEFAULT_API_URL } from './settingsService';

const TOKEN_KEY_PREFIX = 'reuseRadar.githubToken:';
const SCOPES = ['repo', 'read:org'];

type Provider = 'github' | 'github-enterprise';

export interface GitHubCredentials {
  token: string;
  source: 'secret-storage' | Provider;
  /** The API host the token is for, e.g. "api.github.com" or "ghe.example.com". */
  host: string;
}

/** "https://ghe.example.com/api/v3" -> "ghe.example.com"; "https://api.github.com" -> "api.github.com". */
export function apiHost(apiUrl: string): string {
  return new URL(apiUrl).host.toLowerCase();
}

function isLoopback(url: URL): boolean {
  return url.hostname === '127.0.0.1' || url.hostname === 'localhost' || url.hostname === '[::1]';
}

/**
 * Finds a GitHub token for one API host: the token the user stored for that host with "Set GitHub Token"
 * (SecretStorage), else VS Code's built-in `github` (github.com) or `github-enterprise` (the GHES host configured in
 * `github-enterprise.uri`) session. A token is only ever handed out for the host it belongs to, and only over https
 * (plain http only to this machine), so a workspace setting cannot redirect it elsewhere.
 */
export class GitHubAuthService extends Disposable {
  private readonly _onDidChange = this.register(new vscode.EventEmitter<void>());
  readonly onDidChange = this._onDidChange.event;
  /** Built-in providers whose session GitHub rejected (401): the next interactive sign-in asks for a new one. */
  private readonly rejected = new Set<Provider>();

  constructor(private readonly secrets: vscode.SecretStorage, private readonly log: Logger) {
    super();
    this.register(secrets.onDidChange((e) => {
      if (e.key.startsWith(TOKEN_KEY_PREFIX)) this._onDidChange.fire();
    }));
    this.register(vscode.authentication.onDidChangeSessions((e) => {
      if (e.provider.id === 'github' || e.provider.id === 'github-enterprise') {
        this.rejected.delete(e.provider.id);
        this._onDidChange.fire();
      }
    }));
  }

  static providerFor(apiUrl: string): Provider {
    return apiUrl.replace(/\/+$/, '') === DEFAULT_API_URL ? 'github' : 'github-enterprise';
  }

  /**
   * Returns credentials for `apiUrl`, or undefined (anonymous). `interactive` may prompt the user to sign in.
   * Throws when a stored token would travel in clear text to another machine.
   */
  async getCredentials(apiUrl: string, interactive: boolean): Promise<GitHubCredentials | undefined> {
    const url = new URL(apiUrl);
    const secure = url.protocol === 'https:' || (url.protocol === 'http:' && isLoopback(url));
    const host = apiHost(apiUrl);
    const stored = await this.secrets.get(TOKEN_KEY_PREFIX + host);
    if (stored && !secure) {
      throw new Error(`Reuse Radar sends GitHub tokens only over https, and ${url.origin} is not: check "reuseRadar.github.apiUrl"`);
    }
    if (stored) return { token: stored, source: 'secret-storage', host };
    if (!secure) return undefined;
    const provider = GitHubAuthService.providerFor(apiUrl);
    if (provider === 'github-enterprise' && !this.enterpriseProviderServes(host)) {
      this.log.debug(`No GitHub token stored for ${host}, and the github-enterprise sign-in is configured for another host.`);
      if (interactive) throw new Error(`No GitHub token for ${host}: run "Reuse Radar: Set GitHub Token", or set "github-enterprise.uri" to https://${url.hostname} and sign in`);
      return undefined;
    }
    try {
      const options: vscode.AuthenticationGetSessionOptions = interactive
        ? this.rejected.has(provider) ? { forceNewSession: { detail: 'GitHub rejected the previous session.' } } : { createIfNone: true }
        : { silent: true };
      if (!interactive && this.rejected.has(provider)) return undefined;
      const session = await vscode.authentication.getSession(provider, SCOPES, options);
      if (session) this.rejected.delete(provider);
      return session ? { token: session.accessToken, source: provider, host } : undefined;
    } catch (err) {
      // The built-in provider is missing (e.g. some web hosts) or the user cancelled the sign-in.
      this.log.debug(`GitHub authentication (${provider}) unavailable: ${err instanceof Error ? err.message : String(err)}`);
      if (interactive) throw err;
      return undefined;
    }
  }

  /** Whether VS Code's github-enterprise provider signs in to `host` (its `github-enterprise.uri` setting). */
  private enterpriseProviderServes(host: string): boolean {
    const uri = vscode.workspace.getConfiguration('github-enterprise').get<string>('uri');
    if (!uri) return false;
    try {
      const configured = new URL(uri).host.toLowerCase();
      return configured === host || `api.${configured}` === host;
    } catch {
      return false;
    }
  }

  /** Stores a token for the API host of `apiUrl` (SecretStorage, never settings). */
  async setToken(token: string, apiUrl: string): Promise<string> {
    const host = apiHost(apiUrl);
    await this.secrets.store(TOKEN_KEY_PREFIX + host, token.trim());
    return host;
  }

  async clearToken(apiUrl: string): Promise<string> {
    const host = apiHost(apiUrl);
    await this.secrets.delete(TOKEN_KEY_PREFIX + host);
    return host;
  }

  /** After GitHub answered 401: forget a stored token for that host, or ask for a new built-in session next time. */
  async handleUnauthorized(credentials: GitHubCredentials | undefined): Promise<void> {
    if (!credentials) return;
    if (credentials.source === 'secret-storage') {
      await this.secrets.delete(TOKEN_KEY_PREFIX + credentials.host);
    } else {
      this.rejected.add(credentials.source);
    }
  }
}
