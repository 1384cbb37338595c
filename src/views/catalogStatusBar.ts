import * as vscode from 'vscode';
import type { CatalogService } from '../services/catalogService';
import { Disposable } from '../util/disposable';
import { inertText } from '../util/inertText';

/** "$(library) 31 libraries · 2 h old" — click refreshes; in demo mode it says so and offers configuration. */
export class CatalogStatusBar extends Disposable {
  private readonly item = this.register(vscode.window.createStatusBarItem('reuseRadar.catalogStatus', vscode.StatusBarAlignment.Left, 10));
  private readonly timer: ReturnType<typeof setInterval>;

  constructor(private readonly catalog: CatalogService) {
    super();
    this.item.name = 'Reuse Radar Catalog';
    this.register(catalog.onDidChangeCatalog(() => this.update()));
    this.register(catalog.onDidChangeState(() => this.update()));
    // The age text goes stale on its own; a minute is as precise as it reads.
    this.timer = setInterval(() => this.update(), 60_000);
    this.register({ dispose: () => clearInterval(this.timer) });
    this.update();
    this.item.show();
  }

  /** The text currently shown (tests read it). */
  get text(): string {
    return this.item.text;
  }

  private update(): void {
    const { catalog, state } = this.catalog;
    const count = catalog.entries.length;
    if (this.catalog.isRefreshing) {
      this.item.text = '$(sync~spin) Reuse Radar: refreshing…';
      this.item.tooltip = 'Refreshing the catalog of internal libraries';
      this.item.command = undefined;
      return;
    }
    switch (state) {
      case 'demo':
        this.item.text = `$(beaker) Demo catalog — configure your organization`;
        this.item.tooltip = `Reuse Radar is using its embedded demo catalog (${count} libraries of the fictional acme-demo org). Click to configure your organization.`;
        this.item.command = 'reuseRadar.configure';
        break;
      case 'unconfigured':
        this.item.text = '$(library) Reuse Radar: not configured';
        this.item.tooltip = 'Configure a GitHub organization or a catalog file';
        this.item.command = 'reuseRadar.configure';
        break;
      case 'loading':
        this.item.text = '$(sync~spin) Reuse Radar: loading catalog…';
        this.item.tooltip = 'Loading the catalog of internal libraries';
        this.item.command = undefined;
        break;
      case 'error':
        this.item.text = '$(warning) Reuse Radar: catalog unavailable';
        this.item.tooltip = `${inertText(this.catalog.lastError ?? 'The catalog could not be loaded', { max: 500 })} — click to retry`;
        this.item.command = 'reuseRadar.catalog.refresh';
        break;
      case 'ready': {
        const age = formatAge(Date.now() - Date.parse(catalog.generatedAt));
        this.item.text = `$(library) ${count} ${count === 1 ? 'library' : 'libraries'} · ${age}`;
        this.item.tooltip = `Reuse Radar catalog: ${count} internal libraries, refreshed ${age}${this.catalog.lastError ? ` (last refresh failed: ${inertText(this.catalog.lastError, { max: 500 })})` : ''}. Click to refresh.`;
        this.item.command = 'reuseRadar.catalog.refresh';
        break;
      }
    }
  }
}

/** 90_000 -> "1 min old"; 7_200_000 -> "2 h old"; 3 days -> "3 d old". */
function formatAge(ms: number): string {
  if (!Number.isFinite(ms) || ms < 60_000) return 'just now';
  const minutes = Math.floor(ms / 60_000);
  if (minutes < 60) return `${minutes} min old`;
  const hours = Math.floor(minutes / 60);
  if (hours < 48) return `${hours} h old`;
  return `${Math.floor(hours / 24)} d old`;
}
