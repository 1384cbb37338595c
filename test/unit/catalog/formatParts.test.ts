import * as assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { decodeCatalog, encodeCatalog } from '../../../src/catalog/cacheCodec';
import { parseCatalogFile } from '../../../src/catalog/catalogFiles';
import { adviceIndex, adviceMessage } from '../../../src/catalog/formats/adviceIndex';
import { componentKind, repositoryOf } from '../../../src/catalog/formats/backstageLibrary';
import { backstageOwnerRef, displayOwner } from '../../../src/catalog/formats/backstageRefs';
import { expandLocationGlob } from '../../../src/catalog/formats/locationGlob';
import { replacementTarget } from '../../../src/catalog/formats/replacementTarget';
import { loadCatalogSources } from '../../../src/catalog/loadSources';
import type { Catalog } from '../../../src/catalog/model';
import { validateCatalog } from '../../../src/catalog/validateCatalog';
import { endQuietlyOnClosedPipe } from '../../../src/cli/io';
import { Matcher } from '../../../src/matching/matcher';
import { EventEmitter } from 'node:events';

const listDir = async (d: string) => readdirSync(d, { withFileTypes: true }).map((e) => ({ name: e.name, isDirectory: e.isDirectory(), isFile: e.isFile() }));

describe('replacementTarget (deprecation and restriction notices, every ecosystem)', () => {
  const cases: [string, Parameters<typeof replacementTarget>[1], string | undefined][] = [
    ['Use the "google.golang.org/protobuf" module instead.', { ecosystem: 'go', from: 'github.com/golang/protobuf' }, 'google.golang.org/protobuf'],
    ['Deprecated: use github.com/acme/kafka/v2', { ecosystem: 'go' }, 'github.com/acme/kafka/v2'],
    ['Relocated: use `com.acme:http-client2`', { ecosystem: 'maven' }, 'com.acme:http-client2'],
    ['This package is deprecated, use Acme.Http.Client instead.', { ecosystem: 'nuget' }, 'Acme.Http.Client'],
    ["Deprecated; use 'acme-http' instead", { ecosystem: 'pypi' }, 'acme-http'],
    ['@acme/old is deprecated, use @acme/new', { from: '@acme/old' }, '@acme/new'],
    ['`@scope/pkg` is deprecated, see the changelog', { from: '@scope/pkg' }, undefined],
    ["Use OverlayTrigger from '/components/overlay_trigger' instead.", { from: 'react-bootstrap' }, undefined],
    ['Import individual functions from lodash/<function> instead.', { from: 'lodash' }, undefined],
    ['Use typed hooks `useAppDispatch` and `useAppSelector` instead.', { from: 'react-redux' }, undefined],
    ['Please use the native fetch instead', {}, undefined],
    ['Deprecated: use the v2 module.', {}, undefined],
  ];
  for (const [message, options, expected] of cases) {
    it(`${JSON.stringify(message)} -> ${expected ?? 'nothing'}`, () => assert.equal(replacementTarget(message, options), expected));
  }
});

describe('Backstage parts', () => {
  it('keeps owners as entity refs and shows them as Backstage does', () => {
    assert.equal(backstageOwnerRef('CNCF'), 'group:default/CNCF');
    assert.equal(backstageOwnerRef('user:jdoe'), 'user:default/jdoe');
    assert.equal(backstageOwnerRef('team-a', 'payments'), 'group:payments/team-a');
    assert.equal(displayOwner('group:default/CNCF'), 'CNCF');
    assert.equal(displayOwner('user:default/jdoe'), 'user:jdoe');
    assert.equal(displayOwner('group:payments/ledger'), 'payments/ledger');
    assert.equal(displayOwner('@acme/web'), '@acme/web');
  });

  it('decides what a component is by its type, the org list, or a published package', () => {
    for (const t of ['library', 'backstage-common-library', 'node-library', 'web-library', 'sdk', 'package', 'lib']) assert.equal(componentKind(t, false), 'library', t);
    assert.equal(componentKind('source-code', false), 'other');
    assert.equal(componentKind('source-code', false, ['source-code']), 'library');
    assert.equal(componentKind('library', false, ['sdk']), 'other', 'an org list is exact');
    assert.equal(componentKind('backstage-frontend-plugin', true), 'library');
    assert.equal(componentKind('service', true), 'service');
  });

  it('finds the repository in source-location, managed-by-location and file URLs, and nothing in other URLs', () => {
    assert.deepEqual(repositoryOf('url:https://ghe.acme.com/web/ui-kit/tree/main/'), { host: 'ghe.acme.com', repo: 'web/ui-kit', path: '' });
    assert.deepEqual(repositoryOf('url:https://github.com/acme/mono/blob/main/libs/http/catalog-info.yaml'), { host: 'github.com', repo: 'acme/mono', path: 'libs/http' });
    assert.deepEqual(repositoryOf('https://raw.githubusercontent.com/acme/mono/main/catalog-info.yaml'), { host: 'github.com', repo: 'acme/mono', path: '' });
    assert.deepEqual(repositoryOf('url:https://gitlab.com/acme/http/-/tree/main/src'), { host: 'gitlab.com', repo: 'acme/http', path: 'src' });
    assert.equal(repositoryOf('https://backstage.acme/catalog/all.yaml'), undefined);
    assert.equal(repositoryOf('dir:.'), undefined);
  });
});

