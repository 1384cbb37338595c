import * as nodePath from 'node:path';
import * as vscode from 'vscode';
import { withAbortSignal } from '../github/contributionAbort';
import { parseRemoteUrl } from '../github/gitRemote';
import { readInnerSourceDraft, type InnerSourceDraft } from '../github/innerSourceDraft';
import { localProvenance } from '../github/localProvenance';
import { publishInnerSource } from '../github/publishInnerSource';
import { Disposable } from '../util/disposable';
import type { Prompts } from '../util/prompts';
import { inertLabel } from '../util/inertText';
import { reviewBeforeSubmit } from './contributionPrompts';
import type { ContributeOutcome, ContributionSession } from './contributionSession';
import { isOptionsObject } from './contributionSources';
import { fromOutside } from './externalArgs';
import { getGitApi } from './gitContribution';

/** Options of "Publish as InnerSource" a keybinding or another extension may pass; each answers its prompt. */
interface PublishOptions {
  /** Workspace folder to publish (default: the first, or a pick among several). */
  folder?: string;
  /** "owner/name" (default: from the folder's git remote, origin first). */
  repo?: string;
  name?: string;
  description?: string;
  owners?: string[];
  title?: string;
  body?: string;
  draft?: boolean;
  /** true: no prompts and no review. In-process callers only: see fromOutside. */
  confirm?: boolean;
}

/**
 * "Publish as InnerSource": innersource.json + catalog-info.yaml for the current repository (pre-filled from its
 * manifests; name and description confirmed by the user) through the contribution pull request path, then the
 * `inner-source` topic when the user may set it.
 */
export class PublishInnerSourceCommand extends Disposable {
  constructor(private readonly session: ContributionSession) {
    super();
    // Arguments from a link or another extension never skip the review (see fromOutside).
    this.register(vscode.commands.registerCommand('reuseRadar.publishInnerSource', (options?: unknown) => this.publish(fromOutside([options])[0])));
  }

  async publish(given?: unknown): Promise<ContributeOutcome> {
    const options = (isOptionsObject(given) ? given : {}) as PublishOptions;
    const { session } = this;
    const ui = session.prompts;
    const folder = await chooseFolder(ui, options);
    if (!folder) return { status: 'cancelled', mode: 'publish' };
    const repo = options.repo ?? (await repositoryOf(folder));
    if (!repo) {
      const message = `${nodePath.basename(folder.fsPath)} has no GitHub remote (owner/name): push it to GitHub first, or pass the repository.`;
      void ui.error(message, {});
      return { status: 'failed', mode: 'publish', error: { code: 'invalid', message } };
    }
    const draft = await draftOf(folder);
    for (const problem of draft.problems) session.log.warn(`Publish as InnerSource: ${problem}`);
    const repoName = repo.split('/')[1];
    const name = options.name ?? (options.confirm ? draft.name ?? repoName : await ui.input({
      title: `Publish ${repo} as InnerSource: name`, value: draft.name ?? repoName, ignoreFocusOut: true,
      validateInput: (v) => (v.trim() ? undefined : 'A name is required'),
    }));
    if (!name?.trim()) return { status: 'cancelled', mode: 'publish', repo };
    const description = options.description ?? (options.confirm ? draft.description ?? '' : await ui.input({
      title: `Publish ${repo} as InnerSource: description`, value: draft.description ?? '', ignoreFocusOut: true,
      prompt: 'What it does and why another team would reuse it (innersource.json "motivation").',
    }));
    if (description === undefined) return { status: 'cancelled', mode: 'publish', repo };

    return session.withGitHub('publish', !options.confirm, async (connection) => {
      const ctx = await session.prepare(connection, repo);
      if (!ctx) return { status: 'cancelled', mode: 'publish', repo };
      let isDraft = options.draft ?? false;
      if (!options.confirm) {
        const review = await reviewBeforeSubmit(ui, ctx, { files: ['innersource.json', 'catalog-info.yaml'], draft: isDraft });
        if (!review) return { status: 'cancelled', mode: 'publish', repo: ctx.repo };
        isDraft = review.draft;
      }
      const input = {
        repo: ctx.repo, name: name.trim(), description: description.trim(), owners: options.owners ?? draft.owners,
        topics: draft.topics, language: draft.language, packages: draft.packages, docs: draft.docs,
      };
      const result = await ui.progress(`Publishing ${ctx.repo} as InnerSource`, (report, token) => withAbortSignal(token, (signal) => {
        connection.reporter.report = report;
        return publishInnerSource(connection.api, ctx, input, {
          title: options.title,
          body: options.body ?? `Adds innersource.json and catalog-info.yaml so ${input.name} appears in the InnerSource catalog.`,
          draft: isDraft,
          provenance: { repo: ctx.repo, path: 'innersource.json, catalog-info.yaml' },
          signal,
          onStep: (_step, detail) => detail && report(detail),
        });
      }));
      const outcome: ContributeOutcome = {
        status: result.reused.pull ? 'reused' : 'opened', mode: 'publish', repo: ctx.repo, url: result.pullRequest.htmlUrl,
        number: result.pullRequest.number, branch: result.branch, fork: result.fork, reused: result.reused, topic: result.topic,
      };
      await session.announce(outcome);
      return outcome;
    });
  }
}

async function chooseFolder(ui: Prompts, options: PublishOptions): Promise<vscode.Uri | undefined> {
  if (options.folder) return vscode.Uri.file(options.folder);
  const folders = vscode.workspace.workspaceFolders ?? [];
  if (folders.length <= 1 || options.confirm) return folders[0]?.uri;
  const picked = await ui.pick(folders.map((f) => ({ label: inertLabel(f.name), description: inertLabel(f.uri.fsPath), uri: f.uri })), { title: 'Publish which folder as InnerSource?' });
  return picked?.uri;
}

/** "owner/name" of the folder's repository: the Git extension's remotes (origin first), else .git/config's origin. */
async function repositoryOf(folder: vscode.Uri): Promise<string | undefined> {
  const git = await getGitApi();
  const repository = git ? git.getRepository(folder) ?? (await git.openRepository(folder).catch(() => null)) : null;
  if (repository && !repository.state.remotes.length) await repository.status();
  const remotes = [...(repository?.state.remotes ?? [])].sort((a, b) => Number(b.name === 'origin') - Number(a.name === 'origin'));
  // Without the Git extension (or before it has read the repository), .git/config's origin.
  const urls = [...remotes.flatMap((r) => [r.fetchUrl, r.pushUrl]), (await localProvenance(nodePath.join(folder.fsPath, '.reuse-radar-probe'))).repo];
  for (const url of urls) {
    const parsed = url ? parseRemoteUrl(url) : undefined;
    if (parsed) return `${parsed.owner}/${parsed.name}`;
  }
  return undefined;
}

/** The folder's root manifests read into a draft (name, description, packages, owners, topics, language). */
async function draftOf(folder: vscode.Uri): Promise<InnerSourceDraft> {
  const names = await Promise.resolve(vscode.workspace.fs.readDirectory(folder)).then((entries) => entries.map(([name]) => name), () => []);
  return readInnerSourceDraft(names, (path) => Promise.resolve(vscode.workspace.fs.readFile(vscode.Uri.joinPath(folder, ...path.split('/'))))
    .then((bytes) => new TextDecoder().decode(bytes), () => undefined));
}
