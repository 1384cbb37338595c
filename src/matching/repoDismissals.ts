import path from 'node:path';
import { readRepoDismissals } from './dismissals';
import type { Dismissal } from './types';
import { pushAll } from '../util/arrays';

/**
 * The `.reuse-radar.json` dismissals that apply to files under a scanned root: a folder's file covers every file below
 * it, from the root down (what the editor does for each workspace folder). Each folder is read once.
 * @example await new RepoDismissalsCache("/repo").dismissalsFor("/repo/svc/src/a.py")
 *   // -> the dismissals of /repo/.reuse-radar.json, then of /repo/svc/.reuse-radar.json, then /repo/svc/src/…
 */
export class RepoDismissalsCache {
  private readonly folders = new Map<string, Promise<Dismissal[]>>();

  constructor(readonly root: string) {}

  /** Rejects with the one-line message of the first malformed file on the way. */
  async dismissalsFor(file: string): Promise<Dismissal[]> {
    const rel = path.relative(this.root, path.dirname(file));
    const parts = rel === '' || rel.startsWith('..') || path.isAbsolute(rel) ? [] : rel.split(path.sep);
    const all: Dismissal[] = [];
    for (let i = 0; i <= parts.length; i++) pushAll(all, await this.of(path.join(this.root, ...parts.slice(0, i))));
    return all;
  }

  private of(folder: string): Promise<Dismissal[]> {
    let cached = this.folders.get(folder);
    if (!cached) {
      cached = readRepoDismissals(folder);
      this.folders.set(folder, cached);
    }
    return cached;
  }
}
