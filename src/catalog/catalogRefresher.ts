import { CatalogCacheStore } from './cacheStore';
import type { CatalogSource } from './catalogSource';
import type { CachedText } from './loadSources';
import { emptyCatalog, type Catalog } from './model';
import { refreshFromSources } from './refreshSources';
import { Emitter } from '../util/emitter';
import type { Logger } from '../util/log';
import { redact } from '../util/redact';

/** unconfigured: nothing set and demo off; demo: the embedded catalog; ready: the sources' catalog. */
export type CatalogState = 'loading' | 'ready' | 'demo' | 'unconfigured' | 'error';

export interface CatalogRefreshResult {
  ok: boolean;
  cancelled?: boolean;
  /** One sentence, secrets removed (set when not ok and not cancelled). */
  error?: string;
  /** The error as thrown (e.g. to tell a 401), when not ok. */
  cause?: unknown;
  libraries: number;
  requests: number;
  warnings: string[];
}

export interface CatalogRefreshOptions {
  /** Cancels this refresh (and a refresh it joined). */
  signal?: AbortSignal;
  /** Abort a refresh already running for the same sources and start anew instead of joining it. */
  replace?: boolean;
  /** Removes secrets the caller knows of from an error message (shape-based redaction always applies). */
  scrub?: (text: string) => string;
}

interface Run {
  key: string;
  controller: AbortController;
  promise: Promise<CatalogRefreshResult>;
}

/** The cache key of a list of sources: what decides the catalog they build. */
export function sourcesKey(sources: readonly CatalogSource[]): string {
  return sources.map((s) => s.key).join('\n');
}

const messageOf = (err: unknown): string => (err instanceof Error ? err.message : String(err));

/**
 * The live catalog, vscode-free: the last good catalog for the configured sources, refreshed through the CatalogSource
 * port (refreshFromSources) and kept with its ETags in one atomic cache file per combination of sources
 * (CatalogCacheStore.forSources). One refresh runs at a time; a refresh for other sources aborts the running one, and
 * `dispose()` aborts it too. A failed or cancelled refresh changes nothing, in memory or on disk. Fires
 * `onDidChangeCatalog` only when the catalog content is replaced, and `onDidChangeState` when the state, the
 * "refreshing" flag or the last error change.
 *
 * @example const live = new CatalogRefresher(storageDir, log);
 *   await live.open(sources) ?? await live.refresh(sources); live.catalog.entries.length // -> 42
 */
export class CatalogRefresher {
  private readonly _onDidChangeCatalog = new Emitter<Catalog>();
  readonly onDidChangeCatalog = this._onDidChangeCatalog.event;
  private readonly _onDidChangeState = new Emitter<CatalogState>();
  readonly onDidChangeState = this._onDidChangeState.event;

  private _catalog: Catalog = emptyCatalog();
  private _state: CatalogState = 'loading';
  private _lastError: string | undefined;
  /** The sources key and ETags of the catalog in memory (undefined for the demo or an empty catalog). */
  private current: { key: string; etags: Record<string, CachedText> } | undefined;
  private run: Run | undefined;
  private disposed = false;

  constructor(private readonly dir: string, private readonly log: Logger, private readonly now: () => Date = () => new Date()) {}

  get catalog(): Catalog {
    return this._catalog;
  }

  get state(): CatalogState {
    return this._state;
  }

  get lastError(): string | undefined {
    return this._lastError;
  }

  get isRefreshing(): boolean {
    return this.run !== undefined;
  }

  /** The cache file of these sources. */
  cacheFile(sources: readonly CatalogSource[]): string {
    return CatalogCacheStore.forSources(this.dir, sourcesKey(sources)).filePath;
  }

  /**
   * Shows the cached catalog of these sources (no network) and returns it; undefined when there is none or it cannot
   * be read (then the state is "loading" until a refresh). A refresh of other sources still running is aborted.
   */
  async open(sources: readonly CatalogSource[]): Promise<Catalog | undefined> {
    const key = sourcesKey(sources);
    if (this.run && this.run.key !== key) this.run.controller.abort();
    if (this.current?.key === key) return this._catalog;
    this.setState('loading');
    const cached = await this.readCache(key);
    if (!cached || this.disposed) return undefined;
    this.replace(cached.catalog, 'ready', { key, etags: cached.etags });
    return cached.catalog;
  }

