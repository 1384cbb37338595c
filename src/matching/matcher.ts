import type { Catalog, CatalogEntry, Ecosystem, PackageRef } from '../catalog/model';
import { CatalogIndex, ecosystemOfLanguage, entryEcosystems, isRetired, isSuggestible } from './catalogIndex';
import { GENERIC_TOKENS, normalizeTokens } from './normalize';
import { TokenIndex, type FuzzyHit, type QueryToken } from './tokenIndex';
import type { ImportTrigger, MatchKind, NewFileMatchTrigger, Suggestion, Trigger } from './types';
import { routinePathWords } from './routineWords';
import { ECOSYSTEM_WORDS, WrapperEvidence } from './wrapperEvidence';

/**
 * Confidence below which suggestions are dropped (`reuseRadar.threshold`, `scan --threshold`). Every import signal
 * (SCORES) clears it; it only sorts out new-file name matches (see eval/matching.ts and `npm run eval:real`).
 */
export const DEFAULT_THRESHOLD = 0.32;

/**
 * What a score means. An import's score says which evidence exists, never how similar two names are:
 * - 1.0  exact: the import IS an internal library (recognition, not advice).
 * - 0.9  replacement: an explicit rule (ESLint no-restricted-imports, module-replacements, a descriptor), or the library
 *        declares `replaces` / `dropInFor` for the imported package.
 * - 0.8  deprecated: the imported internal library is retired; its named successor.
 * - 0.7  wrapper: the library depends on the imported package AND its name, description or keywords name it, it has at
 *        most six runtime dependencies, at most one other catalog library depends on the package, and the package is
 *        no foundation of the organization (see WrapperEvidence).
 * - 0.55 built on: the package is one of the library's (at most three) runtime dependencies, no other library depends on it,
 *        and it is no foundation.
 * - ≤ 0.6 fuzzy: name evidence only (a new file's path against library names, keywords and descriptions), scaled by how
 *        well the words match. Never used for imports.
 */
export const SCORES = { exact: 1, replacement: 0.9, deprecated: 0.8, wrapper: 0.7, builtOn: 0.55, fuzzy: 0.6 } as const;
const SCORE = SCORES;
/** A library from another ecosystem than the trigger's keeps this share of its fuzzy score. */
const OTHER_ECOSYSTEM_FACTOR = 0.5;
const KIND_ORDER: readonly MatchKind[] = ['exact', 'replacement', 'wrapper', 'deprecated', 'fuzzy'];
const MAX_SUGGESTIONS = 5;
/** Weight of a new file's directory words against the words of its own name. */
const DIRECTORY_WEIGHT = 0.6;
/** A new file's hit that misses every distinctive word of the file's own name (folders or role words only). */
const NO_OWN_WORD_FACTOR = 0.8;
/** Distinct distinctive words a new file must share with a library whose name words it does not all contain. */
const MIN_MATCHED_WORDS = 2;
/** Added to a new file's hit on the library whose own name is exactly the file's name ("config.ts" → "config"). */
const SAME_NAME_BONUS = 0.032;

/**
 * Ranks catalog libraries for a trigger (an import or a new file). Build one per catalog; `match` is cheap.
 * @example new Matcher(catalog).match({ kind: "import", specifier: "kafkajs", importKind: "package", packageName: "kafkajs", ecosystem: "npm", language: "typescript" })
 *   // -> [{ entry: <acme/event-bus>, score: 0.9, match: "wrapper", reason: "wraps kafkajs, which this file imports" }]
 */
