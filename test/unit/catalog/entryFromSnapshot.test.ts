import * as assert from 'node:assert/strict';
import { entryFromSnapshot } from '../../../src/catalog/entryFromSnapshot';
import { snapshot } from './snapshotFixtures';

describe('entryFromSnapshot', () => {
  it('combines manifests, CODEOWNERS, innersource.json and repository facts into one entry', () => {
    const { entry, isLibrary, warnings } = entryFromSnapshot(snapshot('http-client', {
      description: 'HTTP client', topics: ['inner-source', 'HTTP'], primaryLanguage: 'TypeScript', stars: 12, openIssues: 3,
      hasContributing: true, homepageUrl: 'https://docs.acme/http',
      files: {
        'package.json': '{"name":"@acme/http-client","keywords":["http","retry"],"dependencies":{"axios":"1","@acme/http-client":"1"}}',
        '.github/CODEOWNERS': '* @acme/platform-web\n',
        'innersource.json': '{"motivation":"One client","skills":["TypeScript"]}',
        'README.md': '# ignored',
      },
    }));
    assert.deepEqual(warnings, []);
    assert.equal(isLibrary, true);
    assert.equal(entry.id, 'acme/http-client');
    assert.deepEqual(entry.packages, [{ ecosystem: 'npm', name: '@acme/http-client' }]);
    assert.deepEqual(entry.dependencies, [{ ecosystem: 'npm', name: 'axios' }]);
    assert.deepEqual(entry.keywords, ['inner-source', 'http', 'retry']);
    assert.deepEqual(entry.owners, ['@acme/platform-web']);
    assert.equal(entry.kind, 'library');
    assert.equal(entry.lifecycle, 'unknown');
    assert.deepEqual(entry.links, { repo: 'https://github.com/acme/http-client', docs: 'https://docs.acme/http', contributing: 'https://github.com/acme/http-client/blob/main/CONTRIBUTING.md', issues: 'https://github.com/acme/http-client/issues' });
    assert.deepEqual(entry.innersource, { motivation: 'One client', skills: ['TypeScript'] });
    assert.deepEqual(entry.sources, ['github:acme']);
  });

  it('skips a malformed manifest with a warning naming repo and file, and keeps the others', () => {
    const { entry, isLibrary, warnings } = entryFromSnapshot(snapshot('kafka', {
      files: { 'package.json': '{"name": "@acme/kafka", ', 'go.mod': 'module github.com/acme/kafka\nrequire github.com/IBM/sarama v1.0.0\n' },
      skippedFiles: { 'pom.xml': 'larger than 512 KB', 'logo.png': 'binary' },
    }));
    assert.equal(warnings.length, 2);
    assert.match(warnings[0], /^acme\/kafka: skipped go\.mod|^acme\/kafka: skipped package\.json: invalid JSON/);
    assert.ok(warnings.some((w) => /acme\/kafka: skipped package\.json: invalid JSON/.test(w)));
    assert.ok(warnings.some((w) => w === 'acme/kafka: skipped pom.xml: larger than 512 KB'));
    assert.deepEqual(entry.packages, [{ ecosystem: 'go', name: 'github.com/acme/kafka' }]);
    assert.equal(isLibrary, true);
  });

  it('marks deprecation with its replacement, archived libraries as archived (still libraries), and Backstage kinds', () => {
    const dep = entryFromSnapshot(snapshot('old', { files: { 'go.mod': '// Deprecated: use github.com/acme/new instead\nmodule github.com/acme/old\n' } }));
    assert.equal(dep.entry.lifecycle, 'deprecated');
    assert.equal(dep.entry.replacement, 'github.com/acme/new');
    const archived = entryFromSnapshot(snapshot('gone', { isArchived: true, files: { 'package.json': '{"name":"gone"}' } }));
    assert.equal(archived.entry.lifecycle, 'archived');
    assert.equal(archived.entry.archived, true);
    assert.equal(archived.isLibrary, true, 'an archived library stays a library, flagged, so its package can point at a replacement');
    const service = entryFromSnapshot(snapshot('checkout', { files: {
      'go.mod': 'module github.com/acme/checkout\n',
      'catalog-info.yaml': 'kind: Component\nmetadata: {name: checkout}\nspec: {type: service, lifecycle: production, owner: group:payments}\n',
    } }));
    assert.equal(service.entry.kind, 'service');
    assert.equal(service.entry.lifecycle, 'production');
    assert.deepEqual(service.entry.owners, ['group:default/payments'], 'the crawled org is not a reason to invent a GitHub team');
    assert.equal(service.isLibrary, false);
  });

  it('names a Gradle artifact after settings.gradle rootProject.name, else the repository', () => {
    const withSettings = entryFromSnapshot(snapshot('retry-java', { files: { 'build.gradle.kts': 'group = "com.acme"\n', 'settings.gradle.kts': 'rootProject.name = "acme-retry"\n' } }));
    assert.deepEqual(withSettings.entry.packages, [{ ecosystem: 'maven', name: 'com.acme:acme-retry' }]);
    const without = entryFromSnapshot(snapshot('retry-java', { files: { 'build.gradle': "group = 'com.acme'\n" } }));
    assert.deepEqual(without.entry.packages, [{ ecosystem: 'maven', name: 'com.acme:retry-java' }]);
  });

  it('is not a library without a recognised descriptor (CODEOWNERS alone does not count), nor as a fork', () => {
    assert.equal(entryFromSnapshot(snapshot('docs', { files: { CODEOWNERS: '* @acme/writers\n' } })).isLibrary, false);
    assert.equal(entryFromSnapshot(snapshot('fork', { isFork: true, files: { 'package.json': '{"name":"x"}' } })).isLibrary, false);
  });

  it('a Backstage type naming a library counts, and one that says nothing leaves it to the published package', () => {
    const typed = entryFromSnapshot(snapshot('catalog-model', { files: {
      'catalog-info.yaml': 'kind: Component\nmetadata: {name: catalog-model}\nspec: {type: backstage-common-library, owner: maintainers}\n',
    } }));
    assert.equal(typed.entry.kind, 'library');
    const plugin = entryFromSnapshot(snapshot('plugin-catalog', { files: {
      'package.json': '{"name": "@acme/plugin-catalog"}',
      'catalog-info.yaml': 'kind: Component\nmetadata: {name: plugin-catalog}\nspec: {type: backstage-frontend-plugin, owner: catalog}\n',
    } }));
    assert.equal(plugin.isLibrary, true);
    assert.deepEqual(plugin.entry.owners, ['group:default/catalog']);
  });
});
