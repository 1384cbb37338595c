import { readFile } from 'node:fs/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { CodeActionKind, MessageType, ShowMessageNotification, TextDocuments, TextDocumentSyncKind, type Connection, type InitializeResult } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { isProjectManifest } from '../imports/projectRoot';
import type { SourceLanguage } from '../imports/types';
import { catalogSymbols, type CatalogFileText } from './catalogSymbols';
import { DismissCommand } from './dismissCommand';
import { documentFindings, documentLanguage, type DocumentFinding } from './documentFindings';
import { DISMISS_COMMAND, findingAt, findingCodeActions, findingDiagnostics, findingHover } from './findingPresentation';
import { importCompletions, importPrefixAt } from './importCompletion';
import { LspCatalog, type CatalogMessage, type LspCatalogDeps } from './lspCatalog';
import { DEFAULT_LSP_SETTINGS, readLspSettings, type LspSettings } from './lspSettings';
import { inertText } from '../util/inertText';
import { WorkspaceFolders } from './workspaceFolders';

export interface ReuseRadarServerOptions {
  /** Where the user's own dismissals are kept (see userStateDir). */
  stateDir: string;
  /** One line of log (the CLI writes it to stderr, never stdout). */
  log: (line: string) => void;
  /** Quiet time after an edit before the document is analysed again (default 200 ms). */
  debounceMs?: number;
  catalog?: LspCatalogDeps;
}

interface Analysis {
  version: number;
  findings: DocumentFinding[];
}


/**
 * The Reuse Radar language server: diagnostics, hover, code actions (quick fix, dismiss), import completion and
 * catalog workspace symbols for the documents a client opens, over the same file → findings pipeline as `scan`.
 * One instance per connection; `listen()` starts it.
 */
export class ReuseRadarServer {
  private readonly documents = new TextDocuments(TextDocument);
  private readonly catalog: LspCatalog;
  private readonly analyses = new Map<string, Analysis>();
  private readonly pending = new Map<string, Promise<Analysis | undefined>>();
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly openVersions = new Map<string, number>();
  private readonly published = new Map<string, string>();
  private readonly reportedProblems = new Set<string>();
  private readonly dismiss: DismissCommand;
  private readonly folders: WorkspaceFolders;
  private settings: LspSettings = DEFAULT_LSP_SETTINGS;
  private catalogFiles: CatalogFileText[] | undefined;
  private ready: Promise<void> = Promise.resolve();
  /** Bumped when the catalog or dismissals change, so an analysis under way is not reused for a newer question. */
  private generation = 0;
  private readonly debounceMs: number;

  constructor(private readonly connection: Connection, private readonly options: ReuseRadarServerOptions) {
    this.catalog = new LspCatalog(options.catalog);
    this.folders = new WorkspaceFolders((problem) => this.report({ type: 'error', text: `Reuse Radar: ${inertText(problem, { max: 300 })}.` }, true));
    this.debounceMs = options.debounceMs ?? 200;
    this.dismiss = new DismissCommand(connection, {
      stateDir: options.stateDir,
      rootFor: (file) => this.folders.rootFor(file),
      isWorkspaceRoot: (dir) => this.folders.isRoot(dir),
      log: options.log,
      onDidDismiss: () => this.reanalyseAll(),
    });
  }

