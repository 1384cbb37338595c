import { languageForPath } from '../imports/languages';

/** Folders never analysed, wherever they appear: dependencies, virtual environments and build output. */
export const EXCLUDED_FOLDERS: readonly string[] = ['node_modules', 'vendor', 'dist', 'build', 'out', 'target', '.venv', '.git'];

/** Files larger than this are not analysed (generated bundles, data files). */
export const MAX_ANALYSED_BYTES = 1024 * 1024;

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
  const segments = relativePath.split(/[\\/]/);
  return segments.slice(0, -1).some((segment) => EXCLUDED_FOLDERS.includes(segment));
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

/**
 * True when the bytes look binary: a NUL byte in the first 8 KB (what git does).
 * @example looksBinary(new Uint8Array([0x69, 0x6d, 0x00])) // -> true
 */
export function looksBinary(bytes: Uint8Array): boolean {
  const end = Math.min(bytes.length, 8000);
  for (let i = 0; i < end; i++) {
    if (bytes[i] === 0) return true;
  }
  return false;
}

// Every extension an extractor might read; languageForPath (src/imports) decides which of them are supported.
const CANDIDATE_EXTENSIONS = ['ts', 'tsx', 'mts', 'cts', 'js', 'jsx', 'mjs', 'cjs', 'vue', 'svelte', 'py', 'pyi', 'pyw', 'go', 'java', 'kt', 'kts', 'cs', 'rs'];

/** Extensions of the source files the import extractors understand, e.g. ["ts", "tsx", …, "rs"]. */
export const SOURCE_EXTENSIONS: readonly string[] = CANDIDATE_EXTENSIONS.filter((ext) => languageForPath(`file.${ext}`) !== undefined);
