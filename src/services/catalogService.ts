import * as vscode from 'vscode';
import { CatalogRefresher, sourcesKey, type CatalogState } from '../catalog/catalogRefresher';
import type { CatalogSource } from '../catalog/catalogSource';
import { loadDemoCatalog } from '../catalog/demoCatalog';
import { emptyCatalog, type Catalog } from '../catalog/model';
import { catalogSources } from '../github/catalogRefresh';
import { createOctokit } from '../github/octokit';
import { Disposable, toDisposable } from '../util/disposable';
import type { Logger } from '../util/log';
import { redact } from '../util/redact';
import type { GitHubAuthService, GitHubCredentials } from './githubAuth';
import type { SettingsService } from './settingsService';

export type { CatalogState };

export interface RefreshOutcome {
  ok: boolean;
  cancelled?: boolean;
  libraries: number;
  requests: number;
  message: string;
  /** True when orgs were crawled without a token (GitHub's 60 requests/hour limit applies). */
  anonymous?: boolean;
}

interface RefreshProgress {
  report(message: string): void;
}

export interface RefreshOptions {
  /** May prompt to sign in (a command the user ran), unlike background refreshes. */
  interactive?: boolean;
  progress?: RefreshProgress;
  token?: vscode.CancellationToken;
}

/** One refresh as this adapter sees it: who may sign in, whose progress to report, which credentials it used. */
interface RefreshRun {
  key: string;
  interactive: boolean;
  progress: Set<RefreshProgress>;
  credentials?: GitHubCredentials;
}

/**
 * The VS Code side of the catalog: turns the settings into catalog sources (the GitHub crawl with credentials from
 * GitHubAuthService, catalog files read through the workspace file system), falls back to the demo catalog when
 * nothing is configured, refreshes on demand and on an interval, and reports progress. The vscode-free
 * CatalogRefresher owns the catalog itself: the cache per sources, the refresh, the last good catalog, and the two
 * events re-exported here (`onDidChangeCatalog` for new catalog content, `onDidChangeState` for loading, refreshing,
 * failed or ready).
 */
export class CatalogService extends Disposable {
  private readonly live: CatalogRefresher;
  /** Fires with the new catalog when its content is replaced (a refresh, the cache, the demo). */
  readonly onDidChangeCatalog: CatalogRefresher['onDidChangeCatalog'];
  /** Fires when the state, the "refreshing" flag or the last error change. */
  readonly onDidChangeState: CatalogRefresher['onDidChangeState'];

  private run: RefreshRun | undefined;
  private _timer: ReturnType<typeof setInterval> | undefined;

  constructor(
    storageUri: vscode.Uri,
    private readonly settings: SettingsService,
    private readonly auth: GitHubAuthService,
    private readonly log: Logger,
  ) {
    super();
    this.live = this.register(new CatalogRefresher(storageUri.fsPath, log));
    this.onDidChangeCatalog = this.live.onDidChangeCatalog;
    this.onDidChangeState = this.live.onDidChangeState;
    this.register(settings.onDidChange((keys) => {
      if (keys.has('orgs') || keys.has('apiUrl') || keys.has('catalogFiles') || keys.has('topic') || keys.has('libraryTypes') || keys.has('useDemo')) {
        void this.reloadForSettings();
      }
      if (keys.has('refreshIntervalHours')) this.scheduleRefresh();
    }));
    this.register(vscode.workspace.onDidChangeWorkspaceFolders(() => {
      // Relative catalog files resolve against the first folder: other folders may mean other files.
      if (this.settings.current.catalogFiles.length) void this.reloadForSettings();
    }));
    this.register(toDisposable(() => this._timer && clearInterval(this._timer)));
  }

  get catalog(): Catalog {
    return this.live.catalog;
  }

  get state(): CatalogState {
    return this.live.state;
  }

  get lastError(): string | undefined {
    return this.live.lastError;
  }

  /** Where the last good catalog of the configured sources is kept (a file per combination of sources in global storage). */
  get cacheFile(): string {
    return this.live.cacheFile(this.sources(undefined));
  }

  get isRefreshing(): boolean {
    return this.live.isRefreshing;
  }

  /** Starts loading; returns at once (activation never waits for disk or network). */
  initialize(): Promise<void> {
    const loaded = this.reloadForSettings();
    this.scheduleRefresh();
    return loaded;
  }

  private async reloadForSettings(): Promise<void> {
    if (!this.settings.isConfigured) {
      this.useUnconfiguredCatalog();
      return;
    }
    const cached = await this.live.open(this.sources(undefined));
    if (cached) {
      if (this.isStale(cached)) void this.refresh();
      return;
    }
    await this.refresh();
  }

  private isStale(catalog: Catalog): boolean {
    const hours = this.settings.current.refreshIntervalHours;
    if (hours <= 0) return false;
    return Date.now() - Date.parse(catalog.generatedAt) > hours * 3_600_000;
  }

  private scheduleRefresh(): void {
    if (this._timer) clearInterval(this._timer);
    this._timer = undefined;
    const hours = this.settings.current.refreshIntervalHours;
    if (hours > 0) {
      this._timer = setInterval(() => {
        if (this.settings.isConfigured && this.isStale(this.catalog)) void this.refresh();
      }, Math.min(hours * 3_600_000, 3_600_000));
    }
  }

