import * as vscode from 'vscode';
import type { Dismissal } from '../matching/types';
import { Disposable } from '../util/disposable';

/** Where a dismissal is kept: this workspace only, or every workspace of this user. */
export type DismissalScope = 'workspace' | 'user';

export interface StoredDismissal {
  id: string;
  dismissal: Dismissal;
  where: DismissalScope;
  /** Library display name at the time, for listing. */
  label: string;
  at: string;
}

const KEY = 'reuseRadar.dismissals';

/** Dismissals persisted in VS Code state (workspaceState / globalState), listed and undoable. */
export class DismissalStore extends Disposable {
  private readonly _onDidChange = this.register(new vscode.EventEmitter<void>());
  readonly onDidChange = this._onDidChange.event;

  constructor(private readonly workspaceState: vscode.Memento, private readonly globalState: vscode.Memento) {
    super();
  }

  /** Kept until the next add/remove: matching reads it for every file. */
  private cached: { list: StoredDismissal[]; dismissals: Dismissal[] } | undefined;

  list(): StoredDismissal[] {
    return this.current().list;
  }

  dismissals(): Dismissal[] {
    return this.current().dismissals;
  }

  private current(): { list: StoredDismissal[]; dismissals: Dismissal[] } {
    if (!this.cached) {
      const list = [...this.read('workspace'), ...this.read('user')].sort((a, b) => b.at.localeCompare(a.at));
      this.cached = { list, dismissals: list.map((d) => d.dismissal) };
    }
    return this.cached;
  }

  async add(dismissal: Dismissal, where: DismissalScope, label: string): Promise<StoredDismissal> {
    const stored: StoredDismissal = { id: `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`, dismissal, where, label, at: new Date().toISOString() };
    const existing = this.read(where).filter((d) => JSON.stringify(d.dismissal) !== JSON.stringify(dismissal));
    await this.memento(where).update(KEY, [...existing, stored]);
    this.cached = undefined;
    this._onDidChange.fire();
    return stored;
  }

  async remove(id: string): Promise<boolean> {
    for (const where of ['workspace', 'user'] as const) {
      const list = this.read(where);
      const kept = list.filter((d) => d.id !== id);
      if (kept.length !== list.length) {
        await this.memento(where).update(KEY, kept);
        this.cached = undefined;
        this._onDidChange.fire();
        return true;
      }
    }
    return false;
  }

  private memento(where: DismissalScope): vscode.Memento {
    return where === 'workspace' ? this.workspaceState : this.globalState;
  }

  private read(where: DismissalScope): StoredDismissal[] {
    const value = this.memento(where).get<unknown>(KEY, []);
    return Array.isArray(value) ? value.filter(isStoredDismissal) : [];
  }
}

function isStoredDismissal(value: unknown): value is StoredDismissal {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Partial<StoredDismissal>;
  return typeof v.id === 'string' && typeof v.at === 'string' && typeof v.dismissal === 'object' && v.dismissal !== null;
}
