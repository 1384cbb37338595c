import * as path from 'node:path';
// Types only: the model runs in plain Node (unit tests) as well as in the extension host.
import type * as vscode from 'vscode';
import type { CatalogEntry } from '../catalog/model';
import type { ProjectContext } from '../imports/classify';
import type { ClassifiedImport, SourceLanguage, SourceRange } from '../imports/types';
import type { Matcher } from '../matching/matcher';
import { MatcherMemo } from '../matching/matcherMemo';
import { findings as pipelineFindings, newFileSuggestions, type FileTriggers, type ImportFinding } from '../matching/pipeline';
import type { Dismissal, Suggestion } from '../matching/types';
import { Disposable } from '../util/disposable';
import type { Catalog } from '../catalog/model';
import { Emitter, type Event } from '../util/emitter';

/** What the model needs of the catalog (the CatalogService): its content, and an event when the content changed. */
export interface CatalogContent {
  readonly catalog: Catalog;
  readonly onDidChangeCatalog: Event<Catalog>;
}

/** What the model needs of the settings: the match threshold, and an event naming the keys that changed. */
export interface ThresholdSetting {
  readonly current: { readonly threshold: number };
  readonly onDidChange: Event<ReadonlySet<string>>;
}

/** What the model needs of the user's dismissals (the DismissalStore). */
export interface DismissalSource {
  dismissals(): Dismissal[];
  readonly onDidChange: Event<void>;
}

/** One import in a file and what the catalog says about it (the core pipeline's finding). */
export type { ImportFinding };

export interface NewFileFinding {
  uri: vscode.Uri;
  relativePath: string;
  tokens: string[];
  language?: SourceLanguage;
  /** The file's project (manifests, git remotes): its own library is never suggested to it. */
  project?: ProjectContext;
  suggestions: Suggestion[];
}

/** Where a library was triggered: an import at a range, or a new file. */
export interface Occurrence {
  uri: vscode.Uri;
  range: SourceRange;
  specifier: string;
  trigger: 'import' | 'new-file';
  suggestion: Suggestion;
}

/** A library suggested for this workspace, with every place that triggered it. */
export interface LibrarySuggestion {
  entry: CatalogEntry;
  best: Suggestion;
  occurrences: Occurrence[];
  /** e.g. "wraps axios, which you import in 3 files". */
  summary: string;
}

interface FileState {
  uri: vscode.Uri;
  triggers: FileTriggers;
  project: ProjectContext;
  findings: ImportFinding[];
}

/** The dismissals a repository records in `<folder>/.reuse-radar.json`. */
export interface RepositoryDismissals {
  /** Absolute path of the folder holding the file. */
  folder: string;
  dismissals: Dismissal[];
}

function isInside(file: string, folder: string): boolean {
  const prefix = folder.endsWith(path.sep) ? folder : folder + path.sep;
  return file.startsWith(prefix);
}

const ZERO_RANGE: SourceRange = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };

/**
 * Per-file imports and new-file triggers, matched against the catalog. Detection adapters feed it; views, hovers
 * and diagnostics read it. Fires `onDidChangeFiles` with the files whose findings changed and `onDidChange` when
 * the per-library aggregate changes.
 */
export class SuggestionModel extends Disposable {
  private readonly _onDidChangeFiles = this.register(new Emitter<vscode.Uri[]>());
  readonly onDidChangeFiles = this._onDidChangeFiles.event;
  private readonly _onDidChange = this.register(new Emitter<void>());
  readonly onDidChange = this._onDidChange.event;
  private readonly _onDidAddNewFiles = this.register(new Emitter<NewFileFinding[]>());
  /** Fires once per batch of created files that got suggestions. */
  readonly onDidAddNewFiles = this._onDidAddNewFiles.event;

  private readonly files = new Map<string, FileState>();
  private readonly newFiles = new Map<string, NewFileFinding>();
  /** `.reuse-radar.json` dismissals by the folder holding the file; they apply to files below that folder. */
  private repoDismissals: RepositoryDismissals[] = [];
  private _libraries: LibrarySuggestion[] | undefined;

