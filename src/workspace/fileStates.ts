import { languageForPath } from '../imports/languages';
import type { FileTriggers } from '../matching/pipeline';
import { Emitter } from '../util/emitter';
import type { GitignoreRules } from './gitignoreRules';
import { isInExcludedFolder, looksLikeFolderName } from './scanRules';

/** A file created again within this long after its deletion is the same file, not a new one. */
export const RECREATION_WINDOW_MS = 5000;
/** How many reported new files are remembered for deduplication (oldest forgotten first). */
const REMEMBERED_FILES = 50_000;

/** A source file read from disk: kept so a manifest change re-classifies it without reading it again. */
export interface DiskFile<F> {
  file: F;
  /** Key of the workspace folder holding it. */
  folder: string;
  triggers: FileTriggers;
}

/**
 * Where the workspace scan is: `scanning` from activation until a scan finishes, `stopped` when the user cancelled
 * every scan so far, `done` once one scan has read the whole workspace (later rescans keep `done`).
 */
export type ScanPhase = 'scanning' | 'stopped' | 'done';

export interface ScanState {
  phase: ScanPhase;
  /** True while a scan runs (the first or a rescan). */
  running: boolean;
  /** Files read so far / files found, of the running scan. */
  done: number;
  total: number;
}

/** A running scan's handle: only the newest scan may report progress or its end. */
export interface ScanTicket {
  readonly id: number;
}

/**
 * The one answer to "which files does the workspace have, and in what state?", keyed by URI string: open in an
 * editor, read from disk by the scan (with its triggers), newly created (reported once), deleted a moment ago, and
 * whether the first workspace scan has finished. vscode-free: the detection adapter feeds it editor and file events.
 *
 * ```ts
 * const states = new FileStates<string>();
 * states.setOnDisk('file:///w/a.ts', { file: 'a', folder: 'file:///w', triggers });
 * states.created('file:///w/a.ts', 'a.ts', { fromDisk: true }); // -> false: the workspace had it (a recreation)
 * states.created('file:///w/b.ts', 'b.ts', { fromDisk: true }); // -> true, once
 * ```
 */
export class FileStates<F> {
  private readonly open = new Set<string>();
  private readonly onDisk = new Map<string, DiskFile<F>>();
  /** New files already reported, until they are deleted; insertion-ordered, so the oldest go first when full. */
  private readonly reported = new Set<string>();
  /** Paths deleted in the last few seconds, oldest first. */
  private readonly recentlyDeleted = new Map<string, number>();
  private readonly gitignores = new Map<string, GitignoreRules>();
  private limitReached = false;
  private scanTickets = 0;
  private _scan: ScanState = { phase: 'scanning', running: false, done: 0, total: 0 };
  private readonly _onDidChangeScan = new Emitter<ScanState>();
  /** Fires when a scan starts, progresses or ends. */
  readonly onDidChangeScan = this._onDidChangeScan.event;

  constructor(private readonly now: () => number = Date.now) {}

  dispose(): void {
    this._onDidChangeScan.dispose();
  }

  // --- open in an editor -------------------------------------------------------------------------------------------

  /** An analysable document was opened: its text, not the file on disk, is the truth until it closes. */
  opened(key: string): void {
    this.open.add(key);
  }

  /** A document closed; false when it was not open (not analysable). */
  closed(key: string): boolean {
    return this.open.delete(key);
  }

  isOpen(key: string): boolean {
    return this.open.has(key);
  }

  // --- on disk -----------------------------------------------------------------------------------------------------

  setOnDisk(key: string, file: DiskFile<F>): void {
    this.onDisk.set(key, file);
  }

  isOnDisk(key: string): boolean {
    return this.onDisk.has(key);
  }

  onDiskFiles(): DiskFile<F>[] {
    return [...this.onDisk.values()];
  }

  /** Forgets a file read from disk; returns it when it was known. */
  removeOnDisk(key: string): DiskFile<F> | undefined {
    const file = this.onDisk.get(key);
    this.onDisk.delete(key);
    return file;
  }

  /** A deleted path (file or folder): the files read from disk at or below it, except open ones, are forgotten and returned. */
  removeOnDiskUnder(key: string): DiskFile<F>[] {
    const removed: DiskFile<F>[] = [];
    for (const [known, file] of [...this.onDisk]) {
      if ((known === key || known.startsWith(`${key}/`)) && !this.open.has(known)) {
        this.onDisk.delete(known);
        removed.push(file);
      }
    }
    return removed;
  }

