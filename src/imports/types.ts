import type { Ecosystem } from '../catalog/model';

/** Languages the extractors understand (VS Code language ids, JS/TS variants folded). */
export type SourceLanguage = 'javascript' | 'typescript' | 'python' | 'go' | 'java' | 'kotlin' | 'csharp' | 'rust';

export interface Position {
  /** 0-based line. */
  line: number;
  /** 0-based UTF-16 column. */
  character: number;
}

export interface SourceRange {
  start: Position;
  end: Position;
}

/** One import as written: `specifier` is the module text; `range` covers exactly the specifier text. */
export interface ImportRef {
  specifier: string;
  range: SourceRange;
  /** e.g. "static", "type", "require", "dynamic", "export-from", "use", "using", "extern-crate", "from", "import". */
  form: string;
  /**
   * What a JavaScript/TypeScript import takes from the module, by exported name: `import { a, b as c }` → ["a", "b"],
   * a default import → "default", `import * as ns` / `export * from` → "*" (every name), a bare `import "x"` → [].
   * Absent when unknown (a plain `require()`, a dynamic `import()`, other languages): the import may use any name.
   */
  names?: string[];
}

export type ImportKind = 'local' | 'stdlib' | 'package';

export interface ClassifiedImport extends ImportRef {
  kind: ImportKind;
  /** For kind "package": the derived package name ("@scope/pkg", "requests", "github.com/a/b", "group:artifact", crate). */
  packageName?: string;
  ecosystem?: Ecosystem;
}
