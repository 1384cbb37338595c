import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { parseCatalogFile } from '../../../src/catalog/catalogFiles';
import { readBackstageYaml } from '../../../src/catalog/formats/backstageCatalog';
import { displayOwner } from '../../../src/catalog/formats/backstageRefs';
import { loadCatalogSources } from '../../../src/catalog/loadSources';
import { parseGoMod } from '../../../src/catalog/manifests/goMod';
import { mergeCatalogs } from '../../../src/catalog/merge';
import type { Catalog, CatalogEntry } from '../../../src/catalog/model';

// Real public catalog files, byte for byte; test/fixtures/real/SOURCES names repository, path and commit of each.
const REAL = path.resolve(__dirname, '..', '..', 'fixtures', 'real');
const read = (...parts: string[]) => readFileSync(path.join(REAL, ...parts), 'utf8');
const deps = {
  readFile: (f: string) => Promise.resolve(readFileSync(f, 'utf8')),
  fetch: (() => Promise.reject(new Error('no network in tests'))) as typeof fetch,
  baseDir: REAL,
  listDir: async (d: string) => readdirSync(d, { withFileTypes: true }).map((e) => ({ name: e.name, isDirectory: e.isDirectory(), isFile: e.isFile() })),
};
/** At most one "not a library" summary per file, whatever the file holds. */
function assertOneSummaryPerFile(warnings: string[]): void {
  const files = warnings.filter((w) => /not a library/.test(w)).map((w) => w.split(':').slice(0, 2).join(':'));
  assert.deepEqual(files, [...new Set(files)], `one summary line per file: ${warnings.join('\n')}`);
}

