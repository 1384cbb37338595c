import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { parseCatalogFile } from '../../../src/catalog/catalogFiles';
import { loadDemoCatalog } from '../../../src/catalog/demoCatalog';

const fixture = (name: string): string => readFileSync(path.join(__dirname, '../../fixtures/catalog', name), 'utf8');

describe('parseCatalogFile', () => {
  it('reads the project\'s own catalog JSON and adds the file as a source', () => {
    const text = JSON.stringify(loadDemoCatalog());
    const { catalog, locations, warnings } = parseCatalogFile(text, 'published/catalog.json');
    assert.equal(catalog.entries.length, loadDemoCatalog().entries.length);
    assert.deepEqual(catalog.entries[0].sources, ['demo', 'file:published/catalog.json']);
    assert.equal(catalog.replacements.length, loadDemoCatalog().replacements.length);
    assert.deepEqual(locations, []);
    assert.deepEqual(warnings, []);
  });

  it('keeps an entry with a bad lifecycle as "unknown", drops one without an id, each with a warning; rejects another schema version', () => {
    const c = loadDemoCatalog();
    (c.entries[1] as unknown as Record<string, unknown>).lifecycle = 'retired';
    delete (c.entries[2] as unknown as Record<string, unknown>).id;
    const { catalog, warnings } = parseCatalogFile(JSON.stringify(c), 'c.json');
    assert.equal(catalog.entries.length, c.entries.length - 1);
    assert.equal(catalog.entries.find((e) => e.id === c.entries[1].id)?.lifecycle, 'unknown');
    assert.match(warnings[0], /c\.json: entry 1 \(acme-demo\/[\w-]+\): "lifecycle" must be one of .*; using "unknown"/);
    assert.match(warnings[1], /c\.json: entry 2 skipped: "id" must be a non-empty string/);
    assert.throws(() => parseCatalogFile(JSON.stringify({ ...c, schemaVersion: 9 }), 'c.json'), /c\.json: catalog schema version 9 is not supported/);
  });

  it('reads an InnerSource portal repos.json', () => {
    const { catalog } = parseCatalogFile(fixture('repos.json'), 'repos.json');
    assert.deepEqual(catalog.entries.map((e) => e.id), ['acme/retry-kit', 'acme/pdf-service']);
    const e = catalog.entries[0];
    assert.equal(e.host, 'ghe.example.com');
    assert.deepEqual(e.keywords, ['retry', 'backoff']);
    assert.equal(e.stars, 36);
    assert.equal(e.lastPush, '2026-10-08T12:18:22Z');
    assert.equal(e.hasContributing, true);
    assert.equal(e.links.contributing, 'https://ghe.example.com/acme/retry-kit/blob/main/CONTRIBUTING.md');
    assert.equal(e.links.docs, 'https://docs.example.com/retry-kit');
    assert.deepEqual(e.innersource, { title: 'Retry kit', motivation: 'Stop re-implementing retries.', contributions: ['Bug fixes', 'Docs'], skills: ['TypeScript'] });
    assert.deepEqual(e.sources, ['file:repos.json']);
  });

  it('reads a multi-document Backstage catalog-info.yaml: library Components only, Location targets returned', () => {
    const { catalog, locations } = parseCatalogFile(fixture('catalog-info.yaml'), 'catalog-info.yaml');
    assert.deepEqual(catalog.entries.map((e) => e.id), ['acme/http-client', 'backstage:old-http']);
    const [http, old] = catalog.entries;
    assert.deepEqual(http.packages, [{ ecosystem: 'npm', name: '@acme/http-client' }, { ecosystem: 'pypi', name: 'acme-http' }]);
    assert.deepEqual(http.owners, ['group:default/platform-web'], 'a Backstage group stays a Backstage ref, never an invented GitHub team');
    assert.deepEqual(http.replaces, ['axios', 'got']);
    assert.equal(http.links.docs, 'https://docs.example.com/http-client');
    assert.equal(old.lifecycle, 'deprecated');
    assert.equal(old.replacement, '@acme/http-client');
    assert.equal(old.repo, '');
    assert.deepEqual(locations, ['./libs/dates.yaml']);
  });

  it('reads a Backstage catalog API answer ({items}) and skips malformed entities with a warning', () => {
    const { catalog, warnings } = parseCatalogFile(fixture('backstage-api.json'), 'https://backstage.acme/api/catalog/entities/by-query');
    assert.deepEqual(catalog.entries.map((e) => e.id), ['acme/kafka-go', 'backstage:payments/ledger-utils']);
    assert.equal(catalog.entries[0].host, 'ghe.example.com');
    assert.deepEqual(catalog.entries[0].owners, ['group:default/data-platform']);
    assert.deepEqual(catalog.entries[0].sources, ['url:https://backstage.acme/api/catalog/entities/by-query']);
    assert.deepEqual(catalog.entries[1].owners, ['group:payments/ledger']);
    assert.equal(warnings.length, 1);
    assert.match(warnings[0], /entity 2 skipped/);
  });

  it('reads ESLint no-restricted-imports (eslintrc + overrides) into replacement rules', () => {
    const { catalog, warnings } = parseCatalogFile(fixture('eslintrc.json'), '.eslintrc.json');
    assert.deepEqual(catalog.replacements.map((r) => [r.from, r.to]), [['axios', '@acme/http-client'], ['moment', 'acme-dates'], ['winston', '@acme/logger']]);
    assert.equal(catalog.replacements[0].source, 'file:.eslintrc.json');
    assert.equal(catalog.entries.length, 0);
    assert.equal(warnings.length, 1);
    assert.match(warnings[0], /1 restriction names no replacement package \(lodash\)/);
  });

  it('reads a flat-config array and a YAML eslintrc as well', () => {
    const flat = parseCatalogFile(JSON.stringify([{ files: ['**/*.ts'], rules: { 'no-restricted-imports': ['error', 'request', { name: 'got', message: 'Use @acme/http-client.' }] } }]), 'eslint.json');
    assert.deepEqual(flat.catalog.replacements.map((r) => r.from), ['got']);
    const yaml = parseCatalogFile("rules:\n  no-restricted-imports:\n    - error\n    - paths:\n        - name: dayjs\n          message: Use @acme/dates instead.\n", '.eslintrc.yaml');
    assert.deepEqual(yaml.catalog.replacements.map((r) => [r.from, r.to]), [['dayjs', '@acme/dates']]);
  });

  it('reads the module-replacements shape: documented replacements and bare ids, not native advice', () => {
    const { catalog, warnings } = parseCatalogFile(fixture('module-replacements.json'), 'module-replacements.json');
    assert.deepEqual(catalog.replacements.map((r) => [r.from, r.ecosystem, r.to]), [
      ['axios', 'npm', '@acme/http-client'], ['dayjs', 'npm', '@acme/dates'], ['requests', 'pypi', 'acme-http'],
    ]);
    assert.equal(catalog.replacements[0].message, 'Authenticated HTTP with retries.');
    assert.match(warnings[0], /mapping "broken" has no "replacements" array/);
  });

  it('rejects empty files, invalid JSON and unknown formats with one clear sentence', () => {
    assert.throws(() => parseCatalogFile('   ', 'x.json'), /^Error: x\.json: the catalog file is empty$/);
    assert.throws(() => parseCatalogFile('{"entries": [', 'x.json'), /x\.json: invalid JSON/);
    assert.throws(() => parseCatalogFile('{"hello": "world"}', 'x.json'), /x\.json: unrecognised catalog file format; expected a Reuse Radar catalog JSON/);
    assert.throws(() => parseCatalogFile('just: some yaml\n', 'x.yaml'), /x\.yaml: unrecognised catalog file format/);
    assert.throws(() => parseCatalogFile('a: [unclosed\n', 'x.yaml'), /x\.yaml: neither JSON nor YAML/);
  });
});
