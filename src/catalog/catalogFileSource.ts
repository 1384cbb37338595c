import * as nodePath from 'node:path';
import type { CatalogSource, CatalogSourceInput, CatalogSourcePart } from './catalogSource';
import type { ListDir } from './formats/locationGlob';
import { loadCatalogSources } from './loadSources';

export interface CatalogFileSourceOptions {
  /** Paths (relative to baseDir) or https URLs. */
  specs: readonly string[];
  baseDir: string;
  fetch: typeof fetch;
  readFile: (path: string) => Promise<string>;
  listDir?: ListDir;
  /** Backstage component types that count as libraries (default: any type naming a library, SDK or package). */
  libraryTypes?: readonly string[];
}

const isUrl = (spec: string): boolean => /^https?:\/\//i.test(spec);

/**
 * Catalog files as a catalog source: reads and merges them (see loadCatalogSources), sending the previous ETags so
 * an unchanged URL costs one 304. A file that fails is named in `failed` and warned about; when every file fails the
 * part is `unreadable`.
 *
 * @example await new CatalogFileSource({ specs: ['catalog.json'], baseDir: '/org', fetch, readFile }).load({ etags: {}, now: new Date() })
 *   // -> { catalog: { entries: [...] }, requests: 0, files: { read: 1, entries: 12, rules: 0, advice: 0 }, failed: [], ... }
 */
export class CatalogFileSource implements CatalogSource {
  readonly key: string;
  readonly origins: readonly string[];

  constructor(private readonly options: CatalogFileSourceOptions) {
    // The key names each local file by its absolute path: the same relative setting in two workspaces is two sources.
    const where = options.specs.map((s) => (isUrl(s) ? `url ${s}` : `file ${nodePath.resolve(options.baseDir, s)}`));
    this.key = [...where, `types=${[...options.libraryTypes ?? []].sort().join(',')}`].join('\n');
    this.origins = options.specs.map((s) => (isUrl(s) ? `url:${s}` : `file:${s}`));
  }

  async load(input: CatalogSourceInput): Promise<CatalogSourcePart> {
    const { specs } = this.options;
    const loaded = await loadCatalogSources([...specs], {
      readFile: this.options.readFile, fetch: this.options.fetch, baseDir: this.options.baseDir, etags: { ...input.etags },
      signal: input.signal, listDir: this.options.listDir, libraryTypes: this.options.libraryTypes,
    });
    return {
      catalog: loaded.catalog,
      requests: loaded.requests,
      warnings: loaded.warnings,
      etags: loaded.etags,
      failed: loaded.failed,
      unreadable: specs.length > 0 && loaded.failed.length === specs.length,
      files: {
        read: specs.length - loaded.failed.length, entries: loaded.catalog.entries.length, rules: loaded.catalog.replacements.length,
        advice: loaded.catalog.advice?.length ?? 0,
      },
    };
  }
}
