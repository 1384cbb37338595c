import * as vscode from 'vscode';
import type { DocumentImportWatcher } from '../features/documentImportWatcher';
import type { WorkspaceScanner } from '../features/workspaceScanner';
import type { Logger } from '../util/log';

export interface ScanCommandDeps {
  scanner: WorkspaceScanner;
  documents: DocumentImportWatcher;
  log: Logger;
}

/**
 * `reuseRadar.suggestions.rescan`: scans the workspace again (cancelling a running scan) and re-analyses open documents
 * that changed since their last analysis; resolves with the number of files the scan read.
 */
export function registerScanCommands(deps: ScanCommandDeps): vscode.Disposable[] {
  const { scanner, documents, log } = deps;
  return [
    vscode.commands.registerCommand('reuseRadar.suggestions.rescan', async () => {
      log.info('Rescanning the workspace (command).');
      documents.refresh();
      const files = await scanner.rescan();
      const result = scanner.lastResult;
      if (result && !result.cancelled) {
        vscode.window.setStatusBarMessage(`$(check) Reuse Radar scanned ${files} file${files === 1 ? '' : 's'}${result.limitReached ? ' (limit reached)' : ''}`, 5000);
      }
      return files;
    }),
  ];
}
