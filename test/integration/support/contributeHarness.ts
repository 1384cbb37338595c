import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import * as vscode from 'vscode';
import type { ContributeOutcome } from '../../../src/contribute/contributionSession';
import type { CatalogEntry } from '../../../src/catalog/model';
import type { GitHubStandIn, StandInRepo } from '../../support/githubStandIn';
import type { Prompts } from '../../../src/util/prompts';
import { testHook, withPrompts } from './api';

// Shared by the contribution integration tests: tokens, the recording ui port, stand-in seeding, git helpers.

export const ANN_TOKEN = 'ghp_AnnContributes0123456789abcdefABCDEF';
export const BOB_TOKEN = 'bob-plain-secret-7d31a9c2';
export const TEMPLATE = '## Description\n\n<!-- What does this change do? -->\n\n## Checklist\n- [ ] Tests added\n';
// GitHub's waits scaled down, writes unspaced and no 5xx retries, so failures show at once (the test hook's clients.tune).
export const CLIENT = { msPerSecond: 5, minWriteIntervalMs: 0, retries: 0, forkPollMs: 10 };
/** A file of the fixture workspace's contribute/ folder (the workspace the integration tests open). */
export const fixture = (name: string) => vscode.Uri.joinPath(vscode.workspace.workspaceFolders![0].uri, 'contribute', name);
const GIT_ENV = { ...process.env, GIT_CONFIG_NOSYSTEM: '1', GIT_AUTHOR_DATE: '2026-01-02T03:04:05+0000', GIT_COMMITTER_DATE: '2026-01-02T03:04:05+0000' };
export const git = (cwd: string, ...args: string[]) => execFileSync('git', args, { cwd, env: GIT_ENV, encoding: 'utf8' }).trim();

export interface Shown { level: 'info' | 'warn' | 'error'; text: string; detail?: string; actions: string[] }

/** Prompts with messages recorded (answering none of them) and progress steps recorded beside the real notification. */
export function recordingUi() {
  const shown: Shown[] = [];
  const steps: string[] = [];
  const record = (level: Shown['level']) => async (text: string, options: { detail?: string }, ...actions: string[]) => {
    shown.push({ level, text, detail: options.detail, actions });
    return undefined;
  };
  const ui = {
    info: record('info'),
    warn: record('warn'),
    error: record('error'),
    progress: <R>(title: string, task: (report: (m: string) => void, token: vscode.CancellationToken) => Promise<R>) =>
      vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title, cancellable: true }, (progress, token) => {
        steps.push(title);
        return task((message) => {
          steps.push(message);
          progress.report({ message });
        }, token);
      }),
    openExternal: async () => true,
  };
  return { ui, shown, steps };
}

export function entry(repo: string, host: string): CatalogEntry {
  return {
    id: repo.toLowerCase(), name: repo.split('/')[1], repo, host, packages: [{ ecosystem: 'npm', name: `@${repo}` }], description: `${repo} library`,
    keywords: [], dependencies: [], owners: ['@acme/platform'], lifecycle: 'production', kind: 'library', hasContributing: true, links: {}, sources: ['test'],
  };
}

/**
 * Runs "Contribute upstream" through the command object (the in-process path whose options may skip the review), with
 * `prompts` answering the extension's prompts.
 */
export const contribute = (prompts: Partial<Prompts>, first?: unknown, second?: unknown, third?: unknown): Promise<ContributeOutcome> =>
  withPrompts(prompts, async () => (await testHook()).commands.contribute.contribute(first, second, third));
export const branchesOf = (repo: StandInRepo, prefix: string) => [...repo.git.refs.keys()].filter((r) => r.startsWith(`refs/heads/${prefix}`));
export const fileAt = (repo: StandInRepo, ref: string, path: string) => {
  const found = repo.git.resolvePath(repo.git.refs.get(ref)!, path);
  return found ? repo.git.readBlob(found.sha) : undefined;
};

/** A clone of `${base}/acme/lib.git` whose pushes and fetches go to the bare repositories under `remotes`. */
export function cloneLib(dir: string, base: string, remotes: string): string {
  mkdirSync(dir, { recursive: true });
  git(dir, 'init', '-q', '-b', 'main');
  git(dir, 'config', 'user.name', 'Dev');
  git(dir, 'config', 'user.email', 'dev@example.com');
  git(dir, 'config', 'commit.gpgsign', 'false');
  git(dir, 'config', `url.${remotes}/.insteadOf`, `${base}/`);
  git(dir, 'remote', 'add', 'origin', `${base}/acme/lib.git`);
  return dir;
}

/** acme/http-client (guidance files, ann may write, bob may read), acme/parser, acme/lib (empty: mirrored from git), ann/widget. */
export function seedContributionRepos(gh: GitHubStandIn): StandInRepo {
    gh.state.addToken(ANN_TOKEN, 'ann');
    gh.state.addToken(BOB_TOKEN, 'bob');
    gh.state.addOrg('acme');
    const guidance = {
      'CONTRIBUTING.md': '# Contributing\n\nOpen an issue before large changes.\n\n## Tests\n\nRun `npm test`.\n',
      '.github/CODEOWNERS': '* @acme/platform\n',
      '.github/PULL_REQUEST_TEMPLATE.md': TEMPLATE,
      'innersource.json': JSON.stringify({ title: 'HTTP client', contributions: ['Retries', 'Docs'], skills: ['TypeScript'] }),
    };
    const httpClient = gh.state.addRepo({ owner: 'acme', name: 'http-client', files: { 'README.md': '# http-client\n', 'src/index.ts': 'export const v = 1;\n', ...guidance } });
    httpClient.permissions.ann = 'write';
    gh.state.addRepo({ owner: 'acme', name: 'parser', files: { 'README.md': '# parser\n' } }).permissions.ann = 'write';
    gh.state.addRepo({ owner: 'acme', name: 'lib' }).permissions.ann = 'write';
    gh.state.addRepo({ owner: 'ann', name: 'widget', files: { 'README.md': '# widget\n' } });
  return httpClient;
}
