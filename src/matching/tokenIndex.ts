import Fuse from 'fuse.js';

/** The normalised tokens of one catalog entry, by field. */
export interface DocTokens {
  /** Display name and package names: what the library is called. */
  identity: string[];
  keywords: string[];
  description: string[];
}

/** A normalised query word and how much it says about the trigger (0..1). */
export interface QueryToken {
  token: string;
  weight: number;
}

/** How well one document matched a query, before ecosystem and signal weighting. */
export interface FuzzyHit {
  doc: number;
  /** 0..1 */
  score: number;
  /** Query tokens that matched, for the reason text. */
  matched: string[];
}

const FIELD_WEIGHT = { identity: 1, keywords: 0.8, description: 0.45 } as const;
/** Matches that never touch the library's own name are weaker evidence. */
const NON_IDENTITY_FACTOR = 0.8;
/** Expansions of a query token below this similarity are ignored. */
const MIN_SIMILARITY = 0.62;
const MAX_EXPANSIONS = 6;
const MAX_CACHE = 20_000;

interface Posting {
  doc: number;
  weight: number;
  identity: boolean;
}

/**
 * An inverted index over normalised tokens, with fuse.js run over the (small) token vocabulary rather than over
 * whole documents: a query costs a few hash lookups plus one fuzzy search per token over a first-letter bucket.
 * IDF-weighted coverage of the query and of the entry's identity tokens gives the score.
 */
export class TokenIndex {
  private readonly postings = new Map<string, Posting[]>();
  private readonly idfByToken = new Map<string, number>();
  private readonly buckets = new Map<string, Fuse<string>>();
  private readonly expansionCache = new Map<string, { token: string; similarity: number }[]>();

  constructor(docs: readonly DocTokens[]) {
    docs.forEach((doc, i) => {
      const best = new Map<string, Posting>();
      for (const field of ['description', 'keywords', 'identity'] as const) {
        for (const token of doc[field]) {
          const weight = FIELD_WEIGHT[field];
          const prev = best.get(token);
          if (!prev || prev.weight < weight) best.set(token, { doc: i, weight, identity: field === 'identity' });
        }
      }
      for (const [token, posting] of best) {
        const list = this.postings.get(token);
        if (list) list.push(posting);
        else this.postings.set(token, [posting]);
      }
    });
    const n = Math.max(docs.length, 1);
    for (const [token, list] of this.postings) this.idfByToken.set(token, Math.log(1 + n / list.length) / Math.log(1 + n));
    const byLetter = new Map<string, string[]>();
    for (const token of this.postings.keys()) {
      if (token.length < 4) continue;
      const list = byLetter.get(token[0]) ?? [];
      list.push(token);
      byLetter.set(token[0], list);
    }
    for (const [letter, tokens] of byLetter) {
      this.buckets.set(letter, new Fuse(tokens, { includeScore: true, threshold: 0.3, ignoreLocation: true, isCaseSensitive: true, minMatchCharLength: 3 }));
    }
  }

  /** IDF of a token in 0..1 (1 = in one document only); unknown tokens count as fully specific. */
  idf(token: string): number {
    return this.idfByToken.get(token) ?? 1;
  }

  /**
   * Scores documents against weighted query tokens (already normalised; weight 1 = the file's own name, less for
   * context such as directory names). Each matched token is independent evidence, combined as a soft OR, so an
   * unmatched word never hides a strong match and several weak ones add up.
   * @example index.search([{ token: "retry", weight: 1 }, { token: "backoff", weight: 1 }]) // -> [{ doc: 3, score: 0.82, matched: ["retry", "backoff"] }, ...]
   */
  search(query: readonly QueryToken[]): FuzzyHit[] {
    const perDoc = new Map<number, { miss: number; matched: string[]; identity: boolean }>();
    const seen = new Set<string>();
    for (const { token, weight } of query) {
      if (seen.has(token)) continue;
      seen.add(token);
      const best = new Map<number, { value: number; identity: boolean }>();
      for (const { token: v, similarity } of this.expand(token)) {
        const specificity = Math.sqrt(this.idf(v));
        for (const p of this.postings.get(v) ?? []) {
          const value = similarity * p.weight * specificity * weight;
          const prev = best.get(p.doc);
          if (!prev || value > prev.value) best.set(p.doc, { value, identity: p.identity && similarity >= 0.8 && specificity >= 0.6 });
        }
      }
      for (const [doc, { value, identity }] of best) {
        const acc = perDoc.get(doc) ?? { miss: 1, matched: [], identity: false };
        acc.miss *= 1 - Math.min(value, 0.95);
        acc.matched.push(token);
        acc.identity ||= identity;
        perDoc.set(doc, acc);
      }
    }
    const hits: FuzzyHit[] = [];
    for (const [doc, acc] of perDoc) hits.push({ doc, score: (1 - acc.miss) * (acc.identity ? 1 : NON_IDENTITY_FACTOR), matched: acc.matched });
    return hits.sort((a, b) => b.score - a.score);
  }

  private expand(token: string): { token: string; similarity: number }[] {
    const cached = this.expansionCache.get(token);
    if (cached) return cached;
    const out: { token: string; similarity: number }[] = [];
    if (this.postings.has(token)) out.push({ token, similarity: 1 });
    const bucket = token.length >= 4 ? this.buckets.get(token[0]) : undefined;
    for (const result of bucket?.search(token, { limit: MAX_EXPANSIONS * 2 }) ?? []) {
      const candidate = result.item;
      if (candidate === token) continue;
      const lengthRatio = Math.min(candidate.length, token.length) / Math.max(candidate.length, token.length);
      const similarity = (1 - (result.score ?? 1)) * Math.sqrt(lengthRatio) * 0.9;
      if (similarity >= MIN_SIMILARITY) out.push({ token: candidate, similarity });
    }
    out.sort((a, b) => b.similarity - a.similarity);
    const result = out.slice(0, MAX_EXPANSIONS);
    if (this.expansionCache.size >= MAX_CACHE) this.expansionCache.clear();
    this.expansionCache.set(token, result);
    return result;
  }
}
