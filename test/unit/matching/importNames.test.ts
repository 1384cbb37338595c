import * as assert from 'node:assert/strict';
import type { Catalog, ReplacementRule } from '../../../src/catalog/model';
import { extractImports } from '../../../src/imports/extractImports';
import { Matcher } from '../../../src/matching/matcher';
import { analyseFile, findings, findingsForFile, reclassify } from '../../../src/matching/pipeline';
import { dropInRewrite, useFixTitle } from '../../../src/matching/quickFix';
import { suggestionMessage } from '../../../src/matching/suggestionMessage';

const ui = {
  id: 'acme/ui', name: 'ui', repo: 'acme/ui', packages: [{ ecosystem: 'npm' as const, name: '@acme/ui' }], description: '', keywords: [],
  dependencies: [], owners: [], lifecycle: 'production' as const, kind: 'library' as const, hasContributing: false, links: {}, sources: [],
};
const buttonRule: ReplacementRule = { from: '@old/ui', ecosystem: 'npm', to: '@acme/ui', importNames: ['Button'], message: 'Use Button from @acme/ui', source: 'file:.eslintrc.json' };

function matcher(...replacements: ReplacementRule[]): Matcher {
  const catalog: Catalog = { schemaVersion: 1, generatedAt: '2026-01-01T00:00:00Z', entries: [ui], replacements };
  return new Matcher(catalog);
}

function reasons(code: string, m = matcher(buttonRule)): string[] {
  return findingsForFile('src/a.ts', code, { matcher: m }).flatMap((f) => f.suggestions.map((s) => s.reason));
}

describe('import names', () => {
  it('extracts the names each JavaScript/TypeScript import takes', () => {
    const code = [
      `import a from "x1";`,
      `import { b, c as d, type e, type as f } from 'x2';`,
      `import * as ns from "x3";`,
      `import g, { h } from "x4";`,
      `import 'x5';`,
      `import type { T } from 'x6';`,
      `export * from 'x7';`,
      `export { x, y as z, default } from 'x8';`,
      `const { a1, b1: c1, ...rest } = require('x9');`,
      `const r = require('x10');`,
      `await import('x11');`,
      `let { m } = obj; const n = require('x12');`,
    ].join('\n');
    assert.deepEqual(extractImports(code, 'typescript').map((r) => [r.specifier, r.names]), [
      ['x1', ['default']], ['x2', ['b', 'c', 'e', 'type']], ['x3', ['*']], ['x4', ['default', 'h']], ['x5', []], ['x6', ['T']],
      ['x7', ['*']], ['x8', ['x', 'y', 'default']], ['x9', ['a1', 'b1', '*']], ['x10', undefined], ['x11', undefined], ['x12', undefined],
    ]);
  });

  it('keeps the names when an import is classified again', () => {
    const triggers = analyseFile('src/a.ts', `import { Button } from '@old/ui';`)!;
    assert.deepEqual(reclassify(triggers, { npmName: '@acme/web' }).imports[0].names, ['Button']);
  });

  it('applies a name-scoped rule only to imports using one of its names, and says which', () => {
    assert.deepEqual(reasons(`import { Button, Card } from '@old/ui';`), ['replaces `Button` from @old/ui: Use Button from @acme/ui']);
    assert.deepEqual(reasons(`import { Card } from '@old/ui';`), []);
    assert.deepEqual(reasons(`import Default from '@old/ui';`), []);
    assert.deepEqual(reasons(`export { Button as B } from '@old/ui';`), ['replaces `Button` from @old/ui: Use Button from @acme/ui']);
    assert.deepEqual(reasons(`const { Button } = require('@old/ui');`), ['replaces `Button` from @old/ui: Use Button from @acme/ui']);
  });

  it('treats a namespace import as using every name, and a bare or unknown import as using none', () => {
    assert.deepEqual(reasons(`import * as old from '@old/ui';`), ['replaces `Button` from @old/ui: Use Button from @acme/ui']);
    assert.deepEqual(reasons(`import '@old/ui';`), []);
    assert.deepEqual(reasons(`const old = require('@old/ui');`), []);
    assert.deepEqual(reasons(`const old = await import('@old/ui');`), []);
  });

  it('keeps rules on different names of one module apart, and an unscoped rule for the whole module', () => {
    const cardRule: ReplacementRule = { ...buttonRule, importNames: ['Card'], message: 'Use Card from @acme/ui' };
    const m = matcher(buttonRule, cardRule);
    assert.deepEqual(reasons(`import { Card } from '@old/ui';`, m), ['replaces `Card` from @old/ui: Use Card from @acme/ui']);
    const whole: ReplacementRule = { from: '@old/ui', ecosystem: 'npm', to: '@acme/ui', source: 'file:x' };
    assert.deepEqual(reasons(`import { Card } from '@old/ui';`, matcher(buttonRule, whole)), ['replaces @old/ui (file:x)']);
  });

  it('carries the covered names on the suggestion and into its diagnostic message', () => {
    const [finding] = findings(analyseFile('src/a.ts', `import { Button, Card } from '@old/ui';`)!, matcher(buttonRule));
    const [suggestion] = finding.suggestions;
    assert.deepEqual(suggestion.importNames, ['Button']);
    assert.equal(suggestionMessage(suggestion), '@acme/ui (internal) replaces `Button` from @old/ui: Use Button from @acme/ui');
  });

  it('titles the quick fix with the covered names and rewrites only an import taking nothing else', () => {
    const dropIn = matcher({ ...buttonRule });
    const suggestion = { ...findings(analyseFile('src/a.ts', `import { Button } from '@old/ui';`)!, dropIn)[0].suggestions[0], entry: { ...ui, dropInFor: ['@old/ui'] } };
    const clean = (text: string) => text;
    assert.equal(useFixTitle('@acme/ui', suggestion, clean), 'Use @acme/ui for Button (this rule covers Button only)');
    assert.equal(useFixTitle('@acme/ui', { ...suggestion, importNames: undefined }, clean), 'Use @acme/ui instead');
    const imp = (names?: string[]) => ({ specifier: '@old/ui', packageName: '@old/ui', ecosystem: 'npm' as const, ...(names ? { names } : {}) });
    assert.equal(dropInRewrite(imp(['Button']), suggestion, 'typescript'), '@acme/ui');
    assert.equal(dropInRewrite(imp(['Button', 'Card']), suggestion, 'typescript'), undefined);
    assert.equal(dropInRewrite(imp(['*']), suggestion, 'typescript'), undefined);
    assert.equal(dropInRewrite(imp(), suggestion, 'typescript'), undefined);
  });
});