describe('Location globs and directory specs', () => {
  const root = mkdtempSync(path.join(tmpdir(), 'rr-glob-'));
  const put = (rel: string, text: string) => {
    mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
    writeFileSync(path.join(root, rel), text);
  };
  const lib = (name: string) => `apiVersion: backstage.io/v1alpha1\nkind: Component\nmetadata: {name: ${name}}\nspec: {type: library, owner: web}\n`;
  before(() => {
    put('top/catalog-info.yaml', 'apiVersion: backstage.io/v1alpha1\nkind: Location\nmetadata: {name: all}\nspec:\n  targets: [./plugins/*/catalog-info.yaml, ./deep/**/catalog-info.yaml, ../*/catalog-info.yaml]\n');
    put('top/plugins/a/catalog-info.yaml', lib('a'));
    put('top/plugins/b/catalog-info.yaml', lib('b'));
    put('top/plugins/node_modules/catalog-info.yaml', lib('vendored'));
    put('top/deep/x/y/catalog-info.yaml', lib('deep'));
    put('outside/catalog-info.yaml', lib('outside'));
    symlinkSync(path.join(root, 'outside'), path.join(root, 'top', 'plugins', 'linked'));
    put('empty/README.md', '# nothing');
    put('empty/package.json', '{"name": "x"}');
  });

  it('expands * and ** inside the top-level file\'s directory only, never through links or node_modules', async () => {
    const r = await loadCatalogSources(['top/catalog-info.yaml'], { readFile: async (f) => (await import('node:fs')).readFileSync(f, 'utf8'), fetch, baseDir: root, listDir });
    assert.deepEqual(r.catalog.entries.map((e) => e.id), ['backstage:a', 'backstage:b', 'backstage:deep']);
    assert.deepEqual(r.warnings, ['top/catalog-info.yaml: Location target ../*/catalog-info.yaml matches no file inside the directory of the catalog file given']);
    assert.deepEqual(await expandLocationGlob('../**/catalog-info.yaml', path.join(root, 'top'), path.join(root, 'top'), listDir), []);
  });

  it('a remote file\'s glob target is refused in one line', async () => {
    const fetchFn = (async () => new Response('kind: Location\napiVersion: v1\nmetadata: {name: l}\nspec: {targets: [./*/catalog-info.yaml]}\n', { status: 200 })) as typeof fetch;
    const r = await loadCatalogSources(['https://acme.example/catalog.yaml'], { readFile: () => Promise.reject(new Error('no')), fetch: fetchFn, baseDir: root, listDir });
    assert.deepEqual(r.warnings, ['https://acme.example/catalog.yaml: Location target ./*/catalog-info.yaml not followed: globs are expanded only in local catalog files']);
  });

  it('a directory spec reads the catalog files in it, or says in one line that there is none', async () => {
    const readFile = async (f: string) => (await import('node:fs/promises')).readFile(f, 'utf8');
    const plugins = await loadCatalogSources(['top/plugins/a'], { readFile, fetch, baseDir: root, listDir });
    assert.deepEqual([plugins.catalog.entries.map((e) => e.id), plugins.failed], [['backstage:a'], []]);
    const empty = await loadCatalogSources(['empty'], { readFile, fetch, baseDir: root, listDir });
    assert.deepEqual(empty.failed, ['empty']);
    assert.deepEqual(empty.warnings, ['empty: a directory without a recognised catalog file (read 1 JSON/YAML/ESLint files in it)']);
  });
});

