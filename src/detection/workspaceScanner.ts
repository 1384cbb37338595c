import * as vscode from 'vscode';
import type { ProjectContext } from '../imports/classify';
import { languageForPath } from '../imports/languages';
import { analyseFile, reclassify, type FileTriggers } from '../matching/pipeline';
import type { SettingsService } from '../services/settings';
import type { SuggestionModel } from '../services/suggestionModel';
import { Disposable } from '../util/disposable';
import type { Logger } from '../util/log';
import { withScanProgress } from './scanProgress';
import { DocumentImportWatcher } from './documentImportWatcher';
import { GitignoreRules } from '../workspace/gitignoreRules';
import type { ProjectContextService } from './projectContextService';
import { excludeGlob, includeGlob, isInExcludedFolder, looksBinary, looksLikeFolderName, MAX_ANALYSED_BYTES, SOURCE_EXTENSIONS } from '../workspace/scanRules';
import { filesUnderNewFolder, isFolder } from './walkDirectory';

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

interface ScannedFile {
  uri: vscode.Uri;
  folder: string;
  /** Kept so a manifest change re-classifies without reading the file again. */
  triggers: FileTriggers;
}

const BATCH_SIZE = 25;
const CHANGE_DEBOUNCE_MS = 300;

/**
 * Reads the imports of the workspace's source files into the model: one bounded background scan after activation
 * (at most `reuseRadar.scan.maxFiles` files; `files.exclude`, `search.exclude`, every .gitignore of the folder and
 * node_modules/vendor/build output are skipped), then incremental updates from file events. Open documents belong to
 * the DocumentImportWatcher (their text may be unsaved), so the scan leaves them alone. Also loads each workspace
 * folder's `.reuse-radar.json` dismissals and keeps them current.
 */
export class WorkspaceScanner extends Disposable {
  private readonly _onDidFinishScan = this.register(new vscode.EventEmitter<ScanResult>());
  readonly onDidFinishScan = this._onDidFinishScan.event;
  private readonly include = includeGlob(SOURCE_EXTENSIONS);
  private readonly scanned = new Map<string, ScannedFile>();
  private readonly gitignores = new Map<string, GitignoreRules>();
  private readonly pendingChanges = new Map<string, vscode.Uri>();
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  private current: vscode.CancellationTokenSource | undefined;
  private _lastResult: ScanResult | undefined;

