import * as vscode from 'vscode';
import { AssistantInstructionsCommand } from './commands/assistantInstructionsCommand';
import { registerCatalogCommands } from './commands/catalogCommands';
import { AskOwnersCommand } from './commands/askOwnersCommand';
import { ContributeCommands } from './commands/contributeCommands';
import { registerLibraryCommands } from './commands/libraryCommands';
import { FirstContributionCommand } from './commands/onrampCommand';
import { registerScanCommands } from './commands/scanCommands';
import { AssistantTools } from './features/assistantTools';
import { CatalogStatusBar } from './features/catalogStatusBar';
import { DependencyInstaller } from './features/dependencyInstaller';
import { DocumentImportWatcher } from './features/documentImportWatcher';
import { ImportHoverProvider } from './features/importHoverProvider';
import { NewFileNotifier } from './features/newFileNotifier';
import { NewFileWatcher } from './features/newFileWatcher';
import { ProjectContextService } from './features/projectContextService';
import { RepoDismissalsWatcher } from './features/repoDismissalsWatcher';
import { SuggestionCodeActionProvider } from './features/suggestionCodeActions';
import { NativeAdviceDiagnostics } from './features/nativeAdviceDiagnostics';
import { SuggestionDiagnostics } from './features/suggestionDiagnostics';
import { WorkspaceScanner } from './features/workspaceScanner';
import { CatalogService } from './services/catalogService';
import { DismissalStore } from './services/dismissalStore';
import { GitHubAuthService } from './services/githubAuth';
import { SettingsService } from './services/settings';
import { SuggestionModel } from './services/suggestionModel';
import { CatalogTreeProvider } from './views/catalogTreeProvider';
import { LibraryDetailsPanel } from './views/libraryDetailsPanel';
import { ReuseRadarViews } from './views/reuseRadarViews';
import { SuggestionsTreeProvider } from './views/suggestionsTreeProvider';

/** What activate() returns: the live objects, for integration tests and for other extensions that want the catalog. */
export interface ReuseRadarApi {
  readonly catalog: CatalogService;
  readonly settings: SettingsService;
  readonly model: SuggestionModel;
  readonly dismissals: DismissalStore;
  readonly catalogTree: CatalogTreeProvider;
  readonly suggestionsTree: SuggestionsTreeProvider;
  readonly views: ReuseRadarViews;
  readonly statusBar: CatalogStatusBar;
  readonly scanner: WorkspaceScanner;
  readonly newFiles: NewFileWatcher;
  readonly documents: DocumentImportWatcher;
  readonly hovers: ImportHoverProvider;
  readonly diagnostics: SuggestionDiagnostics;
  /** module-replacements advice hints (native APIs, snippets), shown only with reuseRadar.replacements.native. */
  readonly nativeAdvice: NativeAdviceDiagnostics;
  readonly codeActions: SuggestionCodeActionProvider;
  readonly details: LibraryDetailsPanel;
  readonly installer: DependencyInstaller;
  readonly newFileNotifier: NewFileNotifier;
  /** "Contribute upstream" and "Publish as InnerSource" (tests call them with an options object). */
  readonly contributions: ContributeCommands;
  /** The extension's workspace and global state (dismissals, new-file notifications), to re-read them as after a reload. */
  readonly mementos: { readonly workspace: vscode.Memento; readonly global: vscode.Memento };
  /** The catalog for AI assistants: language model tools and the MCP server definition. */
  readonly assistant: AssistantTools;
  /** "Write Assistant Instructions" (tests call it with an options object answering its prompts). */
  readonly instructions: AssistantInstructionsCommand;
  /** Resolves when the first catalog load (cache, demo or crawl) has finished. */
  readonly ready: Promise<void>;
}

/** The composition root: creates every object in dependency order; nothing here awaits disk or network. */
export function activate(context: vscode.ExtensionContext): ReuseRadarApi {
  const log = vscode.window.createOutputChannel('Reuse Radar', { log: true });
  const push = <T extends vscode.Disposable>(d: T): T => {
    context.subscriptions.push(d);
    return d;
  };
  push(log);

  const settings = push(new SettingsService());
  const auth = push(new GitHubAuthService(context.secrets, log));
  const catalog = push(new CatalogService(context.globalStorageUri, settings, auth, log));
  const dismissals = push(new DismissalStore(context.workspaceState, context.globalState));
  const model = push(new SuggestionModel(catalog, dismissals, settings));
  const projects = push(new ProjectContextService(log));
  const documents = push(new DocumentImportWatcher(model, projects, log));
  const scanner = push(new WorkspaceScanner(model, projects, settings, log));
  const newFiles = push(new NewFileWatcher(model, projects, log));
  push(new RepoDismissalsWatcher(model, log));

  const catalogTree = push(new CatalogTreeProvider(catalog, settings));
  const suggestionsTree = push(new SuggestionsTreeProvider(model, dismissals));
  const views = push(new ReuseRadarViews(catalog, model, catalogTree, suggestionsTree));
  const statusBar = push(new CatalogStatusBar(catalog));

  for (const d of registerCatalogCommands({ catalog, catalogTree, settings, auth, log })) push(d);
  for (const d of registerScanCommands({ scanner, log })) push(d);

  const hovers = push(new ImportHoverProvider(model));
  const diagnostics = push(new SuggestionDiagnostics(model, settings));
  const nativeAdvice = push(new NativeAdviceDiagnostics(catalog, model, documents, settings));
  const codeActions = push(new SuggestionCodeActionProvider(model));
  const details = push(new LibraryDetailsPanel(context.extensionUri, catalog));
  const installer = new DependencyInstaller(log);
  const newFileNotifier = push(new NewFileNotifier(model, settings, context.workspaceState));
  for (const d of registerLibraryCommands({ catalog, model, dismissals, details, installer, log })) push(d);
  const contributions = push(new ContributeCommands({ catalog, model, settings, auth, log }));
  const assistant = push(new AssistantTools(catalog, settings, dismissals, context.extensionUri, String(context.extension.packageJSON.version ?? '0.0.0')));
  const instructions = push(new AssistantInstructionsCommand(catalog));
  push(new AskOwnersCommand({ catalog, settings, auth, log }));
  push(new FirstContributionCommand({ catalog, settings, auth, log }));

  const ready = catalog.initialize().catch((err: unknown) => log.error(`Catalog start-up failed: ${err instanceof Error ? err.message : String(err)}`));
  log.info(`Reuse Radar activated (VS Code ${vscode.version}).`);
  return {
    catalog, settings, model, dismissals, catalogTree, suggestionsTree, views, statusBar, scanner, newFiles, documents,
    hovers, diagnostics, nativeAdvice, codeActions, details, installer, newFileNotifier, contributions, assistant, instructions,
    mementos: { workspace: context.workspaceState, global: context.globalState },
    ready,
  };
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
