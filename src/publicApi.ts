import type * as vscode from 'vscode';
import type { CatalogEntry } from './catalog/model';
import type { ReuseTools } from './mcp/reuseTools';
import { runTool } from './mcp/runTool';
import type { SearchLibrariesOutput } from './mcp/toolSchemas';

/** One library a search found: the `search_libraries` tool's result row (text fields inert, descriptions cut). */
type LibrarySearchResult = SearchLibrariesOutput['libraries'][number];

/**
 * What `activate` returns: the API another extension may use (`vscode.extensions.getExtension('reuse-radar.reuse-radar')`).
 * Catalog text (names, descriptions, READMEs) comes from the organization's repositories: treat it as untrusted.
 */
export interface ReuseRadarApi {
  /** The catalog the extension uses now (cache, crawl, catalog files or the demo), read-only. */
  readonly catalog: {
    readonly libraries: readonly CatalogEntry[];
    /** Fires after the catalog's content changed (a refresh, the demo, new catalog files); read `libraries` again. */
    readonly onDidChange: vscode.Event<void>;
  };
  /**
   * Natural-language search over the catalog's libraries, as the `search_libraries` assistant tool answers it
   * (workspace dismissals applied). Rejects with a one-line message on invalid arguments.
   */
  search(query: string, options?: { ecosystem?: string; limit?: number }): Promise<LibrarySearchResult[]>;
}

/**
 * The public API over the live catalog and the assistant tools.
 *
 * @example (await reuseRadarApi(catalog, tools).search('retry HTTP calls', { limit: 1 }))[0].repo // → 'acme-demo/http-client'
 */
export function reuseRadarApi(catalog: { readonly catalog: { entries: CatalogEntry[] }; readonly onDidChangeCatalog: vscode.Event<unknown> }, tools: ReuseTools): ReuseRadarApi {
  const onDidChange: vscode.Event<void> = (listener, thisArgs, disposables) => catalog.onDidChangeCatalog(() => listener.call(thisArgs), undefined, disposables);
  return Object.freeze({
    catalog: Object.freeze({
      get libraries(): readonly CatalogEntry[] {
        return catalog.catalog.entries;
      },
      onDidChange,
    }),
    async search(query: string, options: { ecosystem?: string; limit?: number } = {}): Promise<LibrarySearchResult[]> {
      const outcome = await runTool(tools, 'search_libraries', { query, ...options });
      if (outcome.isError) throw new Error(outcome.text);
      return (outcome.structuredContent as SearchLibrariesOutput).libraries;
    },
  });
}
