import * as assert from 'node:assert';
import { GitignoreRules } from '../../../src/workspace/gitignoreRules';

describe('GitignoreRules', () => {
  it('applies each .gitignore relative to its own folder', () => {
    const rules = new GitignoreRules();
    rules.add('', 'generated/\n*.log\n');
    rules.add('web', '*.gen.ts\n/local.ts\n');
    assert.strictEqual(rules.ignores('generated/a.ts'), true);
    assert.strictEqual(rules.ignores('web/generated/a.ts'), true, 'a pattern without a leading slash matches at any depth');
    assert.strictEqual(rules.ignores('web/api.gen.ts'), true);
    assert.strictEqual(rules.ignores('api.gen.ts'), false, 'web/.gitignore does not reach the root');
    assert.strictEqual(rules.ignores('web/local.ts'), true);
    assert.strictEqual(rules.ignores('web/sub/local.ts'), false, 'an anchored pattern only matches next to its .gitignore');
    assert.strictEqual(rules.ignores('src/index.ts'), false);
    assert.strictEqual(rules.size, 2);
  });

  it('lets a deeper .gitignore re-include what a shallower one ignored', () => {
    const rules = new GitignoreRules();
    rules.add('', '*.gen.ts\n');
    rules.add('keep', '!*.gen.ts\n');
    assert.strictEqual(rules.ignores('a.gen.ts'), true);
    assert.strictEqual(rules.ignores('keep/a.gen.ts'), false);
  });

  it('accepts Windows separators and a "." root, and never ignores the empty path', () => {
    const rules = new GitignoreRules();
    rules.add('.', 'out/\n');
    rules.add('pkg\\', 'tmp\n');
    assert.strictEqual(rules.ignores('out\\main.js'), true);
    assert.strictEqual(rules.ignores('pkg/tmp/x.ts'), true);
    assert.strictEqual(rules.ignores(''), false);
  });
});