  listen(): void {
    const { connection, documents } = this;
    connection.onInitialize((params): InitializeResult => {
      const folders = params.workspaceFolders?.map((f) => f.uri) ?? (params.rootUri ? [params.rootUri] : []);
      const roots = folders.flatMap((uri) => (uri.startsWith('file:') ? [fileURLToPath(uri)] : []));
      this.folders.set(roots.length === 0 && params.rootPath ? [params.rootPath] : roots);
      this.applySettings(params.initializationOptions);
      return {
        capabilities: {
          textDocumentSync: TextDocumentSyncKind.Incremental,
          hoverProvider: true,
          codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
          completionProvider: { triggerCharacters: ['"', '\'', '`', '/', '.', '@', ':', ' '] },
          workspaceSymbolProvider: true,
          executeCommandProvider: { commands: [DISMISS_COMMAND] },
        },
        serverInfo: { name: 'reuse-radar' },
      };
    });
    connection.onInitialized(() => this.reloadCatalog());
    connection.onDidChangeConfiguration((params) => {
      const before = this.settings;
      this.applySettings(params.settings);
      const severityOnly = before.catalogFiles === this.settings.catalogFiles && before.threshold === this.settings.threshold && before.useDemo === this.settings.useDemo;
      if (severityOnly) void this.ready.then(() => this.publishAll());
      else this.reloadCatalog();
    });
    connection.onDidChangeWatchedFiles(() => this.forgetProjects());

    documents.onDidOpen((e) => {
      this.openVersions.set(e.document.uri, e.document.version);
      this.schedule(e.document, 0);
    });
    documents.onDidChangeContent((e) => {
      // Opening fires this too, right after onDidOpen: only later versions are edits.
      if (this.openVersions.get(e.document.uri) !== e.document.version) this.schedule(e.document, this.debounceMs);
    });
    documents.onDidSave((e) => {
      if (isProjectManifest(e.document.uri.slice(e.document.uri.lastIndexOf('/') + 1))) this.forgetProjects();
    });
    documents.onDidClose((e) => {
      clearTimeout(this.timers.get(e.document.uri));
      this.timers.delete(e.document.uri);
      this.analyses.delete(e.document.uri);
      this.openVersions.delete(e.document.uri);
      this.published.delete(e.document.uri);
      void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
    });

    connection.onHover(async ({ textDocument, position }) => {
      const finding = findingAt(await this.findings(textDocument.uri), position);
      return finding ? findingHover(finding) : null;
    });
    connection.onCodeAction(async ({ textDocument, range, context }) => {
      if (context.only && !context.only.some((k) => k === CodeActionKind.QuickFix || CodeActionKind.QuickFix.startsWith(`${k}.`))) return [];
      const doc = documents.get(textDocument.uri);
      if (!doc) return [];
      return findingCodeActions(textDocument.uri, await this.findings(textDocument.uri), range, doc.languageId, context.diagnostics);
    });
    connection.onCompletion(async ({ textDocument, position }) => {
      const doc = documents.get(textDocument.uri);
      const language = doc && this.languageOf(doc);
      if (!doc || !language) return null;
      const typed = importPrefixAt(doc.getText().split(/\r?\n/), position, language);
      if (!typed) return null;
      await this.ready;
      return importCompletions(this.catalog.snapshot.catalog.entries, typed, position, language);
    });
    connection.onWorkspaceSymbol(async ({ query }) => {
      await this.ready;
      this.catalogFiles ??= await readCatalogFiles(this.catalog.snapshot.localFiles);
      return catalogSymbols(this.catalog.snapshot.catalog.entries, query, this.catalogFiles);
    });
    connection.onExecuteCommand(async ({ command, arguments: args }) => {
      if (command !== DISMISS_COMMAND) return null;
      return this.dismiss.run(args?.[0]);
    });

    documents.listen(connection);
    connection.listen();
  }

  private applySettings(raw: unknown): void {
    const { settings, problems } = readLspSettings(raw, this.settings);
    this.settings = settings;
    for (const problem of problems) this.report({ type: 'error', text: `Reuse Radar: ${problem}; keeping the previous value.` }, false);
  }

  /**
   * Loads the catalog the settings name, after any load under way; analyses wait for it (`ready`), and the open
   * documents are analysed again once it changed. The re-analysis is not part of `ready`: it waits for it.
   */
  private reloadCatalog(): void {
    const load = this.ready.then(async () => {
      const { changed, messages } = await this.catalog.load(this.settings, this.folders.first ?? process.cwd());
      for (const message of messages) this.report(message, false);
      this.catalogFiles = undefined;
      const { catalog, origin } = this.catalog.snapshot;
      this.options.log(`catalog: ${catalog.entries.length} libraries (${origin}), threshold ${this.settings.threshold}`);
      return changed;
    });
    this.ready = load.then(() => undefined, () => undefined);
    void load.then((changed) => (changed ? this.reanalyseAll() : undefined));
  }

