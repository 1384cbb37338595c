import assert from 'node:assert/strict';
import { main } from '../../../src/cli';
import type { GitHubStandIn } from '../../support/githubStandIn';
import { ANN, questionStandIn } from './questionFixture';

describe('reuse-radar ask: the CLI end to end against the stand-in', function () {
  this.timeout(30_000);
  let gh: GitHubStandIn;
  beforeEach(async () => {
    gh = await questionStandIn();
  });
  afterEach(() => gh.close());

  async function cli(args: string[], env: Record<string, string | undefined> = { GITHUB_TOKEN: ANN, GITHUB_API_URL: gh.url }) {
    let stdout = '';
    let stderr = '';
    const code = await main(['ask', ...args], { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), env, cwd: process.cwd() });
    return { code, stdout, stderr };
  }
  const mine = () => gh.state.threads.filter((t) => t.user === 'ann');

  it('prints similar open questions on stderr and the created URL on stdout; the body ends with the provenance line', async () => {
    const r = await cli(['--repo', 'acme/http-client', '--title', 'Retry on 503?', '--body', `We see 503s. token ${ANN}`]);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stderr, /Similar open questions in acme\/http-client/);
    assert.match(r.stderr, /issue #1 Does retry cover 503 responses\? — http:\/\/127\.0\.0\.1:\d+\/acme\/http-client\/issues\/1/);
    assert.equal(mine().length, 1);
    assert.equal(r.stdout, `${gh.url}/acme/http-client/issues/${mine()[0].number}\n`);
    assert.equal(mine()[0].body.split('\n').pop(), '_Asked with Reuse Radar from the reuse-radar CLI._');
    assert.ok(!mine()[0].body.includes(ANN), 'the token never reaches the question');
    assert.ok(!r.stdout.includes(ANN) && !r.stderr.includes(ANN));
  });

  it('--dry-run sends nothing and prints what it would create', async () => {
    const r = await cli(['--repo', 'acme/ui-kit', '--title', 'Dark mode?', '--body', 'Is there a dark theme?', '--dry-run', '--api-url', gh.url], { GITHUB_TOKEN: ANN });
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /^Dry run: nothing was sent\. Would create a discussion in the "Q&A" category of acme\/ui-kit as ann:\n\nTitle: Dark mode\?\n\nIs there a dark theme\?\n\n_Asked with Reuse Radar from the reuse-radar CLI\._\n$/);
    assert.match(r.stderr, /No similar open question in acme\/ui-kit\./);
    assert.equal(mine().length, 0);
    assert.ok(!gh.requests.some((q) => q.method === 'POST' && !q.graphql));
  });

  it('a 500 after GitHub stored the question, then running it again: one question, the same URL', async () => {
    gh.faults.add({ method: 'POST', path: '/repos/acme/http-client/issues', status: 500, afterHandling: true });
    const first = await cli(['--repo', 'acme/http-client', '--title', 'Proxy support?', '--body', 'x']);
    assert.equal(first.code, 0, first.stderr);
    assert.match(first.stderr, /Your question from earlier was found and reused/);
    const again = await cli(['--repo', 'acme/http-client', '--title', 'Proxy support?', '--body', 'x']);
    assert.equal(again.stdout, first.stdout);
    assert.equal(mine().length, 1);
  });

  it('refuses a token over plain http to another machine, and explains bad input in one line', async () => {
    const remote = await cli(['--repo', 'acme/x', '--title', 't', '--body', 'b', '--api-url', 'http://ghe.example.com/api/v3'], { GITHUB_TOKEN: ANN });
    assert.equal(remote.code, 1);
    assert.equal(remote.stderr, 'reuse-radar ask: refusing to send GITHUB_TOKEN to http://ghe.example.com: use an https:// API URL.\n');
    const noToken = await cli(['--repo', 'acme/x', '--title', 't', '--body', 'b'], { GITHUB_API_URL: gh.url });
    assert.equal(noToken.code, 1);
    assert.match(noToken.stderr, /GITHUB_TOKEN is not set/);
    const usage = await cli(['--repo', 'acme/x', '--body', 'b']);
    assert.equal(usage.code, 2);
    assert.match(usage.stderr, /--title is required/);
    const missing = await cli(['--repo', 'acme/nope', '--title', 't', '--body', 'b']);
    assert.equal(missing.code, 1);
    assert.equal(missing.stderr, 'reuse-radar ask: You have no access to acme/nope or it does not exist.\n');
  });
});
