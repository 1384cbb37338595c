import { performance } from 'node:perf_hooks';
import * as vscode from 'vscode';
import { languageForId } from '../imports/languages';
import { analyseFile } from '../matching/pipeline';
import type { SourceLanguage } from '../imports/types';
import type { SuggestionModel } from '../services/suggestionModel';
import { Disposable } from '../util/disposable';
import { Emitter } from '../util/emitter';
import type { Logger } from '../util/log';
import type { ClosedDocument, DetectionService } from './detectionService';
import type { ProjectContextService } from './projectContextService';

/** Analyses slower than this are logged (trace) so a regression shows up in the log, not as a sluggish editor. */
const SLOW_MS = 5;

/** One finished analysis of a document version (tests and the log read it). */
export interface DocumentAnalysis {
  uri: vscode.Uri;
  version: number;
  language: SourceLanguage;
  imports: number;
  /** Wall time of reading the text, extraction and classification. */
  extractMs: number;
  /** Wall time of the model update: matching plus every listener of the model (views, diagnostics) it runs. */
  updateMs: number;
  /** extractMs + updateMs: how long the extension host was held, all in one tick. */
  durationMs: number;
  /** CPU time of that tick (user + system): unlike wall time, not inflated by other processes on a busy machine. */
  cpuMs: number;
}

export interface DocumentImportWatcherOptions {
  /** Quiet time after the last edit before a document is analysed again (default 300 ms). */
  debounceMs?: number;
}

/**
 * Keeps the model's imports of open documents current: analyses each document the detection service reports open
 * (and those already open at start), then again ~300 ms after the last edit. A version already analysed is skipped; a
 * run overtaken by a newer edit is abandoned; documents over 1 MB and binary content are skipped. Extraction is
 * linear and runs in one tick; anything slower than 5 ms is logged. A closed document the scan does not keep current
 * leaves the model.
 */
export class DocumentImportWatcher extends Disposable {
  private readonly _onDidAnalyse = this.register(new Emitter<DocumentAnalysis>());
  readonly onDidAnalyse = this._onDidAnalyse.event;
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly analysedVersions = new Map<string, number>();
  private readonly runs = new Map<string, number>();
  private runCounter = 0;
  private readonly debounceMs: number;

  constructor(
    private readonly detection: DetectionService,
    private readonly model: SuggestionModel,
    private readonly projects: ProjectContextService,
    private readonly log: Logger,
    options: DocumentImportWatcherOptions = {},
  ) {
    super();
    this.debounceMs = options.debounceMs ?? 300;
    this.register({ dispose: () => this.timers.forEach((timer) => clearTimeout(timer)) });
    this.register(detection.onDidOpenDocument((doc) => this.schedule(doc, 0)));
    this.register(vscode.workspace.onDidChangeTextDocument((e) => {
      // Events without content changes only report dirty-state or language changes.
      if (e.contentChanges.length) this.schedule(e.document, this.debounceMs);
    }));
    this.register(detection.onDidCloseDocument((closed) => this.forget(closed)));
    this.register(projects.onDidChange((folder) => {
      for (const doc of detection.openDocuments()) {
        if (vscode.workspace.getWorkspaceFolder(doc.uri)?.uri.toString() !== folder.uri.toString()) continue;
        this.analysedVersions.delete(doc.uri.toString());
        this.schedule(doc, 0);
      }
    }));
    for (const doc of detection.openDocuments()) this.schedule(doc, 0);
  }

  /** The version last analysed, if any. */
  analysedVersion(uri: vscode.Uri): number | undefined {
    return this.analysedVersions.get(uri.toString());
  }

  private schedule(doc: vscode.TextDocument, delayMs: number): void {
    if (!this.detection.states.isOpen(doc.uri.toString())) return;
    const key = doc.uri.toString();
    clearTimeout(this.timers.get(key));
    this.timers.set(key, setTimeout(() => {
      this.timers.delete(key);
      void this.analyse(doc);
    }, delayMs));
  }

  private async analyse(doc: vscode.TextDocument): Promise<void> {
    const key = doc.uri.toString();
    const version = doc.version;
    if (doc.isClosed || this.isDisposed) return;
    if (this.analysedVersions.get(key) === version) {
      this.log.trace(`Imports of ${doc.uri.fsPath || key} v${version} are current: skipped.`);
      return;
    }
    const language = languageForId(doc.languageId);
    if (!language) return;
    const run = ++this.runCounter;
    this.runs.set(key, run);
    const ctx = doc.uri.scheme === 'untitled' ? {} : await this.projects.contextFor(doc.uri);
    // A newer edit (or a newer run of the same version) supersedes this one.
    if (this.runs.get(key) !== run || doc.isClosed || doc.version !== version || this.isDisposed) return;

    const started = performance.now();
    const cpu = process.cpuUsage();
    const text = doc.getText();
    // The core pipeline, as `scan` runs it: same size cap, binary sniff, extraction and classification.
    const triggers = analyseFile(doc.uri.path, text, ctx, language);
    if (!triggers) {
      this.log.debug(`${doc.uri.fsPath || key} is larger than 1 MB or binary: its imports are not analysed.`);
      this.analysedVersions.set(key, version);
      this.model.removeFile(doc.uri);
      return;
    }
    const imports = triggers.imports;
    const extracted = performance.now();
    this.model.setFileTriggers(doc.uri, triggers, ctx);
    this.analysedVersions.set(key, version);
    const extractMs = extracted - started;
    const updateMs = performance.now() - extracted;
    const cpuUsed = process.cpuUsage(cpu);
    if (extractMs + updateMs > SLOW_MS) {
      this.log.trace(`Analysing ${doc.uri.fsPath || key} (${text.length} chars, ${imports.length} imports) took ${(extractMs + updateMs).toFixed(1)} ms: extraction ${extractMs.toFixed(1)} ms, model update ${updateMs.toFixed(1)} ms.`);
    }
    this._onDidAnalyse.fire({ uri: doc.uri, version, language, imports: imports.length, extractMs, updateMs, durationMs: extractMs + updateMs, cpuMs: (cpuUsed.user + cpuUsed.system) / 1000 });
  }

  private forget({ document, backToDisk }: ClosedDocument): void {
    const key = document.uri.toString();
    clearTimeout(this.timers.get(key));
    this.timers.delete(key);
    this.runs.delete(key);
    this.analysedVersions.delete(key);
    // Files the scan keeps current stay in the model (the scanner re-reads them from disk); others leave with their editor.
    if (!backToDisk) this.model.removeFile(document.uri);
  }
}
