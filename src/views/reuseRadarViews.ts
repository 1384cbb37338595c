import * as vscode from 'vscode';
import type { CatalogService } from '../services/catalogService';
import type { SuggestionModel } from '../services/suggestionModel';
import { Disposable } from '../util/disposable';
import type { Event } from '../util/emitter';
import type { ScanPhase, ScanState } from '../workspace/fileStates';
import type { CatalogNode, CatalogTreeProvider } from './catalogTreeProvider';
import type { SuggestionNode, SuggestionsTreeProvider } from './suggestionsTreeProvider';

/** What the views need to know about the workspace scan (the detection service's state). */
export interface ScanStatus {
  readonly scan: ScanState;
  readonly onDidChangeScan: Event<ScanState>;
}

/**
 * The views' line while a scan runs: "Scanning the workspace for imports… 25/120 files".
 * @example scanMessage({ phase: 'scanning', running: true, done: 25, total: 120 }) // -> "Scanning the workspace for imports… 25/120 files"
 * @example scanMessage({ phase: 'done', running: false, done: 120, total: 120 }) // -> undefined
 */
function scanMessage(scan: ScanState): string | undefined {
  if (!scan.running && scan.phase !== 'scanning') return undefined;
  return `Scanning the workspace for imports…${scan.total ? ` ${scan.done}/${scan.total} files` : ''}`;
}

/**
 * Creates the two tree views and keeps their badge, messages and the context keys that drive welcome views. Until the
 * first workspace scan has finished, both views say they are scanning (`reuseRadar.workspaceScan` is `scanning`), so
 * an empty Suggestions view never claims there is nothing to reuse before the workspace was read.
 */
export class ReuseRadarViews extends Disposable {
  readonly suggestionsView: vscode.TreeView<SuggestionNode>;
  readonly catalogView: vscode.TreeView<CatalogNode>;
  /** The scan phase the context key was last set to. */
  private phase: ScanPhase | undefined;

  constructor(
    private readonly catalog: CatalogService,
    private readonly model: SuggestionModel,
    private readonly catalogTree: CatalogTreeProvider,
    suggestionsTree: SuggestionsTreeProvider,
    private readonly scanStatus: ScanStatus,
  ) {
    super();
    this.suggestionsView = this.register(vscode.window.createTreeView('reuseRadar.suggestions', { treeDataProvider: suggestionsTree, showCollapseAll: true }));
    this.catalogView = this.register(vscode.window.createTreeView('reuseRadar.catalog', { treeDataProvider: catalogTree, showCollapseAll: true }));
    this.register(catalog.onDidChangeCatalog(() => this.update()));
    this.register(catalog.onDidChangeState(() => this.update()));
    this.register(model.onDidChange(() => this.update()));
    this.register(catalogTree.onDidChangeTreeData(() => this.updateCatalogMessage()));
    this.register(scanStatus.onDidChangeScan((scan) => {
      if (scan.phase !== this.phase) this.update();
      else this.updateMessages();
    }));
    this.update();
  }

  private update(): void {
    const state = this.catalog.state;
    void vscode.commands.executeCommand('setContext', 'reuseRadar.catalogState', state);
    const count = this.model.libraries().length;
    void vscode.commands.executeCommand('setContext', 'reuseRadar.hasSuggestions', count > 0);
    this.phase = this.scanStatus.scan.phase;
    void vscode.commands.executeCommand('setContext', 'reuseRadar.workspaceScan', this.phase);
    this.suggestionsView.badge = count ? { value: count, tooltip: `${count} internal ${count === 1 ? 'library' : 'libraries'} suggested for this workspace` } : undefined;
    this.updateMessages();
  }

  private updateMessages(): void {
    const scanning = scanMessage(this.scanStatus.scan);
    const demo = this.catalog.state === 'demo' && this.model.libraries().length > 0;
    this.suggestionsView.message = [scanning, demo ? 'Demo catalog — configure your organization' : undefined].filter(Boolean).join(' · ') || undefined;
    this.updateCatalogMessage();
  }

  private updateCatalogMessage(): void {
    const total = this.catalog.catalog.entries.length;
    const filter = this.catalogTree.filter;
    const scanning = scanMessage(this.scanStatus.scan);
    const parts: string[] = scanning ? [scanning] : [];
    if (this.catalog.state === 'demo') parts.push('Demo catalog — configure your organization');
    if (filter) parts.push(`Filtered by "${filter}": ${this.catalogTree.visibleEntries().length} of ${total} libraries`);
    this.catalogView.message = parts.length ? parts.join(' · ') : undefined;
  }
}