  /** Shows a message (`once`: the same text only once per session) and logs it. */
  private report(message: CatalogMessage, once: boolean): void {
    this.options.log(message.text);
    if (once && this.reportedProblems.has(message.text)) return;
    this.reportedProblems.add(message.text);
    // A notification: the server's window helpers always send showMessageRequest, which asks for an answer.
    void this.connection.sendNotification(ShowMessageNotification.type, { type: message.type === 'info' ? MessageType.Info : MessageType.Error, message: message.text });
  }

  private languageOf(doc: TextDocument): SourceLanguage | undefined {
    return documentLanguage(doc.uri.startsWith('file:') ? fileURLToPath(doc.uri) : undefined, doc.languageId);
  }

  private schedule(doc: TextDocument, delayMs: number): void {
    if (!this.languageOf(doc)) return;
    clearTimeout(this.timers.get(doc.uri));
    this.timers.set(doc.uri, setTimeout(() => {
      this.timers.delete(doc.uri);
      void this.publish(doc.uri);
    }, delayMs));
  }

  /** The findings of the document's current version (analysing it now when an edit is still pending). */
  private async findings(uri: string): Promise<DocumentFinding[]> {
    const doc = this.documents.get(uri);
    if (!doc) return [];
    const current = this.analyses.get(uri);
    if (current?.version === doc.version) return current.findings;
    return (await this.analyse(uri))?.findings ?? [];
  }

  private analyse(uri: string): Promise<Analysis | undefined> {
    const doc = this.documents.get(uri);
    if (!doc) return Promise.resolve(undefined);
    const key = `${uri}#${doc.version}#${this.generation}`;
    let run = this.pending.get(key);
    if (!run) {
      run = this.runAnalysis(doc).finally(() => this.pending.delete(key));
      this.pending.set(key, run);
    }
    return run;
  }

  private async runAnalysis(doc: TextDocument): Promise<Analysis | undefined> {
    await this.ready;
    const language = this.languageOf(doc);
    if (!language) return undefined;
    const version = doc.version;
    const file = doc.uri.startsWith('file:') ? fileURLToPath(doc.uri) : undefined;
    const root = file ? await this.folders.rootFor(file) : undefined;
    const context = file && root ? await this.folders.contextFor(root, file) : {};
    const dismissals = [...(root ? await this.folders.dismissalsIn(root) : []), ...(await this.folders.dismissalsIn(this.options.stateDir))];
    const findings = documentFindings(file ?? doc.uri, doc.getText(), language, context, this.catalog.snapshot.matcher, dismissals);
    const analysis = { version, findings };
    if (this.documents.get(doc.uri)?.version === version) this.analyses.set(doc.uri, analysis);
    return analysis;
  }

  private async publish(uri: string): Promise<void> {
    const analysis = await this.analyse(uri);
    const doc = this.documents.get(uri);
    if (!analysis || !doc || doc.version !== analysis.version) return;
    const diagnostics = findingDiagnostics(analysis.findings, this.settings.severity);
    // A catalog load that changes nothing for this version (the first one, typically) republishes nothing.
    const published = `${analysis.version}:${JSON.stringify(diagnostics)}`;
    if (this.published.get(uri) === published) return;
    this.published.set(uri, published);
    await this.connection.sendDiagnostics({ uri, version: analysis.version, diagnostics });
  }

  private async publishAll(): Promise<void> {
    await Promise.all([...this.analyses.keys()].map((uri) => this.publish(uri)));
  }

  private async reanalyseAll(): Promise<void> {
    this.generation++;
    this.analyses.clear();
    await Promise.all(this.documents.all().map((doc) => this.publish(doc.uri)));
  }

  private forgetProjects(): void {
    this.folders.forgetProjects();
    void this.reanalyseAll();
  }
}

async function readCatalogFiles(files: readonly string[]): Promise<CatalogFileText[]> {
  const out: CatalogFileText[] = [];
  for (const file of files) {
    const text = await readFile(file, 'utf8').catch(() => undefined);
    if (text !== undefined) out.push({ uri: pathToFileURL(file).toString(), text });
  }
  return out;
}
