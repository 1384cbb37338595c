import assert from 'node:assert/strict';
import * as path from 'node:path';
import type * as vscode from 'vscode';
import type { Catalog } from '../../../src/catalog/model';
import { DEFAULT_THRESHOLD } from '../../../src/matching/matcher';
import { analyseFile } from '../../../src/matching/pipeline';
import type { Dismissal } from '../../../src/matching/types';
import { SuggestionModel } from '../../../src/services/suggestionModel';
import { Emitter } from '../../../src/util/emitter';
import { catalogOf, lib } from '../matching/catalogFixture';

/** The parts of a vscode.Uri the model reads (scheme, fsPath, toString), for a file path. */
function fileUri(fsPath: string): vscode.Uri {
  const resolved = path.resolve(fsPath);
  return { scheme: 'file', fsPath: resolved, path: resolved, toString: () => `file://${resolved}` } as unknown as vscode.Uri;
}

const events = lib('events', { packages: ['npm:@acme/events'], deps: ['npm:kafkajs'], keywords: ['kafka'], description: 'Kafka producer and consumer' });
const http = lib('http-client', { packages: ['npm:@acme/http-client'], deps: ['npm:axios'], keywords: ['http'], description: 'HTTP client' });
const retry = lib('retry', { packages: ['npm:@acme/retry'], keywords: ['retry', 'backoff'], description: 'Retry with exponential backoff' });

class FakeCatalog {
  readonly changed = new Emitter<Catalog>();
  readonly onDidChangeCatalog = this.changed.event;
  constructor(public catalog: Catalog) {}
}

class FakeSettings {
  readonly changed = new Emitter<ReadonlySet<string>>();
  readonly onDidChange = this.changed.event;
  current = { threshold: DEFAULT_THRESHOLD };
}

class FakeDismissals {
  readonly changed = new Emitter<void>();
  readonly onDidChange = this.changed.event;
  list: Dismissal[] = [];
  dismissals(): Dismissal[] {
    return this.list;
  }
}

function setUp() {
  const catalog = new FakeCatalog(catalogOf([events, http, retry]));
  const dismissals = new FakeDismissals();
  const settings = new FakeSettings();
  const model = new SuggestionModel(catalog, dismissals, settings);
  const fired = { files: [] as string[][], changes: 0, newFiles: [] as string[][] };
  model.onDidChangeFiles((uris) => fired.files.push(uris.map((u) => path.basename(u.fsPath))));
  model.onDidChange(() => fired.changes++);
  model.onDidAddNewFiles((found) => fired.newFiles.push(found.map((f) => f.relativePath)));
  return { catalog, dismissals, settings, model, fired };
}

const root = path.resolve('/work/app');
const publisher = fileUri(path.join(root, 'src', 'publisher.ts'));
const caller = fileUri(path.join(root, 'src', 'caller.ts'));
const triggersOf = (file: string, text: string) => analyseFile(file, text)!;
const kafkaImport = triggersOf('publisher.ts', "import { Kafka } from 'kafkajs';\nimport fs from 'node:fs';\n");
const axiosImport = triggersOf('caller.ts', "import axios from 'axios';\n");
const ids = (model: SuggestionModel, uri: vscode.Uri) => model.findings(uri).flatMap((f) => f.suggestions.map((s) => s.entry.id));

