import * as vscode from 'vscode';
import type { CatalogService } from '../services/catalogService';
import type { SuggestionModel } from '../services/suggestionModel';
import { Disposable } from '../util/disposable';
import type { CatalogNode, CatalogTreeProvider } from './catalogTreeProvider';
import type { SuggestionNode, SuggestionsTreeProvider } from './suggestionsTreeProvider';

/** Creates the two tree views and keeps their badge, messages and the context keys that drive welcome views. */
export class ReuseRadarViews extends Disposable {
  readonly suggestionsView: vscode.TreeView<SuggestionNode>;
  readonly catalogView: vscode.TreeView<CatalogNode>;

  constructor(
    private readonly catalog: CatalogService,
    private readonly model: SuggestionModel,
    private readonly catalogTree: CatalogTreeProvider,
    suggestionsTree: SuggestionsTreeProvider,
  ) {
    super();
    this.suggestionsView = this.register(vscode.window.createTreeView('reuseRadar.suggestions', { treeDataProvider: suggestionsTree, showCollapseAll: true }));
    this.catalogView = this.register(vscode.window.createTreeView('reuseRadar.catalog', { treeDataProvider: catalogTree, showCollapseAll: true }));
    this.register(catalog.onDidChangeCatalog(() => this.update()));
    this.register(catalog.onDidChangeState(() => this.update()));
    this.register(model.onDidChange(() => this.update()));
    this.register(catalogTree.onDidChangeTreeData(() => this.updateCatalogMessage()));
    this.update();
  }

  private update(): void {
    const state = this.catalog.state;
    void vscode.commands.executeCommand('setContext', 'reuseRadar.catalogState', state);
    const count = this.model.libraries().length;
    void vscode.commands.executeCommand('setContext', 'reuseRadar.hasSuggestions', count > 0);
    this.suggestionsView.badge = count ? { value: count, tooltip: `${count} internal ${count === 1 ? 'library' : 'libraries'} suggested for this workspace` } : undefined;
    this.suggestionsView.message = state === 'demo' && count ? 'Demo catalog — configure your organization' : undefined;
    this.updateCatalogMessage();
  }

  private updateCatalogMessage(): void {
    const total = this.catalog.catalog.entries.length;
    const filter = this.catalogTree.filter;
    const parts: string[] = [];
    if (this.catalog.state === 'demo') parts.push('Demo catalog — configure your organization');
    if (filter) parts.push(`Filtered by "${filter}": ${this.catalogTree.visibleEntries().length} of ${total} libraries`);
    this.catalogView.message = parts.length ? parts.join(' · ') : undefined;
  }
}
