import assert from 'node:assert/strict';
import type { GitHubStandIn } from '../../support/githubStandIn';
import { ContributionError, prepareContribution, submitContribution, type ContributionStep } from '../../../src/github/contribute';
import { ANN_TOKEN, BOB_TOKEN, TEMPLATE, apiFor, contributionStandIn, count, writes } from './contributeFixture';

const REPO = 'acme/http-client';
const provenance = { repo: 'acme/checkout-service', path: 'src/lib/retry.ts', commit: '0123456789abcdef0123456789abcdef01234567' };
const retryFile = { path: 'src/retry.ts', content: 'export function retry() {}\n' };

function branchesOf(gh: GitHubStandIn, repo: string): string[] {
  const [owner, name] = repo.split('/');
  return [...gh.state.repo(owner, name)!.git.refs.keys()].filter((r) => r.startsWith('refs/heads/reuse-radar/'));
}

async function rejects(promise: Promise<unknown>): Promise<ContributionError> {
  try {
    await promise;
  } catch (err) {
    assert.ok(err instanceof ContributionError, `expected a ContributionError, got ${String(err)}`);
    return err;
  }
  assert.fail('expected a rejection');
}

describe('contribute: submitContribution against the GitHub stand-in', () => {
  let gh: GitHubStandIn;
  beforeEach(async () => {
    gh = await contributionStandIn();
  });
  afterEach(async () => {
    await gh.close();
  });

  it('with push rights: one commit on a title-named branch of the repo, PR with template, description and provenance', async () => {
    const api = apiFor(gh, ANN_TOKEN);
    const ctx = await prepareContribution(api, { repo: REPO });
    assert.equal(ctx.canPush, true);
    const steps: ContributionStep[] = [];
    const result = await submitContribution(api, ctx, {
      files: [retryFile], title: 'Add retry helper', body: 'Retries idempotent requests.', provenance, onStep: (s) => steps.push(s),
    });
    assert.deepEqual(steps, ['read-base', 'upload', 'branch', 'pull-request', 'done']);
    assert.equal(result.branch, 'reuse-radar/add-retry-helper');
    assert.equal(result.fork, undefined);
    assert.deepEqual(result.reused, { branch: false, pull: false });
    assert.equal(result.pullRequest.htmlUrl, `${gh.url}/acme/http-client/pull/1`);
    const [pull] = gh.state.pulls;
    assert.equal(gh.state.pulls.length, 1);
    assert.deepEqual(pull.head, { repo: REPO, ref: 'reuse-radar/add-retry-helper', sha: pull.head.sha });
    assert.equal(pull.base.ref, 'main');
    assert.equal(pull.draft, false);
    assert.ok(pull.body!.startsWith('## Description\n\nRetries idempotent requests.\n'), pull.body!);
    assert.ok(pull.body!.includes('## Checklist'));
    assert.ok(pull.body!.includes(`- Repository: acme/checkout-service\n- Path: \`src/lib/retry.ts\`\n- Commit: ${provenance.commit}`));
    // The branch tip is one commit on top of main, holding the old files and the new one.
    const repo = gh.state.repo('acme', 'http-client')!;
    const commit = repo.git.readCommit(pull.head.sha)!;
    assert.deepEqual(commit.parents, [repo.git.refs.get('refs/heads/main')]);
    assert.equal(repo.git.readBlob(repo.git.resolvePath(pull.head.sha, 'src/retry.ts')!.sha)!.toString(), retryFile.content);
    assert.ok(repo.git.resolvePath(pull.head.sha, 'src/index.ts'));
  });

  it('without push rights: forks, then opens fork:branch → canonical repo; the next contribution reuses the fork', async () => {
    const api = apiFor(gh, BOB_TOKEN);
    const ctx = await prepareContribution(api, { repo: REPO });
    assert.equal(ctx.canPush, false);
    // The new fork's git data is not there for the first two probes: the flow waits for it.
    gh.faults.add({ method: 'GET', path: /^\/repos\/bob\/http-client\/git\/ref\//, status: 404, times: 2 });
    const details: string[] = [];
    const result = await submitContribution(api, ctx, { files: [retryFile], title: 'Add retry helper', draft: true, provenance, onStep: (s, d) => details.push(`${s}: ${d}`) });
    assert.equal(result.fork, 'bob/http-client');
    assert.equal(gh.state.repo('bob', 'http-client')?.parent, REPO);
    assert.ok(details.some((d) => d.startsWith('wait-for-fork: Waiting for GitHub')), details.join('\n'));
    const [pull] = gh.state.pulls;
    assert.equal(pull.repo, REPO);
    assert.equal(pull.head.repo, 'bob/http-client');
    assert.equal(pull.draft, true);
    assert.deepEqual(branchesOf(gh, REPO), []);
    assert.deepEqual(branchesOf(gh, 'bob/http-client'), ['refs/heads/reuse-radar/add-retry-helper']);

    const before = gh.requests.length;
    const second = await submitContribution(api, ctx, { files: [{ path: 'docs/retry.md', content: '# Retry\n' }], title: 'Document retries', provenance });
    assert.equal(second.fork, 'bob/http-client');
    assert.equal(count(gh.requests, 'POST', /\/forks$/, before), 0);
    assert.equal(gh.state.pulls.length, 2);
  });

  it('forks when the repository claims push rights but refuses the first write (403)', async () => {
    const api = apiFor(gh, ANN_TOKEN);
    const ctx = await prepareContribution(api, { repo: REPO });
    assert.equal(ctx.canPush, true);
    gh.faults.add({ method: 'POST', path: '/repos/acme/http-client/git/trees', status: 403, body: { message: 'Resource not accessible by personal access token' } });
    const steps: string[] = [];
    const result = await submitContribution(api, ctx, { files: [retryFile], title: 'Add retry helper', provenance, onStep: (s, d) => steps.push(`${s}: ${d}`) });
    assert.equal(result.fork, 'ann/http-client');
    assert.ok(steps.includes('fork: acme/http-client refused your write: looking for your fork'), steps.join('\n'));
    assert.equal(gh.state.pulls[0].head.repo, 'ann/http-client');
    assert.deepEqual(branchesOf(gh, REPO), []);
  });

  it('reuses an existing branch whose tree equals the new tree (no second commit)', async () => {
    const api = apiFor(gh, ANN_TOKEN);
    const ctx = await prepareContribution(api, { repo: REPO });
    const main = (await api.getBranch(REPO, 'main'))!;
    const tree = await api.createTree(REPO, main.treeSha, [{ path: retryFile.path, content: retryFile.content }]);
    const commit = await api.createCommit(REPO, { message: 'earlier attempt', tree, parents: [main.commitSha] });
    await api.createRef(REPO, 'reuse-radar/add-retry-helper', commit);
    const before = gh.requests.length;
    const result = await submitContribution(api, ctx, { files: [retryFile], title: 'Add retry helper', provenance });
    assert.deepEqual(result.reused, { branch: true, pull: false });
    assert.equal(count(gh.requests, 'POST', /\/git\/commits$/, before), 0);
    assert.equal(count(gh.requests, 'POST', /\/git\/refs$/, before), 0);
    assert.equal(gh.state.pulls[0].head.sha, commit);
  });

  it('never rewrites a same-named branch holding other content: uses the next free suffix', async () => {
    const api = apiFor(gh, ANN_TOKEN);
    const ctx = await prepareContribution(api, { repo: REPO });
    await submitContribution(api, ctx, { files: [retryFile], title: 'Add retry helper', provenance });
    const first = gh.state.repo('acme', 'http-client')!.git.refs.get('refs/heads/reuse-radar/add-retry-helper');
    const result = await submitContribution(api, ctx, { files: [{ path: 'src/retry.ts', content: 'export function retry(n = 3) {}\n' }], title: 'Add retry helper', provenance });
    assert.equal(result.branch, 'reuse-radar/add-retry-helper-2');
    assert.equal(gh.state.repo('acme', 'http-client')!.git.refs.get('refs/heads/reuse-radar/add-retry-helper'), first);
    assert.equal(gh.state.pulls.length, 2);
  });

  it('returns the open pull request from the branch instead of opening a duplicate', async () => {
    const api = apiFor(gh, ANN_TOKEN);
    const ctx = await prepareContribution(api, { repo: REPO });
    const first = await submitContribution(api, ctx, { files: [retryFile], title: 'Add retry helper', provenance });
    const before = gh.requests.length;
    const again = await submitContribution(api, ctx, { files: [retryFile], title: 'Add retry helper', provenance });
    assert.deepEqual(again.reused, { branch: true, pull: true });
    assert.equal(again.pullRequest.number, first.pullRequest.number);
    assert.equal(count(gh.requests, 'POST', /\/pulls$/, before), 0);
    assert.equal(gh.state.pulls.length, 1);
  });

  it('answers GitHub\'s 422 "A pull request already exists" (a race with another run) with that pull request', async () => {
    const api = apiFor(gh, ANN_TOKEN);
    const ctx = await prepareContribution(api, { repo: REPO });
    const first = await submitContribution(api, ctx, { files: [retryFile], title: 'Add retry helper', provenance });
    // The lookup misses the pull request once (as when another run opens it between our lookup and our create).
    gh.faults.add({ method: 'GET', path: '/repos/acme/http-client/pulls', status: 200, body: [] });
    const before = gh.requests.length;
    const again = await submitContribution(api, ctx, { files: [retryFile], title: 'Add retry helper', provenance });
    assert.equal(count(gh.requests, 'POST', /\/pulls$/, before), 1);
    assert.equal(gh.requests.filter((r) => r.method === 'POST' && r.path.endsWith('/pulls')).at(-1)?.status, 422);
    assert.deepEqual(again.reused, { branch: true, pull: true });
    assert.equal(again.pullRequest.number, first.pullRequest.number);
    assert.equal(gh.state.pulls.length, 1);
  });

  it('a 500 in the middle of tree creation, then a retry: exactly one branch and one pull request', async () => {
    const api = apiFor(gh, ANN_TOKEN);
    const ctx = await prepareContribution(api, { repo: REPO });
    const files = [retryFile, { path: 'assets/logo.png', content: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 1, 2, 255]) }];
    gh.faults.add({ method: 'POST', path: '/repos/acme/http-client/git/trees', status: 500, times: Infinity });
    const err = await rejects(submitContribution(api, ctx, { files, title: 'Add retry helper', provenance }));
    assert.equal(err.code, 'network');
    assert.match(err.message, /acme\/http-client/);
    assert.deepEqual(branchesOf(gh, REPO), []);
    assert.equal(gh.state.pulls.length, 0);
    gh.faults.clear();
    const result = await submitContribution(api, ctx, { files, title: 'Add retry helper', provenance });
    assert.deepEqual(result.reused, { branch: false, pull: false });
    assert.deepEqual(branchesOf(gh, REPO), ['refs/heads/reuse-radar/add-retry-helper']);
    assert.equal(gh.state.pulls.length, 1);
    const repo = gh.state.repo('acme', 'http-client')!;
    assert.deepEqual([...repo.git.readBlob(repo.git.resolvePath(gh.state.pulls[0].head.sha, 'assets/logo.png')!.sha)!], [...files[1].content as Uint8Array]);
  });

  it('a failure after the branch exists (opening the PR), then a retry: the branch is reused, one pull request', async () => {
    const api = apiFor(gh, ANN_TOKEN);
    const ctx = await prepareContribution(api, { repo: REPO });
    gh.faults.add({ method: 'POST', path: '/repos/acme/http-client/pulls', status: 502, times: Infinity });
    assert.equal((await rejects(submitContribution(api, ctx, { files: [retryFile], title: 'Add retry helper', provenance }))).code, 'network');
    gh.faults.clear();
    const result = await submitContribution(api, ctx, { files: [retryFile], title: 'Add retry helper', provenance });
    assert.deepEqual(result.reused, { branch: true, pull: false });
    assert.deepEqual(branchesOf(gh, REPO), ['refs/heads/reuse-radar/add-retry-helper']);
    assert.equal(gh.state.pulls.length, 1);
  });

  describe('retries after the base branch moved', () => {
    /** Someone merges to main: one commit on top of it, touching a file the contribution does not. */
    async function pushToMain(note: string) {
      const api = apiFor(gh, ANN_TOKEN);
      const main = (await api.getBranch(REPO, 'main'))!;
      const tree = await api.createTree(REPO, main.treeSha, [{ path: 'CHANGELOG.md', content: `${note}\n` }]);
      await api.updateRef(REPO, 'main', await api.createCommit(REPO, { message: note, tree, parents: [main.commitSha] }), false);
    }
    const openPulls = () => gh.state.pulls.filter((p) => p.state === 'open');

    it('PR creation fails (502), main moves, run again, main moves, run again: one branch and one open pull request', async () => {
      const api = apiFor(gh, ANN_TOKEN);
      const ctx = await prepareContribution(api, { repo: REPO });
      const run = () => submitContribution(api, ctx, { files: [retryFile], title: 'Add retry', provenance });
      gh.faults.add({ method: 'POST', path: '/repos/acme/http-client/pulls', status: 502, times: Infinity });
      assert.equal((await rejects(run())).code, 'network');
      gh.faults.clear();
      await pushToMain('Release 1.1');
      const second = await run();
      assert.equal(second.branch, 'reuse-radar/add-retry');
      assert.deepEqual(second.reused, { branch: true, pull: false });
      await pushToMain('Release 1.2');
      const third = await run();
      assert.deepEqual(third.reused, { branch: true, pull: true });
      assert.equal(third.pullRequest.number, second.pullRequest.number);
      assert.deepEqual(branchesOf(gh, REPO), ['refs/heads/reuse-radar/add-retry']);
      assert.equal(openPulls().length, 1);
    });

    it('the same in a fork (no push rights): one branch in the fork, one open pull request', async () => {
      const api = apiFor(gh, BOB_TOKEN);
      const ctx = await prepareContribution(api, { repo: REPO });
      const run = () => submitContribution(api, ctx, { files: [retryFile], title: 'Add retry', provenance });
      gh.faults.add({ method: 'POST', path: '/repos/acme/http-client/pulls', status: 502, times: Infinity });
      assert.equal((await rejects(run())).code, 'network');
      gh.faults.clear();
      await pushToMain('Release 1.1');
      assert.deepEqual((await run()).reused, { branch: true, pull: false });
      await pushToMain('Release 1.2');
      assert.deepEqual((await run()).reused, { branch: true, pull: true });
      assert.deepEqual(branchesOf(gh, 'bob/http-client'), ['refs/heads/reuse-radar/add-retry']);
      assert.equal(openPulls().length, 1);
    });

    it('finds the contribution on a suffixed branch with its open pull request; compares only the contributed paths', async () => {
      const api = apiFor(gh, ANN_TOKEN);
      const ctx = await prepareContribution(api, { repo: REPO });
      const older = { path: 'src/retry.ts', content: 'export function retry(n = 1) {}\n' };
      await submitContribution(api, ctx, { files: [older], title: 'Add retry', provenance });
      const ours = await submitContribution(api, ctx, { files: [retryFile, { path: 'docs/retry.md', content: '# Retry\n' }], title: 'Add retry', provenance });
      assert.equal(ours.branch, 'reuse-radar/add-retry-2');
      await pushToMain('Release 1.1');
      const before = gh.requests.length;
      const again = await submitContribution(api, ctx, { files: [retryFile, { path: 'docs/retry.md', content: '# Retry\n' }], title: 'Add retry', provenance });
      assert.equal(again.branch, 'reuse-radar/add-retry-2');
      assert.deepEqual(again.reused, { branch: true, pull: true });
      assert.equal(again.pullRequest.number, ours.pullRequest.number);
      assert.equal(count(gh.requests, 'POST', /\/git\/(commits|refs)$|\/pulls$/, before), 0);
      // One contributed file differs: that is another change, on the next free name.
      const changed = await submitContribution(api, ctx, { files: [retryFile, { path: 'docs/retry.md', content: '# Retries\n' }], title: 'Add retry', provenance });
      assert.equal(changed.branch, 'reuse-radar/add-retry-3');
      assert.deepEqual(changed.reused, { branch: false, pull: false });
      assert.equal(openPulls().length, 3);
    });

    it('a file the contribution adds as executable is not the same as one committed without the bit', async () => {
      const api = apiFor(gh, ANN_TOKEN);
      const ctx = await prepareContribution(api, { repo: REPO });
      await submitContribution(api, ctx, { files: [retryFile], title: 'Add retry', provenance });
      const exec = await submitContribution(api, ctx, { files: [{ ...retryFile, executable: true }], title: 'Add retry', provenance });
      assert.equal(exec.branch, 'reuse-radar/add-retry-2');
    });
  });

  it('a 10-file change is one tree, one commit, one ref and one pull request (no per-file writes)', async () => {
    const api = apiFor(gh, ANN_TOKEN);
    const ctx = await prepareContribution(api, { repo: REPO });
    const before = gh.requests.length;
    const files = Array.from({ length: 10 }, (_, i) => ({ path: `src/part${i}.ts`, content: `export const part${i} = ${i};\n` }));
    await submitContribution(api, ctx, { files, title: 'Split into parts', provenance });
    assert.deepEqual(writes(gh.requests, before).map((r) => `${r.method} ${r.path}`), [
      'POST /repos/acme/http-client/git/trees',
      'POST /repos/acme/http-client/git/commits',
      'POST /repos/acme/http-client/git/refs',
      'POST /repos/acme/http-client/pulls',
    ]);
    const repo = gh.state.repo('acme', 'http-client')!;
    for (const f of files) assert.ok(repo.git.resolvePath(gh.state.pulls[0].head.sha, f.path), f.path);
  });

  it('cancellation before the pull request stops without a branch; running again completes', async () => {
    const api = apiFor(gh, ANN_TOKEN);
    const ctx = await prepareContribution(api, { repo: REPO });
    const controller = new AbortController();
    const err = await rejects(submitContribution(api, ctx, {
      files: [retryFile], title: 'Add retry helper', provenance, signal: controller.signal,
      onStep: (s) => s === 'upload' && controller.abort(),
    }));
    assert.equal(err.code, 'cancelled');
    assert.deepEqual(branchesOf(gh, REPO), []);
    await submitContribution(api, ctx, { files: [retryFile], title: 'Add retry helper', provenance });
    assert.equal(gh.state.pulls.length, 1);
  });

  it('waits out a secondary rate limit (retry-after, scaled down) and succeeds', async () => {
    const api = apiFor(gh, ANN_TOKEN);
    const ctx = await prepareContribution(api, { repo: REPO });
    gh.faults.secondaryRateLimit({ retryAfter: 30, path: '/repos/acme/http-client/git/commits' });
    const started = Date.now();
    const result = await submitContribution(api, ctx, { files: [retryFile], title: 'Add retry helper', provenance });
    assert.ok(Date.now() - started >= 250, 'waited for retry-after');
    assert.equal(gh.faults.fired, 1);
    assert.equal(count(gh.requests, 'POST', /\/git\/commits$/), 2);
    assert.equal(result.pullRequest.number, 1);
  });

  it('401 → "auth"; 404 → a message naming the repository; the token is in no error', async () => {
    const bad = apiFor(gh, 'ghp_WrongToken0000000000000000000000000');
    const auth = await rejects(prepareContribution(bad, { repo: REPO }));
    assert.equal(auth.code, 'auth');
    assert.match(auth.message, /acme\/http-client/);
    const missing = await rejects(prepareContribution(apiFor(gh, ANN_TOKEN), { repo: 'acme/secret-lib' }));
    assert.equal(missing.code, 'not-found');
    assert.equal(missing.message, 'You have no access to acme/secret-lib or it does not exist.');
    gh.state.addRepo({ owner: 'acme', name: 'private-lib', visibility: 'private', files: { 'a.txt': 'a' } });
    assert.equal((await rejects(prepareContribution(apiFor(gh, BOB_TOKEN), { repo: 'acme/private-lib' }))).message, 'You have no access to acme/private-lib or it does not exist.');
    for (const e of [auth, missing]) {
      const text = `${e.message} ${e.stack} ${JSON.stringify(e)}`;
      assert.ok(!text.includes('WrongToken') && !text.includes(ANN_TOKEN) && !text.includes(BOB_TOKEN));
    }
  });

  it('works against a GHES-style base URL (/api/v3)', async () => {
    const api = apiFor(gh, BOB_TOKEN, gh.ghesUrl);
    const ctx = await prepareContribution(api, { repo: REPO });
    const result = await submitContribution(api, ctx, { files: [retryFile], title: 'Add retry helper', provenance });
    assert.equal(result.pullRequest.url, `${gh.ghesUrl}/repos/acme/http-client/pulls/1`);
    assert.ok(gh.requests.every((r) => !r.url.startsWith('/repos') || r.url.startsWith('/api/v3/')));
  });

  it('a primary rate limit too long to wait for → "rate-limited" with the wait; an unreachable host → "network"', async () => {
    const api = apiFor(gh, ANN_TOKEN);
    gh.faults.primaryRateLimit({ resetInSeconds: 5000, path: '/repos/acme/http-client' });
    const limited = await rejects(prepareContribution(api, { repo: REPO }));
    assert.equal(limited.code, 'rate-limited');
    assert.ok(limited.retryAfterSeconds! > 4900 && limited.retryAfterSeconds! <= 5000, String(limited.retryAfterSeconds));
    assert.match(limited.message, /acme\/http-client.*Try again in \d+ s/);
    const closed = await contributionStandIn();
    await closed.close();
    const offline = await rejects(prepareContribution(apiFor(closed, ANN_TOKEN), { repo: REPO }));
    assert.equal(offline.code, 'network');
    assert.match(offline.message, /Could not reach GitHub .*acme\/http-client/);
  });

  it('never writes the token into the pull request, even when a provenance URL carries it', async () => {
    const api = apiFor(gh, BOB_TOKEN);
    const ctx = await prepareContribution(api, { repo: REPO });
    await submitContribution(api, ctx, {
      files: [retryFile], title: 'Add retry helper', provenance: { ...provenance, repo: `https://x-access-token:${BOB_TOKEN}@github.com/acme/checkout-service.git` },
    });
    const [pull] = gh.state.pulls;
    const repo = gh.state.repo('bob', 'http-client')!;
    const message = repo.git.readCommit(pull.head.sha)!.message;
    for (const text of [pull.body!, pull.title, message]) assert.ok(!text.includes(BOB_TOKEN), text);
    assert.ok(pull.body!.includes('- Repository: https://github.com/acme/checkout-service.git'));
    assert.ok(pull.body!.includes(TEMPLATE.split('\n')[0]));
  });
});
