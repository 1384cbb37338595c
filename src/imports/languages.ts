import type { SourceLanguage } from './types';

const BY_EXTENSION: Record<string, SourceLanguage> = {
  js: 'javascript', jsx: 'javascript', mjs: 'javascript', cjs: 'javascript',
  ts: 'typescript', tsx: 'typescript', mts: 'typescript', cts: 'typescript', vue: 'typescript', svelte: 'typescript',
  py: 'python', pyi: 'python', pyw: 'python',
  go: 'go',
  java: 'java',
  kt: 'kotlin', kts: 'kotlin',
  cs: 'csharp',
  rs: 'rust',
};

/** Extensions of the source files the extractors understand, e.g. ["js", "jsx", …, "rs"]: the one language table. */
export const SOURCE_EXTENSIONS: readonly string[] = Object.keys(BY_EXTENSION);

const BY_ID: Record<string, SourceLanguage> = {
  javascript: 'javascript', javascriptreact: 'javascript',
  typescript: 'typescript', typescriptreact: 'typescript', vue: 'typescript', svelte: 'typescript',
  python: 'python', go: 'go', java: 'java', kotlin: 'kotlin', csharp: 'csharp', rust: 'rust',
};

/** VS Code language ids of the documents the extractors understand, e.g. ["javascript", "javascriptreact", …, "rust"]. */
export const SOURCE_LANGUAGE_IDS: readonly string[] = Object.keys(BY_ID);

/**
 * The extractor language for a file path, by extension (Vue/Svelte components scan as TypeScript, which is a
 * superset for import purposes). "src/App.vue" → "typescript"; "main.rs" → "rust"; "README.md" → undefined.
 */
export function languageForPath(path: string): SourceLanguage | undefined {
  const base = path.slice(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
  const dot = base.lastIndexOf('.');
  if (dot <= 0) return undefined;
  return Object.hasOwn(BY_EXTENSION, base.slice(dot + 1).toLowerCase()) ? BY_EXTENSION[base.slice(dot + 1).toLowerCase()] : undefined;
}

/** The extractor language for a VS Code language id: "typescriptreact" → "typescript"; "markdown" → undefined. */
export function languageForId(vscodeLanguageId: string): SourceLanguage | undefined {
  return Object.hasOwn(BY_ID, vscodeLanguageId) ? BY_ID[vscodeLanguageId] : undefined;
}
