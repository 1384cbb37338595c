import assert from 'node:assert/strict';
import { validateCatalog } from '../../../src/catalog/validateCatalog';

const catalogOf = (entries: unknown[], extra: Record<string, unknown> = {}) => ({ schemaVersion: 1, entries, replacements: [], ...extra });

describe('validateCatalog', () => {
  it('accepts a minimal entry (id, name, repo, packages) and defaults every optional field', () => {
    const { catalog, warnings } = validateCatalog(catalogOf([
      { id: 'acme/retry', name: 'retry', repo: 'acme/retry', packages: [{ ecosystem: 'npm', name: '@acme/retry' }] },
    ]), 'c.json');
    assert.deepEqual(warnings, []);
    assert.deepEqual(catalog.entries, [{
      id: 'acme/retry', name: 'retry', repo: 'acme/retry', packages: [{ ecosystem: 'npm', name: '@acme/retry' }],
      description: '', keywords: [], dependencies: [], owners: [], lifecycle: 'unknown', kind: 'library',
      hasContributing: false, links: {}, sources: [],
    }]);
  });

  it('drops link values that are not strings and bad innersource parts, naming entry and field', () => {
    const { catalog, warnings } = validateCatalog(catalogOf([{
      id: 'acme/x', name: 'x', links: { repo: 'https://github.com/acme/x', docs: 5, issues: { url: 'y' } },
      innersource: { title: 'X', motivation: 3, skills: ['go', 7] },
    }]), 'c.json');
    assert.deepEqual(catalog.entries[0].links, { repo: 'https://github.com/acme/x' });
    assert.deepEqual(catalog.entries[0].innersource, { title: 'X', skills: ['go'] });
    assert.deepEqual(warnings, [
      'c.json: entry 0 (acme/x): "links.docs" must be a string; dropped',
      'c.json: entry 0 (acme/x): "links.issues" must be a string; dropped',
      'c.json: entry 0 (acme/x): "innersource.motivation" must be a string; dropped',
      'c.json: entry 0 (acme/x): "innersource.skills" has 1 item(s) that are not strings; those were dropped',
    ]);
  });

  it('keeps the entry when an optional field is malformed, reporting every problem, not just the first', () => {
    const { catalog, warnings } = validateCatalog(catalogOf([{
      id: 'acme/y', name: 'y', description: 4, kind: 'microservice', stars: 'many', packages: [{ ecosystem: 'rubygems', name: 'y' }],
    }]), 'c.json');
    assert.equal(catalog.entries.length, 1);
    const e = catalog.entries[0];
    assert.equal(e.description, '');
    assert.equal(e.kind, 'other', 'an unknown kind is never made a suggestible library');
    assert.equal(e.stars, undefined);
    assert.deepEqual(e.packages, []);
    assert.equal(warnings.length, 4, warnings.join('\n'));
    assert.ok(warnings.every((w) => w.startsWith('c.json: entry 0 (acme/y): ')));
  });

  it('still rejects entries without a usable id or name', () => {
    const { catalog, warnings } = validateCatalog(catalogOf([{ name: 'x' }, { id: 'acme/z', name: '' }, 'str', { id: 'acme/ok', name: 'ok' }]), 'c.json');
    assert.deepEqual(catalog.entries.map((e) => e.id), ['acme/ok']);
    assert.deepEqual(warnings, [
      'c.json: entry 0 skipped: "id" must be a non-empty string',
      'c.json: entry 1 (acme/z) skipped: "name" must be a non-empty string',
      'c.json: entry 2 skipped: not an object',
    ]);
  });

  it('warns when "replacements" is not an array and for each malformed rule', () => {
    assert.deepEqual(validateCatalog(catalogOf([], { replacements: 'nope' }), 'c.json').warnings,
      ['c.json: "replacements" must be an array of {from, to, source}; ignored']);
    const { catalog, warnings } = validateCatalog(catalogOf([], {
      replacements: [{ from: 'axios', to: '@acme/http', source: 's' }, { from: 'moment', source: 's' }, { from: 'a', to: 'b', source: 's', ecosystem: 'gems' }],
    }), 'c.json');
    assert.deepEqual(catalog.replacements, [{ from: 'axios', to: '@acme/http', source: 's' }]);
    assert.deepEqual(warnings, [
      'c.json: replacement rule 1 skipped: "to" must be a non-empty string',
      'c.json: replacement rule 2 skipped: "ecosystem" must be one of npm, pypi, go, maven, nuget, cargo',
    ]);
  });
});
