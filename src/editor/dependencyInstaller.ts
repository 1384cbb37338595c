import * as vscode from 'vscode';
import { detectJsPackageManager, planAddDependency, type DependencyPlan, type ProjectDir } from '../catalog/addDependency';
import type { CatalogEntry, Ecosystem, PackageRef } from '../catalog/model';
import { ecosystemOfLanguage } from '../matching/catalogIndex';
import { languageForId } from '../imports/languages';
import { ecosystemLabel } from '../views/libraryPresentation';
import { notify } from '../util/notify';
import { inertLabel } from '../util/inertText';

export interface AddDependencyOptions {
  /** The file the dependency is for (its nearest manifest wins); defaults to the active editor's document. */
  uri?: vscode.Uri;
  /** Which of the library's packages to add, when it publishes for several ecosystems. */
  ecosystem?: Ecosystem;
}

/**
 * Adds a library's package to the project around a file: runs the ecosystem's package manager in a terminal
 * (program + argument array, never a shell string) or edits the manifest where that is the norm (pom.xml,
 * requirements.txt, PEP 621 pyproject.toml). Shared by the quick fix and the Add to Project command.
 */
export class DependencyInstaller {
  constructor(private readonly log: vscode.LogOutputChannel) {}

  /** Returns the plan it carried out, or undefined when the user cancelled a choice. */
  async add(entry: CatalogEntry, options: AddDependencyOptions = {}): Promise<DependencyPlan | undefined> {
    const uri = options.uri ?? vscode.window.activeTextEditor?.document.uri;
    const pkg = await this.choosePackage(entry, options.ecosystem ?? ecosystemOfDocument(uri));
    if (!pkg) return undefined;
    const dirs = await projectDirs(uri);
    let plan: DependencyPlan;
    try {
      plan = await planAddDependency(pkg, dirs, { readFile });
    } catch (err) {
      const message = `Could not add ${pkg.name}: ${err instanceof Error ? err.message : String(err)}`;
      this.log.warn(message);
      void notify.error(message);
      return undefined;
    }
    this.log.info(`Add ${pkg.name} (${pkg.ecosystem}): ${plan.kind} — ${plan.summary}`);
    switch (plan.kind) {
      case 'run': {
        if (!vscode.workspace.isTrusted) {
          // Package managers run project scripts (install hooks): never in a workspace the user has not trusted.
          const command = plan.argv.join(' ');
          const choice = await notify.warn(`Reuse Radar does not run package managers in Restricted Mode. Trust the workspace, or run "${command}" yourself.`, 'Copy Command', 'Manage Workspace Trust');
          if (choice === 'Copy Command') await vscode.env.clipboard.writeText(command);
          if (choice === 'Manage Workspace Trust') await vscode.commands.executeCommand('workbench.trust.manage');
          return undefined;
        }
        const terminal = vscode.window.createTerminal({
          name: `Reuse Radar: ${plan.argv.slice(0, 2).join(' ')}`,
          cwd: plan.cwd,
          shellPath: plan.argv[0],
          shellArgs: plan.argv.slice(1),
          iconPath: new vscode.ThemeIcon('package'),
        });
        terminal.show();
        break;
      }
      case 'edit':
        try {
          await applyManifestEdit(plan.file, plan.edit);
          void notify.info(`${plan.summary} Save the file to keep it.`);
        } catch (err) {
          void notify.error(err instanceof Error ? err.message : String(err));
          return undefined;
        }
        break;
      case 'present':
        void notify.info(plan.summary);
        break;
      case 'none':
        void notify.warn(plan.summary);
        break;
    }
    return plan;
  }

  /** The package of `entry` to use: the one in `preferred`'s ecosystem, the only one, or the user's pick. */
  async choosePackage(entry: CatalogEntry, preferred: Ecosystem | undefined, title = `Add ${entry.name} to the project`): Promise<PackageRef | undefined> {
    if (!entry.packages.length) {
      void notify.warn(`${entry.name} publishes no package the catalog knows of; see its repository for how to use it.`);
      return undefined;
    }
    const matching = preferred ? entry.packages.filter((p) => p.ecosystem === preferred) : [];
    if (matching.length === 1 || entry.packages.length === 1) return matching[0] ?? entry.packages[0];
    const picked = await vscode.window.showQuickPick(
      (matching.length ? matching : entry.packages).map((pkg) => ({ label: inertLabel(pkg.name), description: ecosystemLabel(pkg.ecosystem), pkg })),
      { title, placeHolder: 'Which package?' },
    );
    return picked?.pkg;
  }
}

function ecosystemOfDocument(uri: vscode.Uri | undefined): Ecosystem | undefined {
  if (!uri) return undefined;
  const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
  const language = doc ? languageForId(doc.languageId) : undefined;
  return language ? ecosystemOfLanguage(language) : undefined;
}

/** The JS package manager the project around `uri` (or the first workspace folder) uses, from its lockfiles. */
export async function packageManagerAround(uri: vscode.Uri | undefined): Promise<string> {
  return detectJsPackageManager(await projectDirs(uri));
}

/** The file's folder and its ancestors up to its workspace folder (nearest first), with the files in each. */
async function projectDirs(uri: vscode.Uri | undefined): Promise<ProjectDir[]> {
  const folder = (uri && vscode.workspace.getWorkspaceFolder(uri)) ?? vscode.workspace.workspaceFolders?.[0];
  if (!folder) return [];
  const dirs: vscode.Uri[] = [];
  if (uri && uri.scheme === folder.uri.scheme && uri.path.startsWith(`${folder.uri.path}/`)) {
    for (let dir = vscode.Uri.joinPath(uri, '..'); dir.path.length > folder.uri.path.length; dir = vscode.Uri.joinPath(dir, '..')) dirs.push(dir);
  }
  dirs.push(folder.uri);
  return Promise.all(dirs.map(async (dir) => {
    const entries = await Promise.resolve(vscode.workspace.fs.readDirectory(dir)).catch(() => [] as [string, vscode.FileType][]);
    return { path: dir.fsPath, files: entries.filter(([, type]) => (type & vscode.FileType.File) !== 0).map(([name]) => name) };
  }));
}

/** Open documents win over disk: their unsaved text is what an edit must apply to. */
async function readFile(file: string): Promise<string | undefined> {
  const open = vscode.workspace.textDocuments.find((d) => d.uri.scheme === 'file' && d.uri.fsPath === file);
  if (open) return open.getText();
  try {
    return new TextDecoder().decode(await vscode.workspace.fs.readFile(vscode.Uri.file(file)));
  } catch {
    return undefined;
  }
}

async function applyManifestEdit(file: string, edit: { start: number; end: number; text: string }): Promise<void> {
  const doc = await vscode.workspace.openTextDocument(vscode.Uri.file(file));
  const range = new vscode.Range(doc.positionAt(edit.start), doc.positionAt(edit.end));
  const workspaceEdit = new vscode.WorkspaceEdit();
  workspaceEdit.replace(doc.uri, range, edit.text);
  if (!(await vscode.workspace.applyEdit(workspaceEdit))) throw new Error(`${file} could not be edited.`);
  const end = doc.positionAt(edit.start + edit.text.length);
  await vscode.window.showTextDocument(doc, { selection: new vscode.Range(range.start, end), preview: false });
}
