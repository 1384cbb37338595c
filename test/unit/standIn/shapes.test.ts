import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startGitHubStandIn, type GitHubStandIn } from '../../support/githubStandIn';

// Response bodies are checked field by field below; `any` keeps those checks readable.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const json = (res: Response): Promise<any> => res.json() as Promise<any>;

// The openapi description GitHub publishes, for the `required` lists of the response schemas.
const OPENAPI = JSON.parse(readFileSync(path.join(__dirname, '../../../node_modules/@octokit/openapi/generated/api.github.com.json'), 'utf8'));
function missingRequired(schemaName: string, value: Record<string, unknown>): string[] {
  const required: string[] = OPENAPI.components.schemas[schemaName].required;
  return required.filter((key) => !(key in value));
}

describe('GitHub stand-in response shapes', () => {
  let gh: GitHubStandIn;
  const auth = { authorization: 'Bearer tok' };
  const call = async (method: string, url: string, body?: unknown) => {
    const res = await fetch(`${gh.url}${url}`, { method, headers: auth, body: body === undefined ? undefined : JSON.stringify(body) });
    return { status: res.status, json: res.status === 204 ? undefined : await json(res) };
  };

  before(async () => {
    gh = await startGitHubStandIn();
    gh.state.addToken('tok', 'alice');
    gh.state.addRepo({ owner: 'acme', name: 'lib', files: { 'package.json': '{}', 'src/index.ts': 'export {};\n' } });
  });
  after(() => gh.close());

  it('has every field @octokit/openapi marks required on repository, user, content, ref, commit and pull', async () => {
    const repo = (await call('GET', '/repos/acme/lib')).json;
    assert.deepEqual(missingRequired('full-repository', repo), []);
    assert.deepEqual(missingRequired('simple-user', repo.owner), []);
    assert.deepEqual(missingRequired('content-file', (await call('GET', '/repos/acme/lib/contents/package.json')).json), []);
    const fork = await call('POST', '/repos/acme/lib/forks', {});
    assert.equal(fork.status, 202);
    assert.equal(fork.json.full_name, 'alice/lib');
    assert.equal(fork.json.parent.full_name, 'acme/lib');
    const ref = (await call('GET', '/repos/alice/lib/git/ref/heads/main')).json;
    assert.deepEqual(missingRequired('git-ref', ref), []);
    const tree = await call('POST', '/repos/alice/lib/git/trees', { base_tree: (await call('GET', `/repos/alice/lib/git/commits/${ref.object.sha}`)).json.tree.sha, tree: [{ path: 'src/util.ts', mode: '100644', type: 'blob', content: 'export const x = 1;\n' }] });
    assert.deepEqual(missingRequired('git-tree', tree.json), []);
    const commit = await call('POST', '/repos/alice/lib/git/commits', { message: 'Add util', tree: tree.json.sha, parents: [ref.object.sha] });
    assert.deepEqual(missingRequired('git-commit', commit.json), []);
    assert.equal((await call('POST', '/repos/alice/lib/git/refs', { ref: 'refs/heads/util', sha: commit.json.sha })).status, 201);
    const pull = await call('POST', '/repos/acme/lib/pulls', { title: 'Add util', head: 'alice:util', base: 'main' });
    assert.equal(pull.status, 201);
    assert.deepEqual(missingRequired('pull-request', pull.json), []);
    const again = await call('POST', '/repos/acme/lib/pulls', { title: 'Add util', head: 'alice:util', base: 'main' });
    assert.equal(again.status, 422);
    assert.equal(again.json.errors[0].message, 'A pull request already exists for alice:util.');
    const listed = await call('GET', '/repos/acme/lib/pulls?head=alice:util');
    assert.equal(listed.json.length, 1);
  });

  it('builds trees and commits whose SHAs match real git', function () {
    const dir = mkdtempSync(path.join(tmpdir(), 'standin-git-'));
    const files: Record<string, string> = { 'package.json': '{}\n', 'src/index.ts': 'export {};\n', 'src/deep/a.txt': 'a\n', 'README.md': '# x\n' };
    try {
      execFileSync('git', ['init', '-q', dir]);
    } catch {
      this.skip();
    }
    for (const [p, text] of Object.entries(files)) {
      mkdirSync(path.dirname(path.join(dir, p)), { recursive: true });
      writeFileSync(path.join(dir, p), text);
    }
    execFileSync('git', ['add', '.'], { cwd: dir });
    const expectedTree = execFileSync('git', ['write-tree'], { cwd: dir, encoding: 'utf8' }).trim();
    const env = { ...process.env, GIT_AUTHOR_NAME: 'A', GIT_AUTHOR_EMAIL: 'a@x', GIT_AUTHOR_DATE: '1700000000 +0000', GIT_COMMITTER_NAME: 'A', GIT_COMMITTER_EMAIL: 'a@x', GIT_COMMITTER_DATE: '1700000000 +0000' };
    const expectedCommit = execFileSync('git', ['commit-tree', expectedTree, '-m', 'msg'], { cwd: dir, encoding: 'utf8', env }).trim();
    const repo = gh.state.addRepo({ owner: 'acme', name: 'sha-check' });
    const changes = new Map(Object.entries(files).map(([p, text]) => [p, { mode: '100644', type: 'blob' as const, sha: repo.git.writeBlob(text) }]));
    const tree = repo.git.updateTree(undefined, changes);
    assert.equal(tree, expectedTree);
    const who = { name: 'A', email: 'a@x', date: new Date(1700000000 * 1000).toISOString() };
    assert.equal(repo.git.writeCommit({ tree, parents: [], message: 'msg\n', author: who, committer: who }), expectedCommit);
  });
});
