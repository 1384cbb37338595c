import * as vscode from 'vscode';
import type { ProjectContext } from '../imports/classify';
import { analyseFile, reclassify } from '../matching/pipeline';
import type { SettingsService } from '../services/settingsService';
import type { SuggestionModel } from '../services/suggestionModel';
import { Disposable } from '../util/disposable';
import { Emitter } from '../util/emitter';
import type { Logger } from '../util/log';
import { GitignoreRules } from '../workspace/gitignoreRules';
import { excludeGlob, includeGlob, looksBinary, MAX_ANALYSED_BYTES, SOURCE_EXTENSIONS } from '../workspace/scanRules';
import type { DetectionService } from './detectionService';
import type { ProjectContextService } from './projectContextService';
import { withScanProgress } from './scanProgress';

export interface ScanResult {
  /** Files whose imports were read into the model. */
  files: number;
  /** Files found but not analysed: over 1 MB, binary, unreadable. */
  skipped: number;
  /** Files left out because a .gitignore ignores them. */
  ignored: number;
  /** True when `scanMaxFiles` cut the scan short. */
  limitReached: boolean;
  cancelled: boolean;
  durationMs: number;
}

const BATCH_SIZE = 25;
const CHANGE_DEBOUNCE_MS = 300;

/**
 * Reads the imports of the workspace's source files into the model: one bounded background scan after activation
 * (at most `reuseRadar.scan.maxFiles` files; `files.exclude`, `search.exclude`, every .gitignore of the folder and
 * node_modules/vendor/build output are skipped), then incremental updates from the detection service's file events.
 * What it read, and how far the scan is, it records in the detection service's state. Open documents belong to the
 * DocumentImportWatcher (their text may be unsaved), so the scan leaves them alone.
 */
export class WorkspaceScanner extends Disposable {
  private readonly _onDidFinishScan = this.register(new Emitter<ScanResult>());
  readonly onDidFinishScan = this._onDidFinishScan.event;
  private readonly include = includeGlob(SOURCE_EXTENSIONS);
  private readonly pendingChanges = new Map<string, vscode.Uri>();
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  private current: vscode.CancellationTokenSource | undefined;
  private _lastResult: ScanResult | undefined;

