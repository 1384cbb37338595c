import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { ROOT, configureSnippet, driverReport, editorPath, fixtureWorkspace, runEditor } from './editorRun';

const SNIPPET = path.join(ROOT, 'docs/editors/neovim.lua');

interface NvimDiagnostic { line: number; message: string; source: string; code: string; severity: number }
interface NvimReport {
  error?: string;
  steps: string[];
  nvim_version: string;
  polyfilled_lsp_start?: boolean;
  filetype: string;
  diagnostics: NvimDiagnostic[];
  hover?: { kind: string; value: string };
  retry_actions: string[];
  line2_after_fix: string;
  axios_actions: string[];
  dismiss_result: { dismissed: boolean; where: string; file: string };
  diagnostics_after: NvimDiagnostic[];
  questions: { message: string; actions: string[] }[];
  messages: { type: number; message: string }[];
}

describe('language server end to end with Neovim as the client', function () {
  this.timeout(120_000);
  let dir: string;

  before(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'reuse-radar-nvim-'));
  });
  after(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('the README shows the Neovim snippet this test runs', async () => {
    const readme = await readFile(path.join(ROOT, 'README.md'), 'utf8');
    const snippet = await readFile(SNIPPET, 'utf8');
    assert.ok(readme.includes(`\`\`\`lua\n${snippet}\`\`\``), 'README.md must contain docs/editors/neovim.lua verbatim in a ```lua block');
  });

  it('opens a file, gets diagnostics, a hover and code actions, applies the quick fix and records a dismissal', async () => {
    const nvim = editorPath('nvim', '`apt-get install neovim`');
    const { ws, file } = await fixtureWorkspace(dir);
    // The snippet as users copy it, pointed at this build and the fixture catalog.
    const lua = (s: string) => `'${s.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
    const configured = path.join(dir, 'snippet.lua');
    await configureSnippet(SNIPPET, configured, "{ 'reuse-radar', 'lsp', '--stdio' }", (node, cli) => `{ ${lua(node)}, ${lua(cli)}, 'lsp', '--stdio' }`, lua);

    const outFile = path.join(dir, 'report.json');
    const result = await runEditor(nvim, ['--headless', '--clean', '-n', '-i', 'NONE', '-c', `luafile ${path.join(ROOT, 'test/support/lsp/nvimDriver.lua')}`], ws,
      { RR_SNIPPET: configured, RR_FILE: file, RR_OUT: outFile, XDG_STATE_HOME: path.join(dir, 'state') }, 100_000);
    const report = await driverReport<NvimReport>(outFile, result, 'nvim');
    assert.equal(report.error, undefined, `driver failed after steps ${report.steps.join(', ')}: ${report.error}`);
    assert.deepEqual(report.steps, ['opened', 'diagnostics', 'hover', 'quick fix', 'dismiss', 'done']);
    assert.equal(report.filetype, 'typescript');
    // Only a Neovim older than 0.8 (Debian 12 ships 0.7.2) has the snippet's vim.lsp.start served by the 0.7 API.
    const [major, minor] = report.nvim_version.split('.').map(Number);
    assert.equal(report.polyfilled_lsp_start === true, major === 0 && minor < 8, `Neovim ${report.nvim_version}`);

    assert.deepEqual(report.diagnostics.map((d) => [d.line, d.code, d.source, d.severity]), [
      [0, 'acme/http-client', 'Reuse Radar', 3], [1, 'acme/retry', 'Reuse Radar', 3], [2, 'acme/http-client', 'Reuse Radar', 3],
    ]);
    assert.equal(report.diagnostics[0].message, '@acme/http-client (internal) declares it replaces axios: consider it instead');
    assert.equal(report.hover?.kind, 'markdown');
    assert.match(report.hover!.value, /\*\*http\\-client\*\* — internal library/);
    assert.match(report.hover!.value, /Owners: @acme\/platform, jdoe · Lifecycle: Production/);

    assert.deepEqual(report.retry_actions, ['Use @acme/retry instead', 'Dismiss @acme/retry for async-retry']);
    assert.equal(report.line2_after_fix, "import retry from '@acme/retry';");
    assert.deepEqual(report.axios_actions, ['Dismiss @acme/http-client for axios']);
    assert.deepEqual(report.questions.map((q) => q.actions), [['Record in .reuse-radar.json', 'Only for me', 'Cancel']]);
    assert.deepEqual(report.dismiss_result, { dismissed: true, where: 'workspace', file: path.join(ws, '.reuse-radar.json') });
    assert.deepEqual(JSON.parse(await readFile(path.join(ws, '.reuse-radar.json'), 'utf8')), { dismissed: [{ library: '@acme/http-client', import: 'axios' }] });
    assert.deepEqual(report.diagnostics_after.map((d) => [d.line, d.code, d.message]), [[2, 'acme/http-client', '@acme/old-http is deprecated: use @acme/http-client']]);
    assert.deepEqual(report.messages, [], 'no error or demo-catalog message with a configured catalog');
  });
});
