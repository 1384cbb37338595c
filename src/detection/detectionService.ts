import * as vscode from 'vscode';
import { languageForId, languageForPath } from '../imports/languages';
import type { SettingsService } from '../services/settingsService';
import { Disposable } from '../util/disposable';
import { Emitter } from '../util/emitter';
import { FileStates } from '../workspace/fileStates';
import { isInExcludedFolder, looksLikeFolderName } from '../workspace/scanRules';
import { filesUnderNewFolder, isFolder } from './walkDirectory';

/** Schemes whose documents are the user's own code (`git:`, `output:`, diff and notebook views are not). */
const ANALYSED_SCHEMES: ReadonlySet<string> = new Set(['file', 'untitled', 'vscode-remote']);
/** A new folder is walked up to this many files (or `reuseRadar.scan.maxFiles`, if larger). */
const NEW_FOLDER_FILES = 10_000;

/** True when this document's imports are analysed (a supported language, a scheme we read). */
function isAnalysable(doc: vscode.TextDocument): boolean {
  return ANALYSED_SCHEMES.has(doc.uri.scheme) && languageForId(doc.languageId) !== undefined;
}

export interface ClosedDocument {
  document: vscode.TextDocument;
  /** True when the workspace scan keeps this file current: the file on disk is the truth again. Otherwise the file
   * leaves the model with its editor. */
  backToDisk: boolean;
}

/**
 * The one owner of each file's state (open in an editor, read from disk, newly created, gone) and of the workspace
 * scan's progress, in a vscode-free `FileStates`. It listens to VS Code once — one `**` file watcher, the editor's
 * create/delete and open/close events, one walk of each new folder — and tells the detection consumers what happened:
 * the document watcher (open documents), the workspace scanner (files on disk) and the new-file watcher (new files).
 */
export class DetectionService extends Disposable {
  readonly states = this.register(new FileStates<vscode.Uri>());
  private readonly _onDidOpenDocument = this.register(new Emitter<vscode.TextDocument>());
  /** An analysable document was opened. */
  readonly onDidOpenDocument = this._onDidOpenDocument.event;
  private readonly _onDidCloseDocument = this.register(new Emitter<ClosedDocument>());
  /** An analysable document was closed (handled here once; the state already says it is closed). */
  readonly onDidCloseDocument = this._onDidCloseDocument.event;
  private readonly _onDidWriteFiles = this.register(new Emitter<vscode.Uri[]>());
  /** Source files created or changed on disk (a new folder's files included), in the workspace. */
  readonly onDidWriteFiles = this._onDidWriteFiles.event;
  private readonly _onDidDelete = this.register(new Emitter<vscode.Uri>());
  /** A file or folder was deleted (on disk or through the editor). */
  readonly onDidDelete = this._onDidDelete.event;
  private readonly _onDidCreateNewFile = this.register(new Emitter<vscode.Uri>());
  /** A source file new to the workspace (not a recreation, reported once). */
  readonly onDidCreateNewFile = this._onDidCreateNewFile.event;
  private readonly _onDidChangeGitignore = this.register(new Emitter<void>());
  /** A `.gitignore` was created, changed or deleted. */
  readonly onDidChangeGitignore = this._onDidChangeGitignore.event;
  private walking = 0;

  constructor(private readonly settings: SettingsService) {
    super();
    const watcher = this.register(vscode.workspace.createFileSystemWatcher('**/*'));
    this.register(watcher.onDidCreate((uri) => this.createdOnDisk(uri)));
    this.register(watcher.onDidChange((uri) => {
      if (isGitignore(uri)) this._onDidChangeGitignore.fire();
      else if (languageForPath(uri.path)) this._onDidWriteFiles.fire([uri]);
    }));
    this.register(watcher.onDidDelete((uri) => this.deleted(uri)));
    this.register(vscode.workspace.onDidCreateFiles((e) => e.files.forEach((uri) => this.createdInEditor(uri))));
    this.register(vscode.workspace.onDidDeleteFiles((e) => e.files.forEach((uri) => this.deleted(uri))));
    this.register(vscode.workspace.onDidOpenTextDocument((doc) => this.opened(doc)));
    this.register(vscode.workspace.onDidCloseTextDocument((doc) => this.closed(doc)));
    for (const doc of vscode.workspace.textDocuments) if (isAnalysable(doc)) this.states.opened(doc.uri.toString());
  }

  /** The analysable documents open now. */
  openDocuments(): vscode.TextDocument[] {
    return vscode.workspace.textDocuments.filter((doc) => this.states.isOpen(doc.uri.toString()));
  }

  /** True while a new folder is being walked (its files are about to be reported). */
  get isWalking(): boolean {
    return this.walking > 0;
  }

  /** The workspace folder of a file the scan keeps current (see `FileStates.inScanScope`), else undefined. */
  scanFolderOf(uri: vscode.Uri): vscode.WorkspaceFolder | undefined {
    if (uri.scheme !== 'file') return undefined;
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    if (!folder) return undefined;
    return this.states.inScanScope(uri.toString(), folder.uri.toString(), vscode.workspace.asRelativePath(uri, false)) ? folder : undefined;
  }

  private opened(doc: vscode.TextDocument): void {
    if (!isAnalysable(doc)) return;
    this.states.opened(doc.uri.toString());
    this._onDidOpenDocument.fire(doc);
  }

  private closed(doc: vscode.TextDocument): void {
    if (!this.states.closed(doc.uri.toString())) return;
    this._onDidCloseDocument.fire({ document: doc, backToDisk: this.scanFolderOf(doc.uri) !== undefined });
  }

  private createdOnDisk(uri: vscode.Uri): void {
    if (isGitignore(uri)) {
      this._onDidChangeGitignore.fire();
    } else if (languageForPath(uri.path)) {
      this.reportIfNew(uri, true);
      this._onDidWriteFiles.fire([uri]);
    } else if (looksLikeFolderName(uri.path)) {
      void this.walkNewFolder(uri);
    }
  }

  private createdInEditor(uri: vscode.Uri): void {
    if (languageForPath(uri.path)) this.reportIfNew(uri, false);
  }

  /** A new folder: its files may have been written before the watcher saw the folder (git, unzip, generators). */
  private async walkNewFolder(uri: vscode.Uri): Promise<void> {
    if (!vscode.workspace.getWorkspaceFolder(uri) || isInExcludedFolder(`${vscode.workspace.asRelativePath(uri, false)}/x`)) return;
    this.walking++;
    try {
      if (!(await isFolder(uri))) return;
      const files = await filesUnderNewFolder(uri, Math.max(NEW_FOLDER_FILES, this.settings.current.scanMaxFiles));
      if (this.isDisposed) return;
      const sources = files.filter((file) => languageForPath(file.path));
      for (const file of sources) this.reportIfNew(file, false);
      if (sources.length) this._onDidWriteFiles.fire(sources);
    } finally {
      this.walking--;
    }
  }

  private reportIfNew(uri: vscode.Uri, fromDisk: boolean): void {
    if (uri.scheme !== 'file' || !vscode.workspace.getWorkspaceFolder(uri)) return;
    if (this.states.created(uri.toString(), vscode.workspace.asRelativePath(uri, false), { fromDisk })) this._onDidCreateNewFile.fire(uri);
  }

  private deleted(uri: vscode.Uri): void {
    this.states.deleted(uri.toString());
    if (isGitignore(uri)) this._onDidChangeGitignore.fire();
    this._onDidDelete.fire(uri);
  }
}

function isGitignore(uri: vscode.Uri): boolean {
  return uri.path.endsWith('/.gitignore');
}
