import * as assert from 'node:assert/strict';
import { generateCatalog, generateSnapshots } from '../../support/catalogGenerator/generate';
import { entryProblem } from '../../../src/catalog/validateCatalog';

describe('generateCatalog / generateSnapshots', () => {
  it('is deterministic per seed and differs across seeds', () => {
    assert.equal(JSON.stringify(generateCatalog(200, 4)), JSON.stringify(generateCatalog(200, 4)));
    assert.notEqual(JSON.stringify(generateCatalog(200, 4)), JSON.stringify(generateCatalog(200, 5)));
    assert.equal(JSON.stringify(generateSnapshots(100, 4)), JSON.stringify(generateSnapshots(100, 4)));
  });

  it('produces n valid, uniquely named entries across four ecosystems, sorted by id', () => {
    const c = generateCatalog(3000, 1, { org: 'globex', host: 'ghe.example.com' });
    assert.equal(c.entries.length, 3000);
    assert.equal(new Set(c.entries.map((e) => e.id)).size, 3000);
    for (const e of c.entries) assert.equal(entryProblem(e), undefined, e.id);
    assert.deepEqual([...new Set(c.entries.map((e) => e.packages[0].ecosystem))].sort(), ['go', 'maven', 'npm', 'pypi']);
    assert.ok(c.entries.every((e, i) => i === 0 || c.entries[i - 1].id < e.id));
    assert.ok(c.entries.every((e) => e.id.startsWith('globex/') && e.links.repo!.startsWith('https://ghe.example.com/globex/')));
    const deprecated = c.entries.filter((e) => e.lifecycle === 'deprecated');
    assert.ok(deprecated.length > 50 && deprecated.length < 250, `${deprecated.length}`);
  });

  it('snapshots are sorted newest push first and carry parseable manifests', () => {
    const s = generateSnapshots(300, 2);
    assert.equal(s.length, 300);
    assert.ok(s.every((x, i) => i === 0 || (s[i - 1].pushedAt ?? '') >= (x.pushedAt ?? '')));
    assert.ok(s.some((x) => x.files['go.mod']) && s.some((x) => x.files['pom.xml']) && s.some((x) => x.files['pyproject.toml']));
  });
});
