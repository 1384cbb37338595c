import assert from 'node:assert/strict';
import type { GitHubStandIn } from '../../support/githubStandIn';
import { prepareContribution, submitContribution } from '../../../src/github/contribute';
import { addTopic, innerSourceFiles, publishInnerSource } from '../../../src/github/publishInnerSource';
import { ANN_TOKEN, BOB_TOKEN, apiFor, contributionStandIn } from './contributeFixture';

describe('contribute: prepareContribution against the GitHub stand-in', () => {
  let gh: GitHubStandIn;
  before(async () => {
    gh = await contributionStandIn();
  });
  after(async () => {
    await gh.close();
  });

  it('shows owners, wanted contributions and skills, CONTRIBUTING summary + link, template and push rights', async () => {
    const ctx = await prepareContribution(apiFor(gh, BOB_TOKEN), { repo: 'ACME/http-client' });
    assert.equal(ctx.repo, 'acme/http-client');
    assert.equal(ctx.defaultBranch, 'main');
    assert.equal(ctx.canPush, false);
    assert.deepEqual(ctx.owners, ['@acme/platform']);
    assert.deepEqual(ctx.innersource?.contributions, ['Retries', 'Docs']);
    assert.deepEqual(ctx.innersource?.skills, ['TypeScript']);
    assert.deepEqual(ctx.contributing, {
      path: 'CONTRIBUTING.md', url: `${gh.url}/acme/http-client/blob/main/CONTRIBUTING.md`,
      summary: 'Open an issue before large changes. Run npm test.', sections: ['Tests'],
    });
    assert.deepEqual(ctx.templates.map((t) => t.path), ['.github/PULL_REQUEST_TEMPLATE.md']);
    assert.equal((await prepareContribution(apiFor(gh, ANN_TOKEN), { repo: 'acme/http-client' })).canPush, true);
  });

  const templateLocations: [string, Record<string, string>, string[]][] = [
    ['.github/PULL_REQUEST_TEMPLATE.md', { '.github/PULL_REQUEST_TEMPLATE.md': 'T' }, ['.github/PULL_REQUEST_TEMPLATE.md']],
    ['root PULL_REQUEST_TEMPLATE.md', { 'PULL_REQUEST_TEMPLATE.md': 'T' }, ['PULL_REQUEST_TEMPLATE.md']],
    ['docs/PULL_REQUEST_TEMPLATE.md', { 'docs/PULL_REQUEST_TEMPLATE.md': 'T' }, ['docs/PULL_REQUEST_TEMPLATE.md']],
    ['lower-case .github/pull_request_template.md', { '.github/pull_request_template.md': 'T' }, ['.github/pull_request_template.md']],
    ['.github/PULL_REQUEST_TEMPLATE/ variants', {
      '.github/PULL_REQUEST_TEMPLATE/feature.md': 'F', '.github/PULL_REQUEST_TEMPLATE/bug_fix.md': 'B', '.github/PULL_REQUEST_TEMPLATE/notes.txt': 'x',
    }, ['.github/PULL_REQUEST_TEMPLATE/bug_fix.md', '.github/PULL_REQUEST_TEMPLATE/feature.md']],
    ['a single template before variants', {
      'docs/PULL_REQUEST_TEMPLATE/a.md': 'A', '.github/PULL_REQUEST_TEMPLATE.md': 'T',
    }, ['.github/PULL_REQUEST_TEMPLATE.md', 'docs/PULL_REQUEST_TEMPLATE/a.md']],
    ['no template', { 'README.md': '# x' }, []],
  ];
  for (const [label, files, expected] of templateLocations) {
    it(`finds the pull request template: ${label}`, async () => {
      const name = `tpl-${label.replace(/[^a-z]+/gi, '-')}`;
      gh.state.addRepo({ owner: 'acme', name, files });
      const ctx = await prepareContribution(apiFor(gh, ANN_TOKEN), { repo: `acme/${name}` });
      assert.deepEqual(ctx.templates.map((t) => t.path), expected);
      if (expected.length) assert.equal(ctx.templates[0].text, files[expected[0]]);
    });
  }

  for (const path of ['CONTRIBUTING.md', '.github/CONTRIBUTING.md', 'docs/CONTRIBUTING.md', 'docs/contributing.md']) {
    it(`finds CONTRIBUTING in ${path}`, async () => {
      const name = `contrib-${path.replace(/[^a-z]+/gi, '-')}`;
      gh.state.addRepo({ owner: 'acme', name, files: { [path]: `# How to help\n\nFork ${name} and send a PR.\n`, 'docs/guide.md': 'x' } });
      const ctx = await prepareContribution(apiFor(gh, ANN_TOKEN), { repo: `acme/${name}` });
      assert.equal(ctx.contributing?.path, path);
      assert.equal(ctx.contributing?.summary, `Fork ${name} and send a PR.`);
      assert.equal(ctx.contributing?.url, `${gh.url}/acme/${name}/blob/main/${path}`);
    });
  }

  it('prefers .github/CODEOWNERS and merges innersource.json owners', async () => {
    gh.state.addRepo({
      owner: 'acme', name: 'owned', files: {
        'CODEOWNERS': '* @acme/root-team\n', '.github/CODEOWNERS': '* @acme/github-team\n', 'innersource.json': '{"owners":["@carol"]}',
      },
    });
    const ctx = await prepareContribution(apiFor(gh, ANN_TOKEN), { repo: 'acme/owned' });
    assert.deepEqual(ctx.owners, ['@acme/github-team', '@carol']);
    assert.equal(ctx.contributing, undefined);
    assert.equal(ctx.innersource?.contributions.length, 0);
  });

  it('publishes as InnerSource through a pull request and adds the topic when the user may', async () => {
    gh.state.addRepo({ owner: 'ann', name: 'http-plus', topics: ['http'], files: { 'README.md': '# http-plus\n' } });
    const api = apiFor(gh, ANN_TOKEN);
    const ctx = await prepareContribution(api, { repo: 'ann/http-plus' });
    const input = { repo: 'ann/http-plus', name: 'http-plus', description: 'Retries on top of @acme/http-client', owners: ['@ann'], topics: ['http'], language: 'TypeScript', packages: [{ ecosystem: 'npm' as const, name: '@ann/http-plus' }] };
    const result = await publishInnerSource(api, ctx, input, { provenance: { repo: 'ann/http-plus' } });
    assert.equal(result.topic, 'added');
    assert.deepEqual(gh.state.repo('ann', 'http-plus')!.topics, ['http', 'inner-source']);
    const repo = gh.state.repo('ann', 'http-plus')!;
    const head = gh.state.pulls.find((p) => p.repo === 'ann/http-plus')!.head.sha;
    const expected = innerSourceFiles(input);
    for (const path of ['innersource.json', 'catalog-info.yaml'] as const) {
      assert.equal(repo.git.readBlob(repo.git.resolvePath(head, path)!.sha)!.toString(), expected[path]);
    }
    assert.equal(await addTopic(api, 'ann/http-plus', 'inner-source'), 'present');
    assert.equal(await addTopic(apiFor(gh, BOB_TOKEN), 'acme/http-client', 'inner-source'), 'not-permitted');
    gh.state.repo('acme', 'http-client')!.permissions.bob = 'write';
    assert.equal(await addTopic(apiFor(gh, BOB_TOKEN), 'acme/http-client', 'inner-source'), 'not-permitted');
    delete gh.state.repo('acme', 'http-client')!.permissions.bob;
  });

  it('refuses a change that is already on the base branch, naming the repository', async () => {
    const api = apiFor(gh, ANN_TOKEN);
    const ctx = await prepareContribution(api, { repo: 'acme/http-client' });
    await assert.rejects(
      submitContribution(api, ctx, { files: [{ path: 'README.md', content: '# http-client\n' }], title: 'No-op', provenance: {} }),
      (err: Error & { code?: string }) => err.code === 'conflict' && /acme\/http-client already has exactly these files/.test(err.message),
    );
    await assert.rejects(submitContribution(api, ctx, { files: [{ path: '../x', content: '' }], title: 'Bad', provenance: {} }), /not a valid path/);
  });
});
