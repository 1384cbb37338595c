import assert from 'node:assert/strict';
import { installArgv } from '../../../src/catalog/addDependency';
import { parseCatalogFile } from '../../../src/catalog/catalogFiles';
import { entryFromSnapshot } from '../../../src/catalog/entryFromSnapshot';
import { mergeCatalogs } from '../../../src/catalog/merge';
import type { Ecosystem } from '../../../src/catalog/model';
import { isValidPackageName, packageKey } from '../../../src/catalog/packageName';
import { validateCatalog } from '../../../src/catalog/validateCatalog';
import { snapshot } from './snapshotFixtures';

const EVIL = '--registry=https://evil.example/';

describe('isValidPackageName', () => {
  const valid: [Ecosystem, string][] = [
    ['npm', '@acme/http-client'], ['npm', 'lodash.merge'], ['npm', 'JSONStream'], ['pypi', 'acme-retry'], ['pypi', 'Acme_Y.z'],
    ['go', 'github.com/acme/go-kafka/v2'], ['go', 'gopkg.in/yaml.v3'], ['maven', 'com.acme:http-client'], ['nuget', 'Acme.Http'],
    ['cargo', 'acme_huge-x'],
  ];
  const invalid: [Ecosystem, string][] = [
    ['npm', EVIL], ['npm', '-x'], ['npm', 'a b'], ['npm', 'a;rm -rf /'], ['npm', '.hidden'], ['npm', '@acme/'], ['npm', 'x\n'],
    ['pypi', '--index-url=http://x'], ['pypi', 'acme-'], ['pypi', 'a$(id)'], ['go', '-modfile=x'], ['go', 'github.com/../x'],
    ['go', 'github.com/a b'], ['maven', 'com.acme'], ['maven', '-Dx:y'], ['maven', 'a:b:c'], ['nuget', '-Source'], ['nuget', 'A|B'],
    ['cargo', '--registry'], ['cargo', 'a.b'], ['npm', ''],
  ];
  for (const [eco, name] of valid) it(`accepts ${eco} ${name}`, () => assert.equal(isValidPackageName(eco, name), true));
  it('rejects option-like names, whitespace, control characters and shell metacharacters per ecosystem', () => {
    for (const [eco, name] of invalid) assert.equal(isValidPackageName(eco, name), false, `${eco} ${JSON.stringify(name)}`);
  });
});

describe('package names that could inject options', () => {
  it('validateCatalog drops them with a warning naming the entry', () => {
    const { catalog, warnings } = validateCatalog({ schemaVersion: 1, replacements: [], entries: [{
      id: 'acme/x', name: 'x', packages: [{ ecosystem: 'npm', name: EVIL }, { ecosystem: 'npm', name: '@acme/x' }],
    }] }, 'c.json');
    assert.deepEqual(catalog.entries[0].packages, [{ ecosystem: 'npm', name: '@acme/x' }]);
    assert.deepEqual(warnings, [`c.json: entry 0 (acme/x): "packages[0]" "${EVIL}" is not a valid npm package name; dropped`]);
  });

  it('entryFromSnapshot drops a crawled manifest\'s bad name with a warning naming the repository', () => {
    const r = entryFromSnapshot(snapshot('evil', { files: { 'Cargo.toml': '[package]\nname = "--registry"\n[dependencies]\n"a b" = "1"\nserde = "1"\n' } }));
    assert.deepEqual(r.entry.packages, []);
    assert.deepEqual(r.entry.dependencies, [{ ecosystem: 'cargo', name: 'serde' }]);
    assert.deepEqual(r.warnings, [
      'acme/evil: package cargo "--registry" ignored: not a valid cargo package name',
      'acme/evil: dependency cargo "a b" ignored: not a valid cargo package name',
    ]);
    const npm = entryFromSnapshot(snapshot('evil-npm', { files: { 'package.json': '{"name":"--save"}', 'go.mod': 'module github.com/acme/evil-npm\n' } }));
    assert.deepEqual(npm.entry.packages, [{ ecosystem: 'go', name: 'github.com/acme/evil-npm' }]);
    assert.match(npm.warnings.join('\n'), /acme\/evil-npm: skipped package\.json: "name" is not a valid npm package name: "--save"/);
  });

  it('parseCatalogFile drops them from Backstage annotations', () => {
    const yaml = `apiVersion: backstage.io/v1alpha1\nkind: Component\nmetadata:\n  name: evil\n  annotations:\n    reuse-radar/packages: "npm:${EVIL}, cargo:acme-ok"\nspec:\n  type: library\n`;
    const { catalog, warnings } = parseCatalogFile(yaml, 'catalog-info.yaml');
    assert.deepEqual(catalog.entries[0].packages, [{ ecosystem: 'cargo', name: 'acme-ok' }]);
    assert.deepEqual(warnings, [`catalog-info.yaml: backstage:evil: package npm "${EVIL}" ignored: not a valid npm package name`]);
  });

  it('installArgv refuses them with a clear error', () => {
    assert.throws(() => installArgv({ ecosystem: 'npm', name: EVIL }), /Refusing to install "--registry=https:\/\/evil\.example\/": it is not a valid npm package name\./);
    assert.throws(() => installArgv({ ecosystem: 'pypi', name: '-r/etc/passwd' }, 'pip'), /not a valid pypi package name/);
  });
});

describe('packageKey (the same package across sources)', () => {
  it('compares names as their ecosystems do, so merge sees one library', () => {
    assert.equal(packageKey({ ecosystem: 'cargo', name: 'Acme_Http' }), packageKey({ ecosystem: 'cargo', name: 'acme-http' }));
    assert.equal(packageKey({ ecosystem: 'pypi', name: 'Acme.Retry' }), packageKey({ ecosystem: 'pypi', name: 'acme_retry' }));
    assert.notEqual(packageKey({ ecosystem: 'npm', name: 'acme_http' }), packageKey({ ecosystem: 'npm', name: 'acme-http' }));
    const entry = (id: string, name: string) => ({ id, name: id, repo: '', packages: [{ ecosystem: 'cargo' as const, name }], description: '', keywords: [],
      dependencies: [], owners: [], lifecycle: 'production' as const, kind: 'library' as const, hasContributing: false, links: {}, sources: [id] });
    const merged = mergeCatalogs([
      { schemaVersion: 1, generatedAt: '', entries: [entry('a:acme-http', 'acme_http')], replacements: [] },
      { schemaVersion: 1, generatedAt: '', entries: [entry('b:acme-http', 'acme-http')], replacements: [] },
    ]);
    assert.equal(merged.entries.length, 1);
  });
});
