import * as path from 'node:path';
import { runTests } from '@vscode/test-electron';

/**
 * Runs test/integration in a real VS Code extension host.
 * Default on these machines: the project's code-server runner (no download). REUSE_RADAR_TEST_HOST=desktop downloads
 * desktop VS Code instead, for machines with internet.
 */
async function main(): Promise<void> {
  const root = path.resolve(__dirname, '..', '..');
  const desktop = process.env.REUSE_RADAR_TEST_HOST === 'desktop';
  try {
    await runTests({
      extensionDevelopmentPath: root,
      extensionTestsPath: path.join(root, 'out', 'test', 'integration', 'index.js'),
      vscodeExecutablePath: desktop ? undefined : path.join(root, 'scripts', 'codeServerTestRunner.mjs'),
      launchArgs: [path.join(root, 'test', 'fixtures', 'workspace'), '--disable-extensions'],
      extensionTestsEnv: { REUSE_RADAR_TEST: '1' },
    });
  } catch (err) {
    console.error(`Integration tests failed: ${err instanceof Error ? err.message : String(err)}`);
    process.exit(1);
  }
}

void main();