  constructor(
    private readonly model: SuggestionModel,
    private readonly projects: ProjectContextService,
    private readonly settings: SettingsService,
    private readonly log: Logger,
  ) {
    super();
    this.register({ dispose: () => { this.current?.cancel(); this.timers.forEach((t) => clearTimeout(t)); } });
    const sources = this.register(vscode.workspace.createFileSystemWatcher(this.include, false, false, true));
    this.register(sources.onDidCreate((uri) => this.queueChange(uri)));
    this.register(sources.onDidChange((uri) => this.queueChange(uri)));
    // Creating or deleting a folder may report only the folder, so those are watched for every path.
    const folders = this.register(vscode.workspace.createFileSystemWatcher('**/*', false, true, false));
    this.register(folders.onDidDelete((uri) => this.removeUnder(uri)));
    this.register(folders.onDidCreate((uri) => void this.addFolder(uri)));
    const ignores = this.register(vscode.workspace.createFileSystemWatcher('**/.gitignore'));
    for (const event of [ignores.onDidCreate, ignores.onDidChange, ignores.onDidDelete]) this.register(event(() => this.later('rescan', 1000, () => void this.rescan())));
    this.register(vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration('files.exclude') || e.affectsConfiguration('search.exclude')) this.later('rescan', 1000, () => void this.rescan());
    }));
    this.register(settings.onDidChange((keys) => {
      if (keys.has('scanMaxFiles')) this.later('rescan', 1000, () => void this.rescan());
    }));
    this.register(vscode.workspace.onDidChangeWorkspaceFolders(() => this.later('rescan', 1000, () => void this.rescan())));
    this.register(projects.onDidChange((folder) => void this.reclassify(folder)));
    // A closed editor may have held unsaved text: the file on disk is the truth again.
    // A file opened outside the scan's scope (git-ignored, excluded) leaves the model with its editor.
    this.register(vscode.workspace.onDidCloseTextDocument((doc) => {
      if (this.inScope(doc.uri)) this.queueChange(doc.uri);
      else if (doc.uri.scheme === 'file' && !this.scanned.has(doc.uri.toString()) && this.model.hasFile(doc.uri)) this.model.removeFile(doc.uri);
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
    return [...this.scanned.values()].map((f) => f.uri);
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
    if (max > 0 && !this.isDisposed) {
      await withScanProgress(() => this.cancelScan(), async (progress) => {
        const candidates = await this.findCandidates(max, result, token);
        const open = new Set(vscode.workspace.textDocuments.filter(DocumentImportWatcher.isAnalysable).map((d) => d.uri.toString()));
        const seen = new Set<string>();
        for (let i = 0; i < candidates.length && !token.isCancellationRequested; i += BATCH_SIZE) {
          const batch = candidates.slice(i, i + BATCH_SIZE);
          const texts = await Promise.all(batch.map(({ uri }) => (open.has(uri.toString()) ? undefined : this.read(uri))));
          // Each file's nearest project (a monorepo's packages each have their own manifest).
          const contexts = await Promise.all(batch.map(({ uri }) => this.projects.contextFor(uri)));
          if (token.isCancellationRequested) break;
          batch.forEach(({ uri, folder }, j) => {
            seen.add(uri.toString());
            if (open.has(uri.toString())) return;
            if (texts[j] === undefined) result.skipped++;
            else if (this.analyse(uri, folder, texts[j], contexts[j])) result.files++;
          });
          progress.report({ message: `${Math.min(i + BATCH_SIZE, candidates.length)}/${candidates.length} files` });
          await new Promise((resolve) => setImmediate(resolve));
        }
        result.cancelled = token.isCancellationRequested;
        if (!result.cancelled) this.dropUnseen(seen, open);
      });
    }
    result.cancelled ||= token.isCancellationRequested;
    result.durationMs = Date.now() - started;
    this._lastResult = result;
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
    this.gitignores.set(folder.uri.toString(), rules);
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
    this.scanned.set(uri.toString(), { uri, folder: folder.uri.toString(), triggers });
    this.model.setFileTriggers(uri, triggers, ctx);
    return true;
  }

  /** Files scanned before that this scan no longer finds (newly excluded or ignored) leave the model. */
  private dropUnseen(seen: Set<string>, open: Set<string>): void {
    for (const [key, file] of this.scanned) {
      if (seen.has(key)) continue;
      this.scanned.delete(key);
      if (!open.has(key)) this.model.removeFile(file.uri);
    }
  }

  private inScope(uri: vscode.Uri): vscode.WorkspaceFolder | undefined {
    if (uri.scheme !== 'file' || !languageForPath(uri.path)) return undefined;
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    if (!folder) return undefined;
    const relative = vscode.workspace.asRelativePath(uri, false);
    if (isInExcludedFolder(relative) || this.gitignores.get(folder.uri.toString())?.ignores(relative)) return undefined;
    // Past the bound, only files the scan already holds are kept current.
    if (this._lastResult?.limitReached && !this.scanned.has(uri.toString())) return undefined;
    return folder;
  }

  private queueChange(uri: vscode.Uri): void {
    if (!this.inScope(uri)) return;
    this.pendingChanges.set(uri.toString(), uri);
    this.later('changes', CHANGE_DEBOUNCE_MS, () => void this.applyChanges());
  }

  private async addFolder(uri: vscode.Uri): Promise<void> {
    if (languageForPath(uri.path) || !looksLikeFolderName(uri.path) || !vscode.workspace.getWorkspaceFolder(uri)) return;
    if (isInExcludedFolder(`${vscode.workspace.asRelativePath(uri, false)}/x`) || !(await isFolder(uri))) return;
    for (const file of await filesUnderNewFolder(uri, this.settings.current.scanMaxFiles)) this.queueChange(file);
  }

  private async applyChanges(): Promise<void> {
    const uris = [...this.pendingChanges.values()];
    this.pendingChanges.clear();
    const open = new Set(vscode.workspace.textDocuments.filter(DocumentImportWatcher.isAnalysable).map((d) => d.uri.toString()));
    for (let i = 0; i < uris.length && !this.isDisposed; i += BATCH_SIZE) {
      const batch = uris.slice(i, i + BATCH_SIZE).filter((uri) => !open.has(uri.toString()));
      const texts = await Promise.all(batch.map((uri) => this.read(uri)));
      for (const [j, uri] of batch.entries()) {
        const folder = this.inScope(uri);
        const text = texts[j];
        if (folder && text !== undefined) this.analyse(uri, folder, text, await this.projects.contextFor(uri));
        else this.remove(uri.toString());
      }
      await new Promise((resolve) => setImmediate(resolve));
    }
  }

  private removeUnder(uri: vscode.Uri): void {
    const key = uri.toString();
    const open = new Set(vscode.workspace.textDocuments.map((d) => d.uri.toString()));
    for (const fileKey of [...this.scanned.keys()]) {
      if ((fileKey === key || fileKey.startsWith(`${key}/`)) && !open.has(fileKey)) this.remove(fileKey);
    }
  }

  private remove(key: string): void {
    const file = this.scanned.get(key);
    if (!file) return;
    this.scanned.delete(key);
    this.model.removeFile(file.uri);
  }

  /** A manifest changed: classify the folder's files again from their stored imports (no re-reading). */
  private async reclassify(folder: vscode.WorkspaceFolder): Promise<void> {
    const open = new Set(vscode.workspace.textDocuments.filter(DocumentImportWatcher.isAnalysable).map((d) => d.uri.toString()));
    const files = [...this.scanned.values()].filter((f) => f.folder === folder.uri.toString() && !open.has(f.uri.toString()));
    for (let i = 0; i < files.length && !this.isDisposed; i += 200) {
      const batch = files.slice(i, i + 200);
      const contexts = await Promise.all(batch.map((file) => this.projects.contextFor(file.uri)));
      batch.forEach((file, j) => {
        file.triggers = reclassify(file.triggers, contexts[j]);
        this.model.setFileTriggers(file.uri, file.triggers, contexts[j]);
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
