import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseRepoDismissals, REPO_DISMISSALS_FILE } from '../matching/dismissals';

/** A dismissal as `.reuse-radar.json` records it: this library for this import (and its sub-paths). */
export interface DismissalRecord {
  library: string;
  import: string;
  reason?: string;
}

/**
 * Appends `{ library, import }` to `<dir>/.reuse-radar.json` (creating the file), keeping every other key and
 * record; an identical record is not added twice. Refuses (throws one line) when the existing file is malformed.
 * @example await addDismissalRecord("/repo", { library: "@acme/http-client", import: "axios" }) // -> "/repo/.reuse-radar.json"
 */
export async function addDismissalRecord(dir: string, record: DismissalRecord): Promise<string> {
  const file = path.join(dir, REPO_DISMISSALS_FILE);
  let data: Record<string, unknown> = {};
  const text = await readFile(file, 'utf8').catch((err: NodeJS.ErrnoException) => {
    if (err.code === 'ENOENT') return undefined;
    throw new Error(`${file}: cannot be read (${err.code ?? err.message})`, { cause: err });
  });
  if (text !== undefined && text.trim() !== '') {
    parseRepoDismissals(text, file);
    data = JSON.parse(text) as Record<string, unknown>;
  }
  const list = Array.isArray(data.dismissed) ? data.dismissed : [];
  const exists = list.some((d: unknown) => typeof d === 'object' && d !== null
    && (d as Record<string, unknown>).library === record.library && (d as Record<string, unknown>).import === record.import);
  if (!exists) {
    data.dismissed = [...list, record];
    await mkdir(dir, { recursive: true });
    // Write then rename, so a reader never sees half a file.
    const tmp = `${file}.${process.pid}.tmp`;
    await writeFile(tmp, `${JSON.stringify(data, null, 2)}\n`);
    await rename(tmp, file);
  }
  return file;
}

/**
 * Where the server keeps the user's own dismissals, in a `.reuse-radar.json` of its own: `$XDG_STATE_HOME/reuse-radar`,
 * else `%LOCALAPPDATA%\reuse-radar` on Windows, else `~/.local/state/reuse-radar`.
 * @example userStateDir({ XDG_STATE_HOME: "/s" }, "linux", "/home/me") // -> "/s/reuse-radar"
 */
export function userStateDir(env: NodeJS.ProcessEnv, platform: NodeJS.Platform = process.platform, home = os.homedir()): string {
  if (env.XDG_STATE_HOME) return path.join(env.XDG_STATE_HOME, 'reuse-radar');
  if (platform === 'win32' && env.LOCALAPPDATA) return path.join(env.LOCALAPPDATA, 'reuse-radar');
  return path.join(home, '.local', 'state', 'reuse-radar');
}