  /** The configured sources; `run` (a refresh) gets the crawl's client from its credentials and reports its progress. */
  private sources(run: RefreshRun | undefined): CatalogSource[] {
    const s = this.settings.current;
    const report = (message: string) => run?.progress.forEach((p) => p.report(message));
    return catalogSources({
      orgs: s.orgs,
      apiUrl: s.apiUrl,
      catalogFiles: s.catalogFiles,
      topic: s.topic || undefined,
      onrampLabels: s.onrampLabels,
      ...(s.libraryTypes.length ? { libraryTypes: s.libraryTypes } : {}),
      baseDir: vscode.workspace.workspaceFolders?.[0]?.uri.fsPath ?? process.cwd(),
      fetch: globalThis.fetch,
      readFile: async (file: string) => new TextDecoder().decode(await vscode.workspace.fs.readFile(vscode.Uri.file(file))),
      listDir: async (dir: string) => (await vscode.workspace.fs.readDirectory(vscode.Uri.file(dir))).map(([name, type]) => ({
        name, isDirectory: type === vscode.FileType.Directory, isFile: type === vscode.FileType.File,
      })),
      // Credentials are looked up when the crawl starts (a refresh of catalog files only never asks for them).
      octokit: async () => {
        const credentials = await this.auth.getCredentials(s.apiUrl, run?.interactive ?? false);
        if (run) run.credentials = credentials;
        if (!credentials) this.log.info('No GitHub credentials: crawling anonymously (GitHub allows 60 requests per hour without a token).');
        return createOctokit({
          token: credentials?.token,
          apiUrl: s.apiUrl,
          log: this.log,
          onRateLimitWait: (seconds, reason) => report(`${reason}: waiting ${Math.ceil(seconds)} s`),
        });
      },
      onProgress: (p) => report(`${p.org}: ${p.repositories}${p.total ? ` of ${p.total}` : ''} repositories`),
      log: (m: string) => this.log.debug(m),
    });
  }

  /**
   * Rebuilds the catalog from the configured orgs and files. Concurrent calls share one run; a command the user ran
   * replaces a background refresh (which may neither sign in nor show progress). On failure or cancellation the
   * previous catalog (in memory and on disk) is left exactly as it was.
   */
  async refresh(options: RefreshOptions = {}): Promise<RefreshOutcome> {
    if (!this.settings.isConfigured) {
      this.useUnconfiguredCatalog();
      return { ok: true, libraries: this.catalog.entries.length, requests: 0, message: 'No organization or catalog file is configured: using the demo catalog.' };
    }
    const key = sourcesKey(this.sources(undefined));
    const running = this.live.isRefreshing ? this.run : undefined;
    const join = running !== undefined && running.key === key && !(options.interactive && !running.interactive);
    const run: RefreshRun = join ? running : { key, interactive: options.interactive ?? false, progress: new Set() };
    if (options.progress) run.progress.add(options.progress);
    if (!join) this.run = run;
    const abort = new AbortController();
    const cancel = options.token?.onCancellationRequested(() => abort.abort());
    try {
      const result = await this.live.refresh(this.sources(run), {
        signal: abort.signal,
        replace: !join,
        // The credentials are known once the crawl has started, so the token is read when an error needs scrubbing.
        scrub: (text) => redact(text, [run.credentials?.token]),
      });
      const anonymous = this.settings.current.orgs.length > 0 && !run.credentials && result.ok;
      if (result.ok) {
        const message = `Catalog refreshed: ${result.libraries} libraries (${result.requests} API requests).${anonymous ? ' Crawled without a GitHub token: GitHub allows 60 requests per hour, so sign in for large or private organizations.' : ''}`;
        this.log.info(message);
        return { ok: true, libraries: result.libraries, requests: result.requests, message, anonymous };
      }
      if (result.cancelled) {
        this.log.info('Catalog refresh cancelled; the previous catalog is kept.');
        return { ok: false, cancelled: true, libraries: result.libraries, requests: 0, message: 'Catalog refresh cancelled; the previous catalog is kept.' };
      }
      if (isUnauthorized(result.cause)) await this.auth.handleUnauthorized(run.credentials);
      this.log.error(`Catalog refresh failed: ${result.error}`);
      return { ok: false, libraries: result.libraries, requests: 0, message: `Catalog refresh failed: ${result.error}. The previous catalog is kept.` };
    } finally {
      cancel?.dispose();
      if (options.progress) run.progress.delete(options.progress);
    }
  }

  private useUnconfiguredCatalog(): void {
    if (this.settings.current.useDemo) {
      this.live.show(loadDemoCatalog(), 'demo');
    } else {
      this.live.show(emptyCatalog(), 'unconfigured');
    }
  }

  /** Replaces the in-memory catalog (tests and the demo command use it too). */
  setCatalog(catalog: Catalog, state: CatalogState): void {
    this.live.show(catalog, state);
  }
}

function isUnauthorized(err: unknown): boolean {
  return typeof err === 'object' && err !== null && (err as { status?: number }).status === 401;
}
