import * as nodePath from 'node:path';
import { parseCatalogFile } from './catalogFiles';
import { mergeCatalogs } from './merge';
import type { Catalog } from './model';

export interface CachedText {
  etag: string;
  text: string;
}

export interface LoadSourcesDeps {
  readFile(path: string): Promise<string>;
  fetch: typeof fetch;
  /** Relative local paths resolve against it (the workspace folder). */
  baseDir: string;
  /** ETags and bodies from the previous load, by URL; 304 answers reuse them. */
  etags?: Record<string, CachedText>;
  signal?: AbortSignal;
  /** How deep Backstage Location targets are followed (default 5). */
  maxDepth?: number;
}

export interface LoadSourcesResult {
  catalog: Catalog;
  /** ETags to keep for the next load (only URLs loaded this time). */
  etags: Record<string, CachedText>;
  warnings: string[];
  /** HTTP requests made. */
  requests: number;
  /** Top-level specs that could not be read or parsed (each also has a warning). */
  failed: string[];
}

const isUrl = (s: string): boolean => /^https?:\/\//i.test(s);

/** https anywhere; plain http only to loopback (tests, local Backstage). */
function checkUrl(url: string): void {
  const u = new URL(url);
  if (u.protocol === 'http:' && !['127.0.0.1', 'localhost', '[::1]'].includes(u.hostname)) {
    throw new Error(`${url}: only https URLs are fetched (http is allowed for localhost only)`);
  }
}

/** A Location target relative to the file that named it; "url:" / "file:" prefixes as Backstage writes them. */
function resolveTarget(target: string, from: string): string {
  const t = target.replace(/^(url|file):/, '');
  if (isUrl(t)) return t;
  if (isUrl(from)) return new URL(t, from).toString();
  return nodePath.resolve(nodePath.dirname(from), t);
}

/**
 * Loads catalog files (local paths relative to baseDir, or https URLs fetched with If-None-Match) and merges them in
 * spec order (earlier specs take precedence). Backstage Location targets are followed relative to their file, up to
 * `maxDepth`, each file once. A source that fails is reported in `warnings`/`failed`; the others still load.
 *
 * @example await loadCatalogSources(['catalog.json', 'https://backstage.acme/api/catalog/entities/by-query?filter=kind=component'], deps)
 *   // -> { catalog: <merged>, etags: { 'https://...': { etag: 'W/"1"', text: '...' } }, warnings: [], requests: 1, failed: [] }
 */
export async function loadCatalogSources(specs: string[], deps: LoadSourcesDeps): Promise<LoadSourcesResult> {
  const etags: Record<string, CachedText> = {};
  const warnings: string[] = [];
  const failed: string[] = [];
  const catalogs: Catalog[] = [];
  const visited = new Set<string>();
  const maxDepth = deps.maxDepth ?? 5;
  let requests = 0;

  async function read(location: string): Promise<string> {
    if (!isUrl(location)) return deps.readFile(location);
    checkUrl(location);
    const cached = deps.etags?.[location];
    requests++;
    const res = await deps.fetch(location, {
      headers: { accept: 'application/json, application/yaml, text/yaml, */*', ...(cached ? { 'if-none-match': cached.etag } : {}) },
      signal: deps.signal,
    });
    if (res.status === 304 && cached) {
      etags[location] = cached;
      return cached.text;
    }
    if (!res.ok) throw new Error(`${location}: HTTP ${res.status}${res.statusText ? ` ${res.statusText}` : ''}`);
    const text = await res.text();
    const etag = res.headers.get('etag');
    if (etag) etags[location] = { etag, text };
    return text;
  }

  async function load(location: string, label: string, depth: number): Promise<boolean> {
    deps.signal?.throwIfAborted();
    if (visited.has(location)) return true;
    visited.add(location);
    try {
      const text = await read(location);
      const parsed = parseCatalogFile(text, label);
      catalogs.push(parsed.catalog);
      warnings.push(...parsed.warnings);
      for (const target of parsed.locations) {
        if (depth >= maxDepth) {
          warnings.push(`${label}: Location target ${target} not followed (more than ${maxDepth} levels deep)`);
          continue;
        }
        const next = resolveTarget(target, location);
        await load(next, isUrl(next) ? next : nodePath.relative(deps.baseDir, next) || next, depth + 1);
      }
      return true;
    } catch (err) {
      if (deps.signal?.aborted) throw err;
      const msg = (err as NodeJS.ErrnoException).code === 'ENOENT' ? `${label}: file not found` : (err as Error).message;
      warnings.push(msg.startsWith(label) || msg.startsWith(location) ? msg : `${label}: ${msg}`);
      return false;
    }
  }

  for (const spec of specs) {
    const location = isUrl(spec) ? spec : nodePath.resolve(deps.baseDir, spec);
    if (!(await load(location, spec, 0))) failed.push(spec);
  }
  return { catalog: mergeCatalogs(catalogs), etags, warnings, requests, failed };
}
