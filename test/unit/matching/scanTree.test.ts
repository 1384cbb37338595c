import assert from 'node:assert/strict';
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Catalog } from '../../../src/catalog/model';
import { scanTree } from '../../../src/matching/scanTree';
import { catalogOf, lib } from './catalogFixture';

const FIXTURES = path.resolve(__dirname, '../../fixtures/matching');
const TREE = path.join(FIXTURES, 'scan-tree');

describe('matching/scanTree', () => {
  let catalog: Catalog;
  let tmp: string;
  before(async () => {
    catalog = JSON.parse(await readFile(path.join(FIXTURES, 'catalog.json'), 'utf8')) as Catalog;
  });
  beforeEach(async () => {
    tmp = await mkdtemp(path.join(os.tmpdir(), 'reuse-radar-scan-'));
  });
  afterEach(async () => {
    await rm(tmp, { recursive: true, force: true });
  });

  it('reports imports with the exact JSON contract, honouring .reuse-radar.json (kafkajs dismissed)', async () => {
    const findings = await scanTree(TREE, catalog);
    assert.deepEqual(JSON.parse(JSON.stringify(findings)), [
      {
        file: 'src/api.js', line: 1, trigger: { kind: 'import', specifier: 'axios' },
        suggestions: [{ name: 'http-client', repo: 'acme/http-client', package: '@acme/http-client', score: 0.55, reason: 'built on axios (its only runtime dependency), which this file imports', match: 'wrapper' }],
      },
      {
        file: 'src/api.js', line: 5, trigger: { kind: 'import', specifier: '@acme/old-http' },
        suggestions: [
          { name: 'old-http', repo: 'acme/old-http', package: '@acme/old-http', score: 1, reason: 'internal library, deprecated: use @acme/http-client', match: 'exact' },
          { name: 'http-client', repo: 'acme/http-client', package: '@acme/http-client', score: 0.8, reason: '@acme/old-http is deprecated: use @acme/http-client', match: 'deprecated' },
        ],
      },
    ]);
  });

  it('without the dismissal file the kafkajs wrapper is reported', async () => {
    await cp(TREE, tmp, { recursive: true });
    await rm(path.join(tmp, '.reuse-radar.json'));
    const findings = await scanTree(tmp, catalog);
    const kafka = findings.find((f) => f.trigger.specifier === 'kafkajs');
    assert.deepEqual(kafka && { file: kafka.file, line: kafka.line, first: kafka.suggestions[0].name }, { file: 'src/events.js', line: 1, first: 'events' });
  });

  it('with newFiles, every file is a new-file trigger named by its relative path; package follows the file language', async () => {
    const findings = await scanTree(TREE, catalog, { newFiles: true });
    assert.deepEqual(findings.map((f) => [f.file, f.line, f.trigger.kind, f.trigger.specifier, f.suggestions[0].package, f.suggestions[0].match]), [
      ['src/events.js', 1, 'new-file', 'src/events.js', '@acme/events', 'fuzzy'],
      ['src/retryWithBackoff.js', 1, 'new-file', 'src/retryWithBackoff.js', '@acme/retry', 'fuzzy'],
      ['tools/retry_policy.py', 1, 'new-file', 'tools/retry_policy.py', 'acme-retry', 'fuzzy'],
    ]);
  });

  it('a threshold above every score leaves nothing; a library dismissal silences it everywhere', async () => {
    assert.deepEqual(await scanTree(TREE, catalog, { threshold: 1.01 }), []);
    await cp(TREE, tmp, { recursive: true });
    await writeFile(path.join(tmp, '.reuse-radar.json'), JSON.stringify({ dismissed: [{ library: 'acme/http-client' }, { import: '@acme/old-http' }] }));
    const findings = await scanTree(tmp, catalog);
    assert.deepEqual(findings.map((f) => f.trigger.specifier), ['kafkajs']);
  });

  it('a malformed .reuse-radar.json is a clear error naming the file', async () => {
    await cp(TREE, tmp, { recursive: true });
    await writeFile(path.join(tmp, '.reuse-radar.json'), '{ "dismissed": [ { "library": 42 } ] }');
    await assert.rejects(scanTree(tmp, catalog), /\.reuse-radar\.json: dismissed\[0\]\.library must be a non-empty string/);
  });

  it("classifies each file with its nearest project's manifests: a monorepo package's self-imports stay local", async () => {
    const write = async (rel: string, text: string) => {
      await mkdir(path.dirname(path.join(tmp, rel)), { recursive: true });
      await writeFile(path.join(tmp, rel), text);
    };
    await write('mono/package.json', JSON.stringify({ name: 'mono', private: true, workspaces: ['flags', 'web'] }));
    await write('mono/flags/package.json', JSON.stringify({ name: '@acme/feature-flags' }));
    await write('mono/flags/src/index.ts', "import { rules } from '@acme/feature-flags/internal';\n");
    await write('mono/web/package.json', JSON.stringify({ name: '@acme/web' }));
    await write('mono/web/src/app.ts', "import { isOn } from '@acme/feature-flags';\n");
    await write('mono/worker/go.mod', 'module github.com/acme/worker\n\ngo 1.22\n');
    await write('mono/worker/main.go', 'package main\n\nimport "github.com/acme/worker/orders"\n');
    await write('mono/orders/pom.xml', '<project><groupId>com.acme</groupId><artifactId>orders-client</artifactId></project>');
    await write('mono/orders/src/main/java/com/acme/orders/client/Client.java', 'package com.acme.orders.client;\nimport com.acme.orders.client.model.Order;\n');
    await write('mono/orders/src/main/java/com/acme/orders/client/model/Order.java', 'package com.acme.orders.client.model;\n');
    const monoCatalog = catalogOf([
      lib('feature-flags', { packages: ['npm:@acme/feature-flags'] }),
      lib('worker', { packages: ['go:github.com/acme/worker'] }),
      lib('orders-client', { packages: ['maven:com.acme:orders-client'] }),
    ]);
    const found = async (dir: string) => (await scanTree(path.join(tmp, dir), monoCatalog)).map((f) => `${f.file} ${f.trigger.specifier} ${f.suggestions[0].match}`);
    assert.deepEqual(await found('mono'), ['web/src/app.ts @acme/feature-flags exact']);
    assert.deepEqual(await found('mono/flags'), []);
    assert.deepEqual(await found('mono/worker'), []);
    // A folder without a manifest of its own takes the project enclosing it.
    assert.deepEqual(await found('mono/flags/src'), []);
    assert.deepEqual(await found('mono/web/src'), ['app.ts @acme/feature-flags exact']);
  });

  it('stops early when aborted', async () => {
    const controller = new AbortController();
    controller.abort();
    assert.deepEqual(await scanTree(TREE, catalog, { signal: controller.signal }), []);
  });
});