export class Matcher {
  readonly threshold: number;
  private readonly index: CatalogIndex;
  private readonly wrappers: WrapperEvidence;
  private readonly fuzzyEntries: CatalogEntry[];
  private readonly fuzzyEcosystems: Ecosystem[][];
  private readonly tokens: TokenIndex;
  /** Words of the catalog's owners (org names): every library shares them, so they are no evidence on their own. */
  private readonly ownerWords = new Set<string>();
  /** Words the org routinely names its own folders and files with ("version", "cmd"): no evidence in a new file's path. */
  private readonly routineWords: ReadonlySet<string>;
  /** Per fuzzy entry: the normalised words of its display name less its owner's, sorted ("acme-eslint-config" → "config eslint"). */
  private readonly nameKeys: string[];
  /** Per fuzzy entry: the distinctive words of its name (less owner, role and shape words: "kit", "sdk"), which a new file must all name. */
  private readonly nameWords: string[][];
  /**
   * Per fuzzy entry: the word sets of its name, each package name, its keywords and its description. Several matched
   * words must come from one of them: words gathered across the 23 modules of a collection library are no evidence.
   */
  private readonly wordSets: ReadonlySet<string>[][];

  constructor(catalog: Catalog, options: { threshold?: number } = {}) {
    this.threshold = options.threshold ?? DEFAULT_THRESHOLD;
    this.index = new CatalogIndex(catalog);
    this.wrappers = new WrapperEvidence(catalog);
    this.fuzzyEntries = catalog.entries.filter(isSuggestible);
    this.fuzzyEcosystems = this.fuzzyEntries.map(entryEcosystems);
    const words = new Map<string, string>();
    this.routineWords = routinePathWords(catalog.orgUsage, words);
    this.nameKeys = this.fuzzyEntries.map((e) => {
      const name = normalizeTokens(e.name, words);
      const owner = new Set(normalizeTokens(e.repo.split('/')[0] ?? '', words));
      for (const t of owner) this.ownerWords.add(t);
      const own = name.filter((t) => !owner.has(t));
      return setKey(own.length > 0 ? own : name);
    });
    this.nameWords = this.fuzzyEntries.map((e) => normalizeTokens(e.name, words).filter((t) => !this.ownerWords.has(t) && !GENERIC_TOKENS.has(t) && !ECOSYSTEM_WORDS.has(t)));
    this.wordSets = this.fuzzyEntries.map((e) => [e.name, ...e.packages.map((p) => p.name), ...e.keywords, e.description]
      .map((text) => new Set(normalizeTokens(text, words))));
    this.tokens = new TokenIndex(
      this.fuzzyEntries.map((e) => ({
        identity: normalizeTokens([e.name, ...e.packages.map((p) => p.name)], words),
        keywords: normalizeTokens(e.keywords, words),
        description: normalizeTokens(e.description, words),
      })),
    );
  }

  /** The same catalog index at another threshold: nothing is rebuilt (a threshold change is cheap). */
  withThreshold(threshold: number): Matcher {
    if (threshold === this.threshold) return this;
    return Object.assign(Object.create(Matcher.prototype) as Matcher, this, { threshold });
  }

  /** Suggestions above the threshold, best first (at most five). */
  match(trigger: Trigger): Suggestion[] {
    const all = trigger.kind === 'import' ? this.matchImport(trigger) : this.matchNewFile(trigger);
    return rank(all).filter((s) => s.score >= this.threshold).slice(0, MAX_SUGGESTIONS);
  }

  /** The internal library publishing a package, e.g. entryForPackage("npm", "@acme/http-client"). */
  entryForPackage(ecosystem: Ecosystem, name: string): CatalogEntry | undefined {
    return this.index.packageOwner(ecosystem, name);
  }

