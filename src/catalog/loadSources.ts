import * as nodePath from 'node:path';
import { parseCatalogFile } from './catalogFiles';
import { expandLocationGlob, hasGlob, type ListDir } from './formats/locationGlob';
import { mergeCatalogs } from './merge';
import type { Catalog } from './model';
import { pushAll } from '../util/arrays';
import { resolvesOutside } from '../util/realPaths';
import { isLoopbackHost } from '../util/safeUrl';

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
  /** Lists a local directory: a directory spec reads the catalog files in it; Location globs are expanded with it. */
  listDir?: ListDir;
  /** Backstage component types that count as libraries (`reuseRadar.catalog.libraryTypes`, `--library-types`). */
  libraryTypes?: readonly string[];
}

/** File names a directory spec reads: JSON and YAML files and ESLint configs (JavaScript ones get a one-line hint). */
const CATALOG_FILE_NAME = /(\.(json|ya?ml)$)|(^\.eslintrc(\.(json|ya?ml|c?js|mjs))?$)|(^eslint\.config\.(c?js|mjs|ts|cts|mts)$)/i;
const UNRECOGNISED = 'unrecognised catalog file format';

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
const isLoopbackHttp = (url: string): boolean => {
  const u = new URL(url);
  return u.protocol === 'http:' && isLoopbackHost(u.hostname);
};

/** What a top-level spec lets the files it leads to reach. */
interface Scope {
  /** Local spec: the directory of the top-level file; every local target must stay inside it. */
  dir?: string;
  /** URL spec: its origin; every target must stay on it. */
  origin?: string;
  /** Plain http is fetched only when the top-level spec itself is http to loopback (tests, a local Backstage). */
  loopbackHttp: boolean;
}

function scopeOf(location: string): Scope {
  if (!isUrl(location)) return { dir: nodePath.dirname(location), loopbackHttp: false };
  return { origin: new URL(location).origin, loopbackHttp: isLoopbackHttp(location) };
}

function checkUrl(url: string, scope: Scope): void {
  if (new URL(url).protocol === 'http:' && !scope.loopbackHttp) {
    throw new Error(`${url}: only https URLs are fetched (plain http only when the catalog file given is itself on localhost)`);
  }
}

/**
 * A Location target relative to the file that named it ("url:" / "file:" prefixes as Backstage writes them), or why
 * it is not followed: local targets stay inside the top-level file's directory, remote ones on its origin, and a
 * remote file's absolute targets are never followed.
 */
function resolveTarget(target: string, from: string, scope: Scope): { next: string } | { refused: string } {
  const t = target.replace(/^(url|file):/, '');
  if (isUrl(from)) {
    if (isUrl(t)) return { refused: 'a remote catalog file\'s absolute targets are not followed' };
    const next = new URL(t, from);
    if (next.origin !== scope.origin) return { refused: `it leaves ${scope.origin}` };
    return { next: next.toString() };
  }
  if (isUrl(t)) {
    if (new URL(t).protocol === 'http:' && !scope.loopbackHttp) return { refused: 'only https URLs are fetched' };
    return { next: t };
  }
  const next = nodePath.resolve(nodePath.dirname(from), t);
  const inside = nodePath.relative(scope.dir!, next);
  if (inside.startsWith('..') || nodePath.isAbsolute(inside)) return { refused: 'it is outside the directory of the catalog file given' };
  return { next };
}

