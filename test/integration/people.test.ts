import * as assert from 'node:assert';
import * as vscode from 'vscode';
import type { AskOwnersOutcome } from '../../src/contribute/askOwnersCommand';
import type { FirstContributionOutcome } from '../../src/contribute/onrampCommand';
import { startGitHubStandIn, type GitHubStandIn } from '../support/githubStandIn';
import { testHook, withPrompts } from './support/api';
import { waitFor } from './support/waitFor';
import { setTokenViaInputBox } from './support/tokenInput';

const TOKEN = 'ghp_PeopleAsk0123456789abcdefABCDEFghij';
const ORG = 'peoplecorp';
// GitHub's waits scaled down and writes unspaced, so the flow runs at test speed (the test hook's clients.tune).
const CLIENT = { msPerSecond: 5, minWriteIntervalMs: 0, retries: 0 };

describe('People: Ask the owners, a way in, activity (against the GitHub stand-in)', function () {
  this.timeout(120_000);
  let gh: GitHubStandIn;
  const config = () => vscode.workspace.getConfiguration('reuseRadar');
  let untune: vscode.Disposable | undefined;

  before(async () => {
    gh = await startGitHubStandIn();
    gh.state.addToken(TOKEN, 'ann');
    const http = gh.state.addRepo({
      owner: ORG, name: 'http-client', language: 'TypeScript', forks: 3, watchers: 5, stars: 9, permissions: { ann: 'write' },
      description: 'Typed HTTP client with retries, used by every service',
      files: { 'package.json': '{"name":"@peoplecorp/http-client","description":"Typed HTTP client"}', '.github/CODEOWNERS': '* @peoplecorp/platform\n', 'CONTRIBUTING.md': '# Contributing\n' },
    });
    const kit = gh.state.addRepo({ owner: ORG, name: 'ui-kit', language: 'Python', discussionCategories: ['General', 'Q&A'], files: { 'pyproject.toml': '[project]\nname = "peoplecorp-ui-kit"\n' } });
    gh.state.addThread(http, { title: 'Document retry options', user: 'bob', labels: ['good first issue'] });
    gh.state.addThread(http, { title: 'Add proxy support', user: 'bob', labels: ['good first issue', 'help wanted'] });
    gh.state.addThread(http, { title: 'Does retry cover 503 responses?', user: 'bob', labels: ['question'] });
    gh.state.addThread(kit, { title: 'Type hints for the theme', user: 'bob', labels: ['help wanted'] });
    const api = await testHook();
    untune = api.clients.tune(CLIENT);
    await config().update('github.apiUrl', gh.url, vscode.ConfigurationTarget.Global);
    await setTokenViaInputBox(TOKEN);
    await config().update('github.orgs', [ORG], vscode.ConfigurationTarget.Global);
    await waitFor(() => api.catalog.state === 'ready' && api.catalog.catalog.entries.some((e) => e.repo === `${ORG}/http-client`), 'the crawled catalog', 60_000);
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await config().update('github.orgs', undefined, vscode.ConfigurationTarget.Global);
    await config().update('catalog.sortBy', undefined, vscode.ConfigurationTarget.Global);
    await setTokenViaInputBox('');
    untune?.dispose();
    await config().update('github.apiUrl', undefined, vscode.ConfigurationTarget.Global);
    const api = await testHook();
    await waitFor(() => api.catalog.state === 'demo', 'the demo catalog again', 30_000);
    await gh?.close();
  });

  it('the crawl brings on-ramp counts and the activity score: the details page and the Catalog row show them', async () => {
    const api = await testHook();
    const entry = api.catalog.catalog.entries.find((e) => e.repo === `${ORG}/http-client`)!;
    assert.deepStrictEqual(entry.onramp, { goodFirstIssues: 2, helpWanted: 1 });
    assert.strictEqual(typeof entry.activityScore, 'number');
    await vscode.commands.executeCommand('reuseRadar.library.openDetails', entry.id);
    const html = api.details.panelFor(entry.id)!.webview.html;
    assert.match(html, /<dt>Way in<\/dt><dd>2 good first issues · 1 help wanted<\/dd>/);
    assert.match(html, new RegExp(`<dt>Activity score</dt><dd><span title="[^"]+">${entry.activityScore}</span></dd>`));
    assert.match(html, /data-action="askOwners"/);
    const rows = api.catalogTree.getChildren().flatMap((g) => api.catalogTree.getChildren(g)).map((n) => api.catalogTree.getTreeItem(n));
    const row = rows.find((r) => r.label === 'http-client')!;
    assert.match(String(row.description), /^2 good first issues · 1 help wanted · @peoplecorp\/http-client$/);
  });

  it('the Catalog view sorts by activity score', async () => {
    const api = await testHook();
    await vscode.commands.executeCommand('reuseRadar.catalog.sortBy', 'activity');
    await waitFor(() => api.settings.current.sortBy === 'activity', 'the sort setting');
    for (const group of api.catalogTree.getChildren()) {
      if (group.kind !== 'group') continue;
      const scores = group.entries.map((e) => e.activityScore ?? -1);
      assert.deepStrictEqual(scores, [...scores].sort((a, b) => b - a), `group ${group.label} is sorted by activity`);
    }
  });

  it('Ask the owners from a hover: similar questions first, a preview, then the question is created and opened', async () => {
    const api = await testHook();
    const doc = await vscode.workspace.openTextDocument({ language: 'typescript', content: 'import { get } from \'@peoplecorp/http-client\';\n\nget(\'/x\');\n' });
    await vscode.window.showTextDocument(doc);
    const position = new vscode.Position(0, doc.lineAt(0).text.indexOf('@peoplecorp') + 2);
    const link = await waitFor(async () => {
      const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, position);
      const text = hovers.flatMap((h) => h.contents).map((c) => (typeof c === 'object' && 'value' in c ? c.value : String(c))).join('\n');
      return /\[\$\(comment-discussion\) Ask the owners\]\(command:reuseRadar\.library\.askOwners\?([^)]+)\)/.exec(text)?.[1];
    }, 'a hover with "Ask the owners"', 20_000);
    const [arg] = JSON.parse(decodeURIComponent(link)) as unknown[];
    assert.ok(api.hovers, 'the hover provider is live');

    const inputs = ['http-client: does retry cover 503?', 'Our gateway answers 503 under load.'];
    const picks: string[][] = [];
    const previews: { message: string; detail?: string }[] = [];
    const opened: string[] = [];
    const outcome = await withPrompts({
      input: async () => inputs.shift(),
      pick: async <T extends vscode.QuickPickItem>(items: T[]) => {
        picks.push(items.map((i) => i.label));
        return items.find((i) => /Mention the owners|Ask my question anyway/.test(i.label));
      },
      info: async (message: string, options: { detail?: string }, ...actions: string[]) => {
        previews.push({ message, detail: options.detail });
        return actions[0];
      },
      openExternal: async (url: string) => !!opened.push(url),
    }, () => vscode.commands.executeCommand<AskOwnersOutcome>('reuseRadar.library.askOwners', arg));
    assert.strictEqual(outcome.status, 'asked', JSON.stringify(outcome));
    assert.ok(picks[0].some((l) => l.includes('@peoplecorp/platform')), 'the owners may be mentioned');
    assert.ok(picks[1].some((l) => l.includes('Does retry cover 503 responses?')), `similar questions shown: ${picks[1].join(' | ')}`);
    assert.match(previews[0].message, /^Ask in peoplecorp\/http-client as an issue labelled "question"\?$/);

    const created = gh.state.threads.filter((t) => t.user === 'ann');
    assert.strictEqual(created.length, 1);
    assert.strictEqual(created[0].title, 'http-client: does retry cover 503?');
    assert.deepStrictEqual(created[0].labels, ['question']);
    assert.match(created[0].body, /^Our gateway answers 503 under load\.\n\n\*\*Context\*\*\n- Library: `` http-client `` `` @peoplecorp\/http-client `` \(peoplecorp\/http-client\)\n- Triggered by `` Untitled-\d+ `` line 1:\n\n```\nimport \{ get \} from '@peoplecorp\/http-client';\n```\n\ncc @peoplecorp\/platform\n\n_Asked with Reuse Radar from VS Code \(Untitled-\d+\)\._$/);
    assert.strictEqual(previews[0].detail, `${created[0].title}\n\n${created[0].body}`);
    assert.deepStrictEqual(opened, [`${gh.url}/${ORG}/http-client/issues/${created[0].number}`]);
    assert.strictEqual(outcome.url, opened[0]);
    assert.ok(!created[0].body.includes(TOKEN));
  });

  it('Ask the owners in a repository with discussions asks in Q&A, and following a similar question creates nothing', async () => {
    const opened: string[] = [];
    const outcome = await withPrompts({
      // "Type hints for the theme" looks similar: ask anyway.
      pick: async <T extends vscode.QuickPickItem>(items: T[]) => items.find((i) => i.label.includes('Ask my question anyway')),
      info: async (_m: string, _o: unknown, ...actions: string[]) => actions[0],
      openExternal: async (url: string) => !!opened.push(url),
    }, () => vscode.commands.executeCommand<AskOwnersOutcome>('reuseRadar.library.askOwners', `${ORG}/ui-kit`, { title: 'Dark theme?', question: '', mentionOwners: false }));
    assert.strictEqual(outcome.status, 'asked', JSON.stringify(outcome));
    assert.strictEqual(outcome.kind, 'discussion');
    const discussion = gh.state.threads.find((t) => t.kind === 'discussion' && t.title === 'Dark theme?')!;
    assert.strictEqual(discussion.category, 'Q&A');
    const follow = await withPrompts({
      pick: async <T extends vscode.QuickPickItem>(items: T[]) => {
        assert.deepStrictEqual(items.map((i) => i.label), ['$(comment-discussion) Dark theme?', '$(issues) Type hints for the theme', '$(add) Ask my question anyway']);
        return items[0];
      },
      info: async () => assert.fail('following a question shows no preview'),
      openExternal: async (url: string) => !!opened.push(url),
    }, () => vscode.commands.executeCommand<AskOwnersOutcome>('reuseRadar.library.askOwners', `${ORG}/ui-kit`, { title: 'Dark theme support', question: '', mentionOwners: false }));
    assert.strictEqual(follow.status, 'followed');
    assert.strictEqual(follow.url, `${gh.url}/${ORG}/ui-kit/discussions/${discussion.number}`);
    assert.strictEqual(gh.state.threads.filter((t) => t.kind === 'discussion').length, 1);
  });

  it('Find a First Contribution lists the labelled issues of the catalog\'s libraries and opens the chosen one', async () => {
    const shown: { label: string; description?: string }[] = [];
    const opened: string[] = [];
    const outcome = await withPrompts({
      pick: async <T extends vscode.QuickPickItem>(items: T[]) => {
        shown.push(...items.map((i) => ({ label: i.label, description: i.description })));
        return items.find((i) => i.label.includes('Add proxy support'));
      },
      openExternal: async (url: string) => !!opened.push(url),
    }, () => vscode.commands.executeCommand<FirstContributionOutcome>('reuseRadar.onramp.find'));
    assert.strictEqual(outcome.status, 'opened', JSON.stringify(outcome));
    // The fixture workspace is TypeScript: http-client's issues come first, the Python library's after.
    assert.deepStrictEqual(shown.map((s) => s.label), [
      '$(heart) Add proxy support', '$(heart) Document retry options', '$(megaphone) Type hints for the theme',
    ]);
    assert.strictEqual(shown[0].description, 'http-client · good first issue');
    const proxy = gh.state.threads.find((t) => t.title === 'Add proxy support')!;
    assert.deepStrictEqual(opened, [`${gh.url}/${ORG}/http-client/issues/${proxy.number}`]);
  });
});
