import * as vscode from 'vscode';
import Fuse from 'fuse.js';
import { onrampLabel } from '../catalog/entryFacts';
import { displayOwner } from '../catalog/formats/backstageRefs';
import type { CatalogEntry } from '../catalog/model';
import type { CatalogService } from '../services/catalogService';
import type { GroupBy, SettingsService } from '../services/settingsService';
import { Disposable } from '../util/disposable';
import { ecosystemIcon, ecosystemLabel, isDeprecated, libraryContextValue, libraryIcon, libraryTooltip, primaryPackage } from './libraryPresentation';
import { inertLabel, inertText } from '../util/inertText';

export interface CatalogGroupNode {
  readonly kind: 'group';
  readonly key: string;
  readonly label: string;
  readonly entries: CatalogEntry[];
  readonly groupBy: GroupBy;
}

interface CatalogLibraryNode {
  readonly kind: 'library';
  readonly entry: CatalogEntry;
  readonly parentKey: string;
}

export type CatalogNode = CatalogGroupNode | CatalogLibraryNode;

/** The Catalog view: every library, grouped by ecosystem, topic or owner, optionally narrowed by a fuzzy filter. */
export class CatalogTreeProvider extends Disposable implements vscode.TreeDataProvider<CatalogNode> {
  private readonly _onDidChangeTreeData = this.register(new vscode.EventEmitter<CatalogNode | undefined>());
  readonly onDidChangeTreeData = this._onDidChangeTreeData.event;

  private _filter: string | undefined;
  private _groups: CatalogGroupNode[] | undefined;
  private _fuse: Fuse<CatalogEntry> | undefined;

  constructor(private readonly catalog: CatalogService, private readonly settings: SettingsService) {
    super();
    this.register(catalog.onDidChangeCatalog(() => this.invalidate(true)));
    // The state decides whether there is anything to show yet (loading with no catalog, unconfigured).
    this.register(catalog.onDidChangeState(() => this.invalidate(false)));
    this.register(settings.onDidChange((keys) => {
      if (keys.has('groupBy') || keys.has('sortBy')) this.invalidate(false);
    }));
  }

  get filter(): string | undefined {
    return this._filter;
  }

  /** Narrows the view to libraries fuzzily matching `query` (undefined clears it). */
  setFilter(query: string | undefined): void {
    this._filter = query?.trim() || undefined;
    void vscode.commands.executeCommand('setContext', 'reuseRadar.catalogFiltered', this._filter !== undefined);
    this.invalidate(false);
  }

  /** The libraries currently shown, in display order (tests and the filter quick pick read it). */
  visibleEntries(): CatalogEntry[] {
    const seen = new Set<string>();
    return this.groups().flatMap((g) => g.entries).filter((e) => !seen.has(e.id) && seen.add(e.id) !== undefined);
  }

  fuzzySearch(query: string, limit = 200): CatalogEntry[] {
    this._fuse ??= new Fuse(this.catalog.catalog.entries, {
      keys: [
        { name: 'name', weight: 3 },
        { name: 'packages.name', weight: 3 },
        { name: 'keywords', weight: 2 },
        { name: 'description', weight: 1 },
      ],
      threshold: 0.35,
      ignoreLocation: true,
    });
    return this._fuse.search(query, { limit }).map((r) => r.item);
  }

  private invalidate(catalogChanged: boolean): void {
    this._groups = undefined;
    if (catalogChanged) this._fuse = undefined;
    this._onDidChangeTreeData.fire(undefined);
  }

  private groups(): CatalogGroupNode[] {
    if (this._groups) return this._groups;
    const state = this.catalog.state;
    if (state === 'unconfigured' || state === 'loading' && this.catalog.catalog.entries.length === 0) {
      return (this._groups = []);
    }
    const groupBy = this.settings.current.groupBy;
    const entries = this._filter ? this.fuzzySearch(this._filter, Number.MAX_SAFE_INTEGER) : this.catalog.catalog.entries;
    const byKey = new Map<string, CatalogEntry[]>();
    for (const entry of entries) {
      for (const key of groupKeys(entry, groupBy)) {
        let list = byKey.get(key);
        if (!list) byKey.set(key, (list = []));
        list.push(entry);
      }
    }
    const groups = [...byKey.entries()].map(([key, list]): CatalogGroupNode => ({
      kind: 'group',
      key,
      label: groupBy === 'ecosystem' ? ecosystemLabel(key as never) : key,
      entries: this._filter ? list : [...list].sort(this.settings.current.sortBy === 'activity' ? byActivity : byName),
      groupBy,
    }));
    groups.sort((a, b) => (a.key === '(none)' ? 1 : b.key === '(none)' ? -1 : a.label.localeCompare(b.label)));
    return (this._groups = groups);
  }

  getChildren(element?: CatalogNode): CatalogNode[] {
    if (!element) return this.groups();
    if (element.kind === 'group') return element.entries.map((entry) => ({ kind: 'library', entry, parentKey: element.key }));
    return [];
  }

  getParent(element: CatalogNode): CatalogNode | undefined {
    if (element.kind === 'group') return undefined;
    return this.groups().find((g) => g.key === element.parentKey);
  }

  getTreeItem(element: CatalogNode): vscode.TreeItem {
    if (element.kind === 'group') {
      const item = new vscode.TreeItem(inertLabel(element.label), this._filter ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.Collapsed);
      item.id = `group:${element.groupBy}:${element.key}`;
      item.description = `${element.entries.length}`;
      item.iconPath = element.groupBy === 'ecosystem' ? ecosystemIcon(element.key as never) : new vscode.ThemeIcon(element.groupBy === 'owner' ? 'organization' : 'tag');
      item.contextValue = 'group';
      return item;
    }
    const { entry } = element;
    const item = new vscode.TreeItem(inertLabel(entry.name), vscode.TreeItemCollapsibleState.None);
    item.id = `library:${element.parentKey}:${entry.id}`;
    const pkg = primaryPackage(entry);
    item.description = inertLabel(isDeprecated(entry) ? `deprecated${entry.replacement ? ` → ${entry.replacement}` : ''}` : pkg && pkg !== entry.name ? pkg : entry.description);
    const onramp = onrampLabel(entry);
    // First, so a long description cannot push it out of sight.
    if (onramp && !isDeprecated(entry)) item.description = `${onramp}${item.description ? ` · ${String(item.description)}` : ''}`;
    item.tooltip = libraryTooltip(entry);
    item.iconPath = libraryIcon(entry);
    item.contextValue = libraryContextValue(entry);
    item.command = { command: 'reuseRadar.library.openDetails', title: 'Open Library Details', arguments: [entry.id] };
    item.accessibilityInformation = { label: inertText(`${entry.name}${isDeprecated(entry) ? ', deprecated' : ''}: ${entry.description}`) };
    return item;
  }
}

function byName(a: CatalogEntry, b: CatalogEntry): number {
  return a.name.localeCompare(b.name);
}

/** Most active first (entries without a score last), then by name. */
function byActivity(a: CatalogEntry, b: CatalogEntry): number {
  return (b.activityScore ?? -1) - (a.activityScore ?? -1) || byName(a, b);
}

function groupKeys(entry: CatalogEntry, groupBy: GroupBy): string[] {
  switch (groupBy) {
    case 'ecosystem': {
      const ecosystems = [...new Set(entry.packages.map((p) => p.ecosystem))];
      return ecosystems.length ? ecosystems : ['other'];
    }
    case 'topic':
      return entry.keywords.length ? entry.keywords : ['(none)'];
    case 'owner':
      return entry.owners.length ? entry.owners.map(displayOwner) : ['(none)'];
  }
}
