import { randomBytes } from 'node:crypto';
import { mkdir, open, readFile, rename, rm } from 'node:fs/promises';
import * as nodePath from 'node:path';
import { decodeCatalog, encodeCatalog } from './cacheCodec';
import type { Catalog } from './model';

/** The cache file exists but cannot be used; it is left untouched on disk. */
export class CatalogCacheError extends Error {
  constructor(readonly filePath: string, detail: string, options?: { cause?: unknown }) {
    super(`The catalog cache ${filePath} cannot be read: ${detail}. It was left as is; refreshing the catalog will replace it.`, options);
    this.name = 'CatalogCacheError';
  }
}

/**
 * The on-disk catalog (in the extension's global storage). The file is a compact JSON with one shared string table
 * (see cacheCodec.ts), so loading 10,000 entries is one JSON.parse plus a linear decode, and repeated strings are held
 * in memory once. Writes are atomic: a temporary file in the same folder, flushed, then renamed over the old one.
 *
 * @example const store = new CatalogCacheStore('/home/me/.vscode/globalStorage/reuse-radar/catalog.json');
 *   await store.save(catalog); (await store.load())?.entries.length // -> catalog.entries.length
 */
export class CatalogCacheStore {
  constructor(readonly filePath: string) {}

  /** The cached catalog; undefined when there is none yet. Throws CatalogCacheError on a corrupt or foreign file. */
  async load(): Promise<Catalog | undefined> {
    let text: string;
    try {
      text = await readFile(this.filePath, 'utf8');
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw new CatalogCacheError(this.filePath, (err as Error).message, { cause: err });
    }
    let raw: unknown;
    try {
      raw = JSON.parse(text);
    } catch (err) {
      throw new CatalogCacheError(this.filePath, `it is not valid JSON (${(err as Error).message})`, { cause: err });
    }
    try {
      return decodeCatalog(raw);
    } catch (err) {
      throw new CatalogCacheError(this.filePath, (err as Error).message, { cause: err });
    }
  }

  /** Replaces the cache atomically; on failure the previous file is intact and the temporary file removed. */
  async save(catalog: Catalog): Promise<void> {
    const dir = nodePath.dirname(this.filePath);
    await mkdir(dir, { recursive: true });
    const tmp = nodePath.join(dir, `.${nodePath.basename(this.filePath)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
    const text = JSON.stringify(encodeCatalog(catalog));
    try {
      const handle = await open(tmp, 'w');
      try {
        await handle.writeFile(text, 'utf8');
        await handle.sync();
      } finally {
        await handle.close();
      }
      await rename(tmp, this.filePath);
    } catch (err) {
      await rm(tmp, { force: true });
      throw err;
    }
  }
}
