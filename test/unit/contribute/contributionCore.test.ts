import assert from 'node:assert/strict';
import type { ContributionContext } from '../../../src/github/contributionContext';
import { readInnerSourceDraft } from '../../../src/github/innerSourceDraft';
import { reviewDetail } from '../../../src/github/reviewDetail';

const ctx = (over: Partial<ContributionContext> = {}): ContributionContext => ({
  repo: 'acme/http', htmlUrl: 'https://github.com/acme/http', defaultBranch: 'main', canPush: true, owners: [], templates: [], ...over,
});

describe('contribute: the review text and the Publish-as-InnerSource draft (vscode-free)', () => {
  it('reviews files, base, owners and the missing guide; a fork, wanted contributions and the template when they apply', () => {
    assert.equal(reviewDetail(ctx(), { files: ['src/retry.ts'] }),
      'Files: src/retry.ts\nBase: main\nOwners: not declared (no CODEOWNERS or innersource.json)\nNo CONTRIBUTING guide found.');
    const full = reviewDetail(ctx({
      canPush: false, owners: ['@acme/platform'],
      innersource: { contributions: ['Retries'], skills: ['TypeScript'] } as ContributionContext['innersource'],
      contributing: { path: 'CONTRIBUTING.md', url: 'https://github.com/acme/http/blob/main/CONTRIBUTING.md', summary: 'Open an issue first.', sections: [] },
    }), { files: Array.from({ length: 10 }, (_, i) => `f${i}.ts`), branchHint: 'commits the staged changes only', template: '.github/pull_request_template.md' });
    assert.equal(full, [
      'Files: f0.ts, f1.ts, f2.ts, f3.ts, f4.ts, f5.ts, f6.ts, f7.ts and 2 more',
      'Base: main — you cannot push to this repository, so the branch goes to your fork',
      'Branch: commits the staged changes only',
      'Owners: @acme/platform',
      'Wanted contributions: Retries',
      'Skills: TypeScript',
      'Contributing guide (https://github.com/acme/http/blob/main/CONTRIBUTING.md):',
      'Open an issue first.',
      'Pull request template: .github/pull_request_template.md',
    ].join('\n'));
  });

  it('drafts name, description, packages, owners, topics and language from the root manifests, the first one winning', async () => {
    const files: Record<string, string> = {
      'package.json': JSON.stringify({ name: '@ann/widget', description: 'Reusable widgets', keywords: ['ui', 'widgets'] }),
      'pyproject.toml': '[project]\nname = "ann-widget"\ndescription = "Python widgets"\nkeywords = ["ui"]\n',
      '.github/CODEOWNERS': '* @ann/ui-team\n',
    };
    const read = async (path: string) => files[path];
    const draft = await readInnerSourceDraft(['package.json', 'pyproject.toml', 'tsconfig.json', '.github'], read);
    assert.equal(draft.name, '@ann/widget');
    assert.equal(draft.description, 'Reusable widgets');
    assert.equal(draft.language, 'TypeScript');
    assert.deepEqual(draft.packages.map((p) => `${p.ecosystem}:${p.name}`), ['npm:@ann/widget', 'pypi:ann-widget']);
    assert.deepEqual(draft.owners, ['@ann/ui-team']);
    assert.deepEqual(draft.topics, ['ui', 'widgets']);
    assert.deepEqual(draft.problems, []);
  });

  it('keeps going past a broken manifest and says which one; nothing readable is an empty draft', async () => {
    const draft = await readInnerSourceDraft(['package.json', 'go.mod'], async (path) => (path === 'package.json' ? '{ not json' : path === 'go.mod' ? 'module example.com/ann/widget\n' : undefined));
    assert.equal(draft.problems.length, 1);
    assert.match(draft.problems[0], /package\.json/);
    assert.equal(draft.language, 'Go');
    assert.deepEqual(draft.packages.map((p) => p.name), ['example.com/ann/widget']);
    assert.deepEqual(await readInnerSourceDraft([], async () => undefined), { packages: [], owners: [], topics: [], problems: [] });
  });
});
