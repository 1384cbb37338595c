import * as vscode from 'vscode';
import { readRepoDismissals, REPO_DISMISSALS_FILE } from '../matching/dismissals';
import type { Dismissal } from '../matching/types';
import type { SuggestionModel } from '../services/suggestionModel';
import { Disposable } from '../util/disposable';
import type { Logger } from '../util/log';

/**
 * Feeds the model the dismissals each workspace folder commits in its `.reuse-radar.json`, and again whenever such a
 * file is created, changed or deleted, or folders are added/removed. A malformed file is reported (log + warning) and
 * contributes nothing; the other folders' dismissals still apply.
 */
export class RepoDismissalsWatcher extends Disposable {
  private lastKey = '[]';
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly model: SuggestionModel, private readonly log: Logger) {
    super();
    this.register({ dispose: () => clearTimeout(this.timer) });
    const watcher = this.register(vscode.workspace.createFileSystemWatcher(`**/${REPO_DISMISSALS_FILE}`));
    for (const event of [watcher.onDidCreate, watcher.onDidChange, watcher.onDidDelete]) this.register(event(() => this.schedule()));
    this.register(vscode.workspace.onDidChangeWorkspaceFolders(() => this.schedule()));
    void this.load();
  }

  /** Reads every folder's file now; resolves with the dismissals in force. */
  async load(): Promise<Dismissal[]> {
    const all: Dismissal[] = [];
    for (const folder of vscode.workspace.workspaceFolders ?? []) {
      if (folder.uri.scheme !== 'file') continue;
      try {
        all.push(...await readRepoDismissals(folder.uri.fsPath));
      } catch (err) {
        const message = err instanceof Error ? err.message : String(err);
        this.log.warn(message);
        void vscode.window.showWarningMessage(`Reuse Radar: ${message}`);
      }
    }
    const key = JSON.stringify(all);
    if (key !== this.lastKey && !this.isDisposed) {
      this.lastKey = key;
      this.log.info(`Repository dismissals: ${all.length} from ${REPO_DISMISSALS_FILE}.`);
      this.model.setRepositoryDismissals(all);
    }
    return all;
  }

  private schedule(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.load(), 100);
  }
}
