import * as path from 'node:path';
import * as vscode from 'vscode';
import { readRepoDismissals, REPO_DISMISSALS_FILE } from '../matching/dismissals';
import type { Dismissal } from '../matching/types';
import type { RepositoryDismissals, SuggestionModel } from '../services/suggestionModel';
import { Disposable } from '../util/disposable';
import type { Logger } from '../util/log';
import { notify } from '../util/notify';

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

  /**
   * Reads every `.reuse-radar.json` in the workspace (a folder's file applies to the files below it, as in
   * `reuse-radar scan`); resolves with the dismissals in force.
   */
  async load(): Promise<Dismissal[]> {
    const found = await vscode.workspace.findFiles(`**/${REPO_DISMISSALS_FILE}`, '**/{node_modules,vendor,.git}/**', 200);
    const folders = [...new Set(found.filter((u) => u.scheme === 'file').map((u) => path.dirname(u.fsPath)))].sort();
    const all: RepositoryDismissals[] = [];
    for (const folder of folders) {
      try {
        all.push({ folder, dismissals: await readRepoDismissals(folder) });
      } catch (err) {
        const message = err instanceof Error ? err.message : String(err);
        this.log.warn(message);
        void notify.warn(`Reuse Radar: ${message}`);
      }
    }
    const key = JSON.stringify(all);
    if (key !== this.lastKey && !this.isDisposed) {
      this.lastKey = key;
      this.log.info(`Repository dismissals: ${all.reduce((n, r) => n + r.dismissals.length, 0)} from ${all.length} ${REPO_DISMISSALS_FILE} file(s).`);
      this.model.setRepositoryDismissals(all);
    }
    return all.flatMap((r) => r.dismissals);
  }

  private schedule(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.load(), 100);
  }
}
