import * as vscode from 'vscode';
import { languageForPath } from '../imports/languages';
import { newFileTokens } from '../imports/newFileTokens';
import type { ProjectContext } from '../imports/classify';
import type { SourceLanguage } from '../imports/types';
import type { SuggestionModel } from '../services/suggestionModel';
import { Disposable } from '../util/disposable';
import type { Logger } from '../util/log';
import type { ProjectContextService } from './projectContextService';
import { isInExcludedFolder, looksLikeFolderName } from '../workspace/scanRules';
import { filesUnderNewFolder, isFolder } from './walkDirectory';

/**
 * More files than this in one burst is a checkout, a branch switch, an unpacked archive or a generator run, not a
 * developer starting a new module: the files are still recorded (in the same single model update) but not matched.
 */
const CHECKOUT_BURST_SIZE = 50;
/** A file created again within this long after its deletion is the same file, not a new one. */
const RECREATION_WINDOW_MS = 5000;
/** However long a burst keeps going, it is flushed at least this often. */
const MAX_WAIT_MS = 3000;
/** How many reported files are remembered for deduplication (oldest forgotten first). */
const REMEMBERED_FILES = 50_000;

export interface NewFileBatch {
  files: { uri: vscode.Uri; relativePath: string; tokens: string[]; language?: SourceLanguage; project?: ProjectContext }[];
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
  /** Files already reported, until they are deleted: the editor and the file watcher both report API-created files,
   * and watchers may repeat a creation. Insertion-ordered, so the oldest entries go first when it is full. */
  private readonly reported = new Set<string>();
  private timer: ReturnType<typeof setTimeout> | undefined;
  private burstStarted = 0;
  private walking = 0;
  private readonly debounceMs: number;
  /** Paths deleted in the last few seconds, oldest first. */
  private readonly recentlyDeleted = new Map<string, number>();

  constructor(
    private readonly model: SuggestionModel,
    private readonly projects: ProjectContextService,
    private readonly log: Logger,
    options: NewFileWatcherOptions = {},
  ) {
    super();
    this.debounceMs = options.debounceMs ?? 750;
    this.register({ dispose: () => clearTimeout(this.timer) });
    this.register(vscode.workspace.onDidCreateFiles((e) => e.files.forEach((uri) => this.enqueue(uri))));
    const watcher = this.register(vscode.workspace.createFileSystemWatcher('**/*', false, true, false));
    this.register(watcher.onDidDelete((uri) => this.forget(uri)));
    this.register(vscode.workspace.onDidDeleteFiles((e) => e.files.forEach((uri) => this.forget(uri))));
    this.register(watcher.onDidCreate((uri) => {
      if (languageForPath(uri.path) && !this.isRecreation(uri)) this.enqueue(uri);
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
    if (this.pending.has(key) || this.reported.has(key)) return;
    if (uri.scheme !== 'file' || !languageForPath(uri.path)) return;
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    if (!folder || isInExcludedFolder(vscode.workspace.asRelativePath(uri, false))) return;
    if (!this.pending.size) this.burstStarted = Date.now();
    this.pending.set(key, uri);
    clearTimeout(this.timer);
    const wait = Math.max(0, Math.min(this.debounceMs, this.burstStarted + MAX_WAIT_MS - Date.now()));
    this.timer = setTimeout(() => void this.flush(), wait);
  }

  /**
   * A file the workspace already had, written again: the scan knows it, or it was deleted a moment ago (git checkout,
   * stash, pull and atomic saves unlink and recreate files). Only the file system watcher sees those.
   */
  private isRecreation(uri: vscode.Uri): boolean {
    const deletedAt = this.recentlyDeleted.get(uri.toString());
    return this.model.hasFile(uri) || (deletedAt !== undefined && Date.now() - deletedAt < RECREATION_WINDOW_MS);
  }

  /** A deleted file (or folder) may be created again later, and then counts as new again. */
  private forget(uri: vscode.Uri): void {
    const key = uri.toString();
    this.recentlyDeleted.delete(key);
    this.recentlyDeleted.set(key, Date.now());
    for (const [known, at] of this.recentlyDeleted) {
      if (Date.now() - at < RECREATION_WINDOW_MS) break;
      this.recentlyDeleted.delete(known);
    }
    this.pending.delete(key);
    if (this.reported.delete(key) || !looksLikeFolderName(uri.path)) return;
    for (const known of this.reported) if (known.startsWith(`${key}/`)) this.reported.delete(known);
  }

  private async flush(): Promise<void> {
    this.timer = undefined;
    if (this.isDisposed || !this.pending.size) return;
    if (this.walking > 0) {
      this.timer = setTimeout(() => void this.flush(), this.debounceMs);
      return;
    }
    const uris = [...this.pending.values()];
    this.pending.clear();
    for (const uri of uris) this.reported.add(uri.toString());
    for (const key of this.reported) {
      if (this.reported.size <= REMEMBERED_FILES) break;
      this.reported.delete(key);
    }

    const checkout = uris.length > CHECKOUT_BURST_SIZE;
    // Each file's project, so a library's own new files never suggest the library (not needed for a checkout).
    const projects = checkout ? [] : await Promise.all(uris.map((uri) => this.projects.contextFor(uri)));
    if (this.isDisposed) return;
    const files = uris.map((uri, i) => {
      const relativePath = vscode.workspace.asRelativePath(uri, false);
      return { uri, relativePath, tokens: checkout ? [] : newFileTokens(relativePath), language: languageForPath(uri.path), project: projects[i] };
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