describe('real catalogs: Backstage', () => {
  it('RoadieHQ/roadie-backstage-plugins: the Location globs find all 21 library plugins of the monorepo, each its own entry', async () => {
    const r = await loadCatalogSources(['backstage/roadie/catalog-info.yaml'], deps);
    assert.deepEqual(r.failed, []);
    assert.equal(r.catalog.entries.length, 21);
    assertOneSummaryPerFile(r.warnings);
    assert.deepEqual(r.warnings, [
      'file:backstage/roadie/catalog-info.yaml: 1 component is not a library (spec.type website); skipped (reuseRadar.catalog.libraryTypes / --library-types say which types count)',
      'backstage/roadie/catalog-info.yaml: Location target ./utils/**/catalog-info.yaml matches no file inside the directory of the catalog file given',
    ]);
    const argo = r.catalog.entries.find((e) => e.id === 'backstage:backstage-plugin-argo-cd')!;
    assert.equal(argo.repo, 'roadiehq/roadie-backstage-plugins', 'the repository from github.com/project-slug');
    assert.deepEqual(argo.packages, [{ ecosystem: 'npm', name: '@roadiehq/backstage-plugin-argo-cd', path: 'plugins/frontend/backstage-plugin-argo-cd' }],
      'the package from the NPM link, in the folder backstage.io/source-location names');
    assert.deepEqual(argo.owners, ['group:default/open-source']);
    assert.equal(displayOwner(argo.owners[0]), 'open-source', 'shown as Backstage shows it');
    assert.equal(argo.description, 'Backstage plugin to view and interact with Argo CD.');
    // A common-library without annotations: a library by its type, its package from its scoped title.
    const utils = r.catalog.entries.find((e) => e.id === 'backstage:github-auth-utils-react')!;
    assert.deepEqual(utils.packages, [{ ecosystem: 'npm', name: '@roadiehq/github-auth-utils-react' }]);
    assert.equal(utils.repo, '');
  });

  it('backstage/backstage: owner CNCF stays a Backstage group (no invented @backstage/CNCF); repo from the slug', () => {
    const { catalog, warnings } = parseCatalogFile(read('backstage', 'backstage', 'catalog-info.yaml'), 'catalog-info.yaml');
    assert.deepEqual(warnings, []);
    const [e] = catalog.entries;
    assert.equal(e.id, 'backstage/backstage');
    assert.deepEqual(e.owners, ['group:default/CNCF']);
    assert.equal(displayOwner(e.owners[0]), 'CNCF');
    assert.equal(e.links.docs, 'https://backstage.io/docs');
  });

  it('backstage/backstage packages: backstage-common/web/node-library and a frontend plugin publishing a package are libraries', () => {
    const cases: [string, string, string][] = [
      ['packages/catalog-model', 'backstage:backstage-catalog-model', '@backstage/catalog-model'],
      ['packages/core-components', 'backstage:backstage-core-components', '@backstage/core-components'],
      ['packages/backend-plugin-api', 'backstage:backstage-backend-plugin-api', '@backstage/backend-plugin-api'],
      ['plugins/catalog', 'backstage:backstage-plugin-catalog', '@backstage/plugin-catalog'],
    ];
    for (const [dir, id, pkg] of cases) {
      const { catalog, warnings } = parseCatalogFile(read('backstage', 'backstage', dir, 'catalog-info.yaml'), `${dir}/catalog-info.yaml`);
      assert.deepEqual(warnings, [], dir);
      assert.deepEqual(catalog.entries.map((e) => [e.id, e.kind, e.packages.map((p) => p.name)]), [[id, 'library', [pkg]]], dir);
    }
  });

  it('an org list of library types decides instead (--library-types / reuseRadar.catalog.libraryTypes)', () => {
    const text = read('backstage', 'backstage', 'packages', 'core-components', 'catalog-info.yaml');
    assert.equal(parseCatalogFile(text, 'x.yaml', { libraryTypes: ['backstage-web-library'] }).catalog.entries.length, 1);
    const { catalog, warnings } = parseCatalogFile(read('backstage', 'examples', 'components', 'artist-lookup-component.yaml'), 'a.yaml', { libraryTypes: ['library'] });
    assert.equal(catalog.entries.length, 0);
    assert.deepEqual(warnings, ['file:a.yaml: 1 component is not a library (spec.type service); skipped']);
    assert.equal(parseCatalogFile(read('backstage', 'examples', 'components', 'artist-lookup-component.yaml'), 'a.yaml', { libraryTypes: ['service'] }).catalog.entries.length, 1);
  });

  it('a file read from its repository URL takes the repository and folder from where it lies', () => {
    const url = 'https://github.com/backstage/backstage/blob/master/packages/catalog-model/catalog-info.yaml';
    const r = readBackstageYaml(read('backstage', 'backstage', 'packages', 'catalog-model', 'catalog-info.yaml'), `url:${url}`, { location: url });
    assert.equal(r.entries[0].repo, 'backstage/backstage');
    assert.deepEqual(r.entries[0].packages, [{ ecosystem: 'npm', name: '@backstage/catalog-model', path: 'packages/catalog-model' }]);
  });

  it('Systems, Groups and Users are skipped without a word; a service gets one summary line', async () => {
    const systems = await loadCatalogSources(['backstage/examples/all-systems.yaml'], deps);
    assert.deepEqual([systems.catalog.entries, systems.warnings, systems.failed], [[], [], []]);
    const groups = parseCatalogFile(read('backstage', 'examples', 'acme', 'team-a-group.yaml'), 'team-a-group.yaml');
    assert.deepEqual([groups.catalog.entries, groups.warnings], [[], []]);
    const dir = await loadCatalogSources(['backstage/examples/components'], deps);
    assert.deepEqual(dir.catalog.entries.map((e) => [e.id, e.owners, e.lifecycle]), [['backstage:playback-sdk', ['group:default/team-c'], 'experimental']]);
    assert.deepEqual(dir.warnings, ['file:backstage/examples/components/artist-lookup-component.yaml: 1 component is not a library (spec.type service); skipped (reuseRadar.catalog.libraryTypes / --library-types say which types count)']);
  });

  it('merges a crawled repository with its catalog-info entry (same repository, same package) into one, keeping the richer fields', () => {
    const crawled = (id: string, pkg: string): CatalogEntry => ({
      id, name: id.split('/')[1], repo: id, packages: [{ ecosystem: 'npm', name: pkg }], description: '', keywords: ['typescript'],
      dependencies: [], owners: ['@RoadieHQ/maintainers'], lifecycle: 'unknown', kind: 'library', stars: 12, hasContributing: false, links: {}, sources: ['github:roadiehq'],
    });
    const catalogOf = (entries: CatalogEntry[]): Catalog => ({ schemaVersion: 1, generatedAt: '2026-01-01T00:00:00Z', entries, replacements: [] });
    const files = parseCatalogFile(read('backstage', 'roadie', 'plugins', 'frontend', 'backstage-plugin-argo-cd', 'catalog-info.yaml'), 'argo.yaml').catalog;
    const awsAuth = parseCatalogFile(read('backstage', 'roadie', 'plugins', 'backend', 'backstage-plugin-aws-auth', 'catalog-info.yaml'), 'aws.yaml').catalog;
    const merged = mergeCatalogs([
      catalogOf([crawled('roadiehq/roadie-backstage-plugins', '@roadiehq/backstage-plugin-argo-cd'), crawled('roadiehq/backstage-plugin-aws-auth', '@roadiehq/backstage-plugin-aws-auth')]),
      files, awsAuth,
    ]);
    assert.deepEqual(merged.entries.map((e) => e.id), ['roadiehq/backstage-plugin-aws-auth', 'roadiehq/roadie-backstage-plugins']);
    const aws = merged.entries[0];
    assert.equal(aws.description, 'Backstage plugin to authenticate other plugins with AWS IAM.', 'the description the crawl lacked');
    assert.equal(aws.lifecycle, 'experimental');
    assert.equal(aws.stars, 12);
    assert.deepEqual(aws.owners, ['@RoadieHQ/maintainers', 'group:default/roadie']);
  });
});

