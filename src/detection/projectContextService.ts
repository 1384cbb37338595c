import path from 'node:path';
import * as vscode from 'vscode';
import type { ProjectContext } from '../imports/classify';
import { describeProjectContext, detectProjectContext } from '../imports/projectContext';
import { ProjectContextCache } from '../imports/projectContextCache';
import { PROJECT_MANIFEST_GLOB } from '../imports/projectRoot';
import { Disposable } from '../util/disposable';
import { Emitter } from '../util/emitter';
import type { Logger } from '../util/log';

/**
 * What a document's project says about itself (its npm name, Go module, Python packages…): the project is the nearest
 * folder inside the document's workspace folder holding a manifest (a monorepo package, a Go module, a Maven
 * module…), else the workspace folder itself. Read once per project and cached until a manifest of that workspace
 * folder changes. Files outside a workspace folder, untitled documents and non-`file:` folders get an empty context
 * (everything non-relative classifies by the language's rules alone).
 */
export class ProjectContextService extends Disposable {
  private readonly _onDidChange = this.register(new Emitter<vscode.WorkspaceFolder>());
  /** Fires with the folder whose cached contexts were dropped (a manifest changed): re-classify its files. */
  readonly onDidChange = this._onDidChange.event;
  private readonly folders = new Map<string, ProjectContextCache>();

  constructor(private readonly log: Logger) {
    super();
    const watcher = this.register(vscode.workspace.createFileSystemWatcher(PROJECT_MANIFEST_GLOB));
    const invalidate = (uri: vscode.Uri) => {
      if (uri.path.split('/').some((segment) => segment === 'node_modules')) return;
      const folder = vscode.workspace.getWorkspaceFolder(uri);
      if (folder) this.invalidate(folder);
    };
    this.register(watcher.onDidCreate(invalidate));
    this.register(watcher.onDidChange(invalidate));
    this.register(watcher.onDidDelete(invalidate));
    this.register(vscode.workspace.onDidChangeWorkspaceFolders((e) => {
      for (const folder of e.removed) this.folders.delete(folder.uri.toString());
    }));
  }

  /** The context for the project a document belongs to: its nearest project root inside its folder (never rejects). */
  contextFor(uri: vscode.Uri): Promise<ProjectContext> {
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    if (!folder || folder.uri.scheme !== 'file') return Promise.resolve({});
    return uri.scheme === 'file' ? this.cacheOf(folder).contextFor(uri.fsPath) : this.contextOfFolder(folder);
  }

  /** The context of the workspace folder's own root (what a file with no nearer project gets). */
  contextOfFolder(folder: vscode.WorkspaceFolder): Promise<ProjectContext> {
    return folder.uri.scheme === 'file' ? this.cacheOf(folder).contextOf(folder.uri.fsPath) : Promise.resolve({});
  }

  private cacheOf(folder: vscode.WorkspaceFolder): ProjectContextCache {
    const key = folder.uri.toString();
    let cache = this.folders.get(key);
    if (!cache) {
      cache = new ProjectContextCache(folder.uri.fsPath, { read: (dir) => this.read(folder, dir) });
      this.folders.set(key, cache);
    }
    return cache;
  }

  private read(folder: vscode.WorkspaceFolder, dir: string): Promise<ProjectContext> {
    const started = Date.now();
    const relative = path.relative(folder.uri.fsPath, dir);
    const name = relative ? `${folder.name}/${relative.split(path.sep).join('/')}` : folder.name;
    return detectProjectContext(dir).then(
      (ctx) => {
        this.log.debug(`Project context of ${name} read in ${Date.now() - started} ms: ${describeProjectContext(ctx)}`);
        return ctx;
      },
      (err: unknown) => {
        this.log.warn(`Could not read the project manifests of ${name}: ${err instanceof Error ? err.message : String(err)}`);
        return {};
      },
    );
  }

  // A manifest created or deleted moves project roots, and a *.csproj one level down changes its parent's context:
  // the folder's whole cache goes (it is rebuilt lazily, one small read per project).
  private invalidate(folder: vscode.WorkspaceFolder): void {
    if (!this.folders.delete(folder.uri.toString())) return;
    this.log.debug(`A manifest of ${folder.name} changed: its project contexts will be read again.`);
    this._onDidChange.fire(folder);
  }
}
