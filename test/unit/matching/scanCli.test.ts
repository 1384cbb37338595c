import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { main } from '../../../src/cli';
import type { CliIO } from '../../../src/cli/io';

const FIXTURES = path.resolve(__dirname, '../../fixtures/matching');

async function run(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const io: CliIO = { stdout: (t) => { stdout += t; }, stderr: (t) => { stderr += t; }, env: {}, cwd: FIXTURES };
  const code = await main(args, io);
  return { code, stdout, stderr };
}

describe('cli scan', () => {
  it('exits 0 with findings and prints the JSON contract', async () => {
    const { code, stdout, stderr } = await run(['scan', 'scan-tree', '--catalog', 'catalog.json', '--json']);
    assert.equal(code, 0, stderr);
    const findings = JSON.parse(stdout) as { file: string; trigger: { specifier: string } }[];
    assert.deepEqual(findings.map((f) => `${f.file} ${f.trigger.specifier}`), ['src/api.js axios', 'src/api.js @acme/old-http']);
  });

  it('prints SARIF, text and new-file reports', async () => {
    const sarif = await run(['scan', 'scan-tree', '--catalog', 'catalog.json', '--format', 'sarif']);
    assert.equal(sarif.code, 0);
    const log = JSON.parse(sarif.stdout) as { version: string; runs: { results: { ruleId: string; level: string }[] }[] };
    assert.equal(log.version, '2.1.0');
    assert.deepEqual(log.runs[0].results.map((r) => [r.ruleId, r.level]), [['reuse-radar/acme/http-client', 'note'], ['reuse-radar/acme/http-client', 'warning']]);
    const text = await run(['scan', 'scan-tree', '--catalog', 'catalog.json']);
    assert.match(text.stdout, /^@acme\/http-client \(acme\/http-client\) — 2 findings$/m);
    assert.match(text.stdout, /import @acme\/old-http — @acme\/old-http is deprecated: use @acme\/http-client \[deprecated, 0\.8\]/);
    const newFiles = await run(['scan', 'scan-tree', '--catalog', 'catalog.json', '--new-files', '--json', '--threshold', '0.52']);
    assert.deepEqual(JSON.parse(newFiles.stdout).map((f: { file: string }) => f.file), ['src/events.js', 'src/retryWithBackoff.js']);
  });

  it('uses the embedded demo catalog without --catalog and says so on stderr', async () => {
    const { code, stderr } = await run(['scan', 'scan-tree', '--json']);
    assert.equal(code, 0);
    assert.match(stderr, /using the embedded demo catalog/);
  });

  it('exits 2 on missing or bad arguments', async () => {
    for (const args of [['scan'], ['scan', 'scan-tree', '--format', 'xml'], ['scan', 'scan-tree', '--threshold', '2'], ['scan', 'a', 'b'], ['scan', 'scan-tree', '--bogus']]) {
      const { code, stderr } = await run(args);
      assert.equal(code, 2, args.join(' '));
      assert.match(stderr, /Usage: reuse-radar scan/);
    }
  });

  it('exits 1 with one line on a bad catalog or path', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'reuse-radar-cli-'));
    try {
      await writeFile(path.join(dir, 'bad.json'), '{ "entries": [ ');
      for (const args of [['scan', 'scan-tree', '--catalog', path.join(dir, 'bad.json')], ['scan', 'scan-tree', '--catalog', 'missing.json'], ['scan', 'no-such-dir', '--catalog', 'catalog.json']]) {
        const { code, stderr } = await run(args);
        assert.equal(code, 1, args.join(' '));
        assert.equal(stderr.trim().split('\n').length, 1, stderr);
      }
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
