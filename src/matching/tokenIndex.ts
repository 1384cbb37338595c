import Fuse from 'fuse.js';
import { idf } from './normalize';
import { maxOf } from '../util/arrays';

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
  /** Query tokens that matched, in query order, for the reason text. */
  matched: string[];
}

/** Field weights by code: 0 description, 1 keywords, 2 identity (name or package name). */
const FIELD_WEIGHT = [0.45, 0.8, 1] as const;
const IDENTITY = 2;
/** Matches that never touch the library's own name are weaker evidence. */
const NON_IDENTITY_FACTOR = 0.8;
/** Expansions of a query token below this similarity are ignored. */
const MIN_SIMILARITY = 0.62;
const MAX_EXPANSIONS = 6;
const MAX_TERMS = 30;
const MAX_CACHE = 20_000;

interface Expansion {
  id: number;
  similarity: number;
}

/**
 * An inverted index over normalised tokens, with fuse.js run over the token vocabulary (in first-letter buckets)
 * rather than over whole documents, and postings in typed arrays so a query allocates almost nothing: a query
 * costs one fuzzy search per new word plus a walk over the postings of its rarer words.
 */
export class TokenIndex {
  private readonly ids = new Map<string, number>();
  private readonly vocabulary: string[] = [];
  /** Per token id: documents (ascending) and field codes. */
  private readonly postingDocs: Int32Array[] = [];
  private readonly postingFields: Uint8Array[] = [];
  private readonly idfs: Float64Array;
  private readonly buckets = new Map<string, Fuse<string>>();
  private readonly expansionCache = new Map<string, Expansion[]>();
  // Per-query scratch space, reused (one query at a time: JavaScript is single-threaded here).
  private readonly miss: Float64Array;
  private readonly termBest: Float64Array;
  private readonly termIdentity: Uint8Array;
  private readonly identityHit: Uint8Array;
  private readonly matchedMask: Uint32Array;

  constructor(docs: readonly DocTokens[]) {
    const docLists: number[][] = [];
    const fieldLists: number[][] = [];
    docs.forEach((doc, i) => {
      const best = new Map<number, number>();
      for (const [code, tokens] of [[0, doc.description], [1, doc.keywords], [2, doc.identity]] as const) {
        for (const token of tokens) {
          let id = this.ids.get(token);
          if (id === undefined) {
            id = this.vocabulary.length;
            this.ids.set(token, id);
            this.vocabulary.push(token);
            docLists.push([]);
            fieldLists.push([]);
          }
          best.set(id, Math.max(best.get(id) ?? 0, code));
        }
      }
      for (const [id, code] of best) {
        docLists[id].push(i);
        fieldLists[id].push(code);
      }
    });
    const n = Math.max(docs.length, 1);
    this.idfs = new Float64Array(this.vocabulary.length);
    for (let id = 0; id < this.vocabulary.length; id++) {
      this.postingDocs.push(Int32Array.from(docLists[id]));
      this.postingFields.push(Uint8Array.from(fieldLists[id]));
      this.idfs[id] = idf(docLists[id].length, n);
    }
    const byLetter = new Map<string, string[]>();
    for (const token of this.vocabulary) {
      if (token.length < 4) continue;
      const list = byLetter.get(token[0]) ?? [];
      list.push(token);
      byLetter.set(token[0], list);
    }
    for (const [letter, tokens] of byLetter) {
      this.buckets.set(letter, new Fuse(tokens, { includeScore: true, threshold: 0.3, ignoreLocation: true, isCaseSensitive: true, minMatchCharLength: 3 }));
    }
    this.miss = new Float64Array(docs.length).fill(1);
    this.termBest = new Float64Array(docs.length);
    this.termIdentity = new Uint8Array(docs.length);
    this.identityHit = new Uint8Array(docs.length);
    this.matchedMask = new Uint32Array(docs.length);
  }

