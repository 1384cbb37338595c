import * as vscode from 'vscode';
import { instructionsSection, spliceSection, workspaceEcosystems } from '../mcp/assistantInstructions';
import type { CatalogService } from '../services/catalogService';
import { Disposable } from '../util/disposable';
import type { Prompts } from '../util/prompts';

/** Where the section can go: the file GitHub Copilot reads, and the one most other agents read. */
const INSTRUCTION_FILES = { copilot: '.github/copilot-instructions.md', agents: 'AGENTS.md' } as const;

export interface WriteInstructionsOutcome {
  status: 'written' | 'unchanged' | 'cancelled';
  /** Workspace-relative paths written. */
  files: string[];
}

const PREVIEW_SCHEME = 'reuse-radar-preview';

/**
 * **Reuse Radar: Write Assistant Instructions**: writes or updates the marked section listing the workspace's internal
 * libraries in `.github/copilot-instructions.md` and/or `AGENTS.md`, after showing it as a diff and asking.
 */
export class AssistantInstructionsCommand extends Disposable {
  private readonly previews = new Map<string, string>();
  private readonly _onDidChangePreview = this.register(new vscode.EventEmitter<vscode.Uri>());

  constructor(private readonly catalog: CatalogService, private readonly prompts: Prompts) {
    super();
    this.register(vscode.workspace.registerTextDocumentContentProvider(PREVIEW_SCHEME, {
      onDidChange: this._onDidChangePreview.event,
      provideTextDocumentContent: (uri) => this.previews.get(uri.path) ?? '',
    }));
    this.register(vscode.commands.registerCommand('reuseRadar.assistant.writeInstructions', () => this.writeInstructions()));
  }

  async writeInstructions(): Promise<WriteInstructionsOutcome> {
    const ui = this.prompts;
    const folder = vscode.workspace.workspaceFolders?.[0];
    if (!folder) {
      await ui.error('Open a folder first: the assistant instructions are written into the workspace.', {});
      return { status: 'cancelled', files: [] };
    }
    type Item = vscode.QuickPickItem & { files: string[] };
    const picked = await ui.pick<Item>([
      { label: INSTRUCTION_FILES.copilot, description: 'GitHub Copilot', files: [INSTRUCTION_FILES.copilot] },
      { label: INSTRUCTION_FILES.agents, description: 'Codex, Cursor, Claude Code and other agents', files: [INSTRUCTION_FILES.agents] },
      { label: 'Both', description: `${INSTRUCTION_FILES.copilot} and ${INSTRUCTION_FILES.agents}`, files: [INSTRUCTION_FILES.copilot, INSTRUCTION_FILES.agents] },
    ], { title: 'Write Assistant Instructions', placeHolder: 'Which instructions file should list your internal libraries?' });
    if (!picked) return { status: 'cancelled', files: [] };

    const names = (await Promise.resolve(vscode.workspace.fs.readDirectory(folder.uri)).catch(() => [] as [string, vscode.FileType][])).map(([name]) => name);
    const section = instructionsSection(this.catalog.catalog, workspaceEcosystems(names));
    const changes: { file: string; uri: vscode.Uri; before: string; after: string }[] = [];
    for (const file of picked.files) {
      const uri = vscode.Uri.joinPath(folder.uri, file);
      const before = await Promise.resolve(vscode.workspace.fs.readFile(uri)).then((b) => new TextDecoder().decode(b), () => '');
      const after = spliceSection(before, section);
      if (after !== before) changes.push({ file, uri, before, after });
    }
    if (changes.length === 0) {
      await ui.info(`The Reuse Radar section in ${picked.files.join(' and ')} is up to date.`, {});
      return { status: 'unchanged', files: [] };
    }
    for (const change of changes) await this.showDiff(change.file, change.before, change.after);
    const write = 'Write';
    const answer = await ui.info(`Write the Reuse Radar section to ${changes.map((c) => c.file).join(' and ')}?`, {
      modal: true,
      detail: 'Only the part between the reuse-radar markers changes; the rest of the file is kept as it is.',
    }, write);
    if (answer !== write) return { status: 'cancelled', files: [] };
    for (const change of changes) {
      await vscode.workspace.fs.writeFile(change.uri, new TextEncoder().encode(change.after));
    }
    return { status: 'written', files: changes.map((c) => c.file) };
  }

  private async showDiff(file: string, before: string, after: string): Promise<void> {
    const left = vscode.Uri.from({ scheme: PREVIEW_SCHEME, path: `/current/${file}` });
    const right = vscode.Uri.from({ scheme: PREVIEW_SCHEME, path: `/proposed/${file}` });
    this.previews.set(left.path, before);
    this.previews.set(right.path, after);
    this._onDidChangePreview.fire(left);
    this._onDidChangePreview.fire(right);
    await vscode.commands.executeCommand('vscode.diff', left, right, `${file}: Reuse Radar section (preview)`, { preview: true });
  }
}
