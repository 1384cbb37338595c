import type * as vscode from 'vscode';
import type { AssistantInstructionsCommand } from './commands/assistantInstructionsCommand';
import type { AskOwnersCommand } from './contribute/askOwnersCommand';
import type { ContributeCommand } from './contribute/contributeCommand';
import type { GitHubClientFactory } from './contribute/githubClients';
import type { FirstContributionCommand } from './contribute/onrampCommand';
import type { PublishInnerSourceCommand } from './contribute/publishInnerSourceCommand';
import type { AssistantTools } from './assistant/assistantTools';
import type { CatalogStatusBar } from './views/catalogStatusBar';
import type { DependencyInstaller } from './editor/dependencyInstaller';
import type { DocumentImportWatcher } from './detection/documentImportWatcher';
import type { ImportHoverProvider } from './editor/importHoverProvider';
import type { NativeAdviceDiagnostics } from './editor/nativeAdviceDiagnostics';
import type { NewFileNotifier } from './detection/newFileNotifier';
import type { NewFileWatcher } from './detection/newFileWatcher';
import type { SuggestionCodeActionProvider } from './editor/suggestionCodeActions';
import type { SuggestionDiagnostics } from './editor/suggestionDiagnostics';
import type { WorkspaceScanner } from './detection/workspaceScanner';
import type { DetectionService } from './detection/detectionService';
import type { ProjectContextService } from './detection/projectContextService';
import type { ReuseRadarApi } from './publicApi';
import type { CatalogService } from './services/catalogService';
import type { DismissalStore } from './services/dismissalStore';
import type { SettingsService } from './services/settingsService';
import type { SuggestionModel } from './services/suggestionModel';
import type { PromptService } from './util/prompts';
import type { CatalogTreeProvider } from './views/catalogTreeProvider';
import type { LibraryDetailsPanel } from './views/libraryDetailsPanel';
import type { ReuseRadarViews } from './views/reuseRadarViews';
import type { SuggestionsTreeProvider } from './views/suggestionsTreeProvider';

/**
 * The extension's live objects, for its own integration tests only: `activate` adds them to its exports as `testHook`
 * when VS Code runs the extension's tests (`ExtensionMode.Test`, i.e. launched with --extensionTestsPath), never in a
 * user's install. Tests reach it through test/integration/support/api.ts; the public API is ReuseRadarApi.
 */
export interface ReuseRadarInternals {
  readonly catalog: CatalogService;
  readonly settings: SettingsService;
  readonly model: SuggestionModel;
  readonly dismissals: DismissalStore;
  readonly catalogTree: CatalogTreeProvider;
  readonly suggestionsTree: SuggestionsTreeProvider;
  readonly views: ReuseRadarViews;
  readonly statusBar: CatalogStatusBar;
  /** Each file's state (open, on disk, new, gone) and the workspace scan's progress. */
  readonly detection: DetectionService;
  /** Each file's project context (manifests), shared by the detection adapters. */
  readonly projects: ProjectContextService;
  readonly scanner: WorkspaceScanner;
  readonly newFiles: NewFileWatcher;
  readonly documents: DocumentImportWatcher;
  readonly hovers: ImportHoverProvider;
  readonly diagnostics: SuggestionDiagnostics;
  readonly nativeAdvice: NativeAdviceDiagnostics;
  readonly codeActions: SuggestionCodeActionProvider;
  readonly details: LibraryDetailsPanel;
  readonly installer: DependencyInstaller;
  readonly newFileNotifier: NewFileNotifier;
  readonly assistant: AssistantTools;
  /** The prompts every asking command shows: tests answer them with `prompts.replace({...})`. */
  readonly prompts: PromptService;
  /** The GitHub clients of the editor's commands: tests scale GitHub's waits down with `clients.tune({...})`. */
  readonly clients: GitHubClientFactory;
  /** The command objects, for in-process calls whose options may skip the review (`confirm: true`). */
  readonly commands: {
    readonly contribute: ContributeCommand;
    readonly publishInnerSource: PublishInnerSourceCommand;
    readonly askOwners: AskOwnersCommand;
    readonly firstContribution: FirstContributionCommand;
    readonly writeInstructions: AssistantInstructionsCommand;
  };
  /** The extension's workspace and global state (dismissals, new-file notifications), to re-read them as after a reload. */
  readonly mementos: { readonly workspace: vscode.Memento; readonly global: vscode.Memento };
  /** Resolves when the first catalog load (cache, demo or crawl) has finished. */
  readonly ready: Promise<void>;
}

/** The exports under test: the public API plus the test hook. */
export interface ReuseRadarTestExports extends ReuseRadarApi {
  readonly testHook: ReuseRadarInternals;
}
