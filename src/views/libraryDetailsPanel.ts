import { randomBytes } from 'node:crypto';
import * as vscode from 'vscode';
import type { CatalogEntry } from '../catalog/model';
import type { CatalogService } from '../services/catalogService';
import { Disposable } from '../util/disposable';
import { parseDetailsMessage, renderLibraryDetailsHtml, type DetailsMessage } from './libraryDetailsHtml';

const VIEW_TYPE = 'reuseRadar.libraryDetails';

/**
 * Library details as webview panels, one per library (opening it again reveals it). The page is rendered by the
 * pure renderLibraryDetailsHtml under a strict CSP; its buttons post messages that run our commands for the panel's
 * own library.
 */
export class LibraryDetailsPanel extends Disposable {
  private readonly panels = new Map<string, { panel: vscode.WebviewPanel; entry: CatalogEntry }>();
  private readonly mediaUri: vscode.Uri;

  constructor(extensionUri: vscode.Uri, private readonly catalog: CatalogService) {
    super();
    this.mediaUri = vscode.Uri.joinPath(extensionUri, 'media');
    this.register({ dispose: () => [...this.panels.values()].forEach(({ panel }) => panel.dispose()) });
    this.register(catalog.onDidChangeCatalog(() => this.refreshAll()));
  }

  /** Opens (or reveals) the panel of a library. */
  open(entry: CatalogEntry): vscode.WebviewPanel {
    const existing = this.panels.get(entry.id);
    if (existing) {
      existing.entry = entry;
      this.render(existing.panel, entry);
      existing.panel.reveal(undefined, false);
      return existing.panel;
    }
    const panel = vscode.window.createWebviewPanel(VIEW_TYPE, entry.name, vscode.ViewColumn.Active, {
      enableScripts: true,
      enableFindWidget: true,
      localResourceRoots: [this.mediaUri],
    });
    panel.iconPath = vscode.Uri.joinPath(this.mediaUri, 'radar.svg');
    const record = { panel, entry };
    this.panels.set(entry.id, record);
    panel.onDidDispose(() => this.panels.delete(entry.id));
    panel.webview.onDidReceiveMessage((message: unknown) => {
      const parsed = parseDetailsMessage(message);
      if (parsed) void this.handle(record.entry, parsed);
    });
    this.render(panel, entry);
    return panel;
  }

  /** The open panel of a library, if any (tests read it). */
  panelFor(libraryId: string): vscode.WebviewPanel | undefined {
    return this.panels.get(libraryId)?.panel;
  }

  private render(panel: vscode.WebviewPanel, entry: CatalogEntry): void {
    const { webview } = panel;
    panel.title = entry.name;
    webview.html = renderLibraryDetailsHtml(entry, {
      cspSource: webview.cspSource,
      nonce: randomBytes(16).toString('base64'),
      scriptUri: webview.asWebviewUri(vscode.Uri.joinPath(this.mediaUri, 'details.js')).toString(),
      styleUri: webview.asWebviewUri(vscode.Uri.joinPath(this.mediaUri, 'details.css')).toString(),
    });
  }

  /** Keeps open panels in step with the catalog; a library that left the catalog keeps its last page. */
  private refreshAll(): void {
    for (const record of this.panels.values()) {
      const fresh = this.catalog.catalog.entries.find((e) => e.id === record.entry.id);
      if (fresh && fresh !== record.entry) {
        record.entry = fresh;
        this.render(record.panel, fresh);
      }
    }
  }

  private async handle(entry: CatalogEntry, message: DetailsMessage): Promise<void> {
    switch (message.type) {
      case 'addToProject':
        await vscode.commands.executeCommand('reuseRadar.library.addToProject', entry.id);
        break;
      case 'contribute':
        await vscode.commands.executeCommand('reuseRadar.contribute', entry.id);
        break;
      case 'askOwners':
        await vscode.commands.executeCommand('reuseRadar.library.askOwners', entry.id);
        break;
      case 'openRepository':
        await vscode.commands.executeCommand('reuseRadar.library.openRepository', entry.id);
        break;
      case 'copyInstall': {
        const pkg = entry.packages[message.index];
        if (pkg) await vscode.commands.executeCommand('reuseRadar.library.copyInstallCommand', entry.id, pkg.ecosystem);
        break;
      }
    }
  }
}
