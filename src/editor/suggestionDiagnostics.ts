import * as vscode from 'vscode';
import { docsUrl } from '../catalog/entryFacts';
import { suggestionMessage } from '../matching/suggestionMessage';
import type { Suggestion } from '../matching/types';
import type { ImportFinding, SuggestionModel } from '../services/suggestionModel';
import type { DiagnosticSeveritySetting, SettingsService } from '../services/settingsService';
import { Disposable } from '../util/disposable';
import { inertText } from '../util/inertText';
import { adviceOf } from '../matching/quickFix';

const DIAGNOSTIC_SOURCE = 'Reuse Radar';

const SEVERITIES: Record<Exclude<DiagnosticSeveritySetting, 'off'>, vscode.DiagnosticSeverity> = {
  hint: vscode.DiagnosticSeverity.Hint,
  information: vscode.DiagnosticSeverity.Information,
  warning: vscode.DiagnosticSeverity.Warning,
};

/**
 * The suggestion a diagnostic is about: the best one that is not the import's own (exact) internal library, else
 * that library itself when it is deprecated (an up-to-date internal import gets no diagnostic).
 */
export function diagnosticSuggestion(finding: ImportFinding): Suggestion | undefined {
  return adviceOf(finding.suggestions);
}

/**
 * One diagnostic per import that an internal library could replace (or that uses a deprecated internal library),
 * on the import's specifier. Updates only the files the model reports changed; the severity setting applies live.
 */
export class SuggestionDiagnostics extends Disposable {
  readonly collection = this.register(vscode.languages.createDiagnosticCollection('reuseRadar'));
  /** Files the model reported, so a severity change can redraw them. */
  private readonly known = new Map<string, vscode.Uri>();

  constructor(private readonly model: SuggestionModel, private readonly settings: SettingsService) {
    super();
    this.register(model.onDidChangeFiles((uris) => uris.forEach((uri) => this.update(uri))));
    this.register(settings.onDidChange((keys) => {
      if (keys.has('diagnosticsSeverity')) this.known.forEach((uri) => this.update(uri));
    }));
  }

  private update(uri: vscode.Uri): void {
    const setting = this.settings.current.diagnosticsSeverity;
    const findings = this.model.findings(uri);
    if (findings.length) this.known.set(uri.toString(), uri);
    else this.known.delete(uri.toString());
    const severity = setting === 'off' ? undefined : SEVERITIES[setting] ?? SEVERITIES.information;
    const diagnostics = severity === undefined ? [] : findings.flatMap((f) => {
      const suggestion = diagnosticSuggestion(f);
      return suggestion ? [toDiagnostic(f, suggestion, severity)] : [];
    });
    if (diagnostics.length) this.collection.set(uri, diagnostics);
    else this.collection.delete(uri);
  }
}

function toDiagnostic(finding: ImportFinding, suggestion: Suggestion, severity: vscode.DiagnosticSeverity): vscode.Diagnostic {
  const r = finding.import.range;
  const diagnostic = new vscode.Diagnostic(new vscode.Range(r.start.line, r.start.character, r.end.line, r.end.character), inertText(suggestionMessage(suggestion), { max: 500 }), severity);
  diagnostic.source = DIAGNOSTIC_SOURCE;
  const docs = docsUrl(suggestion.entry);
  diagnostic.code = docs ? { value: suggestion.entry.id, target: vscode.Uri.parse(docs) } : suggestion.entry.id;
  return diagnostic;
}

/** The library id a Reuse Radar diagnostic is about. */
export function diagnosticLibraryId(diagnostic: vscode.Diagnostic): string | undefined {
  if (diagnostic.source !== DIAGNOSTIC_SOURCE) return undefined;
  const code = diagnostic.code;
  if (typeof code === 'string') return code;
  if (typeof code === 'object' && code !== null) return String(code.value);
  return undefined;
}
