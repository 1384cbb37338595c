import * as vscode from 'vscode';
import type { ReuseRadarApi } from '../../../src/extension';

export const EXTENSION_ID = 'reuse-radar.reuse-radar';

/** Activates the extension under test and returns its API (the same live objects the extension uses). */
export async function getApi(): Promise<ReuseRadarApi> {
  const extension = vscode.extensions.getExtension<ReuseRadarApi>(EXTENSION_ID);
  if (!extension) throw new Error(`extension ${EXTENSION_ID} is not installed in the test host`);
  const api = await extension.activate();
  await api.ready;
  return api;
}
