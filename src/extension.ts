import * as vscode from 'vscode';
import { AssistantInstructionsCommand } from './commands/assistantInstructionsCommand';
import { registerCatalogCommands } from './commands/catalogCommands';
import { registerLibraryCommands } from './commands/libraryCommands';
import { registerScanCommands } from './commands/scanCommands';
import { AskOwnersCommand } from './contribute/askOwnersCommand';
import { ContributeCommand } from './contribute/contributeCommand';
import { ContributionSession } from './contribute/contributionSession';
import { GitHubClientFactory } from './contribute/githubClients';
import { FirstContributionCommand } from './contribute/onrampCommand';
import { PublishInnerSourceCommand } from './contribute/publishInnerSourceCommand';
import { AssistantTools } from './assistant/assistantTools';
import { CatalogStatusBar } from './views/catalogStatusBar';
import { DependencyInstaller } from './editor/dependencyInstaller';
import { DetectionService } from './detection/detectionService';
import { DocumentImportWatcher } from './detection/documentImportWatcher';
import { ImportHoverProvider } from './editor/importHoverProvider';
import { NewFileNotifier } from './detection/newFileNotifier';
import { NewFileWatcher } from './detection/newFileWatcher';
import { ProjectContextService } from './detection/projectContextService';
import { RepoDismissalsWatcher } from './detection/repoDismissalsWatcher';
import { SuggestionCodeActionProvider } from './editor/suggestionCodeActions';
import { NativeAdviceDiagnostics } from './editor/nativeAdviceDiagnostics';
import { SuggestionDiagnostics } from './editor/suggestionDiagnostics';
import { WorkspaceScanner } from './detection/workspaceScanner';
import { CatalogService } from './services/catalogService';
import { DismissalStore } from './services/dismissalStore';
import { GitHubAuthService } from './services/githubAuth';
import { SettingsService } from './services/settingsService';
import { SuggestionModel } from './services/suggestionModel';
import { reuseRadarApi, type ReuseRadarApi } from './publicApi';
import type { ReuseRadarInternals, ReuseRadarTestExports } from './testHook';
import { PromptService } from './util/prompts';
import { CatalogTreeProvider } from './views/catalogTreeProvider';
import { LibraryDetailsPanel } from './views/libraryDetailsPanel';
import { MatcherMemo } from './matching/matcherMemo';
import { ReuseRadarViews } from './views/reuseRadarViews';
import { SuggestionsTreeProvider } from './views/suggestionsTreeProvider';

export type { ReuseRadarApi } from './publicApi';

/**
 * The composition root: creates every object in dependency order; nothing here awaits disk or network. Returns the
 * public API; under the extension's own tests (ExtensionMode.Test) also the test hook (src/testHook.ts).
 */
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
  // One matcher index per catalog and threshold, shared by everything that matches.
  const matchers = new MatcherMemo();
  const model = push(new SuggestionModel(catalog, dismissals, settings, matchers));
  const projects = push(new ProjectContextService(log));
  const detection = push(new DetectionService(settings));
  const documents = push(new DocumentImportWatcher(detection, model, projects, log));
  const scanner = push(new WorkspaceScanner(detection, model, projects, settings, log));
  const newFiles = push(new NewFileWatcher(detection, model, projects, log));
  push(new RepoDismissalsWatcher(model, log));

  const catalogTree = push(new CatalogTreeProvider(catalog, settings));
  const suggestionsTree = push(new SuggestionsTreeProvider(model, dismissals));
  const views = push(new ReuseRadarViews(catalog, model, catalogTree, suggestionsTree, detection.states));
  const statusBar = push(new CatalogStatusBar(catalog));

  for (const d of registerCatalogCommands({ catalog, catalogTree, settings, auth, log })) push(d);
  for (const d of registerScanCommands({ scanner, log })) push(d);

  const hovers = push(new ImportHoverProvider(model));
  const diagnostics = push(new SuggestionDiagnostics(model, settings));
  const nativeAdvice = push(new NativeAdviceDiagnostics(catalog, model, documents, detection, settings));
  const codeActions = push(new SuggestionCodeActionProvider(model));
  const details = push(new LibraryDetailsPanel(context.extensionUri, catalog));
  const installer = new DependencyInstaller(log);
  const newFileNotifier = push(new NewFileNotifier(model, settings, context.workspaceState));
  for (const d of registerLibraryCommands({ catalog, model, dismissals, details, installer, log })) push(d);
  const assistant = push(new AssistantTools(catalog, settings, dismissals, context.extensionUri, String(context.extension.packageJSON.version ?? '0.0.0'), matchers));

  const prompts = new PromptService();
  const clients = new GitHubClientFactory();
  const session = new ContributionSession({ settings, auth, log, prompts, clients });
  const commands = {
    contribute: push(new ContributeCommand({ session, catalog, model })),
    publishInnerSource: push(new PublishInnerSourceCommand(session)),
    askOwners: push(new AskOwnersCommand({ session, catalog })),
    firstContribution: push(new FirstContributionCommand({ session, catalog })),
    writeInstructions: push(new AssistantInstructionsCommand(catalog, prompts)),
  };

  const ready = catalog.initialize().catch((err: unknown) => log.error(`Catalog start-up failed: ${err instanceof Error ? err.message : String(err)}`));
  log.info(`Reuse Radar activated (VS Code ${vscode.version}).`);
  const api = reuseRadarApi(catalog, assistant.tools);
  if (context.extensionMode !== vscode.ExtensionMode.Test) return api;
  const testHook: ReuseRadarInternals = {
    catalog, settings, model, dismissals, catalogTree, suggestionsTree, views, statusBar, detection, projects, scanner, newFiles, documents,
    hovers, diagnostics, nativeAdvice, codeActions, details, installer, newFileNotifier, assistant, prompts, clients, commands,
    mementos: { workspace: context.workspaceState, global: context.globalState },
    ready,
  };
  const exports: ReuseRadarTestExports = { ...api, testHook };
  return exports;
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
