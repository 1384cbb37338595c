import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Catalog } from '../catalog/model';
import { ProjectContextCache } from '../imports/projectContextCache';
import { nearestProjectRoot } from '../imports/projectRoot';
import { walkSourceTree } from '../imports/walkTree';
import { Matcher } from './matcher';
import { RepoDismissalsCache } from './repoDismissals';
import { analyseFile, findings as importFindings, newFileSuggestions, toNewFileFindings, toScanFindings, type ScanFinding } from './pipeline';
import { pushAll } from '../util/arrays';

export type { ScanFinding } from './pipeline';

export interface ScanOptions {
  /** Treat every file as newly created (its relative path is the trigger) instead of scanning imports. */
  newFiles?: boolean;
  threshold?: number;
  signal?: AbortSignal;
}

/**
 * Scans a source tree for imports (or, with `newFiles`, file paths) that an internal library should serve, honouring
 * the dismissals of every `.reuse-radar.json` from `root` down to each file's folder. Each file's imports are classified with the manifests of its nearest
 * enclosing project under `root` (a monorepo package's self-imports stay local), else of the project enclosing `root`.
 * Findings come in file order, then line order; suggestions best first.
 * @example await scanTree("/repo", catalog, {})
 *   // -> [{ file: "src/api.ts", line: 1, trigger: { kind: "import", specifier: "axios" },
 *   //       suggestions: [{ name: "http-client", repo: "acme/http-client", package: "@acme/http-client", score: 0.9, reason: "wraps axios, which this file imports", match: "wrapper" }] }]
 */
export async function scanTree(root: string, catalog: Catalog, opts: ScanOptions = {}): Promise<ScanFinding[]> {
  const matcher = new Matcher(catalog, { threshold: opts.threshold });
  const repoDismissals = new RepoDismissalsCache(root);
  // A malformed root file fails the scan before any work, with its one-line message.
  await repoDismissals.dismissalsFor(path.join(root, 'x'));
  // Files with no project of their own under `root` take the project enclosing `root` (which holds no manifest by
  // then, so the walk starts at its parent): scanning "mono/flags/src" agrees with scanning "mono".
  const projects = new ProjectContextCache(root, { fallbackRoot: async () => (await nearestProjectRoot(root)) ?? root });
  const findings: ScanFinding[] = [];
  const files = [];
  for await (const file of walkSourceTree(root, { signal: opts.signal })) files.push(file);
  files.sort((a, b) => (a.relativePath < b.relativePath ? -1 : a.relativePath > b.relativePath ? 1 : 0));
  for (const file of files) {
    if (opts.signal?.aborted) break;
    const dismissals = await repoDismissals.dismissalsFor(file.path);
    if (opts.newFiles) {
      pushAll(findings, toNewFileFindings(file.relativePath, newFileSuggestions(file.relativePath, matcher, { dismissals, project: await projects.contextFor(file.path) }), file.language));
      continue;
    }
    let text: string;
    try {
      text = await readFile(file.path, 'utf8');
    } catch {
      continue;
    }
    const context = await projects.contextFor(file.path);
    const triggers = analyseFile(file.relativePath, text, context, file.language);
    if (triggers) pushAll(findings, toScanFindings(file.relativePath, importFindings(triggers, matcher, { dismissals, project: context })));
  }
  return findings;
}
