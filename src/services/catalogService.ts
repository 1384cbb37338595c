import * as vscode from 'vscode';
import { emptyCatalog, type Catalog } from '../catalog/model';
import { loadDemoCatalog } from '../catalog/demoCatalog';
import { CatalogCacheStore } from '../catalog/cacheStore';
import { refreshCatalog } from '../github/catalogRefresh';
import { createOctokit } from '../github/octokit';
import { Matcher } from '../matching/matcher';
import { Disposable, toDisposable } from '../util/disposable';
import type { Logger } from '../util/log';
import { redact } from '../util/redact';
import type { GitHubAuthService } from './githubAuth';
import type { SettingsService } from './settings';

/** unconfigured: nothing set and demo off; demo: the embedded catalog; ready: the org's catalog. */
export type CatalogState = 'loading' | 'ready' | 'demo' | 'unconfigured' | 'error';

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
  /** Internal: the on-disk cache was read a moment ago and does not fit the settings. */
  cacheChecked?: boolean;
}

interface RefreshRun {
  cacheChecked: boolean;
  controller: AbortController;
  interactive: boolean;
  /** Every caller's progress reporter: a command that joins a running refresh sees it count too. */
  progress: Set<RefreshProgress>;
  promise: Promise<RefreshOutcome>;
}

/**
 * Owns the catalog: loads the last good cache from global storage at start-up (never blocking activation),
 * falls back to the demo catalog when nothing is configured, refreshes on demand and on an interval, and keeps the
 * last good catalog untouched when a refresh fails or is cancelled.
 */
export class CatalogService extends Disposable {
  private readonly _onDidChange = this.register(new vscode.EventEmitter<void>());
  /** Fires when the catalog, its state or its matcher changes. */
  readonly onDidChange = this._onDidChange.event;

  private _catalog: Catalog;
  private _matcher: Matcher;
  private _state: CatalogState = 'loading';
  private _lastError: string | undefined;
  private _refreshing: RefreshRun | undefined;
  private _timer: ReturnType<typeof setInterval> | undefined;
  private readonly store: CatalogCacheStore;
  private readonly etagsFile: vscode.Uri;

  constructor(
    storageUri: vscode.Uri,
    private readonly settings: SettingsService,
    private readonly auth: GitHubAuthService,
    private readonly log: Logger,
  ) {
    super();
    this.store = new CatalogCacheStore(vscode.Uri.joinPath(storageUri, 'catalog.json').fsPath);
    // Catalog-file URLs answered with an ETag: their text is kept so an unchanged file costs one 304 request.
    this.etagsFile = vscode.Uri.joinPath(storageUri, 'catalog-etags.json');
    // Empty until initialize() (called right after construction) puts the demo, cached or crawled catalog in place.
    this._catalog = emptyCatalog();
    this._matcher = new Matcher(this._catalog, { threshold: settings.current.threshold });
    this.register(settings.onDidChange((keys) => {
      if (keys.has('orgs') || keys.has('apiUrl') || keys.has('catalogFiles') || keys.has('topic') || keys.has('libraryTypes') || keys.has('useDemo')) {
        void this.reloadForSettings();
      } else if (keys.has('threshold')) {
        this.setCatalog(this._catalog, this._state);
      }
      if (keys.has('refreshIntervalHours')) this.scheduleRefresh();
    }));
    this.register(toDisposable(() => this._timer && clearInterval(this._timer)));
  }

  get catalog(): Catalog {
    return this._catalog;
  }

  get matcher(): Matcher {
    return this._matcher;
  }

  get state(): CatalogState {
    return this._state;
  }

  get lastError(): string | undefined {
    return this._lastError;
  }

  /** Where the last good catalog is kept (the extension's global storage). */
  get cacheFile(): string {
    return this.store.filePath;
  }

