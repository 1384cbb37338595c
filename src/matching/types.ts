import type { CatalogEntry, Ecosystem } from '../catalog/model';
import type { ImportKind, SourceLanguage } from '../imports/types';

/** Why a library was suggested, strongest first. */
export type MatchKind = 'exact' | 'replacement' | 'wrapper' | 'deprecated' | 'fuzzy';

export interface ImportTrigger {
  kind: 'import';
  /** The import as written, e.g. "axios/lib/core". */
  specifier: string;
  importKind: ImportKind;
  /** Derived package name for third-party imports, e.g. "axios". */
  packageName?: string;
  ecosystem?: Ecosystem;
  language: SourceLanguage;
  /** The names the import takes (ImportRef.names); absent when unknown. */
  names?: readonly string[];
}

export interface NewFileMatchTrigger {
  kind: 'new-file';
  /** Workspace-relative path, e.g. "src/utils/retryWithBackoff.ts". */
  path: string;
  tokens: string[];
  language?: SourceLanguage;
}

export type Trigger = ImportTrigger | NewFileMatchTrigger;

export interface Suggestion {
  entry: CatalogEntry;
  /** 0..1, comparable across triggers; suggestions under the confidence threshold are dropped. */
  score: number;
  match: MatchKind;
  /** Human-readable, e.g. "wraps axios, which this file imports". */
  reason: string;
  /** A replacement rule scoped to named imports (ESLint `importNames`): the names it covers; absent: the whole module. */
  importNames?: string[];
}

/** A user's or repository's decision not to be told again. */
export type Dismissal =
  | { scope: 'suggestion'; library: string; specifier: string }
  | { scope: 'library'; library: string }
  | { scope: 'import'; specifier: string };
