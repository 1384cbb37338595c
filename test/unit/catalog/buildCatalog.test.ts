import * as assert from 'node:assert/strict';
import { buildCatalog } from '../../../src/catalog/buildCatalog';
import { generateSnapshots } from '../../support/catalogGenerator/generate';
import { isSuggestible } from '../../../src/matching/catalogIndex';
import { snapshot } from './snapshotFixtures';

const retry = snapshot('retry', { topics: ['inner-source'], files: { 'package.json': '{"name":"@acme/retry","dependencies":{"p-retry":"6"}}' } });
const http = snapshot('http', { files: { 'package.json': '{"name":"@acme/http","dependencies":{"@acme/retry":"1","axios":"1"}}' } });
const checkout = snapshot('checkout', { files: { 'package.json': '{"name":"checkout","private":true,"dependencies":{"@acme/http":"1","@acme/retry":"1"}}' } });
const goSvc = snapshot('inventory', { files: { 'go.mod': 'module github.com/acme/inventory\nrequire github.com/acme/go-retry v1.0.0\n', 'catalog-info.yaml': 'kind: Component\nmetadata: {name: inventory}\nspec: {type: service}\n' } });
const goRetry = snapshot('go-retry', { files: { 'go.mod': 'module github.com/acme/go-retry\n' } });
const oldUser = snapshot('legacy', { isArchived: true, files: { 'package.json': '{"name":"legacy","private":true,"dependencies":{"@acme/retry":"1"}}' } });
const docs = snapshot('handbook', { files: { CODEOWNERS: '* @acme/writers\n' } });
const forked = snapshot('axios', { isFork: true, files: { 'package.json': '{"name":"axios"}' } });
const oldHttp = snapshot('old-http', { isArchived: true, files: { 'package.json': '{"name":"@acme/old-http","deprecated":"use @acme/http"}' } });
const stillUsing = snapshot('billing', { files: { 'package.json': '{"name":"billing","private":true,"dependencies":{"@acme/old-http":"1"}}' } });

describe('buildCatalog', () => {
  it('keeps archived libraries flagged archived, with their replacement and users, never suggestible', () => {
    const r = buildCatalog([oldHttp, stillUsing, http, oldUser], { origin: 'github:acme' });
    const old = r.catalog.entries.find((e) => e.id === 'acme/old-http');
    assert.ok(old, r.catalog.entries.map((e) => e.id).join(','));
    assert.equal(old.archived, true);
    assert.equal(old.lifecycle, 'archived');
    assert.equal(old.replacement, '@acme/http');
    assert.deepEqual(old.packages, [{ ecosystem: 'npm', name: '@acme/old-http' }]);
    assert.deepEqual(old.usedBy, ['acme/billing']);
    assert.equal(isSuggestible(old), false);
    assert.equal(r.catalog.entries.some((e) => e.id === 'acme/legacy'), false, 'an archived application is still not a library');
  });

  it('keeps libraries only: not forks, with a descriptor, not services/applications', () => {
    const r = buildCatalog([retry, http, checkout, goSvc, goRetry, oldUser, docs, forked], { origin: 'github:acme', now: new Date('2026-11-01T00:00:00Z') });
    assert.deepEqual(r.catalog.entries.map((e) => e.id), ['acme/go-retry', 'acme/http', 'acme/retry']);
    assert.equal(r.repositories, 8);
    assert.equal(r.libraries, 3);
    assert.equal(r.catalog.generatedAt, '2026-11-01T00:00:00.000Z');
    assert.equal(r.catalog.origin, 'github:acme');
    assert.deepEqual(r.catalog.entries[0].sources, ['github:acme']);
  });

  it('inverts dependencies of every non-archived repository, libraries or not, into usedBy', () => {
    const { catalog } = buildCatalog([retry, http, checkout, goSvc, goRetry, oldUser, docs]);
    const by = Object.fromEntries(catalog.entries.map((e) => [e.id, e.usedBy]));
    assert.deepEqual(by['acme/retry'], ['acme/checkout', 'acme/http']);
    assert.deepEqual(by['acme/http'], ['acme/checkout']);
    assert.deepEqual(by['acme/go-retry'], ['acme/inventory']);
  });

  it('applies the topic filter case-insensitively, and can keep non-libraries', () => {
    assert.deepEqual(buildCatalog([retry, http], { topic: 'Inner-Source' }).catalog.entries.map((e) => e.id), ['acme/retry']);
    const all = buildCatalog([retry, checkout, goSvc, docs], { includeNonLibraries: true });
    assert.deepEqual(all.catalog.entries.map((e) => [e.id, e.kind]), [['acme/checkout', 'application'], ['acme/inventory', 'service'], ['acme/retry', 'library']]);
    assert.equal(all.libraries, 1);
  });

  it('collects warnings from malformed manifests without dropping the repository', () => {
    const bad = snapshot('broken', { files: { 'package.json': '{', 'pyproject.toml': '[project]\nname = "acme-broken"\n' } });
    const r = buildCatalog([bad]);
    assert.equal(r.warnings.length, 1);
    assert.match(r.warnings[0], /^acme\/broken: skipped package\.json: invalid JSON/);
    assert.deepEqual(r.catalog.entries[0].packages, [{ ecosystem: 'pypi', name: 'acme-broken' }]);
  });

  it('builds a consistent catalog from a generated 600-repository org', () => {
    const snaps = generateSnapshots(600, 3);
    const r = buildCatalog(snaps, { origin: 'github:acme' });
    assert.deepEqual(r.warnings, []);
    assert.equal(r.repositories, 600);
    assert.ok(r.libraries > 300 && r.libraries < 380, `libraries: ${r.libraries}`);
    const ids = new Set(r.catalog.entries.map((e) => e.id));
    const repos = new Set(snaps.map((s) => `${s.owner}/${s.name}`));
    const withUsers = r.catalog.entries.filter((e) => e.usedBy!.length);
    assert.ok(withUsers.length > 100, `libraries with users: ${withUsers.length}`);
    for (const e of withUsers) for (const u of e.usedBy!) assert.ok(repos.has(u) && u !== e.repo);
    for (const e of r.catalog.entries.filter((x) => x.lifecycle === 'deprecated' && x.replacement)) assert.ok(ids.has(e.replacement!), e.replacement);
  });
});
