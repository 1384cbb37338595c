/**
 * The one answer to "which files are the project's own source?", shared by `scan`, the workspace scan and the
 * editor's watchers: folders never entered, the size cap and the binary sniff.
 */

/** Folders never analysed, wherever they appear: dependencies, virtual environments, caches, VCS and build output. */
export const SKIPPED_FOLDERS: readonly string[] = ['node_modules', 'vendor', 'dist', 'build', 'out', 'target', '.git', '.hg', '.svn',
  '.venv', 'venv', '__pycache__'];

const SKIPPED: ReadonlySet<string> = new Set(SKIPPED_FOLDERS);

/** Files larger than this are not analysed (generated bundles, data files). */
export const MAX_ANALYSED_BYTES = 1024 * 1024;

/** How much of a file's start is sniffed for a NUL byte (what git does). */
export const SNIFF_BYTES = 8000;

/**
 * True when a folder of this name is never entered.
 * @example isSkippedFolder("__pycache__") // -> true;  isSkippedFolder("src") // -> false
 */
export function isSkippedFolder(name: string): boolean {
  return SKIPPED.has(name);
}

/**
 * True when a relative path lies inside a skipped folder (its last segment, the file itself, is not tested).
 * @example isInSkippedFolder("web/node_modules/axios/index.js") // -> true
 * @example isInSkippedFolder("svc/venv/lib/site.py") // -> true
 * @example isInSkippedFolder("src/build.ts") // -> false
 */
export function isInSkippedFolder(relativePath: string): boolean {
  return relativePath.split(/[\\/]/).slice(0, -1).some(isSkippedFolder);
}

/**
 * True when bytes (or text) look binary: a NUL in the first 8 KB.
 * @example looksBinary(new Uint8Array([0x69, 0x6d, 0x00])) // -> true;  looksBinary("import os") // -> false
 */
export function looksBinary(content: Uint8Array | string): boolean {
  if (typeof content === 'string') return content.slice(0, SNIFF_BYTES).includes('\u0000');
  const end = Math.min(content.length, SNIFF_BYTES);
  for (let i = 0; i < end; i++) if (content[i] === 0) return true;
  return false;
}
