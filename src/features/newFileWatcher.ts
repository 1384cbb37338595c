import * as vscode from 'vscode';
import { languageForPath } from '../imports/languages';
import { newFileTokens } from '../imports/newFileTokens';
import type { SourceLanguage } from '../imports/types';
import type { SuggestionModel } from '../services/suggestionModel';
import { Disposable } from '../util/disposable';
import type { Logger } from '../util/log';
import { isInExcludedFolder, looksLikeFolderName } from './scanRules';
import { filesUnderNewFolder, isFolder } from './walkDirectory';

/**
 * More files than this in one burst is a checkout, a branch switch, an unpacked archive or a generator run, not a
 * developer starting a new module: the files are still recorded (in the same single model update) but not matched.
 */
export const CHECKOUT_BURST_SIZE = 50;
/** However long a burst keeps going, it is flushed at least this often. */
const MAX_WAIT_MS = 3000;
/** A file reported by both onDidCreateFiles and the file watcher counts once within this window. */
const DEDUPE_WINDOW_MS = 10_000;

export interface NewFileBatch {
  files: { uri: vscode.Uri; relativePath: string; tokens: string[]; language?: SourceLanguage }[];
  /** True when the burst was larger than CHECKOUT_BURST_SIZE and was not matched. */
  checkout: boolean;
}

export interface NewFileWatcherOptions {
  /** Quiet time that ends a burst of created files (default 750 ms). */
  debounceMs?: number;
}

/**
 * Turns created source files into new-file triggers: files created through the editor (`onDidCreateFiles`) and on
 * disk by anything else (a FileSystemWatcher: generators, terminals, git; a new folder is walked, since its first files
 * can land before the watch on it exists), deduplicated, limited to supported
 * languages outside node_modules/vendor/build output, and debounced so that a burst becomes ONE `model.addNewFiles`
 * call. Bursts of more than CHECKOUT_BURST_SIZE files are recorded with no tokens, so they suggest nothing.
 */
export class NewFileWatcher extends Disposable {
  private readonly _onDidFlush = this.register(new vscode.EventEmitter<NewFileBatch>());
  /** Fires once per flushed burst, after the model update. */
  readonly onDidFlush = this._onDidFlush.event;
  private readonly pending = new Map<string, vscode.Uri>();
  private readonly recent = new Map<string, number>();
  private timer: ReturnType<typeof setTimeout> | undefined;
  private burstStarted = 0;
  private walking = 0;
  private readonly debounceMs: number;

  constructor(private readonly model: SuggestionModel, private readonly log: Logger, options: NewFileWatcherOptions = {}) {
    super();
    this.debounceMs = options.debounceMs ?? 750;
    this.register({ dispose: () => clearTimeout(this.timer) });
    this.register(vscode.workspace.onDidCreateFiles((e) => e.files.forEach((uri) => this.enqueue(uri))));
    const watcher = this.register(vscode.workspace.createFileSystemWatcher('**/*', false, true, true));
    this.register(watcher.onDidCreate((uri) => {
      if (languageForPath(uri.path)) this.enqueue(uri);
      else if (looksLikeFolderName(uri.path) && vscode.workspace.getWorkspaceFolder(uri)) void this.enqueueFolder(uri);
    }));
  }

  /** A new folder: its files may have been written before the watcher saw the folder (git, unzip, generators). */
  private async enqueueFolder(uri: vscode.Uri): Promise<void> {
    if (isInExcludedFolder(`${vscode.workspace.asRelativePath(uri, false)}/x`)) return;
    this.walking++;
    try {
      if (await isFolder(uri)) for (const file of await filesUnderNewFolder(uri, 10_000)) this.enqueue(file);
    } finally {
      this.walking--;
    }
  }

  private enqueue(uri: vscode.Uri): void {
    const key = uri.toString();
    if (this.pending.has(key) || (this.recent.get(key) ?? 0) > Date.now() - DEDUPE_WINDOW_MS) return;
    if (uri.scheme !== 'file' || !languageForPath(uri.path)) return;
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    if (!folder || isInExcludedFolder(vscode.workspace.asRelativePath(uri, false))) return;
    if (!this.pending.size) this.burstStarted = Date.now();
    this.pending.set(key, uri);
    clearTimeout(this.timer);
    const wait = Math.max(0, Math.min(this.debounceMs, this.burstStarted + MAX_WAIT_MS - Date.now()));
    this.timer = setTimeout(() => this.flush(), wait);
  }

  private flush(): void {
    this.timer = undefined;
    if (this.isDisposed || !this.pending.size) return;
    if (this.walking > 0) {
      this.timer = setTimeout(() => this.flush(), this.debounceMs);
      return;
    }
    const now = Date.now();
    for (const [key, at] of this.recent) if (at <= now - DEDUPE_WINDOW_MS) this.recent.delete(key);
    const uris = [...this.pending.values()];
    this.pending.clear();
    for (const uri of uris) this.recent.set(uri.toString(), now);

    const checkout = uris.length > CHECKOUT_BURST_SIZE;
    const files = uris.map((uri) => {
      const relativePath = vscode.workspace.asRelativePath(uri, false);
      return { uri, relativePath, tokens: checkout ? [] : newFileTokens(relativePath), language: languageForPath(uri.path) };
    });
    if (checkout) {
      this.log.info(`${files.length} files were created at once (more than ${CHECKOUT_BURST_SIZE}): treated as a checkout or generator run, not matched.`);
    } else {
      this.log.debug(`New files: ${files.map((f) => `${f.relativePath} [${f.tokens.join(' ')}]`).join(', ')}`);
    }
    const matched = this.model.addNewFiles(files);
    if (matched.length) this.log.info(`${matched.length} new file(s) look like an internal library: ${matched.map((f) => f.relativePath).join(', ')}`);
    this._onDidFlush.fire({ files, checkout });
  }
}
