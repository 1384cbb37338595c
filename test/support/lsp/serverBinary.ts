import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';

const ROOT = path.resolve(__dirname, '../../..');
let built: Promise<string> | undefined;

/**
 * The CLI bundled as `reuse-radar` ships it (esbuild, like `npm run build`), once per test run, into a temporary
 * folder: the language server tests start exactly what users run, `node cli.js lsp --stdio`.
 */
export function serverBinary(): Promise<string> {
  built ??= (async () => {
    const outfile = path.join(mkdtempSync(path.join(os.tmpdir(), 'reuse-radar-lsp-bin-')), 'cli.js');
    // Same options as scripts/build.mjs's cli target (jsonc-parser's UMD entry cannot be bundled: its ES modules are).
    await build({ entryPoints: [path.join(ROOT, 'src/cli.ts')], outfile, bundle: true, platform: 'node', target: 'node20', format: 'cjs', logLevel: 'error', absWorkingDir: ROOT, alias: { 'jsonc-parser': 'jsonc-parser/lib/esm/main.js' } });
    return outfile;
  })();
  return built;
}
