import * as path from 'node:path';
import * as vscode from 'vscode';
import { readRepoDismissals, REPO_DISMISSALS_FILE } from '../matching/dismissals';
import type { Dismissal } from '../matching/types';
import type { RepositoryDismissals, SuggestionModel } from '../services/suggestionModel';
import { Disposable } from '../util/disposable';
import type { Logger } from '../util/log';
import { notify } from '../util/notify';
import { excludeGlob } from '../workspace/scanRules';

/** At most this many `.reuse-radar.json` files are read (a workspace with more is a vendored tree, not a repository). */
const MAX_FILES = 200;

/**
 * Feeds the model the dismissals the workspace commits in `.reuse-radar.json` files — at a workspace folder's root or
 * in any folder below it, each applying to the files below its own folder — and again whenever such a file is
 * created, changed or deleted, or folders are added/removed. A malformed file is reported (log + warning) and
 * contributes nothing; the other files' dismissals still apply (`reuse-radar scan` stops on it instead).
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
   * Reads the workspace's `.reuse-radar.json` files outside the folders `scan` never enters (node_modules, vendor,
   * build output…), so a folder's file applies to the same files as in `reuse-radar scan`; resolves with the
   * dismissals in force.
   */
  async load(): Promise<Dismissal[]> {
    const found = await vscode.workspace.findFiles(`**/${REPO_DISMISSALS_FILE}`, excludeGlob([]), MAX_FILES);
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
