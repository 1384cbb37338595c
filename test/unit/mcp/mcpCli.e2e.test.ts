import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import { main } from '../../../src/cli';

const ROOT = path.resolve(__dirname, '../../..');
const FIXTURES = path.join(ROOT, 'test/fixtures/matching');

type CallResult = { isError?: boolean; structuredContent?: Record<string, unknown>; content: { type: string; text?: string }[] };

/** Spawns the bundled CLI (`reuse-radar mcp`) and talks to it with the SDK's own client over stdio. */
describe('reuse-radar mcp (end to end, SDK client over stdio)', function () {
  this.timeout(60_000);
  let client: Client;
  let transport: StdioClientTransport;
  let stderr = '';

  before(async () => {
    execFileSync(process.execPath, [path.join(ROOT, 'scripts/build.mjs'), '--quiet', '--only', 'cli'], { cwd: ROOT });
    transport = new StdioClientTransport({
      command: process.execPath,
      args: [path.join(ROOT, 'dist/cli.js'), 'mcp', '--catalog', path.join(FIXTURES, 'catalog.json')],
      cwd: path.join(FIXTURES, 'scan-tree'),
      stderr: 'pipe',
    });
    transport.stderr?.on('data', (chunk: Buffer) => { stderr += chunk.toString(); });
    client = new Client({ name: 'reuse-radar-test', version: '1.0.0' });
    // Connecting fails if anything but protocol reaches stdout.
    await client.connect(transport);
  });

  after(async () => {
    await client?.close();
  });

  const call = async (name: string, args: Record<string, unknown>) => (await client.callTool({ name, arguments: args })) as CallResult;

  it('lists the four tools with input and output schemas', async () => {
    const { tools } = await client.listTools();
    assert.deepEqual(tools.map((t) => t.name).sort(), ['get_library', 'search_libraries', 'suggest_for_code', 'suggest_for_dependencies']);
    for (const tool of tools) {
      assert.equal(tool.inputSchema.type, 'object', tool.name);
      assert.equal(tool.outputSchema?.type, 'object', tool.name);
      assert.ok(tool.description && tool.description.length > 40, tool.name);
    }
    const search = tools.find((t) => t.name === 'search_libraries')!;
    assert.deepEqual(search.inputSchema.required, ['query']);
  });

  it('answers each tool with structured content and a short text', async () => {
    const search = await call('search_libraries', { query: 'retry with exponential backoff' });
    assert.ok(!search.isError);
    assert.equal((search.structuredContent as { libraries: { repo: string }[] }).libraries[0].repo, 'acme/retry');
    assert.match(search.content[0].text ?? '', /acme\/retry/);

    const deps = await call('suggest_for_dependencies', { ecosystem: 'npm', packages: ['axios'] });
    assert.equal((deps.structuredContent as { results: { suggestions: { repo: string }[] }[] }).results[0].suggestions[0].repo, 'acme/http-client');

    const code = await call('suggest_for_code', { path: 'src/api.js' });
    const findings = (code.structuredContent as { findings: { file: string; trigger: { specifier: string } }[] }).findings;
    assert.deepEqual(findings.map((f) => `${f.file} ${f.trigger.specifier}`), ['src/api.js axios', 'src/api.js @acme/old-http']);

    const library = await call('get_library', { id: '@acme/http-client' });
    assert.equal((library.structuredContent as { library: { repo: string } }).library.repo, 'acme/http-client');
  });

  it('answers bad calls with isError and one line, and keeps serving', async () => {
    const bad = [
      await call('get_library', { id: 'acme/none' }),
      await call('get_library', { id: 7 }),
      await call('search_libraries', { limit: 'many' }),
      await call('suggest_for_code', { path: 'src/missing.ts' }),
      await call('no_such_tool', {}),
    ];
    for (const result of bad) {
      assert.equal(result.isError, true, JSON.stringify(result));
      assert.equal(result.content.length, 1);
      assert.ok(!(result.content[0].text ?? '').includes('\n'), result.content[0].text);
    }
    const still = await call('search_libraries', { query: 'kafka events' });
    assert.ok(!still.isError);
    assert.equal((still.structuredContent as { libraries: { repo: string }[] }).libraries[0].repo, 'acme/events');
    assert.match(stderr, /serving \d+ catalog entries/);
  });
});

describe('reuse-radar mcp: start-up errors', () => {
  const run = async (args: string[]) => {
    let stdout = '';
    let stderr = '';
    const code = await main(args, { stdout: (t) => { stdout += t; }, stderr: (t) => { stderr += t; }, env: {}, cwd: FIXTURES });
    return { code, stdout, stderr };
  };

  it('a missing catalog file exits 1 with one line and prints nothing on stdout', async () => {
    const { code, stdout, stderr } = await run(['mcp', '--catalog', 'nope.json']);
    assert.equal(code, 1);
    assert.equal(stdout, '');
    assert.equal(stderr, `reuse-radar mcp: catalog file not found: ${path.join(FIXTURES, 'nope.json')}\n`);
  });

  it('an unknown option is a usage error (exit 2)', async () => {
    const { code, stderr } = await run(['mcp', '--port', '80']);
    assert.equal(code, 2);
    assert.match(stderr, /Usage: reuse-radar mcp/);
  });
});
