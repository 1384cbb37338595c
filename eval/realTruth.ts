// The denominators of the real-world eval: every import of a scanned repository, classified by the imports core the
// way `scan` classifies it (nearest enclosing project's manifests). Stored with the corpus, so matcher changes never
// move them.
import { readFile } from 'node:fs/promises';
import { classifyImport } from '../src/imports/classify';
import { extractImports } from '../src/imports/extractImports';
import { ProjectContextCache } from '../src/imports/projectContextCache';
import { walkSourceTree } from '../src/imports/walkTree';
import type { CorpusImport } from './realSetup';

/** Every import under `root`, in file then line order. */
export async function classifyCorpus(root: string): Promise<CorpusImport[]> {
  const projects = new ProjectContextCache(root);
  const files = [];
  for await (const file of walkSourceTree(root)) files.push(file);
  files.sort((a, b) => (a.relativePath < b.relativePath ? -1 : a.relativePath > b.relativePath ? 1 : 0));
  const rows: CorpusImport[] = [];
  for (const file of files) {
    const text = await readFile(file.path, 'utf8');
    const context = await projects.contextFor(file.path);
    for (const ref of extractImports(text, file.language)) {
      const c = classifyImport(ref, file.language, context);
      const row: CorpusImport = { file: file.relativePath, line: ref.range.start.line + 1, specifier: ref.specifier, kind: c.kind };
      if (c.packageName !== undefined) row.package = c.packageName;
      if (c.ecosystem !== undefined) row.ecosystem = c.ecosystem;
      rows.push(row);
    }
  }
  return rows;
}
