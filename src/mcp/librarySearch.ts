import type { Catalog, CatalogEntry, Ecosystem } from '../catalog/model';
import { entryEcosystems, isSuggestible } from '../matching/catalogIndex';
import { idf } from '../matching/normalize';
import { parseQuery, searchTokens, type ParsedQuery } from './queryText';

/** How much a query word found in each field of a library counts (its name says most, its README least). */
const FIELD_WEIGHT = { identity: 1, keywords: 0.9, wraps: 0.85, description: 0.8, readme: 0.5 } as const;
type Field = keyof typeof FIELD_WEIGHT;

/**
 * Share of the query's (IDF-weighted) meaning a library must cover to be returned at all: MIN_COVERAGE when one
 * specific word of the need matched, MIN_COVERAGE_SEVERAL when two or more did (independent evidence). Set before the
 * search eval first ran and not changed since; only the tune split's misses are ever listed (eval/search.ts --verbose).
 * Below it the honest answer is "nothing internal".
 */
const MIN_COVERAGE = 0.6;
const MIN_COVERAGE_SEVERAL = 0.45;
/** A word no library uses may be the need's core ("csv") or mere context ("results"): it counts half against all. */
const UNKNOWN_WORD_RARITY = 0.5;
/** README text beyond this many characters is not indexed (long READMEs drift off-topic). */
const README_CHARS = 4000;

/** One library that fits a need. */
export interface SearchHit {
  entry: CatalogEntry;
  /** 0..1: the share of the need the library's name, keywords, description, README and wrapped packages cover. */
  score: number;
  /** Query words that matched, for reasons and tests. */
  matched: string[];
  /** The query named this library or one of its packages exactly. */
  exact?: boolean;
}

interface Doc {
  entry: CatalogEntry;
  ecosystems: Ecosystem[];
  /** Token → weight of the best field it occurs in. */
  fields: Map<string, number>;
  /** Lower-cased name, id, repo and package names. */
  names: Set<string>;
}

/**
 * Natural-language search over the suggestible libraries of a catalog ("retry HTTP calls with exponential backoff").
 * Every query word is evidence weighted by its rarity in the catalog; a library is returned only when it covers most
 * of the query's meaning, so a need no library serves gets an empty answer. Words unknown to the catalog ("csv")
 * count fully against every library. A language in the query ("… for Python") restricts the ecosystem.
 * @example new LibrarySearch(demoCatalog).search("structured logging for Python")
 *   // -> [{ entry: <acme-demo/acme-logging>, score: 0.93, matched: ["structur", "log"] }]
 */
export class LibrarySearch {
  private readonly docs: Doc[];
  private readonly documentFrequency = new Map<string, number>();

  constructor(catalog: Catalog) {
    const cache = new Map<string, string>();
    const replacedBy = new Map<string, string[]>();
    for (const rule of catalog.replacements) {
      const key = rule.to.toLowerCase();
      replacedBy.set(key, [...(replacedBy.get(key) ?? []), rule.from]);
    }
    this.docs = catalog.entries.filter(isSuggestible).map((entry) => {
      const ruleFroms = [entry.id, entry.repo, ...entry.packages.map((p) => p.name)].flatMap((k) => replacedBy.get(k.toLowerCase()) ?? []);
      const texts: Record<Field, string[]> = {
        identity: [entry.name, ...entry.packages.map((p) => p.name), entry.innersource?.title ?? ''],
        keywords: entry.keywords,
        wraps: [...entry.dependencies.map((p) => p.name), ...(entry.replaces ?? []), ...(entry.dropInFor ?? []), ...ruleFroms],
        description: [entry.description, entry.innersource?.motivation ?? ''],
        readme: [(entry.readme ?? '').slice(0, README_CHARS)],
      };
      const fields = new Map<string, number>();
      for (const field of Object.keys(texts) as Field[]) {
        for (const token of searchTokens(texts[field], cache)) fields.set(token, Math.max(fields.get(token) ?? 0, FIELD_WEIGHT[field]));
      }
      // The org's own name is in every library's name: no evidence of what any of them does.
      for (const owner of searchTokens(entry.repo.split('/')[0] ?? '', cache)) if (fields.get(owner) === FIELD_WEIGHT.identity) fields.delete(owner);
      for (const token of fields.keys()) this.documentFrequency.set(token, (this.documentFrequency.get(token) ?? 0) + 1);
      const names = new Set([entry.name, entry.id, entry.repo, ...entry.packages.map((p) => p.name)].filter(Boolean).map((n) => n.toLowerCase()));
      return { entry, ecosystems: entryEcosystems(entry), fields, names };
    });
  }

  /**
   * Libraries fitting the need, best first, at most `limit`; [] when none covers enough of it. `ecosystem` (or a
   * language named in the query) keeps only libraries publishing to that ecosystem.
   */
  search(query: string, options: { ecosystem?: Ecosystem; limit?: number } = {}): SearchHit[] {
    const parsed = parseQuery(query);
    const ecosystem = options.ecosystem ?? parsed.ecosystem;
    const exact = query.trim().toLowerCase();
    const hits: SearchHit[] = [];
    for (const doc of this.docs) {
      if (ecosystem && !doc.ecosystems.includes(ecosystem)) continue;
      // A query naming a library or one of its packages exactly is that library.
      if (doc.names.has(exact)) {
        hits.push({ entry: doc.entry, score: 1, matched: [exact], exact: true });
        continue;
      }
      if (parsed.words.length === 0) continue;
      const hit = this.score(doc, parsed);
      if (hit && hit.score >= (hit.specific >= 2 ? MIN_COVERAGE_SEVERAL : MIN_COVERAGE)) hits.push({ entry: hit.entry, score: hit.score, matched: hit.matched });
    }
    hits.sort((a, b) => Number(b.exact === true) - Number(a.exact === true) || b.score - a.score || a.entry.name.localeCompare(b.entry.name));
    return hits.slice(0, Math.max(0, options.limit ?? 5));
  }

  private score(doc: Doc, query: ParsedQuery): (SearchHit & { specific: number }) | undefined {
    const found = new Map<string, number>();
    for (const { token } of query.words) {
      const weight = doc.fields.get(token);
      if (weight !== undefined) found.set(token, weight);
    }
    // "time zone" in a query meets "timezone" in a library: both words count as found there.
    for (const { token, parts } of query.joined) {
      const weight = doc.fields.get(token);
      if (weight === undefined) continue;
      for (const part of parts) found.set(part, Math.max(found.get(part) ?? 0, weight));
    }
    if (found.size === 0) return undefined;
    let covered = 0;
    let total = 0;
    let specific = 0;
    for (const { token, weight } of query.words) {
      const importance = weight * this.rarity(token);
      total += importance;
      const field = found.get(token);
      if (field !== undefined) {
        covered += importance * field;
        if (weight === 1) specific++;
      }
    }
    // Role words alone ("client", "config") never make a fit.
    if (specific === 0 || total === 0) return undefined;
    return { entry: doc.entry, score: Math.round((covered / total) * 1000) / 1000, matched: query.words.map((w) => w.token).filter((t) => found.has(t)), specific };
  }

  /** 1 for a word only one library uses, less for common words, UNKNOWN_WORD_RARITY for a word none uses. */
  private rarity(token: string): number {
    const df = this.documentFrequency.get(token) ?? 0;
    return df === 0 ? UNKNOWN_WORD_RARITY : idf(df, this.docs.length);
  }
}
