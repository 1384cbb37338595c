import { CodeActionKind, DiagnosticSeverity, MarkupKind, type CodeAction, type Diagnostic, type Hover, type Range } from 'vscode-languageserver';
import { docsUrl, lifecycleLabel, oneLineDescription, relativeTime, usedByLabel } from '../catalog/entryFacts';
import { isRetired } from '../matching/catalogIndex';
import { adviceOf, dropInRewrite, packageFor, useFixTitle } from '../matching/quickFix';
import { suggestionLabel, suggestionMessage } from '../matching/suggestionMessage';
import type { Suggestion } from '../matching/types';
import type { DocumentFinding } from './documentFindings';
import type { LspSeverity } from './lspSettings';
import { inertText } from '../util/inertText';
import { escapeMarkdown } from '../util/markdownText';
import { httpsUrl } from '../util/safeUrl';

const DIAGNOSTIC_SOURCE = 'Reuse Radar';
export const DISMISS_COMMAND = 'reuseRadar.dismiss';

/** Arguments of `reuseRadar.dismiss`: the document, the library (its label) and the import as written. */
export interface DismissArgs {
  uri: string;
  library: string;
  specifier: string;
}

const SEVERITY: Record<Exclude<LspSeverity, 'off'>, DiagnosticSeverity> = {
  hint: DiagnosticSeverity.Hint,
  information: DiagnosticSeverity.Information,
  warning: DiagnosticSeverity.Warning,
};

const MAX_SUGGESTIONS_SHOWN = 3;

/** The LSP range of a finding's import specifier. */
function findingRange(finding: DocumentFinding): Range {
  const r = finding.import.range;
  return { start: { line: r.start.line, character: r.start.character }, end: { line: r.end.line, character: r.end.character } };
}

/** The library a diagnostic's `code` names: its repository ("owner/name"), else its catalog id. */
function libraryCode(suggestion: Suggestion): string {
  return suggestion.entry.repo || suggestion.entry.id;
}

/**
 * One diagnostic per finding with advice (an up-to-date internal import is only recognised: it gets a hover, no
 * diagnostic), on the import's range; none at all when the severity is "off".
 * @example findingDiagnostics([axiosFinding], "information")
 *   // -> [{ range, severity: 3, source: "Reuse Radar", code: "acme/http-client", message: "@acme/http-client (internal) wraps axios: consider it instead" }]
 */
export function findingDiagnostics(findings: readonly DocumentFinding[], severity: LspSeverity): Diagnostic[] {
  if (severity === 'off') return [];
  return findings.flatMap((finding) => {
    const advice = adviceOf(finding.suggestions);
    if (!advice) return [];
    const docs = httpsUrl(docsUrl(advice.entry));
    const diagnostic: Diagnostic = {
      range: findingRange(finding),
      severity: SEVERITY[severity],
      source: DIAGNOSTIC_SOURCE,
      code: libraryCode(advice),
      message: inertText(suggestionMessage(advice), { max: 500 }),
      data: { library: suggestionLabel(advice), specifier: finding.import.specifier },
    };
    if (docs) diagnostic.codeDescription = { href: docs };
    return [diagnostic];
  });
}

/**
 * Markdown for a hover on an import: per suggested library its name, package, reason, owners and lifecycle (and a
 * docs link when it is https). Catalog text is escaped; no HTML, no other links.
 */
export function findingHover(finding: DocumentFinding, now = new Date()): Hover {
  const sections = finding.suggestions.slice(0, MAX_SUGGESTIONS_SHOWN).map((s) => suggestionSection(s, finding, now));
  return { contents: { kind: MarkupKind.Markdown, value: sections.join('\n\n---\n\n') }, range: findingRange(finding) };
}

