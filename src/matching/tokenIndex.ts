import Fuse from 'fuse.js';

/** The normalised tokens of one catalog entry, by field. */
export interface DocTokens {
  /** Display name and package names: what the library is called. */
  identity: string[];
  keywords: string[];
  description: string[];
}

/** How well one document matched a query, before ecosystem and signal weighting. */
export interface FuzzyHit {
  doc: number;
  /** 0..1 */
  score: number;
  /** Query tokens that matched, for the reason text. */
  matched: string[];
}

const FIELD_WEIGHT = { identity: 1, keywords: 0.85, description: 0.5 } as const;
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
  private readonly identityWeight: number[];
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
    this.identityWeight = docs.map((doc) => doc.identity.reduce((sum, t) => sum + this.idf(t), 0));
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
   * Scores documents against query tokens (already normalised).
   * @example index.search(["retry", "backoff"]) // -> [{ doc: 3, score: 0.82, matched: ["retry", "backoff"] }, ...]
   */
  search(query: readonly string[]): FuzzyHit[] {
    const tokens = [...new Set(query)];
    const expansions = tokens.map((t) => this.expand(t));
    const queryWeight = tokens.reduce((sum, t, i) => sum + this.queryTokenWeight(t, expansions[i]), 0);
    if (queryWeight === 0) return [];
    const perDoc = new Map<number, { query: number; identity: Map<string, number>; matched: string[] }>();
    tokens.forEach((token, qi) => {
      const best = new Map<number, { value: number; identityToken?: string; identityValue: number }>();
      for (const { token: v, similarity } of expansions[qi]) {
        for (const p of this.postings.get(v) ?? []) {
          const value = similarity * p.weight;
          const prev = best.get(p.doc) ?? { value: 0, identityValue: 0 };
          if (value > prev.value) prev.value = value;
          if (p.identity && similarity > prev.identityValue) {
            prev.identityToken = v;
            prev.identityValue = similarity;
          }
          best.set(p.doc, prev);
        }
      }
      const w = this.queryTokenWeight(token, expansions[qi]);
      for (const [doc, { value, identityToken, identityValue }] of best) {
        const acc = perDoc.get(doc) ?? { query: 0, identity: new Map<string, number>(), matched: [] };
        acc.query += w * value;
        acc.matched.push(token);
        if (identityToken) acc.identity.set(identityToken, Math.max(acc.identity.get(identityToken) ?? 0, identityValue));
        perDoc.set(doc, acc);
      }
    });
    const hits: FuzzyHit[] = [];
    for (const [doc, acc] of perDoc) {
      let identityCovered = 0;
      for (const [token, similarity] of acc.identity) identityCovered += this.idf(token) * similarity;
      const identityCoverage = this.identityWeight[doc] > 0 ? Math.min(1, identityCovered / this.identityWeight[doc]) : 0;
      const queryCoverage = Math.min(1, acc.query / queryWeight);
      hits.push({ doc, score: queryCoverage * (0.45 + 0.55 * identityCoverage), matched: acc.matched });
    }
    return hits.sort((a, b) => b.score - a.score);
  }

  private queryTokenWeight(token: string, expansions: readonly { token: string; similarity: number }[]): number {
    if (this.idfByToken.has(token)) return this.idf(token);
    // A token nobody uses dilutes the query less than a known specific one: it may just be the project's jargon.
    return expansions.length > 0 ? this.idf(expansions[0].token) : 0.5;
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
