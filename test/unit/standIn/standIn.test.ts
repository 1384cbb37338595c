import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startGitHubStandIn, gitObjectSha, type GitHubStandIn } from '../../support/githubStandIn';

// Response bodies are checked field by field below; `any` keeps those checks readable.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const json = (res: Response): Promise<any> => res.json() as Promise<any>;

describe('GitHub stand-in', () => {
  let gh: GitHubStandIn;
  const auth = { authorization: 'token secret-1' };

  beforeEach(async () => {
    gh = await startGitHubStandIn();
    gh.state.addToken('secret-1', 'alice');
    gh.state.addOrg('acme');
    for (let i = 0; i < 7; i++) {
      gh.state.addRepo({ owner: 'acme', name: `repo-${i}`, createdAt: `2024-01-0${i + 1}T00:00:00Z`, files: { 'package.json': `{"name":"@acme/r${i}"}` } });
    }
  });
  afterEach(() => gh.close());

  it('paginates org repositories with GitHub Link headers, at / and at /api/v3', async () => {
    for (const base of [gh.url, gh.ghesUrl]) {
      const first = await fetch(`${base}/orgs/acme/repos?per_page=3&sort=full_name`, { headers: auth });
      assert.equal(first.status, 200);
      assert.deepEqual((await json(first)).map((r: { name: string }) => r.name), ['repo-0', 'repo-1', 'repo-2']);
      const link = first.headers.get('link')!;
      assert.match(link, new RegExp(`<${base.replace(/[/.]/g, '\\$&')}/orgs/acme/repos\\?per_page=3&sort=full_name&page=2>; rel="next"`));
      assert.match(link, /page=3>; rel="last"/);
      const last = await fetch(`${base}/orgs/acme/repos?per_page=3&sort=full_name&page=3`, { headers: auth });
      assert.deepEqual((await json(last)).map((r: { name: string }) => r.name), ['repo-6']);
      assert.match(last.headers.get('link')!, /rel="prev".*rel="first"/);
      assert.doesNotMatch(last.headers.get('link')!, /rel="next"/);
    }
  });

  it('answers 304 to a matching If-None-Match without spending rate limit', async () => {
    const first = await fetch(`${gh.url}/repos/acme/repo-1`, { headers: auth });
    const etag = first.headers.get('etag')!;
    const remaining = Number(first.headers.get('x-ratelimit-remaining'));
    const again = await fetch(`${gh.url}/repos/acme/repo-1`, { headers: { ...auth, 'if-none-match': etag } });
    assert.equal(again.status, 304);
    assert.equal(Number(again.headers.get('x-ratelimit-remaining')), remaining);
    gh.state.files['/catalog.json'] = '{"schemaVersion":1}';
    const file = await fetch(`${gh.url}/catalog.json`);
    assert.equal(await file.text(), '{"schemaVersion":1}');
    const fileAgain = await fetch(`${gh.url}/catalog.json`, { headers: { 'if-none-match': file.headers.get('etag')! } });
    assert.equal(fileAgain.status, 304);
  });

  it('sends GitHub-shaped 401, 404 and 422 bodies', async () => {
    const bad = await fetch(`${gh.url}/user`, { headers: { authorization: 'token nope' } });
    assert.equal(bad.status, 401);
    assert.deepEqual(await json(bad), { message: 'Bad credentials', documentation_url: 'https://docs.github.com/rest', status: '401' });
    const missing = await fetch(`${gh.url}/repos/acme/repo-1/contents/nope.txt`, { headers: auth });
    assert.equal(missing.status, 404);
    assert.equal((await json(missing)).message, 'Not Found');
    const repo = gh.state.repo('acme', 'repo-1')!;
    repo.permissions.alice = 'write';
    const sha = repo.git.refs.get('refs/heads/main')!;
    const create = () => fetch(`${gh.url}/repos/acme/repo-1/git/refs`, { method: 'POST', headers: auth, body: JSON.stringify({ ref: 'refs/heads/topic', sha }) });
    assert.equal((await create()).status, 201);
    const dup = await create();
    assert.equal(dup.status, 422);
    assert.equal((await json(dup)).message, 'Reference already exists');
  });

  it('rejects GraphQL that is invalid against GitHub\'s schema and resolves valid queries', async () => {
    const post = (query: string) => fetch(gh.graphqlUrl, { method: 'POST', headers: auth, body: JSON.stringify({ query }) }).then(json);
    const invalid = await post('{ organization(login: "acme") { repositories(first: 2) { nodes { starCount } } } }');
    assert.equal(invalid.data, undefined);
    assert.equal(invalid.errors[0].message, "Field 'starCount' doesn't exist on type 'Repository'");
    const valid = await post('{ organization(login: "acme") { repositories(first: 2) { totalCount nodes { stargazerCount f: object(expression: "HEAD:package.json") { ... on Blob { text } } } } } }');
    assert.equal(valid.errors, undefined);
    assert.equal(valid.data.organization.repositories.totalCount, 7);
    assert.equal(valid.data.organization.repositories.nodes[0].f.text, '{"name":"@acme/r0"}');
    const ghes = await fetch(`${gh.url}/api/graphql`, { method: 'POST', headers: auth, body: JSON.stringify({ query: '{ viewer { login } }' }) });
    assert.deepEqual((await json(ghes)).data, { viewer: { login: 'alice' } });
  });

  it('computes git object SHAs exactly as `git hash-object` does', function () {
    const content = 'hello stand-in\n\u00e9\n';
    const dir = mkdtempSync(path.join(tmpdir(), 'standin-'));
    const file = path.join(dir, 'f.txt');
    writeFileSync(file, content);
    let expected: string;
    try {
      expected = execFileSync('git', ['hash-object', file], { encoding: 'utf8' }).trim();
    } catch {
      this.skip();
    }
    assert.equal(gitObjectSha('blob', Buffer.from(content)), expected!);
    const repo = gh.state.repo('acme', 'repo-0')!;
    assert.equal(repo.git.writeBlob(content), expected!);
  });

  it('injects faults by path, count and request number', async () => {
    gh.faults.add({ path: '/repos/acme/repo-1', status: 500, times: 1, afterRequests: 1 });
    assert.equal((await fetch(`${gh.url}/repos/acme/repo-1`, { headers: auth })).status, 200);
    assert.equal((await fetch(`${gh.url}/repos/acme/repo-1`, { headers: auth })).status, 500);
    assert.equal((await fetch(`${gh.url}/repos/acme/repo-1`, { headers: auth })).status, 200);
    gh.faults.secondaryRateLimit({ retryAfter: 7, status: 429 });
    const limited = await fetch(`${gh.url}/repos/acme/repo-1`, { headers: auth });
    assert.equal(limited.status, 429);
    assert.equal(limited.headers.get('retry-after'), '7');
    assert.match((await json(limited)).message, /secondary rate limit/);
    assert.deepEqual(gh.requests.map((r) => r.status), [200, 500, 200, 429]);
  });
});