function suggestionSection(suggestion: Suggestion, finding: DocumentFinding, now: Date): string {
  const { entry } = suggestion;
  const pkg = packageFor(suggestion, finding.import.ecosystem);
  const heading = suggestion.match === 'exact' ? 'internal library (this import)' : 'internal library';
  const lines = [`**${escapeMarkdown(entry.name, 300)}** — ${heading}${isRetired(entry) ? ' _(deprecated)_' : ''}`];
  if (pkg) lines.push(`Package: \`${pkg.name.replace(/[`\r\n]/g, '')}\` (${pkg.ecosystem})`);
  if (entry.description) lines.push(escapeMarkdown(oneLineDescription(entry.description), 300));
  lines.push(`_Why:_ ${escapeMarkdown(suggestion.reason, 300)}`);
  const facts = [
    `Owners: ${entry.owners.length ? entry.owners.map((o) => escapeMarkdown(o, 80)).join(', ') : 'unknown'}`,
    `Lifecycle: ${lifecycleLabel(entry)}${entry.replacement ? ` (use ${escapeMarkdown(entry.replacement, 120)})` : ''}`,
  ];
  const pushed = relativeTime(entry.lastPush, now);
  if (pushed) facts.push(`last push ${pushed}`);
  const usedBy = usedByLabel(entry);
  if (usedBy) facts.push(usedBy);
  if (entry.repo) facts.push(`Repository: ${escapeMarkdown(entry.repo, 120)}`);
  lines.push(facts.join(' · '));
  const docs = httpsUrl(docsUrl(entry));
  if (docs) lines.push(`[Documentation](<${docs.replace(/[<>\s]/g, encodeURIComponent)}>)`);
  return lines.join('\n\n');
}

/**
 * Code actions for the findings whose import intersects `range`: "Use <lib> instead" with the edit when the library
 * is a declared drop-in (the product knows the rewrite), and "Dismiss <lib> for <import>" running `reuseRadar.dismiss`.
 */
export function findingCodeActions(uri: string, findings: readonly DocumentFinding[], range: Range, languageId: string, diagnostics: readonly Diagnostic[]): CodeAction[] {
  const actions: CodeAction[] = [];
  for (const finding of findings) {
    const fr = findingRange(finding);
    if (!intersects(fr, range)) continue;
    const advice = adviceOf(finding.suggestions);
    if (!advice) continue;
    const label = suggestionLabel(advice);
    const related = diagnostics.filter((d) => d.source === DIAGNOSTIC_SOURCE && intersects(d.range, fr));
    const rewrite = dropInRewrite(finding.import, advice, languageId);
    if (rewrite) {
      actions.push({
        title: useFixTitle(label, advice, (text, max) => inertText(text, { max })),
        kind: CodeActionKind.QuickFix,
        isPreferred: true,
        diagnostics: related,
        edit: { changes: { [uri]: [{ range: fr, newText: rewrite }] } },
      });
    }
    // Keyed like the editor's dismissals: the package when the import names one ("lodash" for "lodash/fp").
    const specifier = finding.import.packageName ?? finding.import.specifier;
    const args: DismissArgs = { uri, library: label, specifier };
    const title = `Dismiss ${inertText(label, { max: 120 })} for ${inertText(specifier, { max: 120 })}`;
    actions.push({ title, kind: CodeActionKind.QuickFix, diagnostics: related, command: { title, command: DISMISS_COMMAND, arguments: [args] } });
  }
  return actions;
}

/** The finding whose import specifier range contains the position. */
export function findingAt(findings: readonly DocumentFinding[], position: { line: number; character: number }): DocumentFinding | undefined {
  return findings.find((f) => contains(findingRange(f), position));
}

function contains(r: Range, p: { line: number; character: number }): boolean {
  const afterStart = p.line > r.start.line || (p.line === r.start.line && p.character >= r.start.character);
  const beforeEnd = p.line < r.end.line || (p.line === r.end.line && p.character <= r.end.character);
  return afterStart && beforeEnd;
}

function intersects(a: Range, b: Range): boolean {
  return contains(a, b.start) || contains(a, b.end) || contains(b, a.start);
}
