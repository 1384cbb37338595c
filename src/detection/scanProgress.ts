import * as vscode from 'vscode';

/** A scan running longer than this also shows a notification with a Cancel button. */
const SLOW_SCAN_MS = 3000;

/**
 * Runs a workspace scan with a status-bar spinner; if it is still running after a few seconds, a notification with
 * a Cancel button joins it (a quick scan of a small workspace should not flash one). Both show the same progress.
 */
export async function withScanProgress<T>(cancel: () => void, task: (progress: vscode.Progress<{ message?: string }>) => Promise<T>): Promise<T> {
  let finish = () => {};
  const finished = new Promise<void>((resolve) => (finish = resolve));
  let notification: vscode.Progress<{ message?: string }> | undefined;
  const slow = setTimeout(() => {
    void vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: 'Reuse Radar: scanning the workspace for imports', cancellable: true },
      (progress, token) => {
        notification = progress;
        const subscription = token.onCancellationRequested(cancel);
        return finished.finally(() => subscription.dispose());
      },
    );
  }, SLOW_SCAN_MS);
  try {
    return await vscode.window.withProgress({ location: vscode.ProgressLocation.Window, title: 'Reuse Radar: scanning imports' }, (windowProgress) =>
      task({ report: (value) => { windowProgress.report(value); notification?.report(value); } }));
  } finally {
    clearTimeout(slow);
    finish();
  }
}
