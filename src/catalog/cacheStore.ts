import { createHash, randomBytes } from 'node:crypto';
import { mkdir, open, readdir, readFile, rename, rm, stat } from 'node:fs/promises';
import * as nodePath from 'node:path';
import { decodeCatalog, encodeCatalog } from './cacheCodec';
import type { CachedText } from './loadSources';
import type { Catalog } from './model';

/** The cache file exists but cannot be used; it is left untouched on disk. */
export class CatalogCacheError extends Error {
  constructor(readonly filePath: string, detail: string, options?: { cause?: unknown }) {
    super(`The catalog cache ${filePath} cannot be read: ${detail}. It was left as is; refreshing the catalog will replace it.`, options);
    this.name = 'CatalogCacheError';
  }
}

/** What one cache file holds: the last good catalog, the sources it was built from, and the catalog files' ETags. */
export interface CachedCatalog {
  catalog: Catalog;
  /** The sources' key (see CatalogSource.key); undefined in a file written without one. */
  sources?: string;
  /** Catalog-file URL → its ETag and text (a null-prototype map of checked values). */
  etags: Record<string, CachedText>;
}

const PREFIX = 'catalog-';
/** What earlier versions kept in global storage: one catalog for whatever was configured, and its ETags beside it. */
const LEGACY = new Set(['catalog.json', 'catalog-etags.json']);

/**
 * The on-disk catalog (in the extension's global storage): ONE file holding the catalog (compact JSON with one shared
 * string table, see cacheCodec.ts), the key of the sources it was built from and the catalog files' ETags, so the
 * three can never disagree. Writes are atomic: a temporary file in the same folder, flushed, then renamed over the old
 * one; a crash or a failed write leaves the previous file whole. `forSources` names the file after the sources, so
 * windows configured for different orgs keep separate caches instead of overwriting one another's.
 *
 * @example const store = CatalogCacheStore.forSources('/home/me/.vscode/globalStorage/reuse-radar', 'github https://api.github.com acme topic=');
 *   await store.save(catalog, { sources, etags }); (await store.read())?.catalog.entries.length // -> catalog.entries.length
 */
export class CatalogCacheStore {
  constructor(readonly filePath: string) {}

  /** The store for one combination of sources in `dir`: `catalog-<hash of the key>.json`. */
  static forSources(dir: string, sourcesKey: string): CatalogCacheStore {
    return new CatalogCacheStore(nodePath.join(dir, `${PREFIX}${createHash('sha256').update(sourcesKey).digest('hex').slice(0, 16)}.json`));
  }

  /** The cached catalog; undefined when there is none yet. Throws CatalogCacheError on a corrupt or foreign file. */
  async load(): Promise<Catalog | undefined> {
    return (await this.read())?.catalog;
  }

  /** The catalog with its sources key and ETags; undefined when there is none yet. Throws CatalogCacheError on a corrupt or foreign file. */
  async read(): Promise<CachedCatalog | undefined> {
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
    let catalog: Catalog;
    try {
      catalog = decodeCatalog(raw);
    } catch (err) {
      throw new CatalogCacheError(this.filePath, (err as Error).message, { cause: err });
    }
    const { sources, etags } = raw as { sources?: unknown; etags?: unknown };
    return { catalog, ...(typeof sources === 'string' ? { sources } : {}), etags: checkedEtags(etags) };
  }

  /**
   * Replaces the cache atomically (catalog, sources key and ETags together); on failure the previous file is intact
   * and the temporary file removed.
   */
  async save(catalog: Catalog, extra: { sources?: string; etags?: Readonly<Record<string, CachedText>> } = {}): Promise<void> {
    const dir = nodePath.dirname(this.filePath);
    await mkdir(dir, { recursive: true });
    const tmp = nodePath.join(dir, `.${nodePath.basename(this.filePath)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
    const text = JSON.stringify({
      ...encodeCatalog(catalog),
      ...(extra.sources !== undefined ? { sources: extra.sources } : {}),
      ...(extra.etags && Object.keys(extra.etags).length ? { etags: extra.etags } : {}),
    });
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

  /**
   * Removes the other per-sources cache files in this folder not written for `maxAgeDays` (settings that are no
   * longer used anywhere), temporary files a crash left behind, and the single cache and ETag file of earlier
   * versions. Best effort: errors are ignored.
   */
  async prune(maxAgeDays = 30, now = Date.now()): Promise<void> {
    const dir = nodePath.dirname(this.filePath);
    const names = await readdir(dir).catch(() => [] as string[]);
    for (const name of names) {
      const file = nodePath.join(dir, name);
      if (file === this.filePath) continue;
      if (LEGACY.has(name)) {
        await rm(file, { force: true }).catch(() => undefined);
        continue;
      }
      const ours = name.startsWith(PREFIX) && name.endsWith('.json');
      const leftover = name.startsWith(`.${PREFIX}`) && name.endsWith('.tmp');
      if (!ours && !leftover) continue;
      const modified = await stat(file).then((s) => s.mtimeMs, () => now);
      // A temporary file may belong to another window saving right now: only hour-old ones are leftovers.
      if (now - modified > (leftover ? 3_600_000 : maxAgeDays * 86_400_000)) await rm(file, { force: true }).catch(() => undefined);
    }
  }
}

/** Only `{ etag: string, text: string }` values survive; the file is not trusted, and a "__proto__" key stays a key. */
function checkedEtags(value: unknown): Record<string, CachedText> {
  const etags: Record<string, CachedText> = Object.create(null);
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return etags;
  for (const [url, cached] of Object.entries(value)) {
    const { etag, text } = (cached ?? {}) as { etag?: unknown; text?: unknown };
    if (typeof etag === 'string' && typeof text === 'string') etags[url] = { etag, text };
  }
  return etags;
}
