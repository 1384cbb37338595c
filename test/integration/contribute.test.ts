import * as assert from 'node:assert';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as nodePath from 'node:path';
import * as vscode from 'vscode';
import type { Catalog } from '../../src/catalog/model';
import type { CatalogState } from '../../src/services/catalogService';
import { startGitHubStandIn, type GitHubStandIn, type StandInRepo } from '../support/githubStandIn';
import { mirrorBareRepos, type BareRepoMirror } from '../support/githubStandIn/bareRepoMirror';
import { addContributionRoutes } from '../support/githubStandIn/contributionRoutes';
import type { ContributeOutcome } from '../../src/contribute/contributionSession';
import { testHook, withPrompts } from './support/api';
import { ANN_TOKEN, BOB_TOKEN, CLIENT, branchesOf, cloneLib, contribute, entry, fileAt, fixture, git, recordingUi, seedContributionRepos } from './support/contributeHarness';
import { waitFor } from './support/waitFor';
import { setTokenViaInputBox } from './support/tokenInput';

describe('Contribute upstream and Publish as InnerSource (against the GitHub stand-in)', function () {
  this.timeout(60_000);
  let gh: GitHubStandIn;
  let mirror: BareRepoMirror;
  let tmp: string;
  let httpClient: StandInRepo;
  let previous: { catalog: Catalog; state: CatalogState };
  let untune: vscode.Disposable;

  const useToken = (token: string) => setTokenViaInputBox(token);

  before(async () => {
    const api = await testHook();
    previous = { catalog: api.catalog.catalog, state: api.catalog.state };
    untune = api.clients.tune(CLIENT);
    tmp = mkdtempSync(nodePath.join(tmpdir(), 'rr-contrib-'));
    gh = await startGitHubStandIn();
    addContributionRoutes(gh);
    mirror = mirrorBareRepos(gh, nodePath.join(tmp, 'remotes'));
    httpClient = seedContributionRepos(gh);

    const config = vscode.workspace.getConfiguration('reuseRadar');
    await config.update('github.apiUrl', gh.url, vscode.ConfigurationTarget.Global);
    await useToken(ANN_TOKEN);
    const host = new URL(gh.url).host;
    const catalog: Catalog = { schemaVersion: 1, generatedAt: new Date().toISOString(), entries: [entry('acme/http-client', host), entry('acme/lib', host)], replacements: [] };
    // The apiUrl change reloads the (demo) catalog; set ours once that has happened.
    await waitFor(async () => {
      api.catalog.setCatalog(catalog, 'ready');
      await new Promise((r) => setTimeout(r, 100));
      return api.catalog.catalog === catalog;
    }, 'the test catalog to stay in place');
  });

  after(async () => {
    // Let the Git extension forget the temporary repositories before they are deleted.
    for (const dir of ['lib', 'lib-bob', 'widget']) await vscode.commands.executeCommand('git.close', vscode.Uri.file(nodePath.join(tmp, dir))).then(undefined, () => undefined);
    await useToken('');
    untune?.dispose();
    await vscode.workspace.getConfiguration('reuseRadar').update('github.apiUrl', undefined, vscode.ConfigurationTarget.Global);
    const api = await testHook();
    await waitFor(() => api.catalog.catalog !== previous.catalog || api.catalog.state === previous.state, 'the demo catalog back');
    if (api.catalog.state !== previous.state) api.catalog.setCatalog(previous.catalog, previous.state);
    // Leave the extension idle for the suites after this one (the closed editor is re-read by the scanner).
    await waitFor(() => !api.scanner.isScanning, 'the workspace scanner to be idle', 15_000);
    await gh?.close();
    rmSync(tmp, { recursive: true, force: true });
  });

  it('opens a pull request with the file, the template and the provenance, and never the token', async () => {
    const { ui, shown, steps } = recordingUi();
    const outcome = await contribute(ui, { repo: 'acme/http-client', files: [{ uri: fixture('retry.ts'), path: 'src/retry.ts' }], title: 'Add retry helper', body: 'Retries with backoff.', confirm: true });
    assert.strictEqual(outcome.status, 'opened', JSON.stringify(outcome));
    assert.strictEqual(outcome.branch, 'reuse-radar/add-retry-helper');
    assert.strictEqual(outcome.fork, undefined);
    const pulls = gh.state.pulls.filter((p) => p.repo === 'acme/http-client');
    assert.strictEqual(pulls.length, 1);
    const pull = pulls[0];
    assert.strictEqual(outcome.url, `${gh.url}/acme/http-client/pull/${pull.number}`);
    assert.deepStrictEqual([pull.head.repo, pull.head.ref, pull.base.ref, pull.draft], ['acme/http-client', 'reuse-radar/add-retry-helper', 'main', false]);
    const body = pull.body ?? '';
    assert.match(body, /## Description\n\nRetries with backoff\./, 'the description sits under the template heading');
    assert.match(body, /## Checklist/);
    assert.match(body, /### Provenance[\s\S]*- Path: `[^`]*contribute\/retry\.ts`/);
    assert.ok(!body.includes(ANN_TOKEN) && !JSON.stringify(shown).includes(ANN_TOKEN) && !steps.join('\n').includes(ANN_TOKEN), 'no token anywhere');
    assert.strictEqual(fileAt(httpClient, 'refs/heads/reuse-radar/add-retry-helper', 'src/retry.ts')?.toString('utf8'), (await vscode.workspace.fs.readFile(fixture('retry.ts'))).toString());
    assert.deepStrictEqual(shown.map((s) => [s.level, s.text, s.actions]), [['info', `Opened pull request #${pull.number} in acme/http-client.`, ['Open pull request']]]);
    assert.ok(steps.includes('Contributing to acme/http-client') && steps.some((s) => /^Opening the pull request/.test(s)), steps.join(' | '));
  });

  it('running it again offers the existing pull request instead of a duplicate', async () => {
    const { ui, shown } = recordingUi();
    const outcome = await contribute(ui, { repo: 'acme/http-client', files: [{ uri: fixture('retry.ts'), path: 'src/retry.ts' }], title: 'Add retry helper', body: 'Retries with backoff.', confirm: true });
    assert.strictEqual(outcome.status, 'reused');
    assert.deepStrictEqual(outcome.reused, { branch: true, pull: true });
    assert.strictEqual(gh.state.pulls.filter((p) => p.repo === 'acme/http-client').length, 1, 'exactly one pull request');
    assert.deepStrictEqual(branchesOf(httpClient, 'reuse-radar/'), ['refs/heads/reuse-radar/add-retry-helper'], 'exactly one branch');
    assert.match(shown[0].text, /^An open pull request from reuse-radar\/add-retry-helper already exists in acme\/http-client: #1\.$/);
  });

  it('forks first when the user cannot push, and opens the pull request from the fork to the canonical repository', async () => {
    await useToken(BOB_TOKEN);
    try {
      const { ui, shown } = recordingUi();
      const outcome = await contribute(ui, { repo: 'acme/http-client', files: [{ content: 'export const timeoutMs = 5000;\n', path: 'src/timeout.ts' }], title: 'Add timeout option', confirm: true });
      assert.strictEqual(outcome.status, 'opened', JSON.stringify(outcome));
      assert.strictEqual(outcome.fork, 'bob/http-client');
      const pull = gh.state.pulls.find((p) => p.head.ref === 'reuse-radar/add-timeout-option');
      assert.ok(pull);
      assert.deepStrictEqual([pull.repo, pull.head.repo, pull.user], ['acme/http-client', 'bob/http-client', 'bob']);
      assert.deepStrictEqual(branchesOf(httpClient, 'reuse-radar/add-timeout'), [], 'nothing pushed to the canonical repository');
      assert.ok(!(pull.body ?? '').includes(BOB_TOKEN) && !JSON.stringify(shown).includes(BOB_TOKEN));
      assert.match(shown[0].text, /from your fork bob\/http-client\.$/);
    } finally {
      await useToken(ANN_TOKEN);
    }
  });

  it('a 500 in the middle of the tree creation fails clearly; a retry leaves exactly one branch and one pull request', async () => {
    const parser = gh.state.repo('acme', 'parser')!;
    gh.faults.add({ method: 'POST', path: /^\/repos\/acme\/parser\/git\/trees$/, status: 500, body: { message: 'Server Error' } });
    const files = [{ uri: fixture('parser.ts'), path: 'src/parser.ts' }, { uri: fixture('table.bin'), path: 'data/table.bin' }];
    const first = recordingUi();
    const failed = await contribute(first.ui, { repo: 'acme/parser', files, title: 'Add pair parser', confirm: true });
    assert.strictEqual(failed.status, 'failed');
    assert.strictEqual(failed.error?.code, 'network');
    assert.deepStrictEqual(first.shown.map((s) => [s.level, s.text]), [['error', 'GitHub failed (500) while creating the file tree for acme/parser; nothing was left half-made, try again.']]);
    assert.ok(!/\n\s+at /.test(first.shown[0].text), 'no stack trace');
    assert.deepStrictEqual(branchesOf(parser, 'reuse-radar/'), []);
    assert.strictEqual(gh.state.pulls.filter((p) => p.repo === 'acme/parser').length, 0);

    const second = recordingUi();
    const retried = await contribute(second.ui, { repo: 'acme/parser', files, title: 'Add pair parser', confirm: true });
    assert.strictEqual(retried.status, 'opened', JSON.stringify(retried));
    assert.deepStrictEqual(branchesOf(parser, 'reuse-radar/'), ['refs/heads/reuse-radar/add-pair-parser']);
    assert.strictEqual(gh.state.pulls.filter((p) => p.repo === 'acme/parser').length, 1);
    assert.deepStrictEqual([...(fileAt(parser, 'refs/heads/reuse-radar/add-pair-parser', 'data/table.bin') ?? [])], [...(await vscode.workspace.fs.readFile(fixture('table.bin')))], 'the binary file arrives byte for byte');
  });

  it('the command called with arguments from outside never reads a file outside the workspace, confirm or not', async () => {
    const outside = nodePath.join(tmp, 'id_rsa');
    writeFileSync(outside, 'PRIVATE KEY\n');
    const before = [...gh.state.repo('acme', 'http-client')!.git.refs.keys()];
    // As a command: link or another extension would call it: confirm, ui and client are not honoured there.
    const outcome = await vscode.commands.executeCommand<{ status: string; error?: { message: string } }>('reuseRadar.contribute', { confirm: true, repo: 'acme/http-client', files: [{ uri: outside, path: 'leak.txt' }], title: 'Leak' });
    assert.strictEqual(outcome.status, 'failed');
    assert.match(outcome.error?.message ?? '', /is not a file of the open workspace: Reuse Radar contributes only workspace files\.$/);
    const linked = fixture('link-out.txt');
    try {
      symlinkSync(outside, linked.fsPath);
      const { ui } = recordingUi();
      const viaLink = await contribute(ui, { confirm: true, repo: 'acme/http-client', files: [{ uri: linked, path: 'leak.txt' }], title: 'Leak' });
      assert.strictEqual(viaLink.status, 'failed', 'a symlink in the workspace pointing outside is refused too');
    } finally {
      rmSync(linked.fsPath, { force: true });
    }
    assert.deepStrictEqual([...gh.state.repo('acme', 'http-client')!.git.refs.keys()], before, 'nothing was pushed');
  });

  it('404 → a message naming the repository', async () => {
    const { ui, shown } = recordingUi();
    const outcome = await contribute(ui, { repo: 'acme/secret-sauce', files: [{ content: 'x\n', path: 'x.txt' }], title: 'Try', confirm: true });
    assert.strictEqual(outcome.status, 'failed');
    assert.strictEqual(outcome.error?.code, 'not-found');
    assert.deepStrictEqual(shown.map((s) => [s.level, s.text]), [['error', 'You have no access to acme/secret-sauce or it does not exist.']]);
  });

  it('401 → a clear message offering to sign in or set a token; no token in it', async () => {
    await useToken('ghp_RevokedToken000000000000000000000000');
    try {
      const { ui, shown } = recordingUi();
      const outcome = await contribute(ui, { repo: 'acme/http-client', files: [{ content: 'x\n', path: 'x.txt' }], title: 'Try', confirm: true });
      assert.strictEqual(outcome.error?.code, 'auth');
      assert.deepStrictEqual(shown.map((s) => [s.level, s.text, s.actions]), [
        ['error', 'GitHub rejected the credentials while reading the repository for acme/http-client: sign in again.', ['Sign in to GitHub', 'Set GitHub Token']],
      ]);
    } finally {
      await useToken(ANN_TOKEN);
    }
  });

  it('shows rate-limit waits in the progress, and Cancel stops before anything is created', async () => {
    gh.faults.secondaryRateLimit({ retryAfter: 2, path: '/repos/acme/http-client/git/trees' });
    const waited = recordingUi();
    const outcome = await contribute(waited.ui, { repo: 'acme/http-client', files: [{ content: 'export {};\n', path: 'src/empty.ts' }], title: 'Add empty module', confirm: true });
    assert.strictEqual(outcome.status, 'opened', JSON.stringify(outcome));
    assert.ok(waited.steps.some((s) => /secondary rate limit: waiting 2 s$/.test(s)), waited.steps.join(' | '));

    const before = gh.state.pulls.length;
    const cancelling = recordingUi();
    const ui = {
      ...cancelling.ui,
      progress: <R>(_title: string, task: (report: (m: string) => void, token: vscode.CancellationToken) => Promise<R>) => {
        const source = new vscode.CancellationTokenSource();
        return task((m) => {
          cancelling.steps.push(m);
          if (m.startsWith('Uploading')) source.cancel();
        }, source.token);
      },
    };
    const cancelled = await contribute(ui, { repo: 'acme/http-client', files: [{ content: 'export const c = 1;\n', path: 'src/c.ts' }], title: 'Cancelled change', confirm: true });
    assert.strictEqual(cancelled.status, 'cancelled');
    assert.deepStrictEqual(branchesOf(httpClient, 'reuse-radar/cancelled'), []);
    assert.strictEqual(gh.state.pulls.length, before);
    assert.strictEqual(cancelling.shown.length, 1);
    assert.strictEqual(cancelling.shown[0].level, 'info');
    assert.match(cancelling.shown[0].text, /^(The c|C)ontribution to acme\/http-client was cancelled/);
  });

  it('every progress stops listening to its Cancel token when it ends: opened, failed and cancelled runs', async () => {
    const runs: { subscribed: number; disposed: number }[] = [];
    const counting = (cancelOn?: RegExp) => {
      const recorded = recordingUi();
      const ui = {
        ...recorded.ui,
        progress: <R>(_title: string, task: (report: (m: string) => void, token: vscode.CancellationToken) => Promise<R>) => {
          const source = new vscode.CancellationTokenSource();
          const run = { subscribed: 0, disposed: 0 };
          runs.push(run);
          const token: vscode.CancellationToken = {
            get isCancellationRequested() { return source.token.isCancellationRequested; },
            onCancellationRequested: (listener: (e: unknown) => unknown) => {
              run.subscribed++;
              const subscription = source.token.onCancellationRequested(listener);
              return { dispose: () => { run.disposed++; subscription.dispose(); } };
            },
          };
          return task((m) => { if (cancelOn?.test(m)) source.cancel(); }, token);
        },
      };
      return ui;
    };
    const file = (n: number) => ({ files: [{ content: `export const t${n} = ${n};\n`, path: `src/token${n}.ts` }], title: `Token check ${n}`, confirm: true });
    assert.strictEqual((await contribute(counting(), { repo: 'acme/http-client', ...file(1) })).status, 'opened');
    gh.faults.add({ method: 'POST', path: '/repos/acme/http-client/pulls', status: 500, body: { message: 'Server Error' } });
    assert.strictEqual((await contribute(counting(), { repo: 'acme/http-client', ...file(2) })).status, 'failed');
    gh.faults.clear();
    assert.strictEqual((await contribute(counting(/^Uploading/), { repo: 'acme/http-client', ...file(3) })).status, 'cancelled');
    assert.strictEqual(runs.length, 6, 'reading and contributing, three times');
    for (const run of runs) assert.deepStrictEqual(run, { subscribed: 1, disposed: 1 });
  });

  it('explorer selection of several files (uri, uris[]) becomes one commit', async () => {
    const { ui } = recordingUi();
    const before = gh.requests.length;
    const outcome = await contribute(ui, fixture('retry.ts'), [fixture('retry.ts'), fixture('parser.ts')], { repo: 'acme/http-client', title: 'Share helpers', confirm: true });
    assert.strictEqual(outcome.status, 'opened', JSON.stringify(outcome));
    const commits = gh.requests.slice(before).filter((r) => r.method === 'POST' && r.path.endsWith('/git/commits'));
    assert.strictEqual(commits.length, 1);
    const ref = 'refs/heads/reuse-radar/share-helpers';
    assert.ok(fileAt(httpClient, ref, 'test/fixtures/workspace/contribute/retry.ts') ?? fileAt(httpClient, ref, 'contribute/retry.ts'), 'retry.ts keeps its workspace path');
    assert.ok(fileAt(httpClient, ref, 'test/fixtures/workspace/contribute/parser.ts') ?? fileAt(httpClient, ref, 'contribute/parser.ts'), 'parser.ts keeps its workspace path');
  });

  it('interactive: the invoking library is preselected, path/title/description asked, owners/wanted contributions/CONTRIBUTING reviewed, draft chosen', async () => {
    const picks: string[][] = [];
    const inputs: string[] = [];
    const { ui, shown } = recordingUi();
    const editor = await vscode.window.showTextDocument(fixture('parser.ts'));
    editor.selection = new vscode.Selection(1, 0, 3, 1);
    const answering = {
      ...ui,
      pick: async <T extends vscode.QuickPickItem>(items: T[]) => {
        picks.push(items.map((i) => `${i.picked ? '*' : ''}${i.label}`));
        return items.find((i) => i.picked);
      },
      input: async (options: vscode.InputBoxOptions) => {
        inputs.push(`${options.title}=${options.value ?? ''}`);
        return options.value ?? 'Splits "a=1;b=2" pairs.';
      },
      info: async (text: string, options: { modal?: boolean; detail?: string }, ...actions: string[]) => {
        shown.push({ level: 'info', text, detail: options.detail, actions });
        return options.modal ? 'Open Draft Pull Request' : undefined;
      },
    };
    try {
      // The command itself, as the Catalog row's context menu runs it: the prompts come from the extension's one port.
      const outcome = await withPrompts(answering, () => vscode.commands.executeCommand<ContributeOutcome>('reuseRadar.contribute', 'acme/http-client'));
      assert.strictEqual(outcome.status, 'opened', JSON.stringify({ outcome, shown }));
      assert.deepStrictEqual(picks, [['*http-client', 'lib']], 'the invoking library comes first, preselected');
      assert.deepStrictEqual(inputs, [
        'Path of the file in acme/http-client=contribute/parser.ts',
        'Contribute to acme/http-client: pull request title=Add parser.ts',
        'Contribute to acme/http-client: description=',
      ]);
      const review = shown.find((s) => s.text === 'Contribute to acme/http-client?');
      assert.ok(review, JSON.stringify(shown));
      assert.deepStrictEqual(review.actions, ['Open Pull Request', 'Open Draft Pull Request', 'Open Contributing Guide']);
      assert.match(review.detail ?? '', /Owners: @acme\/platform/);
      assert.match(review.detail ?? '', /Wanted contributions: Retries, Docs/);
      assert.match(review.detail ?? '', /Skills: TypeScript/);
      assert.match(review.detail ?? '', /Contributing guide \(http:\/\/127\.0\.0\.1:\d+\/acme\/http-client\/blob\/main\/CONTRIBUTING\.md\):\n.*Open an issue before large changes/);
      const pull = gh.state.pulls.find((p) => p.head.ref === 'reuse-radar/add-parser-ts');
      assert.ok(pull);
      assert.strictEqual(pull.draft, true);
      assert.match(pull.body ?? '', /Splits "a=1;b=2" pairs\.[\s\S]*- Path: `[^`]*parser\.ts#L2-L4`/);
      const sent = fileAt(httpClient, 'refs/heads/reuse-radar/add-parser-ts', 'contribute/parser.ts')?.toString('utf8');
      assert.strictEqual(sent, editor.document.getText(editor.selection), 'only the selection is contributed');
    } finally {
      await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
    }
  });

  it('a clone of a catalog library: branch, commit, push through the Git extension, pull request to the canonical repository', async () => {
    const lib = gh.state.repo('acme', 'lib')!;
    const bare = nodePath.join(tmp, 'remotes', 'acme', 'lib.git');
    mkdirSync(bare, { recursive: true });
    git(bare, 'init', '-q', '--bare', '-b', 'main');
    const work = cloneLib(nodePath.join(tmp, 'lib'), gh.url, nodePath.join(tmp, 'remotes'));
    mkdirSync(nodePath.join(work, 'src'));
    // A remote called "upstream" that is not the canonical repository must not be the target.
    git(work, 'remote', 'add', 'upstream', `${gh.url}/someone/lib.git`);
    writeFileSync(nodePath.join(work, 'src', 'lib.ts'), 'export const speed = 1;\n');
    writeFileSync(nodePath.join(work, 'CONTRIBUTING.md'), '# Contributing to lib\n\nSmall pull requests, please.\n');
    git(work, 'add', '.');
    git(work, 'commit', '-q', '-m', 'Initial');
    git(work, 'push', '-q', '-u', 'origin', 'main');
    mirror.sync();
    assert.strictEqual(lib.git.refs.get('refs/heads/main'), git(work, 'rev-parse', 'HEAD'));

    writeFileSync(nodePath.join(work, 'src', 'lib.ts'), 'export const speed = 2;\n');
    writeFileSync(nodePath.join(work, 'src', 'turbo.ts'), 'export const turbo = true;\n');
    const { ui, shown } = recordingUi();
    const outcome = await contribute(ui, { mode: 'git', repositoryRoot: work, title: 'Tune lib', body: 'Makes lib faster.', confirm: true });
    assert.strictEqual(outcome.status, 'opened', JSON.stringify({ outcome, shown }));
    assert.deepStrictEqual([outcome.mode, outcome.repo, outcome.branch], ['git', 'acme/lib', 'reuse-radar/tune-lib']);
    assert.strictEqual(git(work, 'rev-parse', '--abbrev-ref', 'HEAD'), 'reuse-radar/tune-lib');
    assert.strictEqual(git(work, 'status', '--porcelain'), '', 'everything committed');
    const head = git(work, 'rev-parse', 'HEAD');
    assert.strictEqual(git(bare, 'rev-parse', 'refs/heads/reuse-radar/tune-lib'), head, 'pushed to the canonical remote');
    const pull = gh.state.pulls.find((p) => p.repo === 'acme/lib');
    assert.ok(pull);
    assert.deepStrictEqual([pull.head.repo, pull.head.ref, pull.head.sha, pull.base.ref], ['acme/lib', 'reuse-radar/tune-lib', mirror.shaOf(head), 'main']);
    assert.match(pull.body ?? '', /Makes lib faster\.[\s\S]*### Provenance/);
    assert.strictEqual(fileAt(lib, 'refs/heads/reuse-radar/tune-lib', 'src/turbo.ts')?.toString('utf8'), 'export const turbo = true;\n');
    assert.match(shown[0].text, /^Opened pull request #1 in acme\/lib\.$/);
  });

  it('a clone: a failure after the push leaves the branch; running it again opens exactly one pull request', async () => {
    const lib = gh.state.repo('acme', 'lib')!;
    const work = nodePath.join(tmp, 'lib');
    git(work, 'checkout', '-q', 'main');
    writeFileSync(nodePath.join(work, 'README.md'), '# lib\n\nFast.\n');
    gh.faults.add({ method: 'POST', path: '/repos/acme/lib/pulls', status: 500, body: { message: 'Server Error' } });
    const first = recordingUi();
    const failed = await contribute(first.ui, { mode: 'git', repositoryRoot: work, title: 'Document lib', confirm: true });
    assert.strictEqual(failed.status, 'failed');
    assert.deepStrictEqual(first.shown.map((s) => s.text), ['GitHub failed (500) while opening the pull request for acme/lib; nothing was left half-made, try again.']);
    assert.strictEqual(git(work, 'rev-parse', '--abbrev-ref', 'HEAD'), 'reuse-radar/document-lib');

    const second = recordingUi();
    const retried = await contribute(second.ui, { mode: 'git', repositoryRoot: work, title: 'Document lib', confirm: true });
    assert.strictEqual(retried.status, 'opened', JSON.stringify({ retried, shown: second.shown }));
    assert.strictEqual(retried.branch, 'reuse-radar/document-lib');
    const third = await contribute(recordingUi().ui, { mode: 'git', repositoryRoot: work, title: 'Document lib', confirm: true });
    assert.strictEqual(third.status, 'reused');
    assert.strictEqual(gh.state.pulls.filter((p) => p.repo === 'acme/lib' && p.head.ref === 'reuse-radar/document-lib').length, 1);
    assert.deepStrictEqual(branchesOf(lib, 'reuse-radar/document-lib'), ['refs/heads/reuse-radar/document-lib']);
    assert.strictEqual(git(work, 'log', '--format=%s', '-1'), 'Document lib');
    assert.strictEqual(git(work, 'rev-list', '--count', 'main..HEAD'), '1', 'one commit, not one per run');
  });

  it('a clone: after the push succeeded but the pull request failed, running it again from the palette (no mode) opens it from that branch', async () => {
    const lib = gh.state.repo('acme', 'lib')!;
    const work = nodePath.join(tmp, 'lib');
    git(work, 'checkout', '-q', 'main');
    writeFileSync(nodePath.join(work, 'src', 'palette.ts'), 'export const palette = 1;\n');
    gh.faults.add({ method: 'POST', path: '/repos/acme/lib/pulls', status: 500, body: { message: 'Server Error' } });
    const failed = await contribute(recordingUi().ui, { mode: 'git', repositoryRoot: work, title: 'Palette retry', confirm: true });
    assert.deepStrictEqual([failed.status, failed.mode], ['failed', 'git']);
    assert.strictEqual(git(work, 'status', '--porcelain'), '', 'committed and pushed: nothing left to change');
    const before = gh.state.pulls.length;
    const retried = await contribute(recordingUi().ui, { repositoryRoot: work, title: 'Palette retry', confirm: true });
    assert.deepStrictEqual([retried.status, retried.mode, retried.branch], ['opened', 'git', 'reuse-radar/palette-retry'], JSON.stringify(retried));
    assert.strictEqual(gh.state.pulls.length, before + 1);
    assert.deepStrictEqual(branchesOf(lib, 'reuse-radar/palette-retry'), ['refs/heads/reuse-radar/palette-retry']);
  });

  it('a clone: commits made on main, pushed to a branch whose pull request failed, run again from main: the same branch, one pull request', async () => {
    const lib = gh.state.repo('acme', 'lib')!;
    const work = nodePath.join(tmp, 'lib');
    git(work, 'checkout', '-q', 'main');
    writeFileSync(nodePath.join(work, 'src', 'direct.ts'), 'export const direct = 1;\n');
    git(work, 'add', 'src/direct.ts');
    git(work, 'commit', '-q', '-m', 'Direct on main');
    gh.faults.add({ method: 'POST', path: '/repos/acme/lib/pulls', status: 500, body: { message: 'Server Error' } });
    const failed = await contribute(recordingUi().ui, { mode: 'git', repositoryRoot: work, title: 'Direct change', confirm: true });
    assert.strictEqual(failed.status, 'failed');
    // The user goes back to main, where the commit still is, and tries again.
    git(work, 'checkout', '-q', 'main');
    const retried = await contribute(recordingUi().ui, { mode: 'git', repositoryRoot: work, title: 'Direct change', confirm: true });
    assert.deepStrictEqual([retried.status, retried.branch], ['opened', 'reuse-radar/direct-change'], JSON.stringify(retried));
    const again = await contribute(recordingUi().ui, { mode: 'git', repositoryRoot: work, title: 'Direct change', confirm: true });
    assert.deepStrictEqual([again.status, again.branch], ['reused', 'reuse-radar/direct-change'], JSON.stringify(again));
    assert.deepStrictEqual(branchesOf(lib, 'reuse-radar/direct-change'), ['refs/heads/reuse-radar/direct-change']);
    assert.strictEqual(gh.state.pulls.filter((p) => p.repo === 'acme/lib' && p.head.ref.startsWith('reuse-radar/direct-change')).length, 1);
  });

  it('a clone without push rights: forks, adds the fork as a remote, pushes there and opens the pull request against the canonical repository', async () => {
    const remotes = nodePath.join(tmp, 'remotes');
    mkdirSync(nodePath.join(remotes, 'bob', 'lib.git'), { recursive: true });
    git(nodePath.join(remotes, 'bob', 'lib.git'), 'init', '-q', '--bare', '-b', 'main');
    const work = cloneLib(nodePath.join(tmp, 'lib-bob'), gh.url, remotes);
    git(work, 'fetch', '-q', 'origin');
    git(work, 'checkout', '-q', '-B', 'main', '--track', 'origin/main');
    writeFileSync(nodePath.join(work, 'src', 'lib.ts'), 'export const speed = 3;\n');
    git(work, 'add', 'src/lib.ts');
    writeFileSync(nodePath.join(work, 'notes.txt'), 'not staged, not contributed\n');
    await useToken(BOB_TOKEN);
    try {
      const { ui, shown } = recordingUi();
      const outcome = await contribute(ui, { mode: 'git', repositoryRoot: work, title: 'Speed three', confirm: true });
      assert.strictEqual(outcome.status, 'opened', JSON.stringify({ outcome, shown }));
      assert.strictEqual(outcome.fork, 'bob/lib');
      assert.strictEqual(git(work, 'config', '--get', 'remote.bob.url'), `${gh.url}/bob/lib.git`);
      assert.strictEqual(git(nodePath.join(remotes, 'bob', 'lib.git'), 'rev-parse', 'refs/heads/reuse-radar/speed-three'), git(work, 'rev-parse', 'HEAD'));
      assert.throws(() => git(nodePath.join(remotes, 'acme', 'lib.git'), 'rev-parse', '--verify', '-q', 'refs/heads/reuse-radar/speed-three'), 'nothing pushed to the canonical repository');
      assert.strictEqual(git(work, 'status', '--porcelain'), '?? notes.txt', 'only the staged change was committed');
      const pull = gh.state.pulls.find((p) => p.head.ref === 'reuse-radar/speed-three');
      assert.ok(pull);
      assert.deepStrictEqual([pull.repo, pull.head.repo, pull.user], ['acme/lib', 'bob/lib', 'bob']);
    } finally {
      await useToken(ANN_TOKEN);
    }
  });

  it('Publish as InnerSource opens a pull request adding innersource.json and catalog-info.yaml and adds the topic', async () => {
    const widget = gh.state.repo('ann', 'widget')!;
    const folder = nodePath.join(tmp, 'widget');
    mkdirSync(folder);
    writeFileSync(nodePath.join(folder, 'package.json'), JSON.stringify({ name: '@ann/widget', description: 'Reusable widgets', keywords: ['ui'] }));
    writeFileSync(nodePath.join(folder, 'tsconfig.json'), '{}');
    git(folder, 'init', '-q', '-b', 'main');
    git(folder, 'remote', 'add', 'origin', `${gh.url}/ann/widget.git`);
    const { ui, shown } = recordingUi();
    const outcome = await withPrompts(ui, async () => (await testHook()).commands.publishInnerSource.publish({ folder, confirm: true }));
    assert.strictEqual(outcome.status, 'opened', JSON.stringify({ outcome, shown }));
    assert.deepStrictEqual([outcome.repo, outcome.topic], ['ann/widget', 'added']);
    const ref = `refs/heads/${outcome.branch}`;
    const innersource = JSON.parse(fileAt(widget, ref, 'innersource.json')?.toString('utf8') ?? '{}') as { title?: string; motivation?: string; skills?: string[] };
    assert.deepStrictEqual([innersource.title, innersource.motivation, innersource.skills], ['@ann/widget', 'Reusable widgets', ['TypeScript']]);
    const catalogInfo = fileAt(widget, ref, 'catalog-info.yaml')?.toString('utf8') ?? '';
    assert.match(catalogInfo, /kind: Component/);
    assert.match(catalogInfo, /github\.com\/project-slug: ann\/widget/);
    assert.match(catalogInfo, /reuse-radar\/packages: npm:@ann\/widget/);
    assert.ok(widget.topics.includes('inner-source'));
    assert.strictEqual(gh.state.pulls.filter((p) => p.repo === 'ann/widget').length, 1);
    assert.match(shown[0].text, /The inner-source topic was added\.$/);
  });
});
