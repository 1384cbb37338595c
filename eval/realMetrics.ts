// Pure metric computation of the real-world eval (eval/real): recognition recall, advice precision, advice and wrong
// advice per 1,000 third-party imports, self-suggestions. Inputs are the CLI's `scan --json` findings, the stored
// imports of each scanned repository, the org's library roots and the hand labels.
import type { CorpusImport, LibraryRoot } from './realSetup';

/** One suggestion of `scan --json` (the fields the eval reads). */
export interface ScanSuggestionJson {
  name: string;
  repo: string;
  score: number;
  reason: string;
  match: string;
}

export interface ScanFindingJson {
  file: string;
  line: number;
  trigger: { kind: 'import' | 'new-file'; specifier: string };
  suggestions: ScanSuggestionJson[];
}

export type Verdict = 'good' | 'bad' | 'neutral';

export interface Label {
  org: string;
  kind: 'import' | 'new-file';
  /** "pypi:pyyaml" for imports (ecosystem:package; the specifier when the import is not a package), the path for new files. */
  trigger: string;
  /** Suggested library, "owner/name". */
  library: string;
  label: Verdict;
  note: string;
}

/** One suggestion a user would read as advice (anything but the recognition of the org's own library). */
export interface AdviceItem {
  org: string;
  /** "owner/name" of the scanned repository. */
  scanned: string;
  file: string;
  line: number;
  kind: 'import' | 'new-file';
  trigger: string;
  specifier: string;
  library: string;
  score: number;
  match: string;
  reason: string;
  /** An exact match the ground truth does not know as the org's library (a wrong recognition, labelled like advice). */
  falseRecognition: boolean;
  /** The library suggested inside its own repository (always counted as bad advice). */
  self: boolean;
  label?: Verdict;
}

/** One scanned repository's inputs. */
export interface ScanInput {
  org: string;
  /** "owner/name" of the scanned repository. */
  scanned: string;
  imports: CorpusImport[];
  /**
   * Names that are the scanned repository's own code whatever the classifier says: its top-level folders and modules
   * ("tests", "snuba") and TypeScript path aliases ("SnubaAdmin"). Imports under them are not third-party.
   */
  ownRoots?: ReadonlySet<string>;
  findings: ScanFindingJson[];
  newFileFindings: ScanFindingJson[];
}

export interface OrgMetrics {
  org: string;
  repositories: number;
  thirdPartyImports: number;
  /** Imports of the org's own libraries (outside the library's own repository). */
  libraryImports: number;
  recognised: number;
  recognitionRecall: number;
  advice: number;
  good: number;
  bad: number;
  neutral: number;
  unlabelled: number;
  /** good / (good + bad); NaN when nothing labelled good or bad. */
  precision: number;
  advicePer1000: number;
  wrongPer1000: number;
  selfSuggestions: number;
  /** Imports of the org's libraries that were not recognised, for the report. */
  missed: CorpusImport[];
}

/**
 * A package import that is really the scanned repository's own code (see `ScanInput.ownRoots`).
 * @example isOwnCode({ kind: "package", specifier: "tests.conftest" }, new Set(["tests"])) // -> true
 */
export function isOwnCode(imp: Pick<CorpusImport, 'kind' | 'specifier'>, ownRoots: ReadonlySet<string> | undefined): boolean {
  if (imp.kind !== 'package' || !ownRoots?.size) return false;
  const first = imp.specifier.split(/::|[./]/)[0];
  return ownRoots.has(first) || ownRoots.has(imp.specifier.split('/')[0]);
}

/** The key a label is stored under. @example labelKey({ org: "acme", kind: "import", trigger: "pypi:pyyaml", library: "acme/conf" }) // -> "acme|import|pypi:pyyaml|acme/conf" */
export function labelKey(l: Pick<Label, 'org' | 'kind' | 'trigger' | 'library'>): string {
  return `${l.org}|${l.kind}|${l.trigger}|${l.library.toLowerCase()}`;
}

/**
 * The library (repository name) an import belongs to by the org's roots, else undefined.
 * @example libraryOf({ specifier: "dmutils.flask", ecosystem: "pypi" }, { "digitalmarketplace-utils": [{ ecosystem: "pypi", module: "dmutils" }] }) // -> "digitalmarketplace-utils"
 */
export function libraryOf(imp: Pick<CorpusImport, 'specifier' | 'ecosystem'>, libraries: Record<string, LibraryRoot[]>): string | undefined {
  for (const [repo, roots] of Object.entries(libraries)) {
    for (const root of roots) {
      if (imp.ecosystem !== undefined && imp.ecosystem !== root.ecosystem) continue;
      if (underRoot(imp.specifier, root)) return repo;
    }
  }
  return undefined;
}

