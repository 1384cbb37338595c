import * as vscode from 'vscode';
import type { WorkspaceScanner } from '../detection/workspaceScanner';
import type { Logger } from '../util/log';

export interface ScanCommandDeps {
  scanner: WorkspaceScanner;
  log: Logger;
}

/**
 * `reuseRadar.suggestions.rescan`: scans the workspace again (cancelling a running scan); open documents keep their
 * own, debounced analysis. Resolves with the number of files the scan read.
 */
export function registerScanCommands(deps: ScanCommandDeps): vscode.Disposable[] {
  const { scanner, log } = deps;
  return [
    vscode.commands.registerCommand('reuseRadar.suggestions.rescan', async () => {
      log.info('Rescanning the workspace (command).');
      const files = await scanner.rescan();
      const result = scanner.lastResult;
      if (result && !result.cancelled) {
        vscode.window.setStatusBarMessage(`$(check) Reuse Radar scanned ${files} file${files === 1 ? '' : 's'}${result.limitReached ? ' (limit reached)' : ''}`, 5000);
      }
      return files;
    }),
  ];
}