describe('real catalogs: InnerSource portal', () => {
  it('SAP/project-portal-for-innersource repos.json: 42 repositories with their portal metadata', () => {
    const { catalog, warnings } = parseCatalogFile(read('innersource', 'repos.json'), 'repos.json');
    assert.deepEqual(warnings, []);
    assert.equal(catalog.entries.length, 42);
    const earth = catalog.entries.find((e) => e.id === 'sol/earth')!;
    assert.equal(earth.host, 'github.instance');
    assert.equal(earth.stars, 136);
    assert.equal(earth.language, 'JavaScript');
    assert.deepEqual(earth.keywords, ['earth', 'javascript', 'sol']);
    assert.deepEqual(earth.innersource, { logo: './images/demo/Earth.png' });
  });
});

describe('real catalogs: ESLint', () => {
  it('mattermost .eslintrc.json (with a comment): the one package rule, scoped to DeepPartial; no rule to a path or to itself', () => {
    const { catalog, warnings } = parseCatalogFile(read('eslint', 'mattermost-channels', '.eslintrc.json'), '.eslintrc.json');
    assert.deepEqual(catalog.replacements, [{
      from: 'redux', ecosystem: 'npm', to: '@mattermost/types', importNames: ['DeepPartial'],
      message: "Use DeepPartial from '@mattermost/types/utilities instead.", source: 'file:.eslintrc.json',
    }]);
    assert.deepEqual(warnings, ['file:.eslintrc.json: 2 restrictions name no replacement package (react-bootstrap, lodash); ignored']);
  });

  it('invenio configs/react18.yaml (a YAML shareable config, not named .eslintrc): the scoped package rule; the same-package subpath is no replacement', async () => {
    const file = 'eslint/inveniosoftware-eslint-config-invenio/configs/react18.yaml';
    const { catalog, warnings } = parseCatalogFile(read(file), 'configs/react18.yaml');
    assert.deepEqual(catalog.replacements, [{
      from: 'enzyme-adapter-react-16', ecosystem: 'npm', to: '@cfaester/enzyme-adapter-react-18',
      message: 'Remove, use @cfaester/enzyme-adapter-react-18 for React 18 compatibility', source: 'file:configs/react18.yaml',
    }]);
    assert.deepEqual(catalog.entries, []);
    assert.deepEqual(warnings, ['file:configs/react18.yaml: 1 restriction names no replacement package (react-dom/test-utils); ignored'],
      "'Use react-dom/client createRoot' names a subpath of react-dom, the restricted module's own package");
    const listed = await loadCatalogSources([file], deps);
    assert.deepEqual(listed.failed, []);
    assert.deepEqual(listed.warnings, [`file:${file}: 1 restriction names no replacement package (react-dom/test-utils); ignored`]);
    assert.deepEqual(listed.catalog.replacements!.map((r) => [r.from, r.to]), [['enzyme-adapter-react-16', '@cfaester/enzyme-adapter-react-18']],
      'listed as a catalog source, the .yaml file is read as an ESLint config by its content');
  });

  it('metabase: the JavaScript config is never run, one line says how to feed it; its --print-config output is read', () => {
    assert.throws(() => parseCatalogFile(read('eslint', 'metabase-embedding-sdk', '.eslintrc.js'), 'src/.eslintrc.js'),
      { message: 'src/.eslintrc.js: an ESLint JavaScript config is code and is never run; save the output of `npx eslint --print-config <one of your source files>` as a .json file and list that file instead' });
    const { catalog, warnings } = parseCatalogFile(read('eslint', 'metabase-embedding-sdk', 'print-config.json'), 'print-config.json');
    assert.deepEqual(catalog.replacements.map((r) => [r.from, r.to]), [['moment', 'dayjs'], ['moment-timezone', 'dayjs'], ['@storybook/test', '@testing-library/user-event']]);
    assert.deepEqual(warnings, ['file:print-config.json: 3 restrictions name no replacement package (@mantine/core, react-redux, metabase/lib/redux); ignored']);
  });
});

