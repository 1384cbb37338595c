import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';

interface Welcome {
  view: string;
  contents: string;
  when: string;
}

const manifest = JSON.parse(readFileSync(path.resolve(__dirname, '../../../package.json'), 'utf8')) as { contributes: { viewsWelcome: Welcome[] } };

type Context = Record<string, string | boolean | undefined>;

/** The `when` clauses package.json uses: `a && b`, `!key`, `key == value`, `key =~ /regex/`. */
function holds(when: string, context: Context): boolean {
  return when.split('&&').map((part) => part.trim()).every((term) => {
    let match = /^(\S+)\s*==\s*(\S+)$/.exec(term);
    if (match) return String(context[match[1]]) === match[2];
    match = /^(\S+)\s*=~\s*\/(.+)\/$/.exec(term);
    if (match) return new RegExp(match[2]).test(String(context[match[1]] ?? ''));
    if (term.startsWith('!')) return !context[term.slice(1)];
    assert.match(term, /^[\w.]+$/, `a clause this test understands: ${term}`);
    return Boolean(context[term]);
  });
}

/** What the Suggestions view shows when it has no rows, for these context keys. */
function suggestionsWelcome(context: Context): string[] {
  return manifest.contributes.viewsWelcome.filter((w) => w.view === 'reuseRadar.suggestions' && holds(w.when, context)).map((w) => w.contents.split('\n')[0]);
}

describe('Suggestions view welcome: never "nothing to reuse" before the workspace scan has finished', () => {
  const ready = { 'reuseRadar.catalogState': 'demo', 'reuseRadar.hasSuggestions': false };

  it('while the first scan runs (and before the context key is even set) it says it is scanning, or nothing', () => {
    assert.deepEqual(suggestionsWelcome({ ...ready, 'reuseRadar.workspaceScan': 'scanning' }), ['Scanning the workspace for imports… Suggestions appear here as files are read.']);
    assert.deepEqual(suggestionsWelcome(ready), [], 'no scan state yet: no claim at all');
  });

  it('a first scan the user stopped says so and offers Rescan Workspace', () => {
    const [shown, ...rest] = suggestionsWelcome({ ...ready, 'reuseRadar.workspaceScan': 'stopped' });
    assert.deepEqual(rest, []);
    assert.match(shown, /^The workspace scan was stopped before it finished/);
    assert.ok(manifest.contributes.viewsWelcome.some((w) => w.contents.startsWith(shown) && w.contents.includes('command:reuseRadar.suggestions.rescan')));
  });

  it('only once a scan has read the workspace: nothing to reuse (and never while suggestions exist)', () => {
    assert.deepEqual(suggestionsWelcome({ ...ready, 'reuseRadar.workspaceScan': 'done' }), ['No internal library matches what this workspace imports or creates. Nice: nothing to reuse right now.']);
    assert.deepEqual(suggestionsWelcome({ ...ready, 'reuseRadar.workspaceScan': 'done', 'reuseRadar.hasSuggestions': true }), []);
  });

  it('the catalog\'s own states come first: loading says loading, whatever the scan', () => {
    assert.deepEqual(suggestionsWelcome({ 'reuseRadar.catalogState': 'loading', 'reuseRadar.workspaceScan': 'done' }), ['Loading the catalog of internal libraries…']);
  });
});
