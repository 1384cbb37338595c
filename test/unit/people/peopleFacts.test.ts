import assert from 'node:assert/strict';
import { decodeCatalog, encodeCatalog } from '../../../src/catalog/cacheCodec';
import { onrampLabel, trustSignals } from '../../../src/catalog/entryFacts';
import { mergeCatalogs } from '../../../src/catalog/merge';
import type { Catalog, CatalogEntry } from '../../../src/catalog/model';
import { readEntry } from '../../../src/catalog/validateCatalog';
import { composeQuestionBody, mentionOf, similarTerms } from '../../../src/github/questionBody';
import { parseDetailsMessage, renderLibraryDetailsHtml } from '../../../src/views/libraryDetailsHtml';

const NOW = new Date('2026-12-02T00:00:00Z');
const entry = (extra: Partial<CatalogEntry> = {}): CatalogEntry => ({
  id: 'acme/http-client', name: 'http-client', repo: 'acme/http-client', packages: [{ ecosystem: 'npm', name: '@acme/http-client' }], description: 'HTTP',
  keywords: [], dependencies: [], owners: ['@acme/platform'], lifecycle: 'production', kind: 'library', hasContributing: true, links: {}, sources: ['github:acme'],
  lastPush: '2026-11-25T00:00:00Z', ...extra,
});
const catalog = (entries: CatalogEntry[]): Catalog => ({ schemaVersion: 1, generatedAt: NOW.toISOString(), entries, replacements: [] });

describe('activity score and on-ramp on catalog entries: kept, shown, validated', () => {
  it('validation keeps well-formed values and drops bad ones with a reason', () => {
    const good = readEntry({ ...entry(), activityScore: 338, onramp: { goodFirstIssues: 3, helpWanted: 0 } });
    assert.equal(good.entry?.activityScore, 338);
    assert.deepEqual(good.entry?.onramp, { goodFirstIssues: 3, helpWanted: 0 });
    assert.deepEqual(good.problems, []);
    const bad = readEntry({ ...entry(), activityScore: 'high', onramp: { goodFirstIssues: -1 } });
    assert.equal(bad.entry?.activityScore, undefined);
    assert.equal(bad.entry?.onramp, undefined);
    assert.deepEqual(bad.problems, ['"activityScore" must be a number; dropped', '"onramp" must be { goodFirstIssues, helpWanted } with counts of 0 or more; dropped']);
  });

  it('merging keeps them (first source wins) and the cache codec round-trips them', () => {
    const crawled = entry({ activityScore: 338, onramp: { goodFirstIssues: 3, helpWanted: 1 } });
    const merged = mergeCatalogs([catalog([crawled]), catalog([entry({ sources: ['file:catalog.json'] })])]);
    assert.equal(merged.entries[0].activityScore, 338);
    assert.deepEqual(merged.entries[0].onramp, { goodFirstIssues: 3, helpWanted: 1 });
    const decoded = decodeCatalog(JSON.parse(JSON.stringify(encodeCatalog(catalog([crawled])))));
    assert.deepEqual(decoded.entries[0], crawled);
  });

  it('is shown beside last push and used-by, and as "3 good first issues"', () => {
    const e = entry({ activityScore: 338, usedBy: ['acme/web'], onramp: { goodFirstIssues: 3, helpWanted: 1 } });
    assert.deepEqual(trustSignals(e, NOW), ['Owners: @acme/platform', 'Production', 'last push 7 days ago', 'activity score 338', 'used by 1 internal repo', 'has CONTRIBUTING']);
    assert.equal(onrampLabel(e), '3 good first issues · 1 help wanted');
    assert.equal(onrampLabel(entry({ onramp: { goodFirstIssues: 1, helpWanted: 0 } })), '1 good first issue');
    assert.equal(onrampLabel(entry({ onramp: { goodFirstIssues: 0, helpWanted: 0 } })), undefined);
    const html = renderLibraryDetailsHtml(e, { cspSource: 'c', nonce: 'n', scriptUri: 's', styleUri: 't', now: NOW });
    assert.match(html, /<dt>Last push<\/dt><dd>[^\n]*\n\s*<dt>Activity score<\/dt><dd><span title="InnerSource Commons Repository Activity Score[^"]*">338<\/span><\/dd>/);
    assert.match(html, /<dt>Way in<\/dt><dd>3 good first issues · 1 help wanted<\/dd>/);
    assert.match(html, /<button class="secondary" data-action="askOwners">Ask the Owners<\/button>/);
    assert.deepEqual(parseDetailsMessage({ type: 'askOwners' }), { type: 'askOwners' });
  });
});

describe('the question body', () => {
  it('puts the question, the context (file, import line) and the provenance line last; mentions only when asked', () => {
    const body = composeQuestionBody({
      question: 'Does it retry on 503?', library: { name: 'http-client', repo: 'acme/http-client', packageName: '@acme/http-client' },
      trigger: { path: 'src/api.ts', line: 3, text: 'import x from "a```b";' }, askedFrom: 'VS Code (src/api.ts)',
    });
    assert.equal(body, 'Does it retry on 503?\n\n**Context**\n- Library: `` http-client `` `` @acme/http-client `` (acme/http-client)\n'
      + '- Triggered by `` src/api.ts `` line 3:\n\n````\nimport x from "a```b";\n````\n\n_Asked with Reuse Radar from VS Code (src/api.ts)._');
    assert.ok(!body.includes('@acme/platform'));
    const mentioned = composeQuestionBody({ question: 'q', mention: ['@acme/platform', 'alice', 'group:default/x', 'a b'], askedFrom: 'x' });
    assert.match(mentioned, /\n\ncc @acme\/platform @alice\n\n_Asked with Reuse Radar from x\._$/);
    assert.equal(mentionOf('group:default/x'), undefined);
  });

  it('searches with the significant words of the title, joined with OR', () => {
    assert.equal(similarTerms('How do I retry a request with http-client?'), 'retry OR request OR http-client');
    assert.equal(similarTerms('Why?'), '');
  });
});
