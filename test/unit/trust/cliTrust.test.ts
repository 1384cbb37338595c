import * as assert from 'node:assert';
import { mkdir, mkdtemp, rm, truncate, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import * as nodePath from 'node:path';
import { main } from '../../../src/cli';

const ESC = '\u001b';

describe('CLI: hostile input and where the token may go', function () {
  this.timeout(20_000);
  let dir: string;
  before(async () => {
    dir = await mkdtemp(nodePath.join(tmpdir(), 'rr-cli-trust-'));
  });
  after(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  async function cli(args: string[], env: Record<string, string | undefined> = {}) {
    let stdout = '';
    let stderr = '';
    const code = await main(args, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), env, cwd: dir });
    return { code, stdout, stderr };
  }

  it('contribute and catalog build refuse to send GITHUB_TOKEN over plain http to another machine', async () => {
    await writeFile(nodePath.join(dir, 'a.ts'), 'export {};\n');
    const token = 'plain-token-0123456789';
    const contribute = await cli(['contribute', '--repo', 'acme/a', '--file', 'a.ts:a.ts', '--title', 'T', '--api-url', 'http://ghe.example.com/api/v3'], { GITHUB_TOKEN: token });
    assert.strictEqual(contribute.code, 1);
    assert.match(contribute.stderr, /^reuse-radar contribute: Reuse Radar sends GITHUB_TOKEN only over https \(or plain http to this machine\), and http:\/\/ghe\.example\.com is not/);
    const build = await cli(['catalog', 'build', '--org', 'acme', '--out', 'c.json'], { GITHUB_TOKEN: token, GITHUB_API_URL: 'http://10.1.2.3/api/v3' });
    assert.strictEqual(build.code, 1);
    assert.match(build.stderr, /sends GITHUB_TOKEN only over https .* http:\/\/10\.1\.2\.3 is not/);
    assert.ok(!`${contribute.stderr}${build.stderr}`.includes(token));
  });

  it('catalog build redacts the literal token a server echoes back, whatever its shape', async () => {
    const token = 'corp-sso-secret-7d31a9c2';
    const server: Server = createServer((req, res) => {
      res.writeHead(401, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ message: `upstream rejected ${String(req.headers.authorization)} for https://bot:pa/ss@ghe.local/x?access_token=${token}` }));
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    try {
      const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      const run = await cli(['catalog', 'build', '--org', 'acme', '--out', 'c.json', '--api-url', url], { GITHUB_TOKEN: token });
      assert.strictEqual(run.code, 1);
      assert.ok(run.stderr.length > 0);
      assert.ok(!run.stderr.includes(token), run.stderr);
      assert.ok(!run.stderr.includes('pa/ss'), run.stderr);
    } finally {
      server.close();
    }
  });

  it('scan prints catalog text and file names without escape sequences or forged lines', async () => {
    const root = nodePath.join(dir, 'repo');
    await rm(root, { recursive: true, force: true });
    await mkdir(root);
    await writeFile(nodePath.join(root, `evil${ESC}[2J.ts`), "import axios from 'axios';\n");
    const catalog = {
      schemaVersion: 1, generatedAt: '2026-01-01T00:00:00Z',
      entries: [{ id: 'acme/http', name: `http${ESC}]0;pwned\u0007`, repo: `acme/http${ESC}[31m`, packages: [{ ecosystem: 'npm', name: '@acme/http' }], description: 'd', keywords: [], dependencies: [], owners: [], lifecycle: 'production', kind: 'library', hasContributing: false, links: {}, sources: ['t'] }],
      replacements: [{ from: 'axios', ecosystem: 'npm', to: '@acme/http', message: `use ours\r\nFORGED: all clear ${ESC}[8m`, source: 'test' }],
    };
    await writeFile(nodePath.join(dir, 'hostile.json'), JSON.stringify(catalog));
    const run = await cli(['scan', 'repo', '--catalog', 'hostile.json']);
    assert.strictEqual(run.code, 0, run.stderr);
    assert.match(run.stdout, /@acme\/http/);
    // eslint-disable-next-line no-control-regex -- finding control characters is the point
    assert.ok(!/[\u0000-\u0008\u000b-\u001f\u007f]/.test(run.stdout + run.stderr), JSON.stringify(run.stdout));
    assert.ok(!/^FORGED/m.test(run.stdout), 'a catalog message cannot start a line of its own');
  });

  it('imports refuses a source file over 1 MB with a sentence, as scan skips it', async () => {
    await writeFile(nodePath.join(dir, 'huge.ts'), `import a from 'a';\n${'//'.repeat(1024 * 1024)}\n`);
    const run = await cli(['imports', 'huge.ts']);
    assert.strictEqual(run.code, 1);
    assert.match(run.stderr, /^reuse-radar imports: huge\.ts is 2\.0 MB; reuse-radar reads source files up to 1 MB \(as scan does\)\n$/);
  });

  it('scan refuses a catalog file over the size cap before reading it', async () => {
    const big = nodePath.join(dir, 'big.json');
    await writeFile(big, '');
    await truncate(big, 200 * 1024 * 1024);
    const run = await cli(['scan', '.', '--catalog', 'big.json']);
    assert.strictEqual(run.code, 1);
    assert.match(run.stderr, /big\.json: the catalog file is 200 MB; Reuse Radar reads catalog files up to 32 MB/);
  });
});
