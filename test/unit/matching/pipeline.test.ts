import assert from 'node:assert/strict';
import { isInSkippedFolder, SKIPPED_FOLDERS } from '../../../src/imports/sourceFiles';
import { Matcher } from '../../../src/matching/matcher';
import { analyseFile, findings, findingsForFile, reclassify, toScanFindings } from '../../../src/matching/pipeline';
import { catalogOf, lib } from './catalogFixture';

const javaHttp = lib('java-http', { packages: ['maven:com.acme:acme-http'], deps: ['maven:com.squareup.okhttp3:okhttp'], keywords: ['http', 'okhttp'], description: 'HTTP client for JVM services' });
const events = lib('events', { packages: ['npm:@acme/events'], deps: ['npm:kafkajs'], keywords: ['kafka'], description: 'Kafka producer and consumer' });
const matcher = new Matcher(catalogOf([javaHttp, events, ...Array.from({ length: 10 }, (_, i) => lib(`x-${i}`, { packages: [`npm:@acme/x-${i}`] }))]));
const java = 'package com.acme.shop;\n\nimport okhttp3.OkHttpClient;\n';

describe('matching/pipeline: one path from a file to findings', () => {
  it('findingsForFile returns exactly the scan --json objects for one file', () => {
    assert.deepEqual(findingsForFile('src/bus.ts', 'import { Kafka } from "kafkajs";\nimport fs from "node:fs";\nimport x from "./x";\n', { matcher }), [{
      file: 'src/bus.ts', line: 1, trigger: { kind: 'import', specifier: 'kafkajs' },
      suggestions: [{ name: 'events', repo: 'acme/events', package: '@acme/events', score: 0.7, reason: 'wraps kafkajs, which this file imports', match: 'wrapper' }],
    }]);
    assert.deepEqual(findingsForFile('README.md', 'import x from "kafkajs"', { matcher }), [], 'no extractor reads it');
    assert.deepEqual(findingsForFile('bin.ts', 'import x from "kafkajs"\u0000', { matcher }), [], 'binary');
    assert.equal(findingsForFile('Client.txt', java, { matcher, language: 'java' }).length, 1, 'an explicit language wins over the extension');
  });

  it('an import dismissal is keyed on the import as written and on its package, everywhere', () => {
    const triggers = analyseFile('Client.java', java)!;
    assert.equal(triggers.imports[0].packageName, 'com.squareup.okhttp3:okhttp');
    assert.equal(findings(triggers, matcher).length, 1);
    assert.deepEqual(findings(triggers, matcher, { dismissals: [{ scope: 'import', specifier: 'okhttp3' }] }), []);
    assert.deepEqual(findings(triggers, matcher, { dismissals: [{ scope: 'import', specifier: 'com.squareup.okhttp3:okhttp' }] }), []);
    assert.deepEqual(findings(triggers, matcher, { dismissals: [{ scope: 'suggestion', library: '@acme/events', specifier: 'okhttp3' }] }).length, 1, 'another library\'s dismissal');
  });

  it('reclassify applies a new project context without extracting again', () => {
    const triggers = analyseFile('src/a.ts', 'import { b } from "@acme/events/b";\n')!;
    assert.equal(toScanFindings('src/a.ts', findings(triggers, matcher))[0].suggestions[0].match, 'exact');
    assert.deepEqual(findings(reclassify(triggers, { npmName: '@acme/events' }), matcher), [], 'its own package is local there');
  });

  it('one skip list: dependencies, virtual environments, caches, VCS and build output', () => {
    for (const folder of ['node_modules', 'venv', '.venv', '__pycache__', '.git', '.hg', '.svn', 'dist', 'target']) {
      assert.ok(SKIPPED_FOLDERS.includes(folder), folder);
      assert.ok(isInSkippedFolder(`svc/${folder}/a.py`), folder);
    }
    assert.ok(!isInSkippedFolder('src/venv.py'));
  });
});
