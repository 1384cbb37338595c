// The real-world eval's configuration (eval/real/orgs.json) and where its files live.
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Ecosystem } from '../src/catalog/model';

/** One repository of an organization's snapshot. */
export interface RealRepo {
  name: string;
  /** GitHub owner when it differs from the org (unrelated projects). */
  owner?: string;
  /** The commit every kept file was read at. */
  commit: string;
  role: 'library' | 'service' | 'unrelated';
  /** Scanned as a consumer (its imports are counted and its findings labelled). */
  scan?: boolean;
  /** For unrelated projects: the orgs whose catalogs it is scanned against. */
  against?: string[];
  /** Primary language as GitHub would report it (seeded into the stand-in). */
  language?: string;
  description?: string;
}

/** An import root of one of the org's own libraries: `module` itself or anything below it is that library. */
export interface LibraryRoot {
  ecosystem: Ecosystem;
  /** Python top-level module ("notifications_utils"), Go module path, npm package name, crate name. */
  module: string;
}

export interface RealOrg {
  org: string;
  /** false for the pseudo-org holding unrelated projects (never seeded, never crawled). */
  crawl: boolean;
  repos: RealRepo[];
  /** Ground truth for recognition: library repository name -> its import roots (checked by hand). */
  libraries: Record<string, LibraryRoot[]>;
}

/** One import of a scanned repository, as the imports core classifies it. */
export interface CorpusImport {
  file: string;
  /** 1-based. */
  line: number;
  specifier: string;
  kind: 'local' | 'stdlib' | 'package';
  package?: string;
  ecosystem?: Ecosystem;
}

/** eval/real, whether run from source (tsx) or from the bundle in out/eval. */
export function realDir(): string {
  const candidates = [path.resolve(__dirname, 'real'), path.resolve(__dirname, '../../eval/real'), path.resolve('eval/real')];
  const found = candidates.find((dir) => existsSync(path.join(dir, 'orgs.json')));
  if (!found) throw new Error(`eval/real not found (looked in ${candidates.join(', ')})`);
  return found;
}

export async function loadOrgs(dir = realDir()): Promise<RealOrg[]> {
  return (JSON.parse(await readFile(path.join(dir, 'orgs.json'), 'utf8')) as { orgs: RealOrg[] }).orgs;
}
