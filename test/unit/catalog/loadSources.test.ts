import * as assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import * as path from 'node:path';
import { loadCatalogSources } from '../../../src/catalog/loadSources';

const fixtures = path.join(__dirname, '../../fixtures/catalog');

interface Call { url: string; ifNoneMatch?: string }

/** A fetch that serves fixed bodies with ETags and answers 304 to a matching If-None-Match. */
function fakeFetch(bodies: Record<string, { body: string; etag?: string; status?: number }>, calls: Call[]): typeof fetch {
  return (async (input: string | URL | Request, init?: RequestInit) => {
    const url = String(input);
    const headers = new Headers(init?.headers);
    calls.push({ url, ifNoneMatch: headers.get('if-none-match') ?? undefined });
    const b = bodies[url];
    if (!b) return new Response('{"message":"Not Found"}', { status: 404, statusText: 'Not Found' });
    if (b.etag && headers.get('if-none-match') === b.etag) return new Response(null, { status: 304, headers: { etag: b.etag } });
    return new Response(b.body, { status: b.status ?? 200, headers: b.etag ? { etag: b.etag } : {} });
  }) as typeof fetch;
}

const readFileUtf8 = (p: string): Promise<string> => readFile(p, 'utf8');

describe('loadCatalogSources', () => {
  it('fetches a URL once, keeps its ETag, and the next load is one request answered 304 reusing the text', async () => {
    const url = 'https://catalog.acme/replacements.json';
    const body = await readFile(path.join(fixtures, 'module-replacements.json'), 'utf8');
    const calls: Call[] = [];
    const fetchFn = fakeFetch({ [url]: { body, etag: 'W/"v1"' } }, calls);
    const first = await loadCatalogSources([url], { readFile: readFileUtf8, fetch: fetchFn, baseDir: fixtures });
    assert.equal(first.requests, 1);
    assert.deepEqual(first.etags[url], { etag: 'W/"v1"', text: body });
    assert.equal(first.catalog.replacements.length, 3);

    const second = await loadCatalogSources([url], { readFile: readFileUtf8, fetch: fetchFn, baseDir: fixtures, etags: first.etags });
    assert.equal(second.requests, 1);
    assert.deepEqual(calls.map((c) => c.ifNoneMatch), [undefined, 'W/"v1"']);
    assert.deepEqual(second.catalog, first.catalog);
    assert.deepEqual(second.etags, first.etags);
  });

  it('reads local paths relative to baseDir and follows Backstage Location targets relative to the file', async () => {
    const r = await loadCatalogSources(['catalog-info.yaml', 'repos.json'], { readFile: readFileUtf8, fetch: fakeFetch({}, []), baseDir: fixtures });
    assert.deepEqual(r.warnings, [
      'file:catalog-info.yaml: 1 component is not a library (spec.type service); skipped (reuseRadar.catalog.libraryTypes / --library-types say which types count)',
    ]);
    assert.deepEqual(r.failed, []);
    assert.equal(r.requests, 0);
    assert.deepEqual(r.catalog.entries.map((e) => e.id), ['acme/dates', 'acme/http-client', 'acme/pdf-service', 'acme/retry-kit', 'backstage:old-http']);
    assert.deepEqual(r.catalog.entries[0].sources, ['file:libs/dates.yaml']);
  });

  it('follows Location targets on a URL relative to that URL, each once, within the depth bound', async () => {
    const loop = (target: string) => `apiVersion: backstage.io/v1alpha1\nkind: Location\nmetadata: {name: l}\nspec: {targets: [${target}]}\n`;
    const calls: Call[] = [];
    const fetchFn = fakeFetch({
      'https://cat.acme/root/all.yaml': { body: loop('./a/next.yaml') },
      'https://cat.acme/root/a/next.yaml': { body: loop('../all.yaml') },
    }, calls);
    const r = await loadCatalogSources(['https://cat.acme/root/all.yaml'], { readFile: readFileUtf8, fetch: fetchFn, baseDir: fixtures });
    assert.deepEqual(calls.map((c) => c.url), ['https://cat.acme/root/all.yaml', 'https://cat.acme/root/a/next.yaml']);
    assert.equal(r.requests, 2);

    const deep = (n: number) => `kind: Location\napiVersion: backstage.io/v1alpha1\nmetadata: {name: d}\nspec: {target: ./d${n}.yaml}\n`;
    const bodies = Object.fromEntries(Array.from({ length: 10 }, (_, i) => [`https://cat.acme/d${i}.yaml`, { body: deep(i + 1) }]));
    const d = await loadCatalogSources(['https://cat.acme/d0.yaml'], { readFile: readFileUtf8, fetch: fakeFetch(bodies, []), baseDir: fixtures, maxDepth: 3 });
    assert.equal(d.requests, 4);
    assert.match(d.warnings[0], /Location target \.\/d4\.yaml not followed \(more than 3 levels deep\)/);
  });

  it('reports failing sources (missing file, HTTP error, bad format, plain http) and still loads the rest', async () => {
    const r = await loadCatalogSources(
      ['missing.json', 'https://cat.acme/gone.json', 'http://cat.acme/insecure.json', 'eslintrc.json'],
      { readFile: readFileUtf8, fetch: fakeFetch({}, []), baseDir: fixtures },
    );
    assert.deepEqual(r.failed, ['missing.json', 'https://cat.acme/gone.json', 'http://cat.acme/insecure.json']);
    assert.equal(r.warnings[0], 'missing.json: file not found');
    assert.equal(r.warnings[1], 'https://cat.acme/gone.json: HTTP 404 Not Found');
    assert.match(r.warnings[2], /only https URLs are fetched/);
    assert.equal(r.catalog.replacements.length, 3);
    assert.equal(r.requests, 1);
  });

  const location = (...targets: string[]) => `apiVersion: backstage.io/v1alpha1\nkind: Location\nmetadata: {name: l}\nspec:\n  targets:\n${targets.map((t) => `    - "${t}"`).join('\n')}\n`;
  const library = (name: string) => `apiVersion: backstage.io/v1alpha1\nkind: Component\nmetadata: {name: ${name}}\nspec: {type: library}\n`;

  it('follows a local file\'s targets only inside its directory, and no plain http, warning for each refused target', async () => {
    const base = path.resolve('/work/ws');
    const files: Record<string, string> = {
      [path.join(base, 'cat', 'all.yaml')]: location('../../../../etc/passwd', '/etc/hosts', 'file:../secrets.yaml', './libs/ok.yaml', 'http://127.0.0.1:6379/x', 'https://cat.acme/lib.yaml'),
      [path.join(base, 'cat', 'libs', 'ok.yaml')]: library('ok'),
    };
    const reads: string[] = [];
    const calls: Call[] = [];
    const r = await loadCatalogSources(['cat/all.yaml'], {
      readFile: async (p) => {
        reads.push(p);
        if (!(p in files)) throw Object.assign(new Error('ENOENT'), { code: 'ENOENT' });
        return files[p];
      },
      fetch: fakeFetch({ 'https://cat.acme/lib.yaml': { body: library('remote') } }, calls), baseDir: base,
    });
    assert.deepEqual(reads, [path.join(base, 'cat', 'all.yaml'), path.join(base, 'cat', 'libs', 'ok.yaml')]);
    assert.deepEqual(calls.map((c) => c.url), ['https://cat.acme/lib.yaml']);
    assert.deepEqual(r.catalog.entries.map((e) => e.id), ['backstage:ok', 'backstage:remote']);
    assert.deepEqual(r.warnings, [
      'cat/all.yaml: Location target ../../../../etc/passwd not followed: it is outside the directory of the catalog file given',
      'cat/all.yaml: Location target /etc/hosts not followed: it is outside the directory of the catalog file given',
      'cat/all.yaml: Location target file:../secrets.yaml not followed: it is outside the directory of the catalog file given',
      'cat/all.yaml: Location target http://127.0.0.1:6379/x not followed: only https URLs are fetched',
    ]);
  });

  it('keeps a remote file\'s targets on its origin: no absolute targets, no loopback http, no other host', async () => {
    const calls: Call[] = [];
    const fetchFn = fakeFetch({
      'https://cat.acme/root/all.yaml': { body: location('http://127.0.0.1:8080/admin', 'https://cat.acme/root/abs.yaml', '//evil.example/x.yaml', './ok.yaml', '../up.yaml') },
      'https://cat.acme/root/ok.yaml': { body: library('ok') },
      'https://cat.acme/up.yaml': { body: library('up') },
    }, calls);
    const r = await loadCatalogSources(['https://cat.acme/root/all.yaml'], { readFile: readFileUtf8, fetch: fetchFn, baseDir: fixtures });
    assert.deepEqual(calls.map((c) => c.url), ['https://cat.acme/root/all.yaml', 'https://cat.acme/root/ok.yaml', 'https://cat.acme/up.yaml']);
    assert.deepEqual(r.catalog.entries.map((e) => e.id), ['backstage:ok', 'backstage:up']);
    assert.deepEqual(r.warnings, [
      'https://cat.acme/root/all.yaml: Location target http://127.0.0.1:8080/admin not followed: a remote catalog file\'s absolute targets are not followed',
      'https://cat.acme/root/all.yaml: Location target https://cat.acme/root/abs.yaml not followed: a remote catalog file\'s absolute targets are not followed',
      'https://cat.acme/root/all.yaml: Location target //evil.example/x.yaml not followed: it leaves https://cat.acme',
    ]);
  });

  it('fetches plain http only when the top-level spec is itself loopback http, and then only on that origin', async () => {
    const calls: Call[] = [];
    const fetchFn = fakeFetch({
      'http://127.0.0.1:7007/all.yaml': { body: location('./next.yaml', '//127.0.0.1:9999/x.yaml') },
      'http://127.0.0.1:7007/next.yaml': { body: library('next') },
    }, calls);
    const r = await loadCatalogSources(['http://127.0.0.1:7007/all.yaml'], { readFile: readFileUtf8, fetch: fetchFn, baseDir: fixtures });
    assert.deepEqual(calls.map((c) => c.url), ['http://127.0.0.1:7007/all.yaml', 'http://127.0.0.1:7007/next.yaml']);
    assert.deepEqual(r.catalog.entries.map((e) => e.id), ['backstage:next']);
    assert.deepEqual(r.warnings, ['http://127.0.0.1:7007/all.yaml: Location target //127.0.0.1:9999/x.yaml not followed: it leaves http://127.0.0.1:7007']);
  });

  it('stops when the signal is aborted', async () => {
    const ac = new AbortController();
    ac.abort(new Error('cancelled by the user'));
    await assert.rejects(loadCatalogSources(['repos.json'], { readFile: readFileUtf8, fetch: fakeFetch({}, []), baseDir: fixtures, signal: ac.signal }), /cancelled by the user/);
  });
});
