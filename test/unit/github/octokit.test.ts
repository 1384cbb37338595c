import assert from 'node:assert/strict';
import { createOctokit, webHostFor } from '../../../src/github/octokit';
import { startGitHubStandIn, type GitHubStandIn } from '../../support/githubStandIn';

describe('createOctokit', () => {
  let gh: GitHubStandIn;
  beforeEach(async () => {
    gh = await startGitHubStandIn();
    gh.state.addToken('ghp_octokitTestToken00000000000000000001', 'alice');
  });
  afterEach(() => gh.close());

  it('maps REST bases to web hosts', () => {
    assert.equal(webHostFor('https://api.github.com'), 'github.com');
    assert.equal(webHostFor('https://ghe.example.com/api/v3'), 'ghe.example.com');
  });

  it('sends GraphQL to /api/graphql for a GHES base and REST under /api/v3', async () => {
    const octokit = createOctokit({ token: 'ghp_octokitTestToken00000000000000000001', apiUrl: gh.ghesUrl, minWriteIntervalMs: 0 });
    const viewer = await octokit.graphql<{ viewer: { login: string } }>('{ viewer { login } }');
    assert.equal(viewer.viewer.login, 'alice');
    assert.equal((await octokit.request('GET /user')).data.login, 'alice');
    assert.deepEqual(gh.requests.map((r) => r.url), ['/api/graphql', '/api/v3/user']);
  });

  it('keeps GitHub\'s 1 s spacing between writes by default and can drop it', async () => {
    const post = (minWriteIntervalMs?: number) => {
      const octokit = createOctokit({ token: 'ghp_octokitTestToken00000000000000000001', apiUrl: gh.url, minWriteIntervalMs });
      const started = Date.now();
      return Promise.all([1, 2].map(() => octokit.graphql('{ viewer { login } }'))).then(() => Date.now() - started);
    };
    // Lower bounds only (a wait cannot end early); without spacing the pair is not held a second apart.
    assert.ok((await post()) >= 950);
    assert.ok((await post(0)) < 950);
  });

  it('logs quietly and never with the token', async () => {
    const lines: string[] = [];
    const log = { trace: (m: string) => lines.push(m), debug: (m: string) => lines.push(m), info: (m: string) => lines.push(m), warn: (m: string) => lines.push(m), error: (m: string | Error) => lines.push(String(m)) };
    gh.faults.secondaryRateLimit({ retryAfter: 2 });
    const waits: number[] = [];
    const octokit = createOctokit({ token: 'ghp_octokitTestToken00000000000000000001', apiUrl: gh.url, log, msPerSecond: 1, onRateLimitWait: (s) => waits.push(s) });
    await octokit.request('GET /user');
    await assert.rejects(createOctokit({ token: 'ghp_wrongTokenWrongTokenWrongToken0001', apiUrl: gh.url, log }).request('GET /user'), /Bad credentials/);
    assert.deepEqual(waits, [2]);
    assert.ok(lines.some((l) => /secondary rate limit on GET \/user: retrying in 2 s/.test(l)), lines.join('\n'));
    assert.ok(lines.every((l) => !l.includes('ghp_')), lines.join('\n'));
  });
});