  constructor(
    private readonly detection: DetectionService,
    private readonly model: SuggestionModel,
    private readonly projects: ProjectContextService,
    private readonly settings: SettingsService,
    private readonly log: Logger,
  ) {
    super();
    this.register({ dispose: () => { this.current?.cancel(); this.timers.forEach((t) => clearTimeout(t)); } });
    this.register(detection.onDidWriteFiles((uris) => uris.forEach((uri) => this.queueChange(uri))));
    this.register(detection.onDidDelete((uri) => this.removeUnder(uri)));
    this.register(detection.onDidChangeGitignore(() => this.later('rescan', 1000, () => void this.rescan())));
    this.register(vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration('files.exclude') || e.affectsConfiguration('search.exclude')) this.later('rescan', 1000, () => void this.rescan());
    }));
    this.register(settings.onDidChange((keys) => {
      if (keys.has('scanMaxFiles')) this.later('rescan', 1000, () => void this.rescan());
    }));
    this.register(vscode.workspace.onDidChangeWorkspaceFolders(() => this.later('rescan', 1000, () => void this.rescan())));
    this.register(projects.onDidChange((folder) => void this.reclassify(folder)));
    // A closed editor may have held unsaved text: the file on disk is the truth again.
    this.register(detection.onDidCloseDocument(({ document, backToDisk }) => {
      if (backToDisk) this.queueChange(document.uri);
    }));
    this.later('rescan', 0, () => void this.rescan());
  }

  /** The last finished (or cancelled) scan. */
  get lastResult(): ScanResult | undefined {
    return this._lastResult;
  }

  get isScanning(): boolean {
    return this.current !== undefined;
  }

  /** The files the scanner holds imports for (read from disk). */
  scannedFiles(): vscode.Uri[] {
    return this.detection.states.onDiskFiles().map((f) => f.file);
  }

  /** Stops a running scan (what its notification's Cancel button does); what was read so far is kept. */
  cancelScan(): void {
    this.current?.cancel();
  }

  /** Cancels a running scan and scans again; resolves with the number of files analysed. */
  rescan(): Promise<number> {
    // This scan reads the settings and folders as they are now: a rescan queued by an earlier change is redundant, and
    // firing later it would cancel this one.
    clearTimeout(this.timers.get('rescan'));
    this.timers.delete('rescan');
    this.current?.cancel();
    const source = new vscode.CancellationTokenSource();
    this.current = source;
    return this.scan(source.token).finally(() => {
      if (this.current === source) this.current = undefined;
      source.dispose();
    });
  }

  private async scan(token: vscode.CancellationToken): Promise<number> {
    const started = Date.now();
    const max = this.settings.current.scanMaxFiles;
    const result: ScanResult = { files: 0, skipped: 0, ignored: 0, limitReached: false, cancelled: false, durationMs: 0 };
    const { states } = this.detection;
    const ticket = states.scanStarted();
    // Open documents belong to the document watcher: their text may be unsaved.
    const isOpen = (uri: vscode.Uri) => states.isOpen(uri.toString());
    if (max > 0 && !this.isDisposed) {
      await withScanProgress(() => this.cancelScan(), async (progress) => {
        const candidates = await this.findCandidates(max, result, token);
        const seen = new Set<string>();
        for (let i = 0; i < candidates.length && !token.isCancellationRequested; i += BATCH_SIZE) {
          const batch = candidates.slice(i, i + BATCH_SIZE);
          const texts = await Promise.all(batch.map(({ uri }) => (isOpen(uri) ? undefined : this.read(uri))));
          // Each file's nearest project (a monorepo's packages each have their own manifest).
          const contexts = await Promise.all(batch.map(({ uri }) => this.projects.contextFor(uri)));
          if (token.isCancellationRequested) break;
          batch.forEach(({ uri, folder }, j) => {
            seen.add(uri.toString());
            if (isOpen(uri)) return;
            if (texts[j] === undefined) result.skipped++;
            else if (this.analyse(uri, folder, texts[j], contexts[j])) result.files++;
          });
          const done = Math.min(i + BATCH_SIZE, candidates.length);
          states.scanProgress(ticket, done, candidates.length);
          progress.report({ message: `${done}/${candidates.length} files` });
          await new Promise((resolve) => setImmediate(resolve));
        }
        result.cancelled = token.isCancellationRequested;
        if (!result.cancelled) this.dropUnseen(seen);
      });
    }
    result.cancelled ||= token.isCancellationRequested;
    result.durationMs = Date.now() - started;
    this._lastResult = result;
    states.scanEnded(ticket, result);
    this.log.info(`Workspace scan ${result.cancelled ? 'cancelled' : 'finished'}: ${result.files} files analysed, ${result.skipped} skipped (large, binary or unreadable), ${result.ignored} git-ignored${result.limitReached ? `, stopped at reuseRadar.scan.maxFiles = ${max}` : ''} in ${result.durationMs} ms.`);
    this._onDidFinishScan.fire(result);
    return result.files;
  }

  private async findCandidates(max: number, result: ScanResult, token: vscode.CancellationToken): Promise<{ uri: vscode.Uri; folder: vscode.WorkspaceFolder }[]> {
    const candidates: { uri: vscode.Uri; folder: vscode.WorkspaceFolder }[] = [];
    for (const folder of vscode.workspace.workspaceFolders ?? []) {
      if (candidates.length >= max || token.isCancellationRequested) break;
      const rules = await this.loadGitignores(folder, token);
      const exclude = excludeGlob([
        vscode.workspace.getConfiguration('files', folder.uri).get<Record<string, unknown>>('exclude'),
        vscode.workspace.getConfiguration('search', folder.uri).get<Record<string, unknown>>('exclude'),
      ]);
      // Git-ignored files are filtered after the search, so ask for more than the bound.
      const found = await vscode.workspace.findFiles(new vscode.RelativePattern(folder, this.include), exclude, (max - candidates.length) * 2, token);
      found.sort((a, b) => a.path.localeCompare(b.path));
      for (const uri of found) {
        if (rules.ignores(vscode.workspace.asRelativePath(uri, false))) result.ignored++;
        else if (candidates.length < max) candidates.push({ uri, folder });
        else result.limitReached = true;
      }
    }
    return candidates;
  }

  private async loadGitignores(folder: vscode.WorkspaceFolder, token: vscode.CancellationToken): Promise<GitignoreRules> {
    const rules = new GitignoreRules();
    const files = await vscode.workspace.findFiles(new vscode.RelativePattern(folder, '**/.gitignore'), '{**/node_modules/**,**/.git/**}', 1000, token);
    for (const file of files) {
      try {
        const text = Buffer.from(await vscode.workspace.fs.readFile(file)).toString('utf8');
        rules.add(vscode.workspace.asRelativePath(file, false).replace(/\/?\.gitignore$/, ''), text);
      } catch (err) {
        this.log.warn(`Cannot read ${file.fsPath}: ${err instanceof Error ? err.message : String(err)}`);
      }
    }
    this.detection.states.setGitignores(folder.uri.toString(), rules);
    return rules;
  }

  /** The file's text, or undefined when it is over 1 MB, binary or unreadable. */
  private async read(uri: vscode.Uri): Promise<string | undefined> {
    try {
      const stat = await vscode.workspace.fs.stat(uri);
      if (stat.size > MAX_ANALYSED_BYTES || stat.type & vscode.FileType.Directory) return undefined;
      const bytes = await vscode.workspace.fs.readFile(uri);
      return bytes.length > MAX_ANALYSED_BYTES || looksBinary(bytes) ? undefined : Buffer.from(bytes).toString('utf8');
    } catch {
      return undefined;
    }
  }

  /** The core pipeline's analysis of a file read from disk, as `scan` runs it. */
  private analyse(uri: vscode.Uri, folder: vscode.WorkspaceFolder, text: string, ctx: ProjectContext): boolean {
    const triggers = analyseFile(uri.path, text, ctx);
    if (!triggers) return false;
    this.detection.states.setOnDisk(uri.toString(), { file: uri, folder: folder.uri.toString(), triggers });
    this.model.setFileTriggers(uri, triggers, ctx);
    return true;
  }

  /** Files scanned before that this scan no longer finds (newly excluded or ignored) leave the model. */
  private dropUnseen(seen: Set<string>): void {
    for (const { key, file } of this.detection.states.removeOnDiskExcept(seen)) {
      if (!this.detection.states.isOpen(key)) this.model.removeFile(file.file);
    }
  }

  private queueChange(uri: vscode.Uri): void {
    if (!this.detection.scanFolderOf(uri)) return;
    this.pendingChanges.set(uri.toString(), uri);
    this.later('changes', CHANGE_DEBOUNCE_MS, () => void this.applyChanges());
  }

  private async applyChanges(): Promise<void> {
    const uris = [...this.pendingChanges.values()];
    this.pendingChanges.clear();
    for (let i = 0; i < uris.length && !this.isDisposed; i += BATCH_SIZE) {
      const batch = uris.slice(i, i + BATCH_SIZE).filter((uri) => !this.detection.states.isOpen(uri.toString()));
      const texts = await Promise.all(batch.map((uri) => this.read(uri)));
      for (const [j, uri] of batch.entries()) {
        const folder = this.detection.scanFolderOf(uri);
        const text = texts[j];
        if (folder && text !== undefined) this.analyse(uri, folder, text, await this.projects.contextFor(uri));
        else this.remove(uri.toString());
      }
      await new Promise((resolve) => setImmediate(resolve));
    }
  }

  private removeUnder(uri: vscode.Uri): void {
    for (const file of this.detection.states.removeOnDiskUnder(uri.toString())) this.model.removeFile(file.file);
  }

  private remove(key: string): void {
    const file = this.detection.states.removeOnDisk(key);
    if (file) this.model.removeFile(file.file);
  }

  /** A manifest changed: classify the folder's files again from their stored imports (no re-reading). */
  private async reclassify(folder: vscode.WorkspaceFolder): Promise<void> {
    const { states } = this.detection;
    const files = states.onDiskFiles().filter((f) => f.folder === folder.uri.toString() && !states.isOpen(f.file.toString()));
    for (let i = 0; i < files.length && !this.isDisposed; i += 200) {
      const batch = files.slice(i, i + 200);
      const contexts = await Promise.all(batch.map((file) => this.projects.contextFor(file.file)));
      batch.forEach((file, j) => {
        file.triggers = reclassify(file.triggers, contexts[j]);
        this.model.setFileTriggers(file.file, file.triggers, contexts[j]);
      });
      await new Promise((resolve) => setImmediate(resolve));
    }
  }

  private later(name: string, delayMs: number, run: () => void): void {
    clearTimeout(this.timers.get(name));
    this.timers.set(name, setTimeout(() => {
      this.timers.delete(name);
      if (!this.isDisposed) run();
    }, delayMs));
  }
}