describe('real catalogs: module-replacements', () => {
  const load = (v: string, f: string) => parseCatalogFile(read('module-replacements', v, `${f}.json`), `${f}.json`);

  it('v3 preferred.json: rules to the packages it names, native advice kept apart', () => {
    const { catalog, warnings } = load('v3', 'preferred');
    assert.deepEqual(warnings, []);
    assert.ok(catalog.replacements.some((r) => r.from === '@75lb/deep-merge' && r.to === '@fastify/deepmerge'));
    assert.ok(catalog.replacements.every((r) => r.from !== r.to), 'no self-rule');
    assert.ok(!catalog.replacements.some((r) => r.to === 'fetch'), 'a native API is never a replacement package');
    assert.ok(catalog.advice!.some((a) => a.from === '@cypress/request' && a.kind === 'native' && a.text === 'native fetch'));
  });

  it('v3 micro-utilities.json and v2 native/micro-utilities/preferred: advice only, said in one line', () => {
    for (const [v, f, kinds, n] of [['v3', 'micro-utilities', 'micro-utility', 150], ['v2', 'native', 'native', 131], ['v2', 'micro-utilities', 'micro-utility', 38], ['v2', 'preferred', 'documented', 401]] as const) {
      const { catalog, warnings } = load(v, f);
      assert.equal(catalog.replacements.length, 0, `${v} ${f}`);
      assert.equal(catalog.advice!.length, n, `${v} ${f}`);
      assert.deepEqual(warnings, [`${f}.json: only advice towards ${kinds} (${n} modules), no replacement library; the editor shows it when reuseRadar.replacements.native is on`]);
    }
    const v2 = load('v2', 'native').catalog.advice!.find((a) => a.from === 'array-includes')!;
    assert.equal(v2.text, 'native Array.prototype.includes (Node.js 6.0.0)');
    assert.equal(v2.url, 'https://developer.mozilla.org/en-US/docs/Web/JavaScript/Reference/Global_Objects/Array/includes');
  });
});

describe('real catalogs: Go deprecation notices', () => {
  it('golang/protobuf go.mod: the quoted module path is the replacement', () => {
    const info = parseGoMod(read('go', 'golang-protobuf.go.mod'), 'go.mod');
    assert.equal(info.lifecycle, 'deprecated');
    assert.equal(info.replacement, 'google.golang.org/protobuf');
  });
});
