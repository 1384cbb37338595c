import * as vscode from 'vscode';
import { displayOwner } from '../catalog/formats/backstageRefs';
import type { CatalogEntry, Ecosystem } from '../catalog/model';

const ECOSYSTEM_LABELS: Record<Ecosystem, string> = {
  npm: 'npm',
  pypi: 'PyPI',
  go: 'Go',
  maven: 'Maven',
  nuget: 'NuGet',
  cargo: 'Cargo',
};

const ECOSYSTEM_ICONS: Record<Ecosystem, string> = {
  npm: 'package',
  pypi: 'symbol-namespace',
  go: 'symbol-interface',
  maven: 'coffee',
  nuget: 'symbol-class',
  cargo: 'gear',
};

export function ecosystemLabel(ecosystem: Ecosystem | 'other'): string {
  return ecosystem === 'other' ? 'Other' : ECOSYSTEM_LABELS[ecosystem];
}

export function ecosystemIcon(ecosystem: Ecosystem | 'other'): vscode.ThemeIcon {
  return new vscode.ThemeIcon(ecosystem === 'other' ? 'library' : ECOSYSTEM_ICONS[ecosystem]);
}

export function isDeprecated(entry: CatalogEntry): boolean {
  return entry.lifecycle === 'deprecated' || entry.lifecycle === 'archived' || entry.archived === true;
}

export function primaryPackage(entry: CatalogEntry): string | undefined {
  return entry.packages[0]?.name;
}

/** Icon for a library row: deprecated ones get a warning, others their ecosystem's icon. */
export function libraryIcon(entry: CatalogEntry): vscode.ThemeIcon {
  if (isDeprecated(entry)) return new vscode.ThemeIcon('warning', new vscode.ThemeColor('list.warningForeground'));
  return ecosystemIcon(entry.packages[0]?.ecosystem ?? 'other');
}

/** contextValue vocabulary for library rows: "library" or "library.deprecated". */
export function libraryContextValue(entry: CatalogEntry): string {
  return isDeprecated(entry) ? 'library.deprecated' : 'library';
}

/** Escapes catalog text (untrusted) for MarkdownString. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!|<>~&]/g, (c) => `\\${c}`).replace(/\r?\n/g, ' ');
}

/** A plain, escaped tooltip for a library row. */
export function libraryTooltip(entry: CatalogEntry): vscode.MarkdownString {
  const md = new vscode.MarkdownString(undefined, false);
  md.isTrusted = false;
  md.supportHtml = false;
  md.appendMarkdown(`**${escapeMarkdown(entry.name)}**`);
  if (isDeprecated(entry)) md.appendMarkdown(` — _deprecated${entry.replacement ? `: use ${escapeMarkdown(entry.replacement)}` : ''}_`);
  md.appendMarkdown('\n\n');
  if (entry.description) md.appendMarkdown(`${escapeMarkdown(entry.description)}\n\n`);
  if (entry.packages.length) md.appendMarkdown(`${entry.packages.map((p) => `\`${p.name.replace(/`/g, '')}\` (${ecosystemLabel(p.ecosystem)})`).join(', ')}\n\n`);
  if (entry.owners.length) md.appendMarkdown(`Owners: ${entry.owners.map((o) => escapeMarkdown(displayOwner(o))).join(', ')}`);
  return md;
}
