import { DEFAULT_THRESHOLD } from '../matching/matcher';

export type LspSeverity = 'hint' | 'information' | 'warning' | 'off';

/** What a client may configure, under the same names as the VS Code settings (`reuseRadar.*`). */
export interface LspSettings {
  /** `reuseRadar.catalogFiles`: paths (relative to the workspace root) and https URLs. */
  catalogFiles: string[];
  /** `reuseRadar.matching.threshold`. */
  threshold: number;
  /** `reuseRadar.diagnostics.severity`. */
  severity: LspSeverity;
  /** `reuseRadar.catalog.useDemo`. */
  useDemo: boolean;
}

export const DEFAULT_LSP_SETTINGS: LspSettings = { catalogFiles: [], threshold: DEFAULT_THRESHOLD, severity: 'information', useDemo: true };

const SEVERITIES: readonly LspSeverity[] = ['hint', 'information', 'warning', 'off'];

/**
 * Reads `{ "reuseRadar": { "catalogFiles": [...], "matching": { "threshold": 0.4 }, "diagnostics": { "severity": "hint" } } }`
 * (initializationOptions or didChangeConfiguration's `settings`; flat dotted keys such as `"matching.threshold"` work
 * too). Unknown keys are ignored; a wrong value keeps the previous one and is reported in `problems`.
 * @example readLspSettings({ reuseRadar: { matching: { threshold: 2 } } }, DEFAULT_LSP_SETTINGS)
 *   // -> { settings: DEFAULT_LSP_SETTINGS, problems: ["reuseRadar.matching.threshold must be a number from 0 to 1"] }
 */
export function readLspSettings(raw: unknown, previous: LspSettings): { settings: LspSettings; problems: string[] } {
  const problems: string[] = [];
  const settings = { ...previous };
  const root = isRecord(raw) && 'reuseRadar' in raw ? raw.reuseRadar : undefined;
  if (root === undefined || root === null) return { settings, problems };
  if (!isRecord(root)) return { settings, problems: ['reuseRadar must be an object'] };
  const get = (dotted: string): unknown => {
    if (dotted in root) return root[dotted];
    let node: unknown = root;
    for (const part of dotted.split('.')) node = isRecord(node) ? node[part] : undefined;
    return node;
  };

  const files = get('catalogFiles');
  if (files !== undefined) {
    if (Array.isArray(files) && files.every((f) => typeof f === 'string')) settings.catalogFiles = files.map((f) => f.trim()).filter(Boolean);
    else problems.push('reuseRadar.catalogFiles must be an array of paths or https URLs');
  }
  const threshold = get('matching.threshold');
  if (threshold !== undefined) {
    if (typeof threshold === 'number' && Number.isFinite(threshold) && threshold >= 0 && threshold <= 1) settings.threshold = threshold;
    else problems.push('reuseRadar.matching.threshold must be a number from 0 to 1');
  }
  const severity = get('diagnostics.severity');
  if (severity !== undefined) {
    if (typeof severity === 'string' && (SEVERITIES as readonly string[]).includes(severity)) settings.severity = severity as LspSeverity;
    else problems.push(`reuseRadar.diagnostics.severity must be one of ${SEVERITIES.join(', ')}`);
  }
  const useDemo = get('catalog.useDemo');
  if (useDemo !== undefined) {
    if (typeof useDemo === 'boolean') settings.useDemo = useDemo;
    else problems.push('reuseRadar.catalog.useDemo must be true or false');
  }
  return { settings, problems };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
