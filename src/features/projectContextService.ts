import * as vscode from 'vscode';
import type { ProjectContext } from '../imports/classify';
import { detectProjectContext } from '../imports/projectContext';
import { Disposable } from '../util/disposable';
import type { Logger } from '../util/log';

/** The manifests `detectProjectContext` reads: a change to any of them can turn a package import into a local one. */
export const PROJECT_MANIFEST_GLOB = '**/{package.json,go.mod,pyproject.toml,setup.cfg,pom.xml,build.gradle,build.gradle.kts,Cargo.toml,*.csproj}';

/**
 * What each workspace folder's manifests say about the project (its npm name, Go module, Python packages…), read once
 * per folder and cached until one of its manifests changes. Files outside a workspace folder, untitled documents and
 * non-`file:` folders get an empty context (everything non-relative classifies by the language's rules alone).
 */
export class ProjectContextService extends Disposable {
  private readonly _onDidChange = this.register(new vscode.EventEmitter<vscode.WorkspaceFolder>());
  /** Fires with the folder whose cached context was dropped (a manifest changed): re-classify its files. */
  readonly onDidChange = this._onDidChange.event;
  private readonly cache = new Map<string, Promise<ProjectContext>>();

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
      for (const folder of e.removed) this.cache.delete(folder.uri.toString());
    }));
  }

  /** The context for the project a document belongs to (never rejects). */
  contextFor(uri: vscode.Uri): Promise<ProjectContext> {
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    return folder ? this.contextOfFolder(folder) : Promise.resolve({});
  }

  contextOfFolder(folder: vscode.WorkspaceFolder): Promise<ProjectContext> {
    if (folder.uri.scheme !== 'file') return Promise.resolve({});
    const key = folder.uri.toString();
    let cached = this.cache.get(key);
    if (!cached) {
      const started = Date.now();
      cached = detectProjectContext(folder.uri.fsPath).then(
        (ctx) => {
          this.log.debug(`Project context of ${folder.name} read in ${Date.now() - started} ms: ${describe(ctx)}`);
          return ctx;
        },
        (err: unknown) => {
          this.log.warn(`Could not read the project manifests of ${folder.name}: ${err instanceof Error ? err.message : String(err)}`);
          return {};
        },
      );
      this.cache.set(key, cached);
    }
    return cached;
  }

  private invalidate(folder: vscode.WorkspaceFolder): void {
    if (!this.cache.delete(folder.uri.toString())) return;
    this.log.debug(`A manifest of ${folder.name} changed: its project context will be read again.`);
    this._onDidChange.fire(folder);
  }
}

function describe(ctx: ProjectContext): string {
  const parts = [
    ctx.npmName && `npm ${ctx.npmName}`,
    ctx.goModule && `go module ${ctx.goModule}`,
    ctx.pythonPackages?.length && `python packages ${ctx.pythonPackages.join(', ')}`,
    ctx.javaPackageRoots?.length && `java packages ${ctx.javaPackageRoots.join(', ')}`,
    ctx.crateName && `crate ${ctx.crateName}`,
    ctx.dotnetNamespaces?.length && `namespaces ${ctx.dotnetNamespaces.join(', ')}`,
  ].filter(Boolean);
  return parts.length ? parts.join('; ') : 'no manifest';
}