  get isRefreshing(): boolean {
    return this._refreshing !== undefined;
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
    this.setState('loading');
    try {
      const cached = await this.store.load();
      if (cached && this.cacheMatchesSettings(cached)) {
        this.setCatalog(cached, 'ready');
        if (this.isStale(cached)) void this.refresh();
        return;
      }
    } catch (err) {
      this.log.warn(`Ignoring the cached catalog: ${messageOf(err)}`);
    }
    // The cache was just read and does not fit these settings: the refresh need not read it again.
    const outcome = await this.refresh({ cacheChecked: true });
    if (!outcome.ok && this._state === 'loading') this.setState('error');
  }

  /** Whether the cache was built for the orgs now configured (a changed org list needs a fresh crawl). */
  private cacheMatchesSettings(cached: Catalog): boolean {
    const s = this.settings.current;
    return cached.origin === originFor(s.orgs, s.catalogFiles);
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
        if (this.settings.isConfigured && this.isStale(this._catalog)) void this.refresh();
      }, Math.min(hours * 3_600_000, 3_600_000));
    }
  }

  /**
   * Rebuilds the catalog from the configured orgs and files. Concurrent calls share one run. On failure or
   * cancellation the previous catalog (in memory and on disk) is left exactly as it was.
   */
  refresh(options: RefreshOptions = {}): Promise<RefreshOutcome> {
    const running = this._refreshing;
    if (running) {
      if (options.interactive && !running.interactive) {
        // The user asked while a background refresh runs: that one may not sign in or show progress, so replace it.
        running.controller.abort();
        return running.promise.then(() => this.refresh(options));
      }
      // Join the running refresh: this caller sees its progress too, and may cancel it.
      if (options.progress) running.progress.add(options.progress);
      const sub = options.token?.onCancellationRequested(() => running.controller.abort());
      return running.promise.finally(() => sub?.dispose());
    }
    const run: RefreshRun = {
      controller: new AbortController(),
      interactive: options.interactive ?? false,
      cacheChecked: options.cacheChecked ?? false,
      progress: new Set(options.progress ? [options.progress] : []),
      promise: Promise.resolve(undefined as never),
    };
    const cancel = options.token?.onCancellationRequested(() => run.controller.abort());
    run.promise = this.doRefresh(run).finally(() => {
      cancel?.dispose();
      this._refreshing = undefined;
      this._onDidChange.fire();
    });
    this._refreshing = run;
    this._onDidChange.fire();
    return run.promise;
  }

  private async doRefresh(run: RefreshRun): Promise<RefreshOutcome> {
    const { controller } = run;
    const report = (message: string) => run.progress.forEach((p) => p.report(message));
    const s = this.settings.current;
    if (!this.settings.isConfigured) {
      this.useUnconfiguredCatalog();
      return { ok: true, libraries: this._catalog.entries.length, requests: 0, message: 'No organization or catalog file is configured: using the demo catalog.' };
    }
    let credentials;
    try {
      credentials = s.orgs.length ? await this.auth.getCredentials(s.apiUrl, run.interactive) : undefined;
      if (s.orgs.length && !credentials) {
        this.log.info('No GitHub credentials: crawling anonymously (GitHub allows 60 requests per hour without a token).');
      }
      const previous = this._state === 'ready' ? this._catalog : run.cacheChecked ? undefined : await this.store.load().catch(() => undefined);
      const octokit = createOctokit({
        token: credentials?.token,
        apiUrl: s.apiUrl,
        log: this.log,
        onRateLimitWait: (seconds, reason) => report(`${reason}: waiting ${Math.ceil(seconds)} s`),
      });
      const result = await refreshCatalog(previous && previous.origin === originFor(s.orgs, s.catalogFiles) ? previous : undefined, {
        octokit,
        orgs: s.orgs,
        apiUrl: s.apiUrl,
        catalogFiles: s.catalogFiles,
        topic: s.topic || undefined,
        onrampLabels: s.onrampLabels,
        baseDir: vscode.workspace.workspaceFolders?.[0]?.uri.fsPath ?? process.cwd(),
        fetch: globalThis.fetch,
        etags: await this.readEtags(),
        readFile: async (file: string) => new TextDecoder().decode(await vscode.workspace.fs.readFile(vscode.Uri.file(file))),
        listDir: async (dir: string) => (await vscode.workspace.fs.readDirectory(vscode.Uri.file(dir))).map(([name, type]) => ({
          name, isDirectory: type === vscode.FileType.Directory, isFile: type === vscode.FileType.File,
        })),
        ...(s.libraryTypes.length ? { libraryTypes: s.libraryTypes } : {}),
        signal: controller.signal,
        onProgress: (p: { org: string; repositories: number; total?: number }) =>
          report(`${p.org}: ${p.repositories}${p.total ? ` of ${p.total}` : ''} repositories`),
        log: (m: string) => this.log.debug(m),
      });
      const catalog: Catalog = { ...result.catalog, origin: originFor(s.orgs, s.catalogFiles) };
      for (const warning of result.warnings) this.log.warn(warning);
      await this.store.save(catalog);
      await this.writeEtags(result.etags);
      this._lastError = undefined;
      this.setCatalog(catalog, 'ready');
      const anonymous = s.orgs.length > 0 && !credentials;
      const message = `Catalog refreshed: ${catalog.entries.length} libraries (${result.requests} API requests).${anonymous ? ' Crawled without a GitHub token: GitHub allows 60 requests per hour, so sign in for large or private organizations.' : ''}`;
      this.log.info(message);
      return { ok: true, libraries: catalog.entries.length, requests: result.requests, message, anonymous };
    } catch (err) {
      if (controller.signal.aborted) {
        this.log.info('Catalog refresh cancelled; the previous catalog is kept.');
        return { ok: false, cancelled: true, libraries: this._catalog.entries.length, requests: 0, message: 'Catalog refresh cancelled; the previous catalog is kept.' };
      }
      if (isUnauthorized(err)) await this.auth.handleUnauthorized(credentials);
      this._lastError = redact(messageOf(err), [credentials?.token]);
      this.log.error(`Catalog refresh failed: ${this._lastError}`);
      if (this._state === 'loading') this.setState('error');
      return { ok: false, libraries: this._catalog.entries.length, requests: 0, message: `Catalog refresh failed: ${this._lastError}. The previous catalog is kept.` };
    }
  }

  private async readEtags(): Promise<Record<string, { etag: string; text: string }>> {
    try {
      const parsed: unknown = JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(this.etagsFile)));
      // A null-prototype map of checked values: the file is not trusted, and a "__proto__" key stays a key.
      const etags: Record<string, { etag: string; text: string }> = Object.create(null);
      if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return etags;
      for (const [url, value] of Object.entries(parsed)) {
        const { etag, text } = (value ?? {}) as { etag?: unknown; text?: unknown };
        if (typeof etag === 'string' && typeof text === 'string') etags[url] = { etag, text };
      }
      return etags;
    } catch {
      return {};
    }
  }

  private async writeEtags(etags: Record<string, { etag: string; text: string }>): Promise<void> {
    try {
      await vscode.workspace.fs.writeFile(this.etagsFile, new TextEncoder().encode(JSON.stringify(etags)));
    } catch (err) {
      this.log.debug(`Could not keep catalog-file ETags: ${messageOf(err)}`);
    }
  }

  private useUnconfiguredCatalog(): void {
    if (this.settings.current.useDemo) {
      this.setCatalog(loadDemoCatalog(), 'demo');
    } else {
      this.setCatalog(emptyCatalog(), 'unconfigured');
    }
  }

  /** Replaces the in-memory catalog (tests and the demo command use it too). */
  setCatalog(catalog: Catalog, state: CatalogState): void {
    this._catalog = catalog;
    this._matcher = new Matcher(catalog, { threshold: this.settings.current.threshold });
    this._state = state;
    this._onDidChange.fire();
  }

  private setState(state: CatalogState): void {
    if (this._state !== state) {
      this._state = state;
      this._onDidChange.fire();
    }
  }
}

function originFor(orgs: string[], files: string[]): string {
  return [...orgs.map((o) => `github:${o.toLowerCase()}`), ...files.map((f) => `file:${f}`)].sort().join(' ');
}

function messageOf(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

function isUnauthorized(err: unknown): boolean {
  return typeof err === 'object' && err !== null && (err as { status?: number }).status === 401;
}
