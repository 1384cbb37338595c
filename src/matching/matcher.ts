import type { Catalog, CatalogEntry, Ecosystem } from '../catalog/model';
import { CatalogIndex, ecosystemOfLanguage, entryEcosystems, isRetired, isSuggestible } from './catalogIndex';
import { GENERIC_TOKENS, idf, normalizeTokens } from './normalize';
import { TokenIndex, type FuzzyHit, type QueryToken } from './tokenIndex';
import type { ImportTrigger, MatchKind, NewFileMatchTrigger, Suggestion, Trigger } from './types';
import { pushAll } from '../util/arrays';

/** Confidence below which suggestions are dropped; tuned on the tune split of eval/fixtures/matching (see eval/matching.ts). */
export const DEFAULT_THRESHOLD = 0.4;

/** Score bands: each signal's strongest instance outranks the next signal's. */
const SCORE = { exact: 1, replacement: 0.95, wrapper: 0.9, deprecated: 0.8, fuzzy: 0.75 } as const;
/** Fuzzy matches on an import's package name are weaker evidence than a new file's name. */
const IMPORT_FUZZY_FACTOR = 0.85;
/** A library from another ecosystem than the trigger's keeps this share of its fuzzy score. */
const OTHER_ECOSYSTEM_FACTOR = 0.5;
const KIND_ORDER: readonly MatchKind[] = ['exact', 'replacement', 'wrapper', 'deprecated', 'fuzzy'];
const MAX_SUGGESTIONS = 5;
/** Weight of a new file's directory words against the words of its own name. */
const DIRECTORY_WEIGHT = 0.6;
/** A new file's hit that misses every distinctive word of the file's own name (folders or role words only). */
const NO_OWN_WORD_FACTOR = 0.8;
/** Added to a new file's hit on the library whose own name is exactly the file's name ("config.ts" → "config"). */
const SAME_NAME_BONUS = 0.04;

/**
 * Ranks catalog libraries for a trigger (an import or a new file). Build one per catalog; `match` is cheap.
 * @example new Matcher(catalog).match({ kind: "import", specifier: "kafkajs", importKind: "package", packageName: "kafkajs", ecosystem: "npm", language: "typescript" })
 *   // -> [{ entry: <acme/event-bus>, score: 0.9, match: "wrapper", reason: "wraps kafkajs, which this file imports" }]
 */
export class Matcher {
  readonly threshold: number;
  private readonly index: CatalogIndex;
  private readonly fuzzyEntries: CatalogEntry[];
  private readonly fuzzyEcosystems: Ecosystem[][];
  private readonly tokens: TokenIndex;
  /** Words of the catalog's owners (org names): every library shares them, so they are no evidence on their own. */
  private readonly ownerWords = new Set<string>();
  /** Per fuzzy entry: the normalised words of its display name less its owner's, sorted ("acme-eslint-config" → "config eslint"). */
  private readonly nameKeys: string[];

  constructor(catalog: Catalog, options: { threshold?: number } = {}) {
    this.threshold = options.threshold ?? DEFAULT_THRESHOLD;
    this.index = new CatalogIndex(catalog);
    this.fuzzyEntries = catalog.entries.filter(isSuggestible);
    this.fuzzyEcosystems = this.fuzzyEntries.map(entryEcosystems);
    const words = new Map<string, string>();
    this.nameKeys = this.fuzzyEntries.map((e) => {
      const name = normalizeTokens(e.name, words);
      const owner = new Set(normalizeTokens(e.repo.split('/')[0] ?? '', words));
      for (const t of owner) this.ownerWords.add(t);
      const own = name.filter((t) => !owner.has(t));
      return setKey(own.length > 0 ? own : name);
    });
    this.tokens = new TokenIndex(
      this.fuzzyEntries.map((e) => ({
        identity: normalizeTokens([e.name, ...e.packages.map((p) => p.name)], words),
        keywords: normalizeTokens(e.keywords, words),
        description: normalizeTokens(e.description, words),
      })),
    );
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
    for (const target of this.index.replacementsFor(eco, specifier, packageName)) {
      const entry = isSuggestible(target.entry) ? target.entry : this.index.successor(target.entry);
      if (!entry) continue;
      out.push({ entry, score: SCORE.replacement, match: 'replacement', reason: replacementReason(target.from, target.via, target.message, target.source) });
    }
    const dependents = this.index.dependentsOf(eco, specifier, packageName);
    if (dependents) {
      // Squared, so a package a handful of libraries share falls well below one that a single library wraps.
      const specificity = idf(dependents.dependents.length, this.index.libraryCount) ** 2;
      // Skipped outright when even the best-placed wrapper would fall under the threshold (lodash in a big org).
      for (const { entry, dependency } of SCORE.wrapper * specificity >= this.threshold ? dependents.dependents : []) {
        if (!isSuggestible(entry)) continue;
        // Named as the library declares it ("Pillow", "org.apache.kafka:kafka-clients"), not as imported ("PIL").
        out.push({ entry, score: SCORE.wrapper * specificity, match: 'wrapper', reason: `wraps ${dependency.name}, which this file imports` });
      }
    }
    // Standard-library imports speak only through explicit declarations, never through name similarity.
    if (trigger.importKind === 'package') {
      // A resolved Maven artifact is named by its artifact id; role words there ("kafka-clients") are no evidence.
      const artifactId = eco === 'maven' && label.includes(':') ? label.slice(label.indexOf(':') + 1) : undefined;
      const words = artifactId !== undefined ? normalizeTokens(artifactId).filter((t) => !GENERIC_TOKENS.has(t)) : normalizeTokens(label.split(/[/.:]/).slice(-2));
      const query = words.map((token) => ({ token, weight: 1 }));
      pushAll(out, this.fuzzy(query, eco, IMPORT_FUZZY_FACTOR, `similar to ${label}`));
    }
    return out;
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
   * The file's own name says what it does; its folders are context. Role words (client, config, service…) and org
   * names alone never make a suggestion unless the library is named exactly like the file; a hit that misses every distinctive
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
    const tokens = normalizeTokens(trigger.tokens.length > 0 ? trigger.tokens : [trigger.path]);
    const query = tokens.map((token) => ({ token, weight: own.has(token) ? 1 : DIRECTORY_WEIGHT }));
    return this.fuzzy(query, eco, 1, 'similar to this file', SAME_NAME_BONUS, (hit, score) => {
      const sameName = ownKey !== '' && this.nameKeys[hit.doc] === ownKey;
      if (sameName) return Math.min(SCORE.fuzzy, score + SAME_NAME_BONUS);
      if (hit.matched.every((t) => GENERIC_TOKENS.has(t) || this.ownerWords.has(t))) return undefined;
      return distinctive.length > 0 && !hit.matched.some((t) => distinctive.includes(t)) ? score * NO_OWN_WORD_FACTOR : score;
    });
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
