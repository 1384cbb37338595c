import * as vscode from 'vscode';
import { adviceIndex, adviceMessage } from '../catalog/formats/adviceIndex';
import type { CatalogService } from '../services/catalogService';
import type { SettingsService } from '../services/settingsService';
import type { SuggestionModel } from '../services/suggestionModel';
import { Disposable } from '../util/disposable';
import type { DetectionService } from '../detection/detectionService';
import type { DocumentImportWatcher } from '../detection/documentImportWatcher';

/** The diagnostic code of module-replacements advice (its own kind, apart from library suggestions). */
export const NATIVE_ADVICE_CODE = 'native-advice';
/** Apart from library suggestions' "Reuse Radar", so their quick fixes never take advice for a library. */
export const NATIVE_ADVICE_SOURCE = 'Reuse Radar (module-replacements)';

/**
 * Hints on imports of packages that module-replacements says need no library at all (a native API, a micro-utility
 * snippet, a removal): its own diagnostic collection and code, only while `reuseRadar.replacements.native` is on.
 * Reads the imports the model already extracted for open documents; never suggests a library.
 */
export class NativeAdviceDiagnostics extends Disposable {
  readonly collection = this.register(vscode.languages.createDiagnosticCollection('reuseRadar.nativeAdvice'));
  private lookup = adviceIndex([]);

  constructor(
    private readonly catalog: CatalogService,
    private readonly model: SuggestionModel,
    documents: DocumentImportWatcher,
    private readonly detection: DetectionService,
    private readonly settings: SettingsService,
  ) {
    super();
    this.reindex();
    this.register(documents.onDidAnalyse(({ uri }) => this.update(uri)));
    this.register(catalog.onDidChangeCatalog(() => {
      this.reindex();
      this.updateOpen();
    }));
    this.register(settings.onDidChange((keys) => {
      if (keys.has('nativeAdvice')) this.updateOpen();
    }));
    this.register(detection.onDidCloseDocument(({ document }) => this.collection.delete(document.uri)));
    this.updateOpen();
  }

  private reindex(): void {
    this.lookup = adviceIndex(this.catalog.catalog.advice ?? []);
  }

  private updateOpen(): void {
    // The documents the detection service follows (open and analysable), as it tracks them: never a second open set.
    for (const doc of this.detection.openDocuments()) this.update(doc.uri);
  }

  private update(uri: vscode.Uri): void {
    if (!this.settings.current.nativeAdvice) {
      this.collection.delete(uri);
      return;
    }
    const diagnostics = this.model.imports(uri).flatMap((imp) => {
      if (imp.kind !== 'package' || !imp.packageName || !imp.ecosystem) return [];
      const advice = this.lookup(imp.ecosystem, imp.packageName);
      if (!advice.length) return [];
      const r = imp.range;
      const d = new vscode.Diagnostic(new vscode.Range(r.start.line, r.start.character, r.end.line, r.end.character),
        adviceMessage(imp.packageName, advice), vscode.DiagnosticSeverity.Hint);
      d.source = NATIVE_ADVICE_SOURCE;
      d.code = advice[0].url ? { value: NATIVE_ADVICE_CODE, target: vscode.Uri.parse(advice[0].url) } : NATIVE_ADVICE_CODE;
      return [d];
    });
    if (diagnostics.length) this.collection.set(uri, diagnostics);
    else this.collection.delete(uri);
  }
}
