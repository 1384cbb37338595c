import * as vscode from 'vscode';
import type { DismissalStore, StoredDismissal } from '../services/dismissalStore';
import type { LibrarySuggestion, Occurrence, SuggestionModel } from '../services/suggestionModel';
import { Disposable } from '../util/disposable';
import { libraryContextValue, libraryIcon, libraryTooltip } from './libraryPresentation';
import { inertLabel, inertText } from '../util/inertText';

export interface SuggestedLibraryNode {
  kind: 'library';
  id: string;
  library: LibrarySuggestion;
}

interface OccurrenceNode {
  kind: 'occurrence';
  parent: SuggestedLibraryNode;
  occurrence: Occurrence;
}

interface DismissedGroupNode {
  kind: 'dismissed';
}

interface DismissalNode {
  kind: 'dismissal';
  stored: StoredDismissal;
}

export type SuggestionNode = SuggestedLibraryNode | OccurrenceNode | DismissedGroupNode | DismissalNode;

const DISMISSED_GROUP: DismissedGroupNode = { kind: 'dismissed' };

/**
 * The Suggestions view: internal libraries suggested for this workspace, each expandable to the files and lines
 * that triggered it; dismissed suggestions listed (and undoable) at the end. Refreshes only the libraries whose
 * occurrences changed when the set of libraries is unchanged.
 */
export class SuggestionsTreeProvider extends Disposable implements vscode.TreeDataProvider<SuggestionNode> {
  private readonly _onDidChangeTreeData = this.register(new vscode.EventEmitter<SuggestionNode | SuggestionNode[] | undefined>());
  readonly onDidChangeTreeData = this._onDidChangeTreeData.event;
  private nodes: SuggestedLibraryNode[] = [];

  constructor(private readonly model: SuggestionModel, private readonly dismissals: DismissalStore) {
    super();
    this.nodes = this.buildNodes();
    this.register(model.onDidChange(() => this.update()));
    this.register(dismissals.onDidChange(() => this._onDidChangeTreeData.fire(undefined)));
  }

  /** Suggested libraries as shown (tests read it). */
  get libraries(): LibrarySuggestion[] {
    return this.nodes.map((n) => n.library);
  }

  private buildNodes(): SuggestedLibraryNode[] {
    return this.model.libraries().map((library) => ({ kind: 'library', id: library.entry.id, library }));
  }

  private update(): void {
    const next = this.model.libraries();
    const sameShape = next.length === this.nodes.length && next.every((l, i) => l.entry.id === this.nodes[i].id);
    if (!sameShape) {
      this.nodes = this.buildNodes();
      this._onDidChangeTreeData.fire(undefined);
      return;
    }
    const changed: SuggestedLibraryNode[] = [];
    next.forEach((library, i) => {
      const node = this.nodes[i];
      if (node.library.summary !== library.summary || node.library.best.score !== library.best.score || !sameOccurrences(node.library.occurrences, library.occurrences)) {
        changed.push(node);
      }
      node.library = library;
    });
    if (changed.length) this._onDidChangeTreeData.fire(changed);
  }

  getChildren(element?: SuggestionNode): SuggestionNode[] {
    if (!element) {
      const roots: SuggestionNode[] = [...this.nodes];
      if (this.dismissals.list().length) roots.push(DISMISSED_GROUP);
      return roots;
    }
    switch (element.kind) {
      case 'library':
        return element.library.occurrences.map((occurrence) => ({ kind: 'occurrence', parent: element, occurrence }));
      case 'dismissed':
        return this.dismissals.list().map((stored) => ({ kind: 'dismissal', stored }));
      default:
        return [];
    }
  }

  getParent(element: SuggestionNode): SuggestionNode | undefined {
    if (element.kind === 'occurrence') return element.parent;
    if (element.kind === 'dismissal') return DISMISSED_GROUP;
    return undefined;
  }

  getTreeItem(element: SuggestionNode): vscode.TreeItem {
    switch (element.kind) {
      case 'library': {
        const { entry } = element.library;
        const item = new vscode.TreeItem(inertLabel(entry.name), vscode.TreeItemCollapsibleState.Collapsed);
        item.id = `suggestion:${entry.id}`;
        item.description = inertLabel(element.library.summary);
        item.tooltip = libraryTooltip(entry);
        item.iconPath = libraryIcon(entry);
        item.contextValue = libraryContextValue(entry);
        return item;
      }
      case 'occurrence': {
        const { occurrence } = element;
        const relative = vscode.workspace.asRelativePath(occurrence.uri, false);
        const line = occurrence.range.start.line;
        const item = new vscode.TreeItem(
          inertLabel(occurrence.trigger === 'new-file' ? relative : `${relative}:${line + 1}`),
          vscode.TreeItemCollapsibleState.None,
        );
        item.id = `occurrence:${element.parent.id}:${occurrence.uri.toString()}:${line}:${occurrence.range.start.character}`;
        item.description = occurrence.trigger === 'new-file' ? 'new file' : inertLabel(occurrence.specifier);
        item.tooltip = inertText(occurrence.suggestion.reason, { max: 1000 });
        item.iconPath = new vscode.ThemeIcon(occurrence.trigger === 'new-file' ? 'new-file' : 'file-code');
        item.resourceUri = occurrence.uri;
        item.contextValue = 'occurrence';
        const r = occurrence.range;
        item.command = {
          command: 'vscode.open',
          title: 'Open File',
          arguments: [occurrence.uri, { selection: new vscode.Range(r.start.line, r.start.character, r.end.line, r.end.character) } satisfies vscode.TextDocumentShowOptions],
        };
        return item;
      }
      case 'dismissed': {
        const item = new vscode.TreeItem(`Dismissed (${this.dismissals.list().length})`, vscode.TreeItemCollapsibleState.Collapsed);
        item.id = 'dismissed';
        item.iconPath = new vscode.ThemeIcon('eye-closed');
        item.contextValue = 'dismissedGroup';
        return item;
      }
      case 'dismissal': {
        const { stored } = element;
        const item = new vscode.TreeItem(inertLabel(stored.label), vscode.TreeItemCollapsibleState.None);
        item.id = `dismissal:${stored.id}`;
        item.description = `${inertLabel(describeDismissal(stored))} · ${stored.where === 'user' ? 'all workspaces' : 'this workspace'}`;
        item.iconPath = new vscode.ThemeIcon('circle-slash');
        item.contextValue = 'dismissal';
        return item;
      }
    }
  }
}

/** Same files, lines and columns: a moved import (lines inserted above it) is a change the row must show. */
function sameOccurrences(a: Occurrence[], b: Occurrence[]): boolean {
  return a.length === b.length && a.every((o, i) => {
    const p = b[i];
    return o.uri.toString() === p.uri.toString() && o.specifier === p.specifier && o.trigger === p.trigger
      && o.range.start.line === p.range.start.line && o.range.start.character === p.range.start.character;
  });
}

export function describeDismissal(stored: StoredDismissal): string {
  const d = stored.dismissal;
  switch (d.scope) {
    case 'suggestion':
      return `not for ${d.specifier}`;
    case 'library':
      return 'never suggested';
    case 'import':
      return 'no suggestions for this import';
  }
}
