import assert from 'node:assert/strict';
import { docsUrl, lifecycleLabel, oneLineDescription, relativeTime, safeHttpUrl, trustSignals } from '../../../src/catalog/entryFacts';
import type { CatalogEntry } from '../../../src/catalog/model';

const NOW = new Date('2026-11-26T00:00:00Z');

function entry(over: Partial<CatalogEntry> = {}): CatalogEntry {
  return {
    id: 'acme/http-client', name: 'http-client', repo: 'acme/http-client', packages: [{ ecosystem: 'npm', name: '@acme/http-client' }],
    description: 'Typed HTTP client. Adds retries.', keywords: [], dependencies: [], owners: ['@acme/platform'], lifecycle: 'production',
    kind: 'library', hasContributing: true, links: {}, sources: ['test'], ...over,
  };
}

describe('entryFacts', () => {
  it('formats relative dates coarsely', () => {
    assert.equal(relativeTime('2026-11-25T20:00:00Z', NOW), 'today');
    assert.equal(relativeTime('2026-11-24T12:00:00Z', NOW), 'yesterday');
    assert.equal(relativeTime('2026-11-20T00:00:00Z', NOW), '6 days ago');
    assert.equal(relativeTime('2026-11-05T00:00:00Z', NOW), '3 weeks ago');
    assert.equal(relativeTime('2026-08-29T16:00:00Z', NOW), '2 months ago');
    assert.equal(relativeTime('2024-10-01T00:00:00Z', NOW), '2 years ago');
    assert.equal(relativeTime('not a date', NOW), undefined);
    assert.equal(relativeTime(undefined, NOW), undefined);
  });

  it('keeps the first sentence on one line, shortened', () => {
    assert.equal(oneLineDescription('Typed HTTP client. Adds retries.\nMore.'), 'Typed HTTP client.');
    assert.equal(oneLineDescription('No full stop\nat all'), 'No full stop at all');
    assert.equal(oneLineDescription('x'.repeat(50), 10), `${'x'.repeat(9)}…`);
    assert.equal(oneLineDescription('Version 1.2 is great'), 'Version 1.2 is great');
  });

  it('lists trust signals in order', () => {
    assert.deepEqual(trustSignals(entry({ lastPush: '2026-08-29T16:00:00Z', usedBy: ['a/b', 'a/c'] }), NOW),
      ['Owners: @acme/platform', 'Production', 'last push 2 months ago', 'used by 2 internal repos', 'has CONTRIBUTING']);
    assert.deepEqual(trustSignals(entry({ owners: [], hasContributing: false, usedBy: ['a/b'], archived: true }), NOW),
      ['Archived', 'used by 1 internal repo', 'no CONTRIBUTING guide']);
    assert.equal(lifecycleLabel(entry({ lifecycle: 'deprecated' })), 'Deprecated');
  });

  it('accepts only http(s) URLs', () => {
    assert.equal(safeHttpUrl('javascript:alert(1)'), undefined);
    assert.equal(safeHttpUrl('command:workbench.action.terminal.new'), undefined);
    assert.equal(safeHttpUrl('data:text/html,x'), undefined);
    assert.equal(safeHttpUrl(' https://docs.acme.dev/x y '), 'https://docs.acme.dev/x%20y');
    assert.equal(docsUrl(entry({ links: { docs: 'javascript:x', repo: 'https://github.com/acme/http-client' } })), 'https://github.com/acme/http-client');
  });
});
