import * as vscode from 'vscode';
import * as nodePath from 'node:path';
import { access } from 'node:fs/promises';
import { readRepoDismissals } from '../matching/dismissals';
import type { Dismissal } from '../matching/types';
import { LibrarySearch } from '../mcp/librarySearch';
import { ReuseTools, type ReuseToolsSource } from '../mcp/reuseTools';
import { runTool } from '../mcp/runTool';
import type { ToolName } from '../mcp/toolSchemas';
import { MatcherMemo } from '../matching/matcherMemo';
import type { CatalogService } from '../services/catalogService';
import type { DismissalStore } from '../services/dismissalStore';
import type { SettingsService } from '../services/settingsService';
import { Disposable } from '../util/disposable';

/** Language model tool names (package.json `languageModelTools`) and the MCP tool each one is. */
const LM_TOOLS: Readonly<Record<string, ToolName>> = {
  reuseRadar_searchLibraries: 'search_libraries',
  reuseRadar_suggestForDependencies: 'suggest_for_dependencies',
  reuseRadar_suggestForCode: 'suggest_for_code',
  reuseRadar_getLibrary: 'get_library',
};

const MCP_PROVIDER_ID = 'reuseRadar.mcp';

/**
 * The catalog for assistants inside VS Code: the four tools as language model tools answering from the live catalog
 * and dismissals, and the `reuse-radar mcp` server offered to MCP-capable assistants, pointed at the cached catalog.
 * Both APIs are feature-detected (an older host simply gets neither).
 */
export class AssistantTools extends Disposable {
  readonly tools: ReuseTools;
  private search: LibrarySearch | undefined;
  private readonly _onDidChangeServers = this.register(new vscode.EventEmitter<void>());

  constructor(
    private readonly catalog: CatalogService,
    settings: SettingsService,
    dismissals: DismissalStore,
    private readonly extensionUri: vscode.Uri,
    private readonly version: string,
    /** The extension's one matcher memo (shared with the SuggestionModel: one index per catalog). */
    matchers: MatcherMemo,
  ) {
    super();
    this.register(catalog.onDidChangeCatalog(() => {
      this.search = undefined;
      this._onDidChangeServers.fire();
    }));
    const root = () => vscode.workspace.workspaceFolders?.[0]?.uri.fsPath;
    const search = () => (this.search ??= new LibrarySearch(catalog.catalog));
    const source: ReuseToolsSource = {
      get catalog() { return catalog.catalog; },
      get matcher() { return matchers.matcherFor(catalog.catalog, settings.current.threshold); },
      get search() { return search(); },
      get root() { return root(); },
      dismissals: async (file?: string): Promise<Dismissal[]> => {
        const folder = file ? vscode.workspace.getWorkspaceFolder(vscode.Uri.file(file))?.uri.fsPath : root();
        return [...dismissals.dismissals(), ...(folder ? await readRepoDismissals(folder) : [])];
      },
    };
    this.tools = new ReuseTools(source);

    if (typeof vscode.lm?.registerTool === 'function') {
      for (const [lmName, tool] of Object.entries(LM_TOOLS)) {
        this.register(vscode.lm.registerTool<object>(lmName, {
          invoke: async (options) => {
            const outcome = await runTool(this.tools, tool, options.input);
            // A thrown error is how a tool tells the model its call was wrong; the message is one line.
            if (outcome.isError) throw new Error(outcome.text);
            return new vscode.LanguageModelToolResult([
              new vscode.LanguageModelTextPart(outcome.text),
              new vscode.LanguageModelTextPart(JSON.stringify(outcome.structuredContent)),
            ]);
          },
        }));
      }
    }
    if (typeof vscode.lm?.registerMcpServerDefinitionProvider === 'function') {
      this.register(vscode.lm.registerMcpServerDefinitionProvider(MCP_PROVIDER_ID, {
        onDidChangeMcpServerDefinitions: this._onDidChangeServers.event,
        provideMcpServerDefinitions: () => this.mcpServerDefinitions(),
      }));
    }
  }

  /** The `reuse-radar mcp` server, on the extension's cached catalog when there is one (else the demo catalog). */
  async mcpServerDefinitions(): Promise<vscode.McpStdioServerDefinition[]> {
    const cli = nodePath.join(this.extensionUri.fsPath, 'dist', 'cli.js');
    const cached = await access(this.catalog.cacheFile).then(() => true, () => false);
    const args = [cli, 'mcp', ...(cached && this.catalog.state !== 'demo' ? ['--catalog', this.catalog.cacheFile] : [])];
    // The extension host's runtime runs the bundled CLI (in desktop VS Code it is Electron, told to act as Node).
    const definition = new vscode.McpStdioServerDefinition('Reuse Radar', process.execPath, args, { ELECTRON_RUN_AS_NODE: '1' }, `${this.version}+${this.catalog.catalog.generatedAt}`);
    const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
    if (folder?.scheme === 'file') definition.cwd = folder;
    return [definition];
  }
}