  /** After a full scan: files it no longer found (newly excluded or ignored) are forgotten and returned. */
  removeOnDiskExcept(seen: ReadonlySet<string>): { key: string; file: DiskFile<F> }[] {
    const removed: { key: string; file: DiskFile<F> }[] = [];
    for (const [key, file] of [...this.onDisk]) {
      if (seen.has(key)) continue;
      this.onDisk.delete(key);
      removed.push({ key, file });
    }
    return removed;
  }

  /** The `.gitignore` rules the last scan read for a workspace folder. */
  setGitignores(folder: string, rules: GitignoreRules): void {
    this.gitignores.set(folder, rules);
  }

  /**
   * True when the scan keeps this file current: a supported language, not in an always-excluded folder, not
   * git-ignored, and (once `scan.maxFiles` cut a scan short) only files the scan already holds.
   */
  inScanScope(key: string, folder: string, relativePath: string): boolean {
    if (!languageForPath(relativePath) || isInExcludedFolder(relativePath)) return false;
    if (this.gitignores.get(folder)?.ignores(relativePath)) return false;
    return !this.limitReached || this.onDisk.has(key);
  }

  // --- created and deleted -----------------------------------------------------------------------------------------

  /**
   * A file was created (`fromDisk`: reported by the file system watcher, which also sees git, atomic saves and
   * generators). True when it is a new source file to report, once: false for other languages, excluded folders,
   * files already reported, and — from disk — files the workspace already had (read by the scan, open in an editor,
   * or deleted less than 5 s ago: checkout, stash and atomic saves unlink and write files again).
   */
  created(key: string, relativePath: string, { fromDisk }: { fromDisk: boolean }): boolean {
    if (this.reported.has(key) || !languageForPath(relativePath) || isInExcludedFolder(relativePath)) return false;
    if (fromDisk && this.isRecreation(key)) return false;
    this.reported.add(key);
    for (const known of this.reported) {
      if (this.reported.size <= REMEMBERED_FILES) break;
      this.reported.delete(known);
    }
    return true;
  }

  /** A file or folder was deleted: created again later (after the recreation window), it counts as new again. */
  deleted(key: string): void {
    const now = this.now();
    this.recentlyDeleted.delete(key);
    this.recentlyDeleted.set(key, now);
    for (const [known, at] of this.recentlyDeleted) {
      if (now - at < RECREATION_WINDOW_MS) break;
      this.recentlyDeleted.delete(known);
    }
    if (this.reported.delete(key) || !looksLikeFolderName(key)) return;
    for (const known of [...this.reported]) if (known.startsWith(`${key}/`)) this.reported.delete(known);
  }

  private isRecreation(key: string): boolean {
    const deletedAt = this.recentlyDeleted.get(key);
    return this.onDisk.has(key) || this.open.has(key) || (deletedAt !== undefined && this.now() - deletedAt < RECREATION_WINDOW_MS);
  }

  // --- the workspace scan ------------------------------------------------------------------------------------------

  get scan(): ScanState {
    return this._scan;
  }

  /** A scan starts (it supersedes any running one). */
  scanStarted(): ScanTicket {
    const ticket = { id: ++this.scanTickets };
    this.setScan({ ...this._scan, phase: this._scan.phase === 'done' ? 'done' : 'scanning', running: true, done: 0, total: 0 });
    return ticket;
  }

  scanProgress(ticket: ScanTicket, done: number, total: number): void {
    if (ticket.id === this.scanTickets) this.setScan({ ...this._scan, done, total });
  }

  /** A scan ended; a cancelled first scan leaves the phase `stopped` (the workspace was not read completely). */
  scanEnded(ticket: ScanTicket, result: { cancelled: boolean; limitReached: boolean }): void {
    if (ticket.id !== this.scanTickets) return;
    if (!result.cancelled) this.limitReached = result.limitReached;
    const phase: ScanPhase = !result.cancelled || this._scan.phase === 'done' ? 'done' : 'stopped';
    this.setScan({ ...this._scan, phase, running: false });
  }

  private setScan(state: ScanState): void {
    this._scan = state;
    this._onDidChangeScan.fire(state);
  }
}