  /**
   * Scores documents against weighted query tokens (already normalised; weight 1 = the file's own name, less for
   * context such as directory names). Each matched token is independent evidence, combined as a soft OR, so an
   * unmatched word never hides a strong match and several weak ones add up. Documents that cannot reach `minScore`
   * are never scored: words common enough that together they could not lift a document to `minScore` only refine
   * documents found through rarer words (this keeps "client" or "service" cheap). Returns the best `limit` hits.
   * @example index.search([{ token: "retry", weight: 1 }, { token: "backoff", weight: 1 }]) // -> [{ doc: 3, score: 0.82, matched: ["retry", "backoff"] }, ...]
   */
  search(query: readonly QueryToken[], minScore = 0, limit = 20): FuzzyHit[] {
    const order = [...new Map(query.map((q) => [q.token, q])).values()].slice(0, MAX_TERMS);
    const terms = order.map((q, position) => {
      const expansions = this.expand(q.token).map((x) => ({ ...x, specificity: Math.sqrt(this.idfs[x.id]) }));
      const reach = Math.min(0.95, maxOf(expansions.map((x) => x.similarity * x.specificity), 0) * q.weight);
      const postings = expansions.reduce((sum, x) => sum + this.postingDocs[x.id].length, 0);
      return { ...q, position, expansions, reach, postings };
    }).filter((t) => t.reach > 0).sort((a, b) => a.postings - b.postings);
    // From `open` on, the remaining (commonest) terms together cannot reach minScore: they only refine candidates.
    let open = terms.length;
    let rest = 1;
    while (open > 0 && 1 - rest * (1 - terms[open - 1].reach) < minScore) rest *= 1 - terms[--open].reach;

    const candidates: number[] = [];
    const touched: number[] = [];
    for (let t = 0; t < terms.length; t++) {
      const term = terms[t];
      for (const { id, similarity, specificity } of term.expansions) {
        const docs = this.postingDocs[id];
        const fields = this.postingFields[id];
        const base = similarity * specificity * term.weight;
        const identityCounts = similarity >= 0.8 && specificity >= 0.6;
        const consider = (doc: number, field: number) => {
          const value = base * FIELD_WEIGHT[field];
          if (this.termBest[doc] === 0) touched.push(doc);
          if (value > this.termBest[doc]) this.termBest[doc] = value;
          if (field === IDENTITY && identityCounts) this.termIdentity[doc] = 1;
        };
        if (t < open) {
          for (let k = 0; k < docs.length; k++) consider(docs[k], fields[k]);
        } else {
          for (const doc of candidates) {
            const k = binarySearch(docs, doc);
            if (k >= 0) consider(doc, fields[k]);
          }
        }
      }
      for (const doc of touched) {
        if (this.miss[doc] === 1 && this.matchedMask[doc] === 0) candidates.push(doc);
        this.miss[doc] *= 1 - Math.min(this.termBest[doc], 0.95);
        this.matchedMask[doc] |= 1 << term.position;
        if (this.termIdentity[doc]) this.identityHit[doc] = 1;
        this.termBest[doc] = 0;
        this.termIdentity[doc] = 0;
      }
      touched.length = 0;
    }

    const hits: FuzzyHit[] = [];
    for (const doc of candidates) {
      const score = (1 - this.miss[doc]) * (this.identityHit[doc] ? 1 : NON_IDENTITY_FACTOR);
      if (score >= minScore && (hits.length < limit || score > hits[hits.length - 1].score)) {
        const matched = order.filter((_, i) => (this.matchedMask[doc] & (1 << i)) !== 0).map((q) => q.token);
        insertSorted(hits, { doc, score, matched }, limit);
      }
      this.miss[doc] = 1;
      this.identityHit[doc] = 0;
      this.matchedMask[doc] = 0;
    }
    return hits;
  }

  private expand(token: string): Expansion[] {
    const cached = this.expansionCache.get(token);
    if (cached) return cached;
    const out: Expansion[] = [];
    const exact = this.ids.get(token);
    if (exact !== undefined) out.push({ id: exact, similarity: 1 });
    const bucket = token.length >= 4 ? this.buckets.get(token[0]) : undefined;
    for (const result of bucket?.search(token, { limit: MAX_EXPANSIONS * 2 }) ?? []) {
      const candidate = result.item;
      if (candidate === token) continue;
      const lengthRatio = Math.min(candidate.length, token.length) / Math.max(candidate.length, token.length);
      const similarity = (1 - (result.score ?? 1)) * Math.sqrt(lengthRatio) * 0.9;
      if (similarity >= MIN_SIMILARITY) out.push({ id: this.ids.get(candidate) as number, similarity });
    }
    out.sort((a, b) => b.similarity - a.similarity);
    const result = out.slice(0, MAX_EXPANSIONS);
    if (this.expansionCache.size >= MAX_CACHE) this.expansionCache.clear();
    this.expansionCache.set(token, result);
    return result;
  }
}

function binarySearch(sorted: Int32Array, value: number): number {
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid] === value) return mid;
    if (sorted[mid] < value) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

/** Keeps `hits` sorted best first (ties: lower doc first) and at most `limit` long. */
function insertSorted(hits: FuzzyHit[], hit: FuzzyHit, limit: number): void {
  let i = hits.length;
  while (i > 0 && (hits[i - 1].score < hit.score || (hits[i - 1].score === hit.score && hits[i - 1].doc > hit.doc))) i--;
  hits.splice(i, 0, hit);
  if (hits.length > limit) hits.pop();
}
