import type { Catalog } from '../catalog/model';
import { Matcher } from './matcher';

/**
 * Keeps the matcher of the last catalog seen: a new catalog builds a new index, a new threshold only re-wraps the
 * same index (Matcher.withThreshold). Each surface that matches keeps one and asks it on use.
 *
 * @example const memo = new MatcherMemo();
 *   memo.matcherFor(catalog, 0.3) === memo.matcherFor(catalog, 0.3) // -> true (built once)
 *   memo.matcherFor(catalog, 0.5).threshold // -> 0.5 (same index, no rebuild)
 */
export class MatcherMemo {
  private last: { catalog: Catalog; matcher: Matcher } | undefined;

  matcherFor(catalog: Catalog, threshold: number): Matcher {
    if (this.last?.catalog !== catalog) {
      this.last = { catalog, matcher: new Matcher(catalog, { threshold }) };
    } else if (this.last.matcher.threshold !== threshold) {
      this.last.matcher = this.last.matcher.withThreshold(threshold);
    }
    return this.last.matcher;
  }
}
