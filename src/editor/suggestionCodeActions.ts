import * as vscode from 'vscode';
import { docsUrl } from '../catalog/entryFacts';
import { dropInRewrite, packageFor, useFixTitle } from '../matching/quickFix';
import { suggestionLabel } from '../matching/suggestionMessage';
import type { Suggestion } from '../matching/types';
import type { ImportFinding, SuggestionModel } from '../services/suggestionModel';
import { Disposable } from '../util/disposable';
import { SUPPORTED_DOCUMENTS } from './importHoverProvider';
import { diagnosticLibraryId, diagnosticSuggestion } from './suggestionDiagnostics';
import { pushAll } from '../util/arrays';
import { inertLabel } from '../util/inertText';

/**
 * Quick fixes on a suggested import: "Use <lib> instead" (adds the dependency and, for a JS/TS drop-in, rewrites the
 * import specifier; for a rule scoped to named imports "Use <lib> for A (this rule covers A only)", never rewriting an
 * import that also takes other names), "Open <lib> documentation" when it is not a drop-in, and "Dismiss this suggestion". Offered on
 * the diagnostic, and on the import itself when diagnostics are off.
 */
export class SuggestionCodeActionProvider extends Disposable implements vscode.CodeActionProvider {
  static readonly metadata: vscode.CodeActionProviderMetadata = { providedCodeActionKinds: [vscode.CodeActionKind.QuickFix] };

  constructor(private readonly model: SuggestionModel) {
    super();
    this.register(vscode.languages.registerCodeActionsProvider(SUPPORTED_DOCUMENTS, this, SuggestionCodeActionProvider.metadata));
  }

  provideCodeActions(document: vscode.TextDocument, range: vscode.Range | vscode.Selection, context: vscode.CodeActionContext): vscode.CodeAction[] {
    if (context.only && !vscode.CodeActionKind.QuickFix.intersects(context.only)) return [];
    const actions: vscode.CodeAction[] = [];
    const done = new Set<string>();
    for (const diagnostic of context.diagnostics) {
      const libraryId = diagnosticLibraryId(diagnostic);
      if (!libraryId) continue;
      const finding = this.model.findingAt(document.uri, diagnostic.range.start);
      const suggestion = finding?.suggestions.find((s) => s.entry.id === libraryId);
      if (!finding || !suggestion) continue;
      done.add(key(finding));
      pushAll(actions, this.actionsFor(document, finding, suggestion, diagnostic));
    }
    for (const finding of this.model.findings(document.uri)) {
      const r = finding.import.range;
      const importRange = new vscode.Range(r.start.line, r.start.character, r.end.line, r.end.character);
      if (done.has(key(finding)) || !importRange.intersection(range)) continue;
      const suggestion = diagnosticSuggestion(finding);
      if (suggestion) pushAll(actions, this.actionsFor(document, finding, suggestion, undefined));
    }
    return actions;
  }

  private actionsFor(document: vscode.TextDocument, finding: ImportFinding, suggestion: Suggestion, diagnostic: vscode.Diagnostic | undefined): vscode.CodeAction[] {
    const { entry } = suggestion;
    // Catalog text in menu titles: one line, no codicons, capped.
    const label = inertLabel(suggestionLabel(suggestion), 120);
    const imp = finding.import;
    const specifier = imp.packageName ?? imp.specifier;
    const actions: vscode.CodeAction[] = [];
    const attach = (action: vscode.CodeAction) => {
      if (diagnostic) action.diagnostics = [diagnostic];
      actions.push(action);
      return action;
    };

    if (suggestion.match !== 'exact') {
      const pkg = packageFor(suggestion, imp.ecosystem);
      const dropIn = dropInRewrite(imp, suggestion, document.languageId);
      const use = attach(new vscode.CodeAction(useFixTitle(suggestionLabel(suggestion), suggestion, inertLabel), vscode.CodeActionKind.QuickFix));
      use.isPreferred = suggestion.match === 'replacement' || suggestion.match === 'deprecated';
      if (dropIn) {
        use.edit = new vscode.WorkspaceEdit();
        use.edit.replace(document.uri, new vscode.Range(imp.range.start.line, imp.range.start.character, imp.range.end.line, imp.range.end.character), dropIn);
      }
      use.command = {
        command: 'reuseRadar.library.addToProject',
        title: `Add ${label} to the project`,
        arguments: [{ libraryId: entry.id, uri: document.uri.toString(), ecosystem: pkg?.ecosystem }],
      };
      if (dropIn) return [...actions, this.dismissAction(entry.id, label, specifier, diagnostic)];
    }
    const docs = docsUrl(entry);
    if (docs) {
      const open = attach(new vscode.CodeAction(`Open ${label} documentation`, vscode.CodeActionKind.QuickFix));
      open.command = { command: 'vscode.open', title: `Open ${label} documentation`, arguments: [vscode.Uri.parse(docs)] };
    }
    actions.push(this.dismissAction(entry.id, label, specifier, diagnostic));
    return actions;
  }

  private dismissAction(libraryId: string, label: string, specifier: string, diagnostic: vscode.Diagnostic | undefined): vscode.CodeAction {
    const action = new vscode.CodeAction('Dismiss this suggestion', vscode.CodeActionKind.QuickFix);
    if (diagnostic) action.diagnostics = [diagnostic];
    action.command = {
      command: 'reuseRadar.suggestion.dismiss',
      title: `Dismiss ${label} for ${specifier}`,
      arguments: [{ libraryId, specifier, scope: 'suggestion', where: 'workspace' }],
    };
    return action;
  }
}

function key(finding: ImportFinding): string {
  const s = finding.import.range.start;
  return `${s.line}:${s.character}`;
}