  /** `matchers` is shared with the other surfaces that match (one index per catalog, not one per surface). */
  constructor(
    private readonly catalog: CatalogContent,
    private readonly dismissals: DismissalSource,
    private readonly settings: ThresholdSetting,
    private readonly matchers = new MatcherMemo(),
  ) {
    super();
    // Findings change with the catalog's content or the threshold, never with a refresh starting or failing.
    this.register(catalog.onDidChangeCatalog(() => this.recomputeAll()));
    this.register(settings.onDidChange((keys) => keys.has('threshold') && this.recomputeAll()));
    this.register(dismissals.onDidChange(() => this.recomputeAll()));
  }

  /** The matcher for the current catalog and threshold (its index is built once per catalog). */
  private get matcher(): Matcher {
    return this.matchers.matcherFor(this.catalog.catalog, this.settings.current.threshold);
  }

  /** Dismissals a repository records in its `.reuse-radar.json`. */
  setRepositoryDismissals(dismissals: RepositoryDismissals[]): void {
    this.repoDismissals = dismissals;
    this.recomputeAll();
  }

  /** Replaces a file's triggers (from the core's `analyseFile`) and re-matches them; `project` is the file's project. */
  setFileTriggers(uri: vscode.Uri, triggers: FileTriggers, project: ProjectContext = {}): void {
    const state: FileState = { uri, triggers, project, findings: [] };
    state.findings = this.match(state);
    const previous = this.files.get(uri.toString());
    this.files.set(uri.toString(), state);
    // A file seen for the first time with nothing to suggest changes nothing anyone shows.
    if (!sameFindings(previous?.findings ?? [], state.findings)) this.changed([uri]);
  }

  removeFile(uri: vscode.Uri): void {
    const key = uri.toString();
    // Both maps may hold the file (a created file is scanned too): forget it in each.
    const hadImports = this.files.delete(key);
    const hadNewFile = this.newFiles.delete(key);
    const had = hadImports || hadNewFile;
    if (had) this.changed([uri]);
  }

  /**
   * Records a batch of newly created files (one update for the whole batch). Files with no tokens (a checkout burst)
   * are recorded but not matched.
   */
  addNewFiles(files: { uri: vscode.Uri; relativePath: string; tokens: string[]; language?: SourceLanguage; project?: ProjectContext }[]): NewFileFinding[] {
    const added: NewFileFinding[] = [];
    for (const file of files) {
      const finding: NewFileFinding = { ...file, suggestions: [] };
      finding.suggestions = this.matchNewFile(finding);
      this.newFiles.set(file.uri.toString(), finding);
      if (finding.suggestions.length) added.push(finding);
    }
    this.changed(files.map((f) => f.uri));
    if (added.length) this._onDidAddNewFiles.fire(added);
    return added;
  }

  findings(uri: vscode.Uri): ImportFinding[] {
    return this.files.get(uri.toString())?.findings ?? [];
  }

  imports(uri: vscode.Uri): ClassifiedImport[] {
    return this.files.get(uri.toString())?.triggers.imports ?? [];
  }

  hasFile(uri: vscode.Uri): boolean {
    return this.files.has(uri.toString());
  }

  newFileFinding(uri: vscode.Uri): NewFileFinding | undefined {
    return this.newFiles.get(uri.toString());
  }

  /** The finding whose import specifier range contains `position`. */
  findingAt(uri: vscode.Uri, position: { line: number; character: number }): ImportFinding | undefined {
    return this.findings(uri).find(({ import: i }) => contains(i.range, position));
  }

  /** Libraries suggested for the workspace (recognised internal imports excluded), best first. */
  libraries(): LibrarySuggestion[] {
    if (this._libraries) return this._libraries;
    const byLibrary = new Map<string, LibrarySuggestion>();
    const add = (occurrence: Occurrence) => {
      const { suggestion } = occurrence;
      if (suggestion.match === 'exact') return;
      let library = byLibrary.get(suggestion.entry.id);
      if (!library) {
        library = { entry: suggestion.entry, best: suggestion, occurrences: [], summary: '' };
        byLibrary.set(suggestion.entry.id, library);
      }
      if (suggestion.score > library.best.score) library.best = suggestion;
      library.occurrences.push(occurrence);
    };
    for (const file of this.files.values()) {
      for (const finding of file.findings) {
        for (const suggestion of finding.suggestions) {
          add({ uri: file.uri, range: finding.import.range, specifier: finding.import.specifier, trigger: 'import', suggestion });
        }
      }
    }
    for (const file of this.newFiles.values()) {
      for (const suggestion of file.suggestions) {
        add({ uri: file.uri, range: ZERO_RANGE, specifier: file.relativePath, trigger: 'new-file', suggestion });
      }
    }
    const libraries = [...byLibrary.values()];
    for (const library of libraries) {
      library.occurrences.sort((a, b) => a.uri.toString().localeCompare(b.uri.toString()) || a.range.start.line - b.range.start.line);
      library.summary = summarize(library);
    }
    libraries.sort((a, b) => b.best.score - a.best.score || b.occurrences.length - a.occurrences.length || a.entry.name.localeCompare(b.entry.name));
    return (this._libraries = libraries);
  }