/**
 * Loads catalog files (local paths relative to baseDir, or https URLs fetched with If-None-Match) and merges them in
 * spec order (earlier specs take precedence). Backstage Location targets are followed relative to their file, up to
 * `maxDepth`, each file once, and only within the top-level spec's reach: inside its directory (local) or on its
 * origin (URL, relative targets only); plain http only when the spec itself is loopback http. A refused target is a
 * warning naming file and target. A source that fails is reported in `warnings`/`failed`; the others still load.
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
  const teams: Record<string, string> = {};
  let requests = 0;

  async function read(location: string, scope: Scope): Promise<string> {
    if (!isUrl(location)) return deps.readFile(location);
    checkUrl(location, scope);
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

  const isDirectory = (path: string): Promise<boolean> => deps.listDir!(path).then(() => true, () => false);
  const labelOf = (next: string): string => (isUrl(next) ? next : nodePath.relative(deps.baseDir, next) || next);

  /** A directory spec: every catalog file directly in it; files of no catalog format are passed over quietly. */
  async function loadDirectory(dir: string, label: string, scope: Scope): Promise<boolean> {
    const names = (await deps.listDir!(dir)).filter((e) => e.isFile && CATALOG_FILE_NAME.test(e.name)).map((e) => e.name).sort();
    let loaded = 0;
    for (const name of names) {
      if (await load(nodePath.join(dir, name), labelOf(nodePath.join(dir, name)), 1, { ...scope, dir }, true)) loaded++;
    }
    if (!loaded) warnings.push(`${label}: a directory without a recognised catalog file (read ${names.length} JSON/YAML/ESLint files in it)`);
    return loaded > 0;
  }

  async function followTargets(targets: string[], location: string, label: string, depth: number, scope: Scope): Promise<void> {
    for (const target of targets) {
      if (depth >= maxDepth) {
        warnings.push(`${label}: Location target ${target} not followed (more than ${maxDepth} levels deep)`);
        continue;
      }
      if (hasGlob(target)) {
        if (isUrl(location) || isUrl(target.replace(/^(url|file):/, '')) || !deps.listDir) {
          warnings.push(`${label}: Location target ${target} not followed: globs are expanded only in local catalog files`);
          continue;
        }
        const matches = await expandLocationGlob(target.replace(/^file:/, ''), nodePath.dirname(location), scope.dir!, deps.listDir);
        if (!matches.length) warnings.push(`${label}: Location target ${target} matches no file inside the directory of the catalog file given`);
        for (const next of matches) await load(next, labelOf(next), depth + 1, scope);
        continue;
      }
      const resolved = resolveTarget(target, location, scope);
      if ('refused' in resolved) {
        warnings.push(`${label}: Location target ${target} not followed: ${resolved.refused}`);
        continue;
      }
      const next = resolved.next;
      // Containment by path text is not enough: a symlink inside the directory may point anywhere.
      if (!isUrl(next) && scope.dir && await resolvesOutside(scope.dir, next)) {
        warnings.push(`${label}: Location target ${target} not followed: it links outside the directory of the catalog file given`);
        continue;
      }
      await load(next, labelOf(next), depth + 1, scope);
    }
  }

  async function load(location: string, label: string, depth: number, scope: Scope, inDirectory = false): Promise<boolean> {
    deps.signal?.throwIfAborted();
    if (visited.has(location)) return true;
    visited.add(location);
    try {
      let text: string;
      try {
        text = await read(location, scope);
      } catch (err) {
        // A directory cannot be read as a file (EISDIR in Node, FileIsADirectory in VS Code): read the files in it.
        if (depth === 0 && !isUrl(location) && deps.listDir && await isDirectory(location)) return await loadDirectory(location, label, scope);
        if ((err as NodeJS.ErrnoException).code === 'EISDIR') throw new Error(`${label}: a directory, not a catalog file`, { cause: err });
        throw err;
      }
      const parsed = parseCatalogFile(text, label, { libraryTypes: deps.libraryTypes });
      catalogs.push(parsed.catalog);
      pushAll(warnings, parsed.warnings);
      Object.assign(teams, parsed.teams ?? {});
      await followTargets(parsed.locations, location, label, depth, scope);
      return true;
    } catch (err) {
      if (deps.signal?.aborted) throw err;
      const msg = (err as NodeJS.ErrnoException).code === 'ENOENT' ? `${label}: file not found` : (err as Error).message;
      if (inDirectory && msg.includes(UNRECOGNISED)) return false;
      warnings.push(msg.startsWith(label) || msg.startsWith(location) ? msg : `${label}: ${msg}`);
      return false;
    }
  }

  for (const spec of specs) {
    const location = isUrl(spec) ? spec : nodePath.resolve(deps.baseDir, spec);
    let scope: Scope;
    try {
      scope = scopeOf(location);
    } catch {
      warnings.push(`${spec}: not a valid URL`);
      failed.push(spec);
      continue;
    }
    if (!(await load(location, spec, 0, scope))) failed.push(spec);
  }
  // Owners across a Location tree: a Group that is a GitHub team (github.com/team-slug) is shown as that team.
  if (Object.keys(teams).length) {
    for (const c of catalogs) for (const e of c.entries) e.owners = [...new Set(e.owners.map((o) => teams[o.toLowerCase()] ?? o))];
  }
  return { catalog: mergeCatalogs(catalogs), etags, warnings, requests, failed };
}