describe('catalog files: JSON with comments, advice and scoped rules survive every store', () => {
  it('reads .eslintrc with comments and trailing commas, and names the error of broken JSON', () => {
    const text = '{\n  // shared\n  "rules": { "no-restricted-imports": ["error", { "paths": [{ "name": "axios", "message": "Use @acme/http instead.", }] }] },\n}\n';
    assert.deepEqual(parseCatalogFile(text, '.eslintrc').catalog.replacements.map((r) => r.to), ['@acme/http']);
    assert.throws(() => parseCatalogFile('{ "rules": ', 'x.json'), /x\.json: invalid JSON \(.*as JSON with comments/);
  });

  it('repeated overrides give one rule and one warning', () => {
    const rule = ['error', { paths: [{ name: 'axios', message: 'Use @acme/http' }, { name: 'lodash' }] }];
    const config = { rules: { 'no-restricted-imports': rule }, overrides: [1, 2, 3, 4].map(() => ({ files: ['*.ts'], rules: { 'no-restricted-imports': rule } })) };
    const { catalog, warnings } = parseCatalogFile(JSON.stringify(config), '.eslintrc.json');
    assert.equal(catalog.replacements.length, 1);
    assert.deepEqual(warnings, ['file:.eslintrc.json: 1 restriction names no replacement package (lodash); ignored']);
  });

  it('keeps importNames and advice through the catalog JSON and the cache', () => {
    const catalog: Catalog = {
      schemaVersion: 1, generatedAt: '2026-01-01T00:00:00Z', entries: [],
      replacements: [{ from: 'redux', ecosystem: 'npm', to: '@acme/types', importNames: ['DeepPartial'], source: 'file:x' }],
      advice: [{ from: 'array-includes', ecosystem: 'npm', kind: 'native', text: 'native Array.prototype.includes', url: 'https://developer.mozilla.org/x', source: 'file:n.json' }],
    };
    assert.deepEqual(validateCatalog(JSON.parse(JSON.stringify(catalog)), 'c.json').catalog, catalog);
    assert.deepEqual(decodeCatalog(JSON.parse(JSON.stringify(encodeCatalog(catalog)))), catalog);
  });

  it('looks advice up by package and words it as one line', () => {
    const lookup = adviceIndex([{ from: 'array-includes', kind: 'native', text: 'native Array.prototype.includes', source: 'file:dir/native.json' }]);
    assert.equal(lookup('npm', 'array-includes').length, 1);
    assert.equal(lookup('pypi', 'array-includes').length, 0);
    assert.equal(adviceMessage('array-includes', lookup('npm', 'array-includes')),
      '"array-includes": no library needed: use native Array.prototype.includes (module-replacements advice from native.json)');
  });
});

describe('CLI output to a closed pipe', () => {
  it('ends quietly with exit 0 on EPIPE, and lets other stream errors through', () => {
    const stream = new EventEmitter();
    const codes: number[] = [];
    endQuietlyOnClosedPipe(stream, (code) => codes.push(code));
    stream.emit('error', Object.assign(new Error('write EPIPE'), { code: 'EPIPE' }));
    assert.deepEqual(codes, [0]);
    assert.throws(() => stream.emit('error', Object.assign(new Error('disk full'), { code: 'ENOSPC' })), /disk full/);
  });
});

describe('name-scoped rules in matching', () => {
  it('a rule scoped to importNames never fires for the whole module', () => {
    const entry = {
      id: 'acme/types', name: 'types', repo: 'acme/types', packages: [{ ecosystem: 'npm' as const, name: '@acme/types' }], description: '', keywords: [],
      dependencies: [], owners: [], lifecycle: 'production' as const, kind: 'library' as const, hasContributing: false, links: {}, sources: [],
    };
    const catalog = (importNames?: string[]): Catalog => ({
      schemaVersion: 1, generatedAt: '2026-01-01T00:00:00Z', entries: [entry],
      replacements: [{ from: 'redux', ecosystem: 'npm', to: '@acme/types', ...(importNames ? { importNames } : {}), message: 'Use DeepPartial from @acme/types', source: 'file:x' }],
    });
    const trigger = { kind: 'import' as const, specifier: 'redux', importKind: 'package' as const, packageName: 'redux', ecosystem: 'npm' as const, language: 'typescript' as const };
    assert.deepEqual(new Matcher(catalog()).match(trigger).map((s) => s.match), ['replacement']);
    assert.deepEqual(new Matcher(catalog(['DeepPartial'])).match(trigger), []);
  });
});