  /** The user's dismissals plus those of every `.reuse-radar.json` in a folder enclosing `uri`. */
  private allDismissals(uri: vscode.Uri, user: Dismissal[] = this.dismissals.dismissals()): Dismissal[] {
    const inRepo = uri.scheme === 'file'
      ? this.repoDismissals.filter((r) => isInside(uri.fsPath, r.folder)).flatMap((r) => r.dismissals)
      : [];
    return inRepo.length ? [...user, ...inRepo] : user;
  }

  private match(state: FileState, user?: Dismissal[]): ImportFinding[] {
    return pipelineFindings(state.triggers, this.matcher, { dismissals: this.allDismissals(state.uri, user), project: state.project });
  }

  private matchNewFile(file: NewFileFinding, user?: Dismissal[]): Suggestion[] {
    if (!file.tokens.length) return [];
    return newFileSuggestions(file.relativePath, this.matcher, { dismissals: this.allDismissals(file.uri, user), project: file.project });
  }

  private recomputeAll(): void {
    const user = this.dismissals.dismissals();
    const changed: vscode.Uri[] = [];
    for (const state of this.files.values()) {
      const findings = this.match(state, user);
      if (!sameFindings(state.findings, findings)) {
        state.findings = findings;
        changed.push(state.uri);
      }
    }
    for (const file of this.newFiles.values()) {
      const suggestions = this.matchNewFile(file, user);
      if (!sameSuggestions(file.suggestions, suggestions)) {
        file.suggestions = suggestions;
        changed.push(file.uri);
      }
    }
    this.changed(changed);
  }

  private changed(uris: vscode.Uri[]): void {
    if (!uris.length) return;
    this._libraries = undefined;
    this._onDidChangeFiles.fire(uris);
    this._onDidChange.fire();
  }
}

function contains(range: SourceRange, p: { line: number; character: number }): boolean {
  const afterStart = p.line > range.start.line || (p.line === range.start.line && p.character >= range.start.character);
  const beforeEnd = p.line < range.end.line || (p.line === range.end.line && p.character <= range.end.character);
  return afterStart && beforeEnd;
}

function sameFindings(a: ImportFinding[], b: ImportFinding[]): boolean {
  if (a.length !== b.length) return false;
  return a.every((f, i) => {
    const g = b[i];
    return f.import.specifier === g.import.specifier
      && f.import.range.start.line === g.import.range.start.line
      && f.import.range.start.character === g.import.range.start.character
      && sameSuggestions(f.suggestions, g.suggestions);
  });
}

function sameSuggestions(a: Suggestion[], b: Suggestion[]): boolean {
  return a.length === b.length && a.every((s, j) => s.entry === b[j].entry && s.score === b[j].score && s.reason === b[j].reason);
}

/** "wraps axios, which you import in 3 files" from the best reason and the occurrences. */
function summarize(library: LibrarySuggestion): string {
  const files = new Set(library.occurrences.filter((o) => o.trigger === 'import').map((o) => o.uri.toString())).size;
  const created = library.occurrences.filter((o) => o.trigger === 'new-file').length;
  const inFiles = `${files} file${files === 1 ? '' : 's'}`;
  const parts: string[] = [];
  if (files) {
    const reason = library.best.reason;
    parts.push(/, which this file imports$/.test(reason) ? reason.replace(/, which this file imports$/, `, which you import in ${inFiles}`) : `${reason} (${inFiles})`);
  }
  if (created) parts.push(`${created === 1 ? 'a new file looks' : `${created} new files look`} like what it does`);
  return parts.join('; ') || library.best.reason;
}
