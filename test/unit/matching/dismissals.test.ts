import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { isDismissed, parseRepoDismissals, readRepoDismissals } from '../../../src/matching/dismissals';
import { lib } from './catalogFixture';

describe('matching/dismissals', () => {
  const http = lib('http-client', { packages: ['npm:@acme/http-client'] });

  it('library dismissals match by id, repo or package name, case-insensitively', () => {
    for (const name of ['acme/http-client', '@acme/http-client', 'ACME/Http-Client', 'http-client']) {
      assert.equal(isDismissed([{ scope: 'library', library: name }], http, 'axios'), true, name);
    }
    assert.equal(isDismissed([{ scope: 'library', library: '@acme/other' }], http, 'axios'), false);
    assert.equal(isDismissed([{ scope: 'library', library: 'acme/http-client' }], 'acme/http-client', 'axios'), true);
  });

  it('import dismissals cover the import and its sub-paths, not look-alikes', () => {
    const d = [{ scope: 'import' as const, specifier: 'axios' }];
    assert.equal(isDismissed(d, http, 'axios'), true);
    assert.equal(isDismissed(d, http, 'axios/lib/core'), true);
    assert.equal(isDismissed(d, http, 'axios-retry'), false);
    assert.equal(isDismissed([{ scope: 'import', specifier: 'github.com/segmentio/kafka-go' }], http, 'github.com/segmentio/kafka-go/compress'), true);
  });

  it('suggestion dismissals need both the library and the import', () => {
    const d = [{ scope: 'suggestion' as const, library: '@acme/http-client', specifier: 'axios' }];
    assert.equal(isDismissed(d, http, 'axios'), true);
    assert.equal(isDismissed(d, http, 'got'), false);
    assert.equal(isDismissed(d, lib('other', { packages: ['npm:@acme/other'] }), 'axios'), false);
  });

  it('parses the .reuse-radar.json schema into dismissals', () => {
    const text = JSON.stringify({ dismissed: [{ library: '@acme/http-client', reason: 'we chose got' }, { import: 'axios' }, { library: 'acme/events', import: 'kafkajs' }] });
    assert.deepEqual(parseRepoDismissals(text, '.reuse-radar.json'), [
      { scope: 'library', library: '@acme/http-client' },
      { scope: 'import', specifier: 'axios' },
      { scope: 'suggestion', library: 'acme/events', specifier: 'kafkajs' },
    ]);
    assert.deepEqual(parseRepoDismissals('{}', 'f'), []);
  });

  it('rejects malformed files with one clear sentence', () => {
    assert.throws(() => parseRepoDismissals('{ nope', 'x/.reuse-radar.json'), /^Error: x\/\.reuse-radar\.json: not valid JSON/);
    assert.throws(() => parseRepoDismissals('[]', 'f'), /expected an object like \{"dismissed": \[\.\.\.\]\}/);
    assert.throws(() => parseRepoDismissals('{"dismissed": {}}', 'f'), /"dismissed" must be an array/);
    assert.throws(() => parseRepoDismissals('{"dismissed": [{"reason": "x"}]}', 'f'), /dismissed\[0\] names neither a "library" nor an "import"/);
    assert.throws(() => parseRepoDismissals('{"dismissed": [{"import": ""}]}', 'f'), /dismissed\[0\]\.import must be a non-empty string/);
  });

  it('reads the file from a folder; a missing file means no dismissals', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'reuse-radar-dismiss-'));
    try {
      assert.deepEqual(await readRepoDismissals(dir), []);
      await writeFile(path.join(dir, '.reuse-radar.json'), '{"dismissed":[{"import":"axios"}]}');
      assert.deepEqual(await readRepoDismissals(dir), [{ scope: 'import', specifier: 'axios' }]);
      await writeFile(path.join(dir, '.reuse-radar.json'), 'not json');
      await assert.rejects(readRepoDismissals(dir), (err: Error) => err.message.startsWith(path.join(dir, '.reuse-radar.json')) && /not valid JSON/.test(err.message));
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
