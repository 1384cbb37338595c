import { SOURCE_EXTENSIONS } from '../imports/languages';
import { isInSkippedFolder, looksBinary, MAX_ANALYSED_BYTES, SKIPPED_FOLDERS } from '../imports/sourceFiles';

// One skip list and one language table for the editor and `scan` (src/imports): re-exported for the adapters.
export { looksBinary, MAX_ANALYSED_BYTES, SOURCE_EXTENSIONS };
/** Folders never analysed, wherever they appear (the core's one skip list). */
export const EXCLUDED_FOLDERS: readonly string[] = SKIPPED_FOLDERS;

/**
 * The include glob for files with these extensions.
 * @example includeGlob(['ts', 'py']) // -> "**\/*.{ts,py}"
 */
export function includeGlob(extensions: readonly string[]): string {
  const unique = [...new Set(extensions.map((e) => e.replace(/^\./, '').toLowerCase()).filter(Boolean))];
  if (unique.length === 1) return `**/*.${unique[0]}`;
  return `**/*.{${unique.join(',')}}`;
}

/**
 * One exclude glob from VS Code's `files.exclude`/`search.exclude` maps (only entries set to `true`; sibling
 * conditions like `{ "when": "$(basename).ts" }` are not expressible in a single glob and are left out) plus the
 * always-excluded folders. Patterns with braces are expanded, because VS Code globs do not nest braces.
 * @example excludeGlob([{ "**\/.git": true, "**\/*.{map,log}": true, "**\/tmp": false }])
 *   // -> "{**\/node_modules/**,…,**\/.git,**\/*.map,**\/*.log}"
 */
export function excludeGlob(maps: readonly (Record<string, unknown> | undefined)[]): string {
  const patterns = EXCLUDED_FOLDERS.map((folder) => `**/${folder}/**`);
  for (const map of maps) {
    for (const [pattern, enabled] of Object.entries(map ?? {})) {
      if (enabled !== true || !pattern.trim()) continue;
      for (const expanded of expandBraces(pattern.trim())) {
        if (!patterns.includes(expanded)) patterns.push(expanded);
      }
    }
  }
  return `{${patterns.join(',')}}`;
}

/**
 * Every alternative of a glob's brace groups (a group without a comma stays as written).
 * @example expandBraces("**\/*.{js,map}") // -> ["**\/*.js", "**\/*.map"]
 */
export function expandBraces(pattern: string): string[] {
  const open = pattern.indexOf('{');
  if (open < 0) return [pattern];
  let depth = 0;
  let close = -1;
  for (let i = open; i < pattern.length; i++) {
    if (pattern[i] === '{') depth++;
    else if (pattern[i] === '}' && --depth === 0) {
      close = i;
      break;
    }
  }
  if (close < 0) return [pattern.replace(/[{}]/g, '')];
  const head = pattern.slice(0, open);
  const tails = expandBraces(pattern.slice(close + 1));
  const options = splitTopLevel(pattern.slice(open + 1, close)).flatMap(expandBraces);
  return options.flatMap((option) => tails.map((tail) => head + option + tail));
}

function splitTopLevel(body: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < body.length; i++) {
    if (body[i] === '{') depth++;
    else if (body[i] === '}') depth--;
    else if (body[i] === ',' && depth === 0) {
      parts.push(body.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(body.slice(start));
  return parts;
}

/**
 * True when a workspace-relative path lies inside one of the always-excluded folders.
 * @example isInExcludedFolder("web/node_modules/axios/index.js") // -> true
 * @example isInExcludedFolder("src/build.ts") // -> false
 */
export function isInExcludedFolder(relativePath: string): boolean {
  return isInSkippedFolder(relativePath);
}

/**
 * True when the last path segment has no file extension, so a created path may be a folder worth walking.
 * @example looksLikeFolderName("/w/src/utils") // -> true
 * @example looksLikeFolderName("/w/README.md") // -> false
 */
export function looksLikeFolderName(path: string): boolean {
  const base = path.slice(path.lastIndexOf('/') + 1);
  return base !== '' && !/.\.[A-Za-z0-9]{1,8}$/.test(base);
}