describe('services/SuggestionModel (plain Node: small collaborators, no VS Code)', () => {
  it('matches a file\'s triggers through the core pipeline and says which files changed', () => {
    const { model, fired } = setUp();
    model.setFileTriggers(publisher, kafkaImport);
    assert.deepEqual(ids(model, publisher), ['acme/events']);
    assert.deepEqual(model.imports(publisher).map((i) => `${i.specifier}:${i.kind}`), ['kafkajs:package', 'node:fs:stdlib']);
    assert.equal(model.hasFile(publisher), true);
    assert.equal(model.findingAt(publisher, { line: 0, character: 25 })?.import.specifier, 'kafkajs');
    assert.deepEqual(fired.files, [['publisher.ts']]);
    assert.equal(fired.changes, 1);
  });

  it('the same findings again, or a file with nothing to suggest, changes nothing anyone shows', () => {
    const { model, fired } = setUp();
    model.setFileTriggers(publisher, kafkaImport);
    model.setFileTriggers(publisher, kafkaImport);
    model.setFileTriggers(fileUri('/work/app/plain.ts'), triggersOf('plain.ts', "import fs from 'node:fs';\n"));
    assert.deepEqual(fired.files, [['publisher.ts']]);
  });

  it('removing a file drops its findings and new-file finding; removing an unknown file fires nothing', () => {
    const { model, fired } = setUp();
    model.setFileTriggers(publisher, kafkaImport);
    model.removeFile(publisher);
    assert.deepEqual(model.findings(publisher), []);
    assert.equal(model.hasFile(publisher), false);
    model.removeFile(publisher);
    assert.deepEqual(fired.files, [['publisher.ts'], ['publisher.ts']]);
  });

  it('a burst of new files is one model update; files with tokens are matched, a checkout (no tokens) is recorded unmatched', () => {
    const { model, fired } = setUp();
    const created = fileUri('/work/app/src/retryWithBackoff.ts');
    const checkedOut = fileUri('/work/app/src/retryPolicy.ts');
    const added = model.addNewFiles([
      { uri: created, relativePath: 'src/retryWithBackoff.ts', tokens: ['retry', 'with', 'backoff'], language: 'typescript' },
      { uri: checkedOut, relativePath: 'src/retryPolicy.ts', tokens: [] },
    ]);
    assert.deepEqual(added.map((f) => f.relativePath), ['src/retryWithBackoff.ts']);
    assert.equal(model.newFileFinding(created)?.suggestions[0]?.entry.id, 'acme/retry');
    assert.deepEqual(model.newFileFinding(checkedOut)?.suggestions, []);
    assert.deepEqual(fired.files, [['retryWithBackoff.ts', 'retryPolicy.ts']], 'one change for the whole batch');
    assert.deepEqual(fired.newFiles, [['src/retryWithBackoff.ts']], 'onDidAddNewFiles names only the files with suggestions');
  });

  it('libraries() aggregates import and new-file occurrences per library, best first, with a summary', () => {
    const { model } = setUp();
    model.setFileTriggers(publisher, kafkaImport);
    model.setFileTriggers(caller, axiosImport);
    model.setFileTriggers(fileUri('/work/app/src/consumer.ts'), triggersOf('consumer.ts', "import { Kafka } from 'kafkajs';\n"));
    model.addNewFiles([{ uri: fileUri('/work/app/src/retryWithBackoff.ts'), relativePath: 'src/retryWithBackoff.ts', tokens: ['retry', 'with', 'backoff'] }]);
    const libraries = model.libraries();
    assert.deepEqual(libraries.map((l) => l.entry.id).sort(), ['acme/events', 'acme/http-client', 'acme/retry']);
    const kafka = libraries.find((l) => l.entry.id === 'acme/events')!;
    assert.deepEqual(kafka.occurrences.map((o) => path.basename(o.uri.fsPath)), ['consumer.ts', 'publisher.ts']);
    assert.equal(kafka.summary, 'wraps kafkajs, which you import in 2 files');
    const retryLibrary = libraries.find((l) => l.entry.id === 'acme/retry')!;
    assert.equal(retryLibrary.occurrences[0].trigger, 'new-file');
    assert.equal(retryLibrary.summary, 'a new file looks like what it does');
    assert.equal(model.libraries(), libraries, 'cached until something changes');
  });

  it('a user dismissal re-matches every file and drops only what it covers', () => {
    const { model, dismissals, fired } = setUp();
    model.setFileTriggers(publisher, kafkaImport);
    model.setFileTriggers(caller, axiosImport);
    fired.files.length = 0;
    dismissals.list = [{ scope: 'import', specifier: 'kafkajs' }];
    dismissals.changed.fire();
    assert.deepEqual(ids(model, publisher), []);
    assert.deepEqual(ids(model, caller), ['acme/http-client']);
    assert.deepEqual(fired.files, [['publisher.ts']], 'only the file whose findings changed');
  });

  it('a repository\'s .reuse-radar.json dismissals apply to the files below its folder only', () => {
    const { model } = setUp();
    const elsewhere = fileUri('/work/other/src/publisher.ts');
    model.setFileTriggers(publisher, kafkaImport);
    model.setFileTriggers(elsewhere, kafkaImport);
    model.setRepositoryDismissals([{ folder: root, dismissals: [{ scope: 'library', library: '@acme/events' }] }]);
    assert.deepEqual(ids(model, publisher), []);
    assert.deepEqual(ids(model, elsewhere), ['acme/events']);
    model.setRepositoryDismissals([]);
    assert.deepEqual(ids(model, publisher), ['acme/events']);
  });

  it('new catalog content or a new threshold re-matches; other settings do not', () => {
    const { model, catalog, settings, fired } = setUp();
    model.setFileTriggers(caller, axiosImport);
    fired.files.length = 0;
    settings.changed.fire(new Set(['orgs']));
    assert.deepEqual(fired.files, [], 'another setting: nothing re-matched');
    catalog.catalog = catalogOf([events, retry]);
    catalog.changed.fire(catalog.catalog);
    assert.deepEqual(ids(model, caller), []);
    assert.deepEqual(fired.files, [['caller.ts']]);
    catalog.catalog = catalogOf([events, http, retry]);
    catalog.changed.fire(catalog.catalog);
    assert.deepEqual(ids(model, caller), ['acme/http-client']);
    fired.files.length = 0;
    settings.current = { threshold: 0.95 };
    settings.changed.fire(new Set(['threshold']));
    assert.deepEqual(ids(model, caller), [], 'a wrapper (0.55) is under a 0.95 threshold');
    assert.deepEqual(fired.files, [['caller.ts']]);
  });

  it('after dispose, its events are gone', () => {
    const { model, fired } = setUp();
    model.dispose();
    model.setFileTriggers(publisher, kafkaImport);
    assert.deepEqual(fired.files, []);
  });
});
