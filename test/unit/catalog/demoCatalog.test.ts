import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { loadDemoCatalog } from '../../../src/catalog/demoCatalog';
import { CATALOG_SCHEMA_VERSION } from '../../../src/catalog/model';
import { entryProblem, validateCatalog } from '../../../src/catalog/validateCatalog';

const demoDir = path.join(__dirname, '../../../demo');

describe('demo catalog', () => {
  const c = loadDemoCatalog();

  it('is a valid schema-1 catalog of ~30 libraries across npm, PyPI, Go and Maven', () => {
    assert.equal(c.schemaVersion, CATALOG_SCHEMA_VERSION);
    assert.equal(c.origin, 'demo');
    for (const e of c.entries) assert.equal(entryProblem(e), undefined, e.id);
    assert.deepEqual(validateCatalog(c, 'demo').warnings, []);
    assert.ok(c.entries.length >= 28 && c.entries.length <= 35);
    assert.deepEqual([...new Set(c.entries.flatMap((e) => e.packages.map((p) => p.ecosystem)))].sort(), ['go', 'maven', 'npm', 'pypi']);
    assert.equal(new Set(c.entries.map((e) => e.id)).size, c.entries.length);
    const pkgs = c.entries.flatMap((e) => e.packages.map((p) => `${p.ecosystem}:${p.name}`));
    assert.equal(new Set(pkgs).size, pkgs.length, 'a package is published by one library only');
    for (const e of c.entries) {
      assert.ok(e.description.length > 20 && e.owners.every((o) => o.startsWith('@acme-demo/')) && e.host === 'github.com', e.id);
      assert.ok(e.dependencies.length > 0, `${e.id} wraps something`);
    }
  });

  it('has exactly one deprecated library, whose replacement resolves to a production entry', () => {
    const deprecated = c.entries.filter((e) => e.lifecycle === 'deprecated');
    assert.equal(deprecated.length, 1);
    const target = c.entries.find((e) => e.id === deprecated[0].replacement);
    assert.ok(target, `replacement ${deprecated[0].replacement} resolves`);
    assert.equal(target.lifecycle, 'production');
  });

  it('has replacement rules pointing at existing entries', () => {
    assert.ok(c.replacements.length >= 3);
    for (const r of c.replacements) assert.ok(c.entries.some((e) => e.id === r.to), r.to);
  });

  it('returns a fresh copy each call', () => {
    const a = loadDemoCatalog();
    a.entries.length = 0;
    assert.ok(loadDemoCatalog().entries.length > 0);
  });

  it('covers the demo workspace: its public npm, PyPI, Go and Maven dependencies are wrapped or replaced by a demo library', () => {
    const wrapped = new Set(c.entries.flatMap((e) => [...e.dependencies.map((d) => d.name), ...(e.replaces ?? [])]).concat(c.replacements.map((r) => r.from)));
    const internal = new Set(c.entries.flatMap((e) => e.packages.map((p) => p.name)));
    const npmDeps = Object.keys(JSON.parse(readFileSync(path.join(demoDir, 'web-app/package.json'), 'utf8')).dependencies as Record<string, string>);
    const pyDeps = [...readFileSync(path.join(demoDir, 'python-service/pyproject.toml'), 'utf8').matchAll(/^\s+"([a-z0-9-]+)[<>=]/gm)].map((m) => m[1]);
    const goDeps = [...readFileSync(path.join(demoDir, 'go-worker/go.mod'), 'utf8').matchAll(/^\t(\S+) v/gm)].map((m) => m[1]);
    const mvnDeps = [...readFileSync(path.join(demoDir, 'java-orders/pom.xml'), 'utf8').matchAll(/<groupId>([^<]+)<\/groupId><artifactId>([^<]+)</g)].map((m) => `${m[1]}:${m[2]}`);
    const unmatched = [...npmDeps, ...pyDeps, ...goDeps, ...mvnDeps].filter((d) => !wrapped.has(d) && !internal.has(d));
    // The deliberate "nothing to suggest" imports of the demo workspace.
    assert.deepEqual(unmatched.sort(), ['github.com/google/uuid', 'lodash', 'numpy']);
    assert.ok(npmDeps.includes('@acme/legacy-http') && internal.has('@acme/legacy-http'));
  });
});
