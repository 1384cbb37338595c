import * as vscode from 'vscode';
import type { ReuseRadarInternals, ReuseRadarTestExports } from '../../../src/testHook';
import type { Prompts } from '../../../src/util/prompts';

export const EXTENSION_ID = 'reuse-radar.reuse-radar';

/**
 * The one way integration tests reach the extension's live objects: activates it and returns the test hook, which
 * `activate` adds to its exports only under ExtensionMode.Test (the public API is asserted in foundation.test.ts).
 */
export async function testHook(): Promise<ReuseRadarInternals> {
  const extension = vscode.extensions.getExtension<ReuseRadarTestExports>(EXTENSION_ID);
  if (!extension) throw new Error(`extension ${EXTENSION_ID} is not installed in the test host`);
  const exports = await extension.activate();
  if (!exports.testHook) throw new Error('the extension exposes no test hook: the host did not run it in ExtensionMode.Test');
  await exports.testHook.ready;
  return exports.testHook;
}

/** Runs `run` with the extension's prompts answered (and recorded) by `prompts`; VS Code's window answers the rest. */
export async function withPrompts<R>(prompts: Partial<Prompts>, run: () => Thenable<R>): Promise<R> {
  const restore = (await testHook()).prompts.replace(prompts);
  try {
    return await run();
  } finally {
    restore.dispose();
  }
}
