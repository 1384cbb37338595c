import * as vscode from 'vscode';
import { oneLineDescription, onrampLabel, trustSignals } from '../catalog/entryFacts';
import { SOURCE_LANGUAGE_IDS } from '../imports/languages';
import { httpsUrl } from '../util/safeUrl';
import type { CatalogEntry, Ecosystem } from '../catalog/model';
import { suggestionLabel } from '../matching/suggestionMessage';
import type { Suggestion } from '../matching/types';
import type { ImportFinding, SuggestionModel } from '../services/suggestionModel';
import { Disposable } from '../util/disposable';
import { escapeMarkdown, isDeprecated } from '../views/libraryPresentation';

/** Documents whose imports Reuse Radar analyses: every supported language, saved or untitled. */
export const SUPPORTED_DOCUMENTS: vscode.DocumentSelector = SOURCE_LANGUAGE_IDS.flatMap((language) => [{ language, scheme: 'file' }, { language, scheme: 'untitled' }]);

/** The only commands hover links may run. */
const HOVER_COMMANDS: readonly string[] = [
  'reuseRadar.library.openDetails',
  'reuseRadar.library.addToProject',
  'reuseRadar.contribute',
  'reuseRadar.suggestion.dismiss',
  'reuseRadar.library.askOwners',
];

const MAX_SUGGESTIONS_SHOWN = 2;

/**
 * Hover on an import: for a suggested internal library, what it is, why, whether it is maintained and what to do;
 * for an import of an internal package, its catalog card. Reads the SuggestionModel only.
 */
export class ImportHoverProvider extends Disposable implements vscode.HoverProvider {
  constructor(private readonly model: SuggestionModel) {
    super();
    this.register(vscode.languages.registerHoverProvider(SUPPORTED_DOCUMENTS, this));
  }

  provideHover(document: vscode.TextDocument, position: vscode.Position): vscode.Hover | undefined {
    const finding = this.model.findingAt(document.uri, position);
    if (!finding) return undefined;
    const r = finding.import.range;
    return new vscode.Hover(importHoverMarkdown(finding, document.uri), new vscode.Range(r.start.line, r.start.character, r.end.line, r.end.character));
  }
}

/** The hover for one import: catalog text escaped, command links limited to HOVER_COMMANDS, no HTML. */
function importHoverMarkdown(finding: ImportFinding, uri: vscode.Uri, now = new Date()): vscode.MarkdownString {
  const md = new vscode.MarkdownString('', true);
  md.supportHtml = false;
  md.isTrusted = { enabledCommands: [...HOVER_COMMANDS] };
  const specifier = finding.import.packageName ?? finding.import.specifier;
  const sections: string[] = [];
  const internal = finding.suggestions.find((s) => s.match === 'exact');
  if (internal) sections.push(catalogCard(internal.entry, uri, finding.import.range.start.line, now));
  for (const suggestion of finding.suggestions.filter((s) => s.match !== 'exact').slice(0, MAX_SUGGESTIONS_SHOWN)) {
    sections.push(suggestionSection(suggestion, specifier, finding.import.ecosystem, uri, finding.import.range.start.line, now));
  }
  md.appendMarkdown(sections.join('\n\n---\n\n'));
  return md;
}

function suggestionSection(suggestion: Suggestion, specifier: string, importEcosystem: Ecosystem | undefined, uri: vscode.Uri, line: number, now: Date): string {
  const { entry } = suggestion;
  const lines = [
    `$(lightbulb) **${escapeMarkdown(suggestionLabel(suggestion), 200)}** — internal library${isDeprecated(entry) ? ' _(deprecated)_' : ''}`,
  ];
  if (entry.description) lines.push(escapeMarkdown(oneLineDescription(entry.description)));
  lines.push(`_Why:_ ${escapeMarkdown(suggestion.reason)}`);
  lines.push(trustLine(entry, now));
  const ecosystem = entry.packages.some((p) => p.ecosystem === importEcosystem) ? importEcosystem : undefined;
  lines.push([
    commandLink('$(info) Open details', 'reuseRadar.library.openDetails', entry.id),
    commandLink('$(add) Add to project', 'reuseRadar.library.addToProject', { libraryId: entry.id, uri: uri.toString(), ecosystem }),
    commandLink('$(git-pull-request-create) Contribute upstream', 'reuseRadar.contribute', entry.id),
    commandLink('$(comment-discussion) Ask the owners', 'reuseRadar.library.askOwners', askArgs(entry, uri, line)),
    commandLink('$(close) Dismiss', 'reuseRadar.suggestion.dismiss', { libraryId: entry.id, specifier }),
  ].join(' · '));
  return lines.join('\n\n');
}

function catalogCard(entry: CatalogEntry, uri: vscode.Uri, line: number, now: Date): string {
  const lines = [`$(library) **${escapeMarkdown(entry.packages[0]?.name ?? entry.name, 200)}** — internal library${entry.repo ? ` (${escapeMarkdown(entry.repo, 200)})` : ''}`];
  if (isDeprecated(entry)) lines.push(`$(warning) _Deprecated${entry.replacement ? `: use ${escapeMarkdown(entry.replacement, 200)}` : ''}_`);
  if (entry.description) lines.push(escapeMarkdown(oneLineDescription(entry.description)));
  lines.push(trustLine(entry, now));
  const links = [
    // Links from the catalog: https only (no http:, javascript:, command: or data: targets).
    urlLink('$(book) Documentation', httpsUrl(entry.links.docs) ?? httpsUrl(entry.links.repo)),
    urlLink('$(heart) How to contribute', httpsUrl(entry.links.contributing)),
    commandLink('$(git-pull-request-create) Contribute upstream', 'reuseRadar.contribute', entry.id),
    commandLink('$(comment-discussion) Ask the owners', 'reuseRadar.library.askOwners', askArgs(entry, uri, line)),
    commandLink('$(info) Open details', 'reuseRadar.library.openDetails', entry.id),
  ].filter((l): l is string => l !== undefined);
  lines.push(links.join(' · '));
  return lines.join('\n\n');
}

function trustLine(entry: CatalogEntry, now: Date): string {
  const onramp = onrampLabel(entry);
  return [...trustSignals(entry, now), ...(onramp ? [`way in: ${onramp}`] : [])].map((s) => escapeMarkdown(s)).join(' · ');
}

/** What "Ask the owners" needs to prefill the question: the library, and the file and line that triggered it. */
function askArgs(entry: CatalogEntry, uri: vscode.Uri, line: number): { libraryId: string; uri: string; line: number } {
  return { libraryId: entry.id, uri: uri.toString(), line };
}

/** A `command:` link whose arguments are URI-encoded JSON (parentheses too, so catalog ids cannot end the link). */
function commandLink(label: string, command: string, arg: unknown): string {
  const args = encodeURIComponent(JSON.stringify([arg])).replace(/[()'!*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `[${label}](command:${command}?${args})`;
}

function urlLink(label: string, url: string | undefined): string | undefined {
  if (!url) return undefined;
  return `[${label}](${url.replace(/[()<> ]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)})`;
}
