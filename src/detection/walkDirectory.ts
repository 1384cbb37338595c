import * as vscode from 'vscode';
import { EXCLUDED_FOLDERS } from '../workspace/scanRules';

/**
 * The files under a folder that was just created, up to `limit` (always-excluded folders are not entered). File
 * watchers can miss files written into a brand-new folder before the watch on it exists; walking the folder when its
 * creation is reported closes that gap. A path that is not a folder (or is gone) yields [].
 */
export async function filesUnderNewFolder(folder: vscode.Uri, limit: number): Promise<vscode.Uri[]> {
  const files: vscode.Uri[] = [];
  const queue = [folder];
  while (queue.length && files.length < limit) {
    const dir = queue.shift()!;
    let entries: [string, vscode.FileType][];
    try {
      entries = await vscode.workspace.fs.readDirectory(dir);
    } catch {
      continue;
    }
    for (const [name, type] of entries) {
      const child = vscode.Uri.joinPath(dir, name);
      if (type & vscode.FileType.Directory) {
        if (!EXCLUDED_FOLDERS.includes(name)) queue.push(child);
      } else if (type & vscode.FileType.File && files.length < limit) {
        files.push(child);
      }
    }
  }
  return files;
}

/** True when the URI names an existing folder. */
export async function isFolder(uri: vscode.Uri): Promise<boolean> {
  try {
    return ((await vscode.workspace.fs.stat(uri)).type & vscode.FileType.Directory) !== 0;
  } catch {
    return false;
  }
}
