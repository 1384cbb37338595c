import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Catalog } from '../../../src/catalog/model';
import { scanTree } from '../../../src/matching/scanTree';

const FIXTURES = path.resolve(__dirname, '../../fixtures/matching');

describe('scan --json: a library without packages', () => {
  it('has no "package" key (never "package": "")', async () => {
    const catalog = JSON.parse(await readFile(path.join(FIXTURES, 'catalog.json'), 'utf8')) as Catalog;
    // As an InnerSource portal repos.json lists it: a repository, no packages.
    for (const e of catalog.entries) if (e.name === 'events') e.packages = [];
    const findings = await scanTree(path.join(FIXTURES, 'scan-tree'), catalog, { newFiles: true });
    const events = findings.find((f) => f.file === 'src/events.js')!.suggestions[0];
    assert.equal(events.name, 'events');
    assert.ok(!JSON.stringify(events).includes('"package"'), JSON.stringify(events));
    const retry = findings.find((f) => f.file === 'src/retryWithBackoff.js')!.suggestions[0];
    assert.equal(retry.package, '@acme/retry');
  });
});