  /** Shows a catalog not built from sources (the demo, or the empty one); aborts a running refresh. */
  show(catalog: Catalog, state: CatalogState): void {
    this.run?.controller.abort();
    this.replace(catalog, state, undefined);
  }

  /**
   * Rebuilds the catalog from `sources`, incrementally from the last good catalog of the same sources. Joins a
   * refresh of the same sources already running (unless `replace`); aborts one of other sources first.
   */
  refresh(sources: readonly CatalogSource[], options: CatalogRefreshOptions = {}): Promise<CatalogRefreshResult> {
    const key = sourcesKey(sources);
    const running = this.run;
    if (running) {
      if (running.key === key && !options.replace) {
        const onAbort = () => running.controller.abort();
        options.signal?.addEventListener('abort', onAbort, { once: true });
        return running.promise.finally(() => options.signal?.removeEventListener('abort', onAbort));
      }
      running.controller.abort();
      return running.promise.then(() => this.refresh(sources, options));
    }
    if (this.disposed) return Promise.resolve(this.failure('The catalog is closed.', undefined, true));
    const controller = new AbortController();
    if (options.signal?.aborted) controller.abort();
    const onAbort = () => controller.abort();
    options.signal?.addEventListener('abort', onAbort, { once: true });
    const run: Run = { key, controller, promise: Promise.resolve(undefined as never) };
    run.promise = this.doRefresh(key, sources, controller.signal, options.scrub).finally(() => {
      options.signal?.removeEventListener('abort', onAbort);
      if (this.run === run) this.run = undefined;
      this.fireState();
    });
    this.run = run;
    this.fireState();
    return run.promise;
  }

  private async doRefresh(key: string, sources: readonly CatalogSource[], signal: AbortSignal, scrub = (t: string) => t): Promise<CatalogRefreshResult> {
    try {
      const previous = this.current?.key === key ? { catalog: this._catalog, etags: this.current.etags } : await this.readCache(key);
      signal.throwIfAborted();
      const result = await refreshFromSources(previous?.catalog, sources, { etags: previous?.etags, signal, now: this.now() });
      signal.throwIfAborted();
      await CatalogCacheStore.forSources(this.dir, key).save(result.catalog, { sources: key, etags: result.etags });
      // Settings may have moved on while the cache was written: only a refresh still current is shown.
      signal.throwIfAborted();
      for (const warning of result.warnings) this.log.warn(scrub(redact(warning)));
      this._lastError = undefined;
      this.replace(result.catalog, 'ready', { key, etags: result.etags });
      void CatalogCacheStore.forSources(this.dir, key).prune();
      return { ok: true, libraries: result.catalog.entries.length, requests: result.requests, warnings: result.warnings };
    } catch (err) {
      if (signal.aborted) return this.failure('cancelled', err, true);
      const message = scrub(redact(messageOf(err).split('\n')[0]));
      this._lastError = message;
      if (this._state === 'loading') this._state = 'error';
      return this.failure(message, err, false);
    }
  }

  private failure(message: string, cause: unknown, cancelled: boolean): CatalogRefreshResult {
    return { ok: false, ...(cancelled ? { cancelled } : { error: message }), cause, libraries: this._catalog.entries.length, requests: 0, warnings: [] };
  }

  /** The cache of `key`, or undefined (none, unreadable, or written for other sources). */
  private async readCache(key: string): Promise<{ catalog: Catalog; etags: Record<string, CachedText> } | undefined> {
    try {
      const cached = await CatalogCacheStore.forSources(this.dir, key).read();
      if (cached && cached.sources === key) return cached;
    } catch (err) {
      this.log.warn(`Ignoring the cached catalog: ${messageOf(err)}`);
    }
    return undefined;
  }

  private replace(catalog: Catalog, state: CatalogState, current: CatalogRefresher['current']): void {
    const changed = catalog !== this._catalog;
    this._catalog = catalog;
    this.current = current;
    if (changed) this._onDidChangeCatalog.fire(catalog);
    this.setState(state);
  }

  private setState(state: CatalogState): void {
    if (this._state === state) return;
    this._state = state;
    this.fireState();
  }

  private fireState(): void {
    if (!this.disposed) this._onDidChangeState.fire(this._state);
  }

  /** Aborts a running refresh (its Octokit requests included) and drops every listener. */
  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    this.run?.controller.abort();
    this._onDidChangeCatalog.dispose();
    this._onDidChangeState.dispose();
  }
}
