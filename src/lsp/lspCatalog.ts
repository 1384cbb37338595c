import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { loadDemoCatalog } from '../catalog/demoCatalog';
import { loadCatalogSources, type CachedText } from '../catalog/loadSources';
import { CATALOG_SCHEMA_VERSION, type Catalog } from '../catalog/model';
import { Matcher } from '../matching/matcher';
import { MatcherMemo } from '../matching/matcherMemo';
import type { LspSettings } from './lspSettings';
import { inertText } from '../util/inertText';

export interface CatalogMessage {
  type: 'info' | 'error';
  text: string;
}

/** Where the catalog in use came from. */
export type CatalogOrigin = 'demo' | 'files' | 'empty';

export interface LspCatalogDeps {
  readFile?: (path: string) => Promise<string>;
  fetch?: typeof fetch;
}

/** What the server's catalog holds now. */
export interface CatalogSnapshot {
  catalog: Catalog;
  matcher: Matcher;
  origin: CatalogOrigin;
  /** The local catalog files read (absolute), for workspace symbols that point into them. */
  localFiles: string[];
}

const EMPTY: Catalog = { schemaVersion: CATALOG_SCHEMA_VERSION, generatedAt: new Date(0).toISOString(), entries: [], replacements: [], origin: 'empty' };

/**
 * The language server's catalog: loads `catalogFiles` (paths relative to the workspace root, https URLs with ETags),
 * falls back to the embedded demo catalog when none is configured (said once), and keeps the last good catalog when
 * a configured one cannot be read (one error per failed load). `load` returns the messages to show.
 */
export class LspCatalog {
  private readonly matchers = new MatcherMemo();
  private current: CatalogSnapshot = { catalog: EMPTY, matcher: new Matcher(EMPTY), origin: 'empty', localFiles: [] };
  private hasGood = false;
  private demoAnnounced = false;
  private etags: Record<string, CachedText> = {};
  private loadedKey: string | undefined;

  constructor(private readonly deps: LspCatalogDeps = {}) {}

  get snapshot(): CatalogSnapshot {
    return this.current;
  }

  /** Loads the catalog the settings name; `changed` is true when findings may differ. */
  async load(settings: LspSettings, baseDir: string): Promise<{ changed: boolean; messages: CatalogMessage[] }> {
    const key = JSON.stringify([settings.catalogFiles, settings.useDemo, baseDir]);
    if (this.loadedKey === key && this.current.matcher.threshold === settings.threshold) return { changed: false, messages: [] };
    const messages: CatalogMessage[] = [];
    if (settings.catalogFiles.length === 0) {
      const catalog = settings.useDemo ? loadDemoCatalog() : EMPTY;
      if (settings.useDemo && !this.demoAnnounced) {
        this.demoAnnounced = true;
        messages.push({ type: 'info', text: 'Reuse Radar: no catalog configured (reuseRadar.catalogFiles), so suggestions come from the embedded demo catalog of the fictional org acme-demo.' });
      }
      this.adopt(catalog, settings.useDemo ? 'demo' : 'empty', [], settings.threshold, key);
      return { changed: true, messages };
    }
    const result = await loadCatalogSources(settings.catalogFiles, {
      readFile: this.deps.readFile ?? ((p) => readFile(p, 'utf8')),
      fetch: this.deps.fetch ?? fetch,
      baseDir,
      etags: this.etags,
    });
    if (result.failed.length > 0) {
      const reasons = result.warnings.map((w) => inertText(w, { max: 200 })).join('; ');
      const kept = this.hasGood ? `still using the last good catalog (${this.current.catalog.entries.length} libraries)` : 'no catalog is loaded yet';
      messages.push({ type: 'error', text: `Reuse Radar: cannot read the catalog (${reasons}); ${kept}.` });
      if (this.hasGood) {
        // A new threshold still applies while the files stay unreadable; the next load retries them.
        const thresholdChanged = this.current.matcher.threshold !== settings.threshold;
        if (thresholdChanged) this.adopt(this.current.catalog, this.current.origin, this.current.localFiles, settings.threshold, undefined);
        this.loadedKey = undefined;
        return { changed: thresholdChanged, messages };
      }
    }
    this.etags = result.etags;
    const localFiles = settings.catalogFiles.filter((f) => !/^https?:\/\//i.test(f)).map((f) => path.resolve(baseDir, f));
    this.adopt(result.catalog, 'files', localFiles, settings.threshold, result.failed.length ? undefined : key);
    this.hasGood = result.failed.length === 0;
    return { changed: true, messages };
  }

  private adopt(catalog: Catalog, origin: CatalogOrigin, localFiles: string[], threshold: number, key: string | undefined): void {
    // A threshold change on the same catalog re-wraps its index instead of rebuilding it.
    this.current = { catalog, matcher: this.matchers.matcherFor(catalog, threshold), origin, localFiles };
    this.loadedKey = key;
    if (origin !== 'files') this.hasGood = true;
  }
}