  private matchImport(trigger: ImportTrigger): Suggestion[] {
    if (trigger.importKind === 'local') return [];
    const eco = trigger.ecosystem ?? ecosystemOfLanguage(trigger.language);
    if (!eco) return [];
    const { specifier, packageName } = trigger;
    const label = packageName ?? specifier;

    const owner = trigger.importKind === 'package' ? this.index.importOwner(eco, specifier, packageName) : undefined;
    // A fork republishing a public package under its name never stands in for that package's other signals.
    if (owner && !owner.fork) return this.internalImport(owner, label);

    const out: Suggestion[] = [];
    for (const target of this.index.replacementsFor(eco, specifier, packageName, trigger.names)) {
      const entry = isSuggestible(target.entry) ? target.entry : this.index.successor(target.entry);
      if (!entry) continue;
      const from = target.usedNames ? `${target.usedNames.map((n) => `\`${n}\``).join(', ')} from ${target.from}` : target.from;
      out.push({ entry, score: SCORE.replacement, match: 'replacement', reason: replacementReason(from, target.via, target.message, target.source), ...(target.importNames ? { importNames: target.importNames } : {}) });
    }
    const dependents = this.index.dependentsOf(eco, specifier, packageName);
    if (dependents && dependents.dependents.length > 0) {
      const count = dependents.dependents.length;
      // A retired library and its successor both depending on a package are one lineage, not two users.
      const live = dependents.dependents.filter((d) => isSuggestible(d.entry)).length;
      for (const { entry, dependency } of dependents.dependents) {
        // An internal package is recognised as itself; another library depending on it is no advice.
        if (!isSuggestible(entry) || this.isInternalPackage(dependency)) continue;
        if (this.wrappers.isFoundation(dependency, count, this.index.libraryCount)) break;
        const verdict = this.wrappers.judge(entry, dependency, live);
        // Named as the library declares it ("Pillow", "org.apache.kafka:kafka-clients"), not as imported ("PIL").
        if (verdict) out.push({ entry, score: verdict.kind === 'named' ? SCORE.wrapper : SCORE.builtOn, match: 'wrapper', reason: verdict.reason });
      }
    }
    // Name similarity never advises on an import: "django" is no reason to use an internal "django-utils".
    return out;
  }

  /** A package an internal library publishes (a fork republishing a public package does not make it internal). */
  private isInternalPackage(pkg: PackageRef): boolean {
    const owner = this.index.packageOwner(pkg.ecosystem, pkg.name);
    return owner !== undefined && !owner.fork;
  }

  private internalImport(owner: CatalogEntry, label: string): Suggestion[] {
    if (owner.kind !== 'library' || owner.fork) return [];
    const successor = isRetired(owner) ? this.index.successor(owner) : undefined;
    const state = owner.archived || owner.lifecycle === 'archived' ? 'archived' : 'deprecated';
    const out: Suggestion[] = [];
    if (!owner.archived && owner.lifecycle !== 'archived') {
      const note = owner.lifecycle === 'deprecated' ? `, deprecated${successor ? `: use ${primaryLabel(successor)}` : ''}` : '';
      out.push({ entry: owner, score: SCORE.exact, match: 'exact', reason: `internal library${note}` });
    }
    if (successor) {
      out.push({ entry: successor, score: SCORE.deprecated, match: 'deprecated', reason: `${label} is ${state}: use ${primaryLabel(successor)}` });
    }
    return out;
  }

  /**
   * The file's own name says what it does; its folders are context. Role words (client, config, service…), org
   * names and words the org routinely names its own folders with alone never make a suggestion unless the library is named exactly like the file; a hit that misses every distinctive
   * word of the file's own name is weakened; the library named exactly like the file wins a tie with one whose
   * name merely contains it.
   */
  private matchNewFile(trigger: NewFileMatchTrigger): Suggestion[] {
    const eco = trigger.language ? ecosystemOfLanguage(trigger.language) : undefined;
    const base = trigger.path.split(/[\\/]/).pop() ?? trigger.path;
    const ownWords = normalizeTokens(base.replace(/\..*$/, ''));
    const own = new Set(ownWords);
    const distinctive = ownWords.filter((t) => !GENERIC_TOKENS.has(t));
    const ownKey = setKey(ownWords);
    // The org's own name ("com/globex/billing/…") is in every path and every library, and words the org names its own
    // folders with ("version/") are in most of its repositories: no evidence.
    const tokens = normalizeTokens(trigger.tokens.length > 0 ? trigger.tokens : [trigger.path]).filter((t) => !this.ownerWords.has(t) && !this.routineWords.has(t));
    const query = tokens.map((token) => ({ token, weight: own.has(token) ? 1 : DIRECTORY_WEIGHT }));
    return this.fuzzy(query, eco, 1, 'similar to this file', SAME_NAME_BONUS, (hit, score) => {
      const sameName = ownKey !== '' && this.nameKeys[hit.doc] === ownKey;
      if (sameName) return Math.min(SCORE.fuzzy, score + SAME_NAME_BONUS);
      if (hit.matched.every((t) => GENERIC_TOKENS.has(t) || this.ownerWords.has(t))) return undefined;
      if (!this.coversName(hit, new Set(tokens))) return undefined;
      return distinctive.length > 0 && !hit.matched.some((t) => distinctive.includes(t)) ? score * NO_OWN_WORD_FACTOR : score;
    });
  }

  /**
   * One shared ordinary word is no evidence ("kafka.rs" vs "sentry-kafka-schemas", "exec.go" vs "terraform-exec"): the
   * file's words must name every distinctive word of the library's name, or match several distinctive words of one
   * of its names, its keywords or its description.
   */
  private coversName(hit: FuzzyHit, fileWords: ReadonlySet<string>): boolean {
    const name = this.nameWords[hit.doc];
    if (name.length > 0 && name.every((t) => fileWords.has(t))) return true;
    const matched = new Set(hit.matched.filter((t) => !GENERIC_TOKENS.has(t) && !this.ownerWords.has(t)));
    if (matched.size < MIN_MATCHED_WORDS) return false;
    return this.wordSets[hit.doc].some((set) => [...matched].filter((t) => hasWord(set, t)).length >= MIN_MATCHED_WORDS);
  }

  /** `adjust` may reshape (or, returning undefined, drop) each hit's score; `slack` is the most it can add. */
  private fuzzy(
    query: QueryToken[], eco: Ecosystem | undefined, factor: number, what: string,
    slack = 0, adjust: (hit: FuzzyHit, score: number) => number | undefined = (_, score) => score,
  ): Suggestion[] {
    if (query.length === 0) return [];
    const out: Suggestion[] = [];
    for (const hit of this.tokens.search(query, (this.threshold - slack) / (SCORE.fuzzy * factor), MAX_SUGGESTIONS * 4)) {
      const ecos = this.fuzzyEcosystems[hit.doc];
      const ecoFactor = !eco || ecos.length === 0 || ecos.includes(eco) ? 1 : OTHER_ECOSYSTEM_FACTOR;
      const score = adjust(hit, SCORE.fuzzy * hit.score * factor * ecoFactor);
      if (score !== undefined) out.push({ entry: this.fuzzyEntries[hit.doc], score, match: 'fuzzy', reason: `${what}: ${hit.matched.join(', ')}` });
    }
    return out;
  }
}

/** One suggestion per library (its strongest), best score first, then signal order, then name. */
function rank(all: Suggestion[]): Suggestion[] {
  const best = new Map<string, Suggestion>();
  for (const s of all) {
    const prev = best.get(s.entry.id);
    if (!prev || s.score > prev.score || (s.score === prev.score && KIND_ORDER.indexOf(s.match) < KIND_ORDER.indexOf(prev.match))) best.set(s.entry.id, s);
  }
  return [...best.values()].sort(
    (a, b) => b.score - a.score || KIND_ORDER.indexOf(a.match) - KIND_ORDER.indexOf(b.match) || a.entry.name.localeCompare(b.entry.name),
  );
}

/** Whether a word set holds the word or one it is a prefix of, or a prefix of it ("limit" / "limiting"), as the token index matches. */
function hasWord(set: ReadonlySet<string>, word: string): boolean {
  if (set.has(word)) return true;
  for (const w of set) if (w.startsWith(word) || word.startsWith(w)) return true;
  return false;
}

/** Order-free identity of a word set: ["config", "eslint"] and ["eslint", "config"] -> "config eslint". */
function setKey(words: readonly string[]): string {
  return [...new Set(words)].sort().join(' ');
}

function primaryLabel(entry: CatalogEntry): string {
  return entry.packages[0]?.name ?? entry.name;
}

function replacementReason(from: string, via: 'rule' | 'replaces' | 'dropInFor', message?: string, source?: string): string {
  if (via === 'dropInFor') return `drop-in replacement for ${from}`;
  if (via === 'replaces') return `declares it replaces ${from}`;
  if (message) return `replaces ${from}: ${message}`;
  return source ? `replaces ${from} (${source})` : `replaces ${from}`;
}
