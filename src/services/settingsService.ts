import * as vscode from 'vscode';
import { DEFAULT_THRESHOLD } from '../matching/matcher';
import { onrampLabelsOrDefault, type OnrampLabels } from '../github/peopleFields';
import { Disposable } from '../util/disposable';

export type GroupBy = 'ecosystem' | 'topic' | 'owner';
export type SortBy = 'name' | 'activity';
export type DiagnosticSeveritySetting = 'hint' | 'information' | 'warning' | 'off';

/** A typed snapshot of the `reuseRadar.*` settings. */
export interface ReuseRadarSettings {
  orgs: string[];
  apiUrl: string;
  catalogFiles: string[];
  topic: string;
  libraryTypes: string[];
  nativeAdvice: boolean;
  refreshIntervalHours: number;
  useDemo: boolean;
  groupBy: GroupBy;
  threshold: number;
  diagnosticsSeverity: DiagnosticSeveritySetting;
  notifyNewFiles: boolean;
  scanMaxFiles: number;
  sortBy: SortBy;
  onrampLabels: OnrampLabels;
}

export const DEFAULT_API_URL = 'https://api.github.com';

/** Reads `reuseRadar.*` and fires `onDidChange` with the changed keys (without the prefix) when they change. */
export class SettingsService extends Disposable {
  private readonly _onDidChange = this.register(new vscode.EventEmitter<Set<keyof ReuseRadarSettings>>());
  readonly onDidChange = this._onDidChange.event;

  private static readonly keys: Record<keyof ReuseRadarSettings, string> = {
    orgs: 'github.orgs',
    apiUrl: 'github.apiUrl',
    catalogFiles: 'catalogFiles',
    topic: 'catalog.topic',
    libraryTypes: 'catalog.libraryTypes',
    nativeAdvice: 'replacements.native',
    refreshIntervalHours: 'catalog.refreshIntervalHours',
    useDemo: 'catalog.useDemo',
    groupBy: 'catalog.groupBy',
    threshold: 'matching.threshold',
    diagnosticsSeverity: 'diagnostics.severity',
    notifyNewFiles: 'newFiles.notify',
    scanMaxFiles: 'scan.maxFiles',
    sortBy: 'catalog.sortBy',
    onrampLabels: 'onramp.labels',
  };

  constructor() {
    super();
    this.register(vscode.workspace.onDidChangeConfiguration((e) => {
      if (!e.affectsConfiguration('reuseRadar')) return;
      const changed = new Set<keyof ReuseRadarSettings>();
      for (const [key, section] of Object.entries(SettingsService.keys)) {
        if (e.affectsConfiguration(`reuseRadar.${section}`)) changed.add(key as keyof ReuseRadarSettings);
      }
      if (changed.size) this._onDidChange.fire(changed);
    }));
  }

  get current(): ReuseRadarSettings {
    const c = vscode.workspace.getConfiguration('reuseRadar');
    const strings = (key: string) => (c.get<unknown[]>(key, []) ?? []).filter((v): v is string => typeof v === 'string' && v.trim() !== '').map((v) => v.trim());
    return {
      orgs: strings('github.orgs'),
      apiUrl: (c.get<string>('github.apiUrl') || DEFAULT_API_URL).replace(/\/+$/, ''),
      catalogFiles: strings('catalogFiles'),
      topic: c.get<string>('catalog.topic', '').trim(),
      libraryTypes: strings('catalog.libraryTypes'),
      nativeAdvice: c.get<boolean>('replacements.native', false) === true,
      refreshIntervalHours: Math.max(0, c.get<number>('catalog.refreshIntervalHours', 24)),
      useDemo: c.get<boolean>('catalog.useDemo', true),
      groupBy: c.get<GroupBy>('catalog.groupBy', 'ecosystem'),
      threshold: c.get<number>('matching.threshold', DEFAULT_THRESHOLD),
      diagnosticsSeverity: c.get<DiagnosticSeveritySetting>('diagnostics.severity', 'information'),
      notifyNewFiles: c.get<boolean>('newFiles.notify', true),
      scanMaxFiles: Math.max(0, c.get<number>('scan.maxFiles', 5000)),
      sortBy: c.get<SortBy>('catalog.sortBy', 'name') === 'activity' ? 'activity' : 'name',
      onrampLabels: onrampLabelsOrDefault(c.get<Partial<OnrampLabels>>('onramp.labels')),
    };
  }

  /** True when an org or a catalog file is configured (the demo catalog is not used then). */
  get isConfigured(): boolean {
    const s = this.current;
    return s.orgs.length > 0 || s.catalogFiles.length > 0;
  }
}
