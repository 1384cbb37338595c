import assert from 'node:assert/strict';
import type { CatalogEntry } from '../../../src/catalog/model';
import { suggestionMessage } from '../../../src/matching/suggestionMessage';
import type { MatchKind, Suggestion } from '../../../src/matching/types';

function suggestion(match: MatchKind, reason: string, packages = [{ ecosystem: 'npm' as const, name: '@acme/http-client' }]): Suggestion {
  const entry: CatalogEntry = {
    id: 'acme/http-client', name: 'http-client', repo: 'acme/http-client', packages, description: '', keywords: [], dependencies: [],
    owners: [], lifecycle: 'production', kind: 'library', hasContributing: false, links: {}, sources: [],
  };
  return { entry, score: 0.9, match, reason };
}

describe('suggestionMessage', () => {
  it('names the internal library and what it does for this import', () => {
    assert.equal(suggestionMessage(suggestion('wrapper', 'wraps axios, which this file imports')), '@acme/http-client (internal) wraps axios: consider it instead');
    assert.equal(suggestionMessage(suggestion('replacement', 'drop-in replacement for got')), '@acme/http-client (internal) is a drop-in replacement for got: consider it instead');
    assert.equal(suggestionMessage(suggestion('fuzzy', 'similar to superagent: http, client')), '@acme/http-client (internal) looks similar to superagent (http, client): consider it instead');
  });

  it('keeps a replacement rule\'s own advice and a deprecation as written', () => {
    assert.equal(suggestionMessage(suggestion('replacement', 'replaces axios: Use @acme/http-client for retries.')), '@acme/http-client (internal) replaces axios: Use @acme/http-client for retries.');
    assert.equal(suggestionMessage(suggestion('deprecated', '@acme/legacy-http is deprecated: use @acme/http-client')), '@acme/legacy-http is deprecated: use @acme/http-client');
  });

  it('words an import of a deprecated internal library without a successor', () => {
    const s = suggestion('exact', 'internal library, deprecated');
    s.entry.lifecycle = 'deprecated';
    assert.equal(suggestionMessage(s), '@acme/http-client is deprecated');
    s.entry.replacement = 'acme/http2';
    assert.equal(suggestionMessage(s), '@acme/http-client is deprecated: use acme/http2');
  });

  it('falls back to the library name without packages', () => {
    assert.equal(suggestionMessage(suggestion('wrapper', 'wraps x, which this file imports', [])), 'http-client (internal) wraps x: consider it instead');
  });
});
