import * as assert from 'node:assert/strict';
import { loadDemoCatalog } from '../../../src/catalog/demoCatalog';
import { Matcher } from '../../../src/matching/matcher';
import { MatcherMemo } from '../../../src/matching/matcherMemo';
import { newFileSuggestions } from '../../../src/matching/pipeline';

describe('MatcherMemo and Matcher.withThreshold', () => {
  const files = ['src/http/retryPolicy.ts', 'src/kafka/producer.ts', 'src/featureFlags.ts', 'lib/dates/format.py', 'src/auth/session.go'];
  const suggested = (matcher: Matcher) => files.map((f) => newFileSuggestions(f, matcher).map((s) => `${s.entry.id} ${s.score.toFixed(3)}`));

  it('builds the index once per catalog; a threshold change re-wraps it and matches as a fresh matcher at that threshold', () => {
    const catalog = loadDemoCatalog();
    const memo = new MatcherMemo();
    const first = memo.matcherFor(catalog, 0.32);
    assert.equal(memo.matcherFor(catalog, 0.32), first);
    const loose = memo.matcherFor(catalog, 0.1);
    assert.notEqual(loose, first);
    assert.equal(loose.threshold, 0.1);
    assert.equal(first.threshold, 0.32, 'the earlier matcher keeps its threshold');
    assert.equal((loose as unknown as { index: unknown }).index, (first as unknown as { index: unknown }).index, 'the same catalog index');
    assert.deepEqual(suggested(loose), suggested(new Matcher(catalog, { threshold: 0.1 })));
    assert.deepEqual(suggested(first), suggested(new Matcher(catalog, { threshold: 0.32 })));
    assert.ok(suggested(loose).flat().length > suggested(first).flat().length, 'a lower threshold lets more through');
  });

  it('a new catalog object builds a new matcher', () => {
    const memo = new MatcherMemo();
    const a = memo.matcherFor(loadDemoCatalog(), 0.32);
    const b = memo.matcherFor(loadDemoCatalog(), 0.32);
    assert.notEqual(a, b);
  });
});
