import * as vscode from 'vscode';
import { localProvenance } from '../github/localProvenance';
import type { Provenance } from '../github/pullRequestBody';
import { inertText } from '../util/inertText';
import { realPathWithin } from '../util/realPaths';

/** A file given through the command's options: a workspace file (`uri`) or literal `content`, and where it goes. */
export interface OptionFile {
  uri?: string | vscode.Uri;
  content?: string;
  /** Path in the target repository. */
  path: string;
}

/** Something the user is contributing, before a target path is chosen. */
export interface ContributionSource {
  uri?: vscode.Uri;
  content: string | Uint8Array;
  /** Workspace-relative path ("src/retry.ts"), the default target path. */
  relativePath: string;
  /** Set when only a selection of the file is contributed: "L12-L30". */
  lines?: string;
  /** Target path, when the options fixed it. */
  target?: string;
}

/** What invoked the command: explorer (uri, uris[]), editor context (uri), a tree item or entry id, or nothing. */
export interface InvocationArgs {
  uris: vscode.Uri[];
  /** A catalog entry id, repo or node the invoking tree item stands for. */
  entryArg?: unknown;
  fromEditorContext: boolean;
}

export function invocationArgs(first: unknown, second: unknown): InvocationArgs {
  if (Array.isArray(second) && second.every((u) => u instanceof vscode.Uri) && second.length > 0) {
    return { uris: second as vscode.Uri[], fromEditorContext: false };
  }
  if (first instanceof vscode.Uri) return { uris: [first], fromEditorContext: true };
  if (first !== undefined && first !== null && !isOptionsObject(first)) return { uris: [], entryArg: first, fromEditorContext: false };
  return { uris: [], fromEditorContext: false };
}

/** The options object of a programmatic call is recognised by its keys, never confused with a tree node. */
export function isOptionsObject(value: unknown): boolean {
  if (typeof value !== 'object' || value === null || value instanceof vscode.Uri) return false;
  const keys = Object.keys(value);
  // Tree nodes carry `kind`; catalog entries carry `id` and `packages` (and a `repo` too).
  if ('kind' in value || ('id' in value && 'packages' in value)) return false;
  return keys.some((k) => ['files', 'confirm', 'title', 'body', 'draft', 'repo', 'mode', 'repositoryRoot', 'folder', 'description'].includes(k));
}

/**
 * The files a contribution consists of: the options' files, else the explorer selection, else the editor selection
 * (when the command came from the editor, or the palette with a non-empty selection), else the active file.
 * Folders are skipped. Throws an Error with a sentence when there is nothing to contribute.
 */
export async function collectSources(args: InvocationArgs, optionFiles?: OptionFile[]): Promise<ContributionSource[]> {
  if (optionFiles?.length) {
    return Promise.all(optionFiles.map(async (f) => {
      if (typeof f.content === 'string') return { content: f.content, relativePath: f.path, target: f.path };
      if (!f.uri) throw new Error(`The file for "${f.path}" needs a uri or content.`);
      const uri = typeof f.uri === 'string' ? toUri(f.uri) : f.uri;
      await assertInWorkspace(uri);
      return { uri, content: decode(await vscode.workspace.fs.readFile(uri)), relativePath: relativePath(uri), target: f.path };
    }));
  }
  const editor = vscode.window.activeTextEditor;
  if (args.uris.length > 1 || (args.uris.length === 1 && !args.fromEditorContext)) return readFiles(args.uris);
  const uri = args.uris[0] ?? editor?.document.uri;
  if (!uri) throw new Error('Open a file, select code, or select files in the Explorer to contribute them.');
  const doc = editor && editor.document.uri.toString() === uri.toString() ? editor.document : undefined;
  const selection = doc && editor && !editor.selection.isEmpty ? editor.selection : undefined;
  await assertInWorkspace(uri);
  if (doc && selection) {
    return [{ uri, content: doc.getText(selection), relativePath: relativePath(uri), lines: `L${selection.start.line + 1}-L${selection.end.line + 1}` }];
  }
  if (doc) return [{ uri, content: doc.getText(), relativePath: relativePath(uri) }];
  return readFiles([uri]);
}

async function readFiles(uris: vscode.Uri[]): Promise<ContributionSource[]> {
  const sources: ContributionSource[] = [];
  for (const uri of uris) {
    await assertInWorkspace(uri);
    const stat = await vscode.workspace.fs.stat(uri);
    if (stat.type & vscode.FileType.Directory) continue;
    // An open, edited document counts with its unsaved text.
    const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
    sources.push({ uri, content: open ? open.getText() : decode(await vscode.workspace.fs.readFile(uri)), relativePath: relativePath(uri) });
  }
  if (!sources.length) throw new Error('Only folders were selected: select files to contribute.');
  return sources;
}

/** Where the contributed code came from: the source checkout's origin URL (no credentials), the paths and HEAD commit. */
export async function sourceProvenance(sources: ContributionSource[]): Promise<Provenance> {
  const withUri = sources.filter((s) => s.uri?.scheme === 'file');
  if (!withUri.length) return { path: sources.map((s) => s.relativePath).join(', ') };
  const found = await Promise.all(withUri.map((s) => localProvenance(s.uri!.fsPath)));
  const paths = found.map((p, i) => `${p.path ?? withUri[i].relativePath}${withUri[i].lines ? `#${withUri[i].lines}` : ''}`);
  return { repo: found[0].repo, commit: found[0].commit, path: paths.join(', ') };
}

/**
 * Refuses a file outside the open workspace folders, also when a symlink inside one points outside: whoever asks
 * (a command link, another extension), Reuse Radar sends only the workspace's own files. Unsaved editors pass.
 */
async function assertInWorkspace(uri: vscode.Uri): Promise<void> {
  if (uri.scheme === 'untitled') return;
  const folder = vscode.workspace.getWorkspaceFolder(uri);
  const contained = folder && (uri.scheme !== 'file' || folder.uri.scheme !== 'file' || (await realPathWithin(folder.uri.fsPath, uri.fsPath)) !== undefined);
  if (!contained) throw new Error(`${inertText(uri.scheme === 'file' ? uri.fsPath : uri.toString(), { max: 200 })} is not a file of the open workspace: Reuse Radar contributes only workspace files.`);
}

function relativePath(uri: vscode.Uri): string {
  return vscode.workspace.asRelativePath(uri, false).replace(/\\/g, '/');
}

function toUri(text: string): vscode.Uri {
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? vscode.Uri.parse(text) : vscode.Uri.file(text);
}

/** Text when the bytes are UTF-8 without NULs, else the bytes. */
function decode(bytes: Uint8Array): string | Uint8Array {
  if (bytes.subarray(0, 8000).includes(0)) return bytes;
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return bytes;
  }
}