function underRoot(specifier: string, root: LibraryRoot): boolean {
  const sep = root.ecosystem === 'pypi' ? '.' : root.ecosystem === 'cargo' ? '::' : '/';
  const spec = root.ecosystem === 'cargo' ? specifier.replace(/-/g, '_') : specifier;
  const mod = root.ecosystem === 'cargo' ? root.module.replace(/-/g, '_') : root.module;
  return spec === mod || spec.startsWith(mod + sep);
}

/** The trigger an import finding is labelled under: "ecosystem:package" from the stored imports, else the specifier. */
function importTrigger(finding: ScanFindingJson, byPosition: Map<string, CorpusImport>): { trigger: string; imp?: CorpusImport } {
  const imp = byPosition.get(`${finding.file}:${finding.line}:${finding.trigger.specifier}`);
  return { trigger: imp?.package && imp.ecosystem ? `${imp.ecosystem}:${imp.package}` : finding.trigger.specifier, imp };
}

/** Every advice item of one scanned repository, labelled where a label exists. */
export function adviceItems(input: ScanInput, libraries: Record<string, LibraryRoot[]>, labels: ReadonlyMap<string, Label>): AdviceItem[] {
  const byPosition = new Map(input.imports.map((i) => [`${i.file}:${i.line}:${i.specifier}`, i]));
  const items: AdviceItem[] = [];
  const scannedLower = input.scanned.toLowerCase();
  const push = (f: ScanFindingJson, s: ScanSuggestionJson, trigger: string, falseRecognition: boolean) => {
    const item: AdviceItem = {
      org: input.org, scanned: input.scanned, file: f.file, line: f.line, kind: f.trigger.kind, trigger, specifier: f.trigger.specifier,
      library: s.repo || s.name, score: s.score, match: s.match, reason: s.reason, falseRecognition, self: s.repo.toLowerCase() === scannedLower,
    };
    // A library suggested inside its own repository is wrong whatever the pair's label says elsewhere.
    const label = labels.get(labelKey(item));
    if (item.self) item.label = 'bad';
    else if (label) item.label = label.label;
    items.push(item);
  };
  for (const f of input.findings) {
    const { trigger, imp } = importTrigger(f, byPosition);
    const own = libraryOf(imp ?? { specifier: f.trigger.specifier }, libraries);
    for (const s of f.suggestions) {
      if (s.match === 'exact') {
        // Recognition is measured as recall; an exact match on something that is not that library is a wrong claim.
        if (own !== undefined && sameRepo(s.repo, input.org, own)) continue;
        push(f, s, trigger, true);
      } else {
        push(f, s, trigger, false);
      }
    }
  }
  for (const f of input.newFileFindings) for (const s of f.suggestions) push(f, s, f.trigger.specifier, false);
  return items;
}

function sameRepo(repo: string, org: string, name: string): boolean {
  return repo.toLowerCase() === `${org}/${name}`.toLowerCase();
}

/**
 * Per-org figures over its scanned repositories (and unrelated projects scanned against its catalog).
 * @example orgMetrics("acme", [input], libraries, labels).precision // -> 0.9
 */
export function orgMetrics(org: string, inputs: ScanInput[], libraries: Record<string, LibraryRoot[]>, labels: ReadonlyMap<string, Label>): OrgMetrics & { items: AdviceItem[] } {
  let thirdPartyImports = 0;
  let libraryImports = 0;
  let recognised = 0;
  const missed: CorpusImport[] = [];
  const items: AdviceItem[] = [];
  for (const input of inputs) {
    thirdPartyImports += input.imports.filter((i) => i.kind === 'package' && !isOwnCode(i, input.ownRoots)).length;
    const exact = new Set<string>();
    for (const f of input.findings) {
      for (const s of f.suggestions) if (s.match === 'exact') exact.add(`${f.file}:${f.line}:${f.trigger.specifier}|${s.repo.toLowerCase()}`);
    }
    for (const imp of input.imports) {
      const lib = libraryOf(imp, libraries);
      if (lib === undefined || sameRepo(input.scanned, org, lib) || imp.kind === 'stdlib') continue;
      libraryImports++;
      if (exact.has(`${imp.file}:${imp.line}:${imp.specifier}|${`${org}/${lib}`.toLowerCase()}`)) recognised++;
      else missed.push(imp);
    }
    items.push(...adviceItems(input, libraries, labels));
  }
  const count = (v: Verdict) => items.filter((i) => i.label === v).length;
  const good = count('good');
  const bad = count('bad');
  const per1000 = (n: number) => (thirdPartyImports === 0 ? 0 : (n / thirdPartyImports) * 1000);
  return {
    org, repositories: inputs.length, thirdPartyImports, libraryImports, recognised,
    recognitionRecall: libraryImports === 0 ? NaN : recognised / libraryImports,
    advice: items.length, good, bad, neutral: count('neutral'), unlabelled: items.filter((i) => i.label === undefined).length,
    precision: good + bad === 0 ? NaN : good / (good + bad),
    advicePer1000: per1000(items.length), wrongPer1000: per1000(bad),
    selfSuggestions: items.filter((i) => i.self).length, missed, items,
  };
}
