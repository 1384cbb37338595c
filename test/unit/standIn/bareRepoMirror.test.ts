import * as assert from 'node:assert';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as nodePath from 'node:path';
import { startGitHubStandIn, type GitHubStandIn } from '../../support/githubStandIn';
import { mirrorBareRepos } from '../../support/githubStandIn/bareRepoMirror';

const ENV = { ...process.env, GIT_AUTHOR_DATE: '2026-01-02T03:04:05+0000', GIT_COMMITTER_DATE: '2026-01-02T03:04:05+0000', GIT_CONFIG_NOSYSTEM: '1', HOME: tmpdir() };
const git = (cwd: string, ...args: string[]) => execFileSync('git', args, { cwd, env: ENV, encoding: 'utf8' }).trim();

describe('stand-in: bare repository mirror', () => {
  let gh: GitHubStandIn;
  let dir: string;
  beforeEach(async () => {
    gh = await startGitHubStandIn();
    dir = mkdtempSync(nodePath.join(tmpdir(), 'rr-mirror-'));
  });
  afterEach(async () => {
    await gh.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('copies pushed branches with git\'s own SHAs, so pull requests can be opened from them', async () => {
    gh.state.addToken('t', 'ann');
    const repo = gh.state.addRepo({ owner: 'acme', name: 'lib' });
    repo.permissions.ann = 'write';
    const bare = nodePath.join(dir, 'remotes', 'acme', 'lib.git');
    mkdirSync(bare, { recursive: true });
    git(bare, 'init', '-q', '--bare', '-b', 'main');
    const work = nodePath.join(dir, 'work');
    mkdirSync(work);
    git(work, 'init', '-q', '-b', 'main');
    git(work, 'config', 'user.name', 'Ann');
    git(work, 'config', 'user.email', 'ann@example.com');
    mkdirSync(nodePath.join(work, 'src'));
    writeFileSync(nodePath.join(work, 'src', 'index.ts'), 'export const a = 1;\n');
    writeFileSync(nodePath.join(work, 'run.sh'), '#!/bin/sh\n');
    git(work, 'update-index', '--add', '--chmod=+x', 'run.sh');
    git(work, 'add', '.');
    git(work, 'commit', '-q', '-m', 'Initial');
    git(work, 'push', '-q', bare, 'main');
    const mirror = mirrorBareRepos(gh, nodePath.join(dir, 'remotes'));
    mirror.sync();
    const head = git(work, 'rev-parse', 'HEAD');
    assert.strictEqual(repo.git.refs.get('refs/heads/main'), head);

    git(work, 'checkout', '-q', '-b', 'feature');
    writeFileSync(nodePath.join(work, 'src', 'index.ts'), 'export const a = 2;\n');
    git(work, 'commit', '-q', '-am', 'Change a');
    git(work, 'push', '-q', bare, 'feature');
    // No explicit sync: opening the pull request syncs first.
    const res = await fetch(`${gh.url}/repos/acme/lib/pulls`, { method: 'POST', headers: { authorization: 'token t', 'content-type': 'application/json' }, body: JSON.stringify({ title: 'Change a', head: 'feature', base: 'main' }) });
    assert.strictEqual(res.status, 201, await res.clone().text());
    const pull = (await res.json()) as { head: { sha: string } };
    assert.strictEqual(pull.head.sha, git(work, 'rev-parse', 'HEAD'));
    assert.strictEqual(mirror.shaOf(head), head);
  });
});
