import assert from 'node:assert/strict';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import * as nodePath from 'node:path';
import type { GitHubStandIn } from '../../support/githubStandIn';
import { main } from '../../../src/cli';
import { BOB_TOKEN, contributionStandIn } from './contributeFixture';

const HEAD_SHA = 'c0ffee0000000000000000000000000000000001';

describe('contribute: the CLI end to end against the stand-in', function () {
  // The CLI keeps GitHub's real pacing: writes 1 s apart, rate-limit waits in real seconds.
  this.timeout(40_000);
  let gh: GitHubStandIn;
  let dir: string;
  before(async () => {
    gh = await contributionStandIn();
    // A checkout whose origin URL carries the token, as CI clones often do.
    dir = await mkdtemp(nodePath.join(tmpdir(), 'rr-contribute-'));
    await mkdir(nodePath.join(dir, '.git', 'refs', 'heads'), { recursive: true });
    await writeFile(nodePath.join(dir, '.git', 'HEAD'), 'ref: refs/heads/main\n');
    await writeFile(nodePath.join(dir, '.git', 'refs', 'heads', 'main'), `${HEAD_SHA}\n`);
    await writeFile(nodePath.join(dir, '.git', 'config'), `[core]\n\tbare = false\n[remote "origin"]\n\turl = https://bob:${BOB_TOKEN}@github.com/acme/checkout.git\n\tfetch = +refs/heads/*:refs/remotes/origin/*\n`);
    await mkdir(nodePath.join(dir, 'lib'));
    await writeFile(nodePath.join(dir, 'lib', 'retry.ts'), 'export const retry = () => 3;\n');
    await writeFile(nodePath.join(dir, 'logo.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0xff]));
  });
  after(async () => {
    await gh.close();
    await rm(dir, { recursive: true, force: true });
  });

  async function cli(args: string[], env: Record<string, string | undefined> = { GITHUB_TOKEN: BOB_TOKEN }) {
    let stdout = '';
    let stderr = '';
    const code = await main(['contribute', ...args], { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), env, cwd: dir });
    return { code, stdout, stderr };
  }

  const args = (gh: GitHubStandIn) => [
    '--repo', 'acme/http-client', '--file', 'lib/retry.ts:src/retry.ts', '--file', `${nodePath.join(dir, 'logo.png')}:assets/logo.png`,
    '--title', 'Add retry helper', '--body', 'Three attempts.', '--draft', '--api-url', gh.url,
  ];

  it('forks, commits both files once, opens the PR and prints its URL; a rerun reuses it', async () => {
    gh.faults.secondaryRateLimit({ retryAfter: 1, path: '/repos/bob/http-client/git/commits' });
    const first = await cli(args(gh));
    assert.equal(first.code, 0, first.stderr);
    assert.match(first.stderr, /GitHub secondary rate limit: waiting 1 s/);
    assert.equal(first.stdout, `${gh.url}/acme/http-client/pull/1\n`);
    assert.match(first.stderr, /Owners: @acme\/platform/);
    assert.match(first.stderr, /Wanted contributions: Retries, Docs/);
    assert.match(first.stderr, /Contributing guide: .*CONTRIBUTING\.md\n {4}Open an issue before large changes/);
    assert.match(first.stderr, /\[wait-for-fork\] Forking acme\/http-client/);
    assert.match(first.stderr, /\[done\] Opened /);
    const [pull] = gh.state.pulls;
    assert.equal(pull.head.repo, 'bob/http-client');
    assert.equal(pull.draft, true);
    assert.match(pull.body!, /## Description\n\nThree attempts\./);
    assert.match(pull.body!, /- Repository: https:\/\/github\.com\/acme\/checkout\.git\n- Path: `lib\/retry\.ts, logo\.png`\n- Commit: c0ffee0000000000000000000000000000000001/);
    const fork = gh.state.repo('bob', 'http-client')!;
    assert.deepEqual([...fork.git.readBlob(fork.git.resolvePath(pull.head.sha, 'assets/logo.png')!.sha)!], [0x89, 0x50, 0x4e, 0x47, 0x00, 0xff]);
    assert.equal(fork.git.readCommit(pull.head.sha)!.parents.length, 1);

    const again = await cli(args(gh));
    assert.equal(again.code, 0, again.stderr);
    assert.equal(again.stdout, `${gh.url}/acme/http-client/pull/1\nreused existing pull request\n`);
    assert.equal(gh.state.pulls.length, 1);
    for (const text of [first.stdout, first.stderr, again.stdout, again.stderr, pull.body!]) assert.ok(!text.includes(BOB_TOKEN));
  });

  it('explains a missing GITHUB_TOKEN, a rejected one and an inaccessible repository without printing the token', async () => {
    const missing = await cli(args(gh), {});
    assert.equal(missing.code, 1);
    assert.match(missing.stderr, /GITHUB_TOKEN is not set/);
    const rejected = await cli(args(gh), { GITHUB_TOKEN: 'not-a-known-token-77' });
    assert.equal(rejected.code, 1);
    assert.match(rejected.stderr, /rejected the credentials .*acme\/http-client.* Check GITHUB_TOKEN\./);
    assert.ok(!rejected.stderr.includes('not-a-known-token-77'));
    const hidden = await cli(['--repo', 'acme/nothing-here', '--file', 'lib/retry.ts:x.ts', '--title', 't', '--api-url', gh.url]);
    assert.equal(hidden.code, 1);
    assert.equal(hidden.stderr, 'reuse-radar contribute: You have no access to acme/nothing-here or it does not exist.\n');
  });

  it('rejects malformed arguments with usage (exit 2) and unreadable files with a sentence (exit 1)', async () => {
    assert.equal((await cli(['--repo', 'acme/http-client', '--file', 'lib/retry.ts', '--title', 't'])).code, 2);
    assert.equal((await cli(['--file', 'a:b', '--title', 't'])).code, 2);
    assert.equal((await cli(['--repo', 'acme/http-client', '--file', 'a:b'])).code, 2);
    assert.equal((await cli(['--repo', 'acme/http-client', '--file', 'C:\\lib\\retry.ts', '--title', 't'])).code, 2);
    const unreadable = await cli(['--repo', 'acme/http-client', '--file', 'x:b.ts', '--title', 't', '--api-url', gh.url]);
    assert.equal(unreadable.code, 1);
    assert.match(unreadable.stderr, /cannot read x: no such file/);
  });
});
