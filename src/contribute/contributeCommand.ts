import * as vscode from 'vscode';
import type { CatalogEntry } from '../catalog/model';
import { submitContribution } from '../github/contribute';
import { withAbortSignal } from '../github/contributionAbort';
import { failureOf } from '../github/contributionError';
import { commonFolder, targetPaths } from '../github/contributionPaths';
import { webHostFor } from '../github/octokit';
import type { CatalogService } from '../services/catalogService';
import type { SuggestionModel } from '../services/suggestionModel';
import { resolveEntry } from '../commands/libraryCommands';
import { Disposable } from '../util/disposable';
import { askPullDetails, pickLibrary, reviewBeforeSubmit } from './contributionPrompts';
import type { ContributeOutcome, ContributionSession } from './contributionSession';
import { collectSources, invocationArgs, isOptionsObject, sourceProvenance, type InvocationArgs, type OptionFile } from './contributionSources';
import { fromOutside } from './externalArgs';
import { contributeFromClone, findLibraryClone, getGitApi, localChanges, onContributionBranch, type LibraryClone } from './gitContribution';

/** The options object a keybinding or another extension may pass; every prompt it answers is skipped. */
export interface ContributeOptions {
  /** 'files' sends files through the API; 'git' commits and pushes the local clone. Default: chosen from context. */
  mode?: 'files' | 'git';
  /** Target: "owner/name" or a catalog entry id. */
  repo?: string;
  files?: OptionFile[];
  title?: string;
  body?: string;
  draft?: boolean;
  base?: string;
  branch?: string;
  /** Template path (one of the repository's), or false for none. */
  template?: string | false;
  /** true: no prompts and no review (everything missing takes its default). In-process callers only: see fromOutside. */
  confirm?: boolean;
  /** Flow "clone of a library": the repository's folder (default: the one holding the active file, or any open one). */
  repositoryRoot?: string;
}

export interface ContributeCommandDeps {
  session: ContributionSession;
  catalog: CatalogService;
  model: SuggestionModel;
}

/** "Contribute upstream": files through the API, or a library clone through git; prompts and GitHub via the session. */
export class ContributeCommand extends Disposable {
  constructor(private readonly deps: ContributeCommandDeps) {
    super();
    // Command arguments may come from a link or another extension: they never skip the review (see fromOutside).
    this.register(vscode.commands.registerCommand('reuseRadar.contribute', (...args: unknown[]) => this.contribute(...fromOutside(args.slice(0, 3)))));
  }

  /**
   * Explorer passes (uri, uris[]), the editor context (uri), tree items their node, in-process callers an options
   * object (the registered command strips its trusted-only keys first).
   */
  async contribute(first?: unknown, second?: unknown, third?: unknown): Promise<ContributeOutcome> {
    const options = ([first, second, third].find(isOptionsObject) ?? {}) as ContributeOptions;
    const args = invocationArgs(isOptionsObject(first) ? undefined : first, second);
    const ui = this.deps.session.prompts;
    const mode = options.mode ?? (options.files?.length || args.uris.length ? 'files' : undefined);
    if (mode !== 'files') {
      const clone = await this.libraryClone(options);
      // From a library's tree item or hover, a clone of another library is not what the user means.
      const invokedFor = args.entryArg !== undefined ? resolveEntry(args.entryArg, this.deps.catalog) : undefined;
      const fits = clone && (!invokedFor || invokedFor.id === clone.entry.id);
      if (clone && fits && (mode === 'git' || hasChanges(clone))) return this.contributeClone(options, clone);
      if (mode === 'git') {
        const message = clone
          ? `${vscode.workspace.asRelativePath(clone.repository.rootUri)} has no uncommitted or unpushed changes to contribute.`
          : 'No open git repository has a remote that points at a catalog library (or the Git extension is unavailable).';
        void ui.warn(message, {});
        return { status: 'failed', mode: 'git', error: { code: 'invalid', message } };
      }
    }
    return this.contributeFiles(options, args);
  }

  private async libraryClone(options: ContributeOptions): Promise<LibraryClone | undefined> {
    const git = await getGitApi();
    if (!git) return undefined;
    const near = [vscode.window.activeTextEditor?.document.uri, ...(vscode.workspace.workspaceFolders ?? []).map((f) => f.uri)].filter((u): u is vscode.Uri => !!u);
    return findLibraryClone(git, this.deps.catalog.catalog.entries, webHostFor(this.deps.session.settings.current.apiUrl), { root: options.repositoryRoot ? vscode.Uri.file(options.repositoryRoot) : undefined, near });
  }

  /** Flow "from any workspace": files or a selection, sent to the target through the Git Data API. */
  private async contributeFiles(options: ContributeOptions, args: InvocationArgs): Promise<ContributeOutcome> {
    const { session } = this.deps;
    const ui = session.prompts;
    let sources;
    try {
      sources = await collectSources(args, options.files);
    } catch (err) {
      return session.fail('files', failureOf(err));
    }
    const target = await this.chooseTarget(options, args);
    if (!target) return options.repo ? session.fail('files', { code: 'invalid', message: `"${options.repo}" is not a repository (owner/name) or a catalog library.` }) : { status: 'cancelled', mode: 'files' };
    return session.withGitHub('files', !options.confirm, async (connection) => {
      const ctx = await session.prepare(connection, target);
      if (!ctx) return { status: 'cancelled', mode: 'files', repo: target };
      let paths = sources.map((s) => s.target ?? s.relativePath);
      if (sources.some((s) => s.target === undefined) && !options.confirm) {
        const single = sources.length === 1;
        const answer = await ui.input({
          title: single ? `Path of the file in ${ctx.repo}` : `Folder in ${ctx.repo} for the ${sources.length} files`,
          value: single ? sources[0].relativePath : commonFolder(sources.map((s) => s.relativePath)),
          prompt: single ? 'Relative to the repository root.' : 'The files keep their paths below their common folder.',
          validateInput: (v) => (single && !v.trim() ? 'A path is required.' : /(^|\/)\.\.?(\/|$)|\\/.test(v) ? 'Use a relative "dir/file" path without "." or "..".' : undefined),
          ignoreFocusOut: true,
        });
        if (answer === undefined) return { status: 'cancelled', mode: 'files', repo: ctx.repo };
        paths = targetPaths(sources.map((s) => s.relativePath), answer.trim());
      }
      const first = paths[0].split('/').pop() ?? paths[0];
      const details = await askPullDetails(ui, ctx, options, { title: sources.length === 1 ? `Add ${first}` : `Add ${sources.length} files` });
      if (!details) return { status: 'cancelled', mode: 'files', repo: ctx.repo };
      if (!options.confirm) {
        const review = await reviewBeforeSubmit(ui, ctx, { files: paths, template: details.template, draft: details.draft });
        if (!review) return { status: 'cancelled', mode: 'files', repo: ctx.repo };
        details.draft = review.draft;
      }
      const provenance = await sourceProvenance(sources);
      const result = await ui.progress(`Contributing to ${ctx.repo}`, (report, token) => withAbortSignal(token, (signal) => {
        connection.reporter.report = report;
        return submitContribution(connection.api, ctx, {
          files: sources.map((s, i) => ({ path: paths[i], content: s.content })),
          title: details.title,
          body: details.body,
          draft: details.draft,
          base: options.base,
          branch: options.branch,
          template: details.template,
          provenance,
          signal,
          onStep: (_step, detail) => detail && report(detail),
        });
      }));
      const outcome: ContributeOutcome = {
        status: result.reused.pull ? 'reused' : 'opened', mode: 'files', repo: ctx.repo, url: result.pullRequest.htmlUrl,
        number: result.pullRequest.number, branch: result.branch, fork: result.fork, reused: result.reused,
      };
      await session.announce(outcome);
      return outcome;
    });
  }

  /** Flow "the workspace is a clone of the library": branch, commit, push (or fork and push), pull request. */
  private async contributeClone(options: ContributeOptions, clone: LibraryClone): Promise<ContributeOutcome> {
    const { session } = this.deps;
    const ui = session.prompts;
    return session.withGitHub('git', !options.confirm, async (connection) => {
      const ctx = await session.prepare(connection, clone.entry.repo);
      if (!ctx) return { status: 'cancelled', mode: 'git', repo: clone.entry.repo };
      const changes = localChanges(clone.repository);
      const files = [...changes.staged, ...changes.unstaged].map((c) => vscode.workspace.asRelativePath(c.uri, false));
      const details = await askPullDetails(ui, ctx, options, { title: `Update ${clone.entry.name}` });
      if (!details) return { status: 'cancelled', mode: 'git', repo: ctx.repo };
      if (!options.confirm) {
        const summary = files.length ? files : [`${changes.unpushed} unpushed commit(s) on ${clone.repository.state.HEAD?.name ?? 'HEAD'}`];
        const review = await reviewBeforeSubmit(ui, ctx, { files: summary, branchHint: changes.staged.length ? 'commits the staged changes only' : undefined, template: details.template, draft: details.draft });
        if (!review) return { status: 'cancelled', mode: 'git', repo: ctx.repo };
        details.draft = review.draft;
      }
      const result = await ui.progress(`Contributing to ${ctx.repo}`, (report, token) => withAbortSignal(token, (signal) => {
        connection.reporter.report = report;
        return contributeFromClone({ clone, api: connection.api, ctx, title: details.title, body: details.body, draft: details.draft, template: details.template, signal, report });
      }));
      const outcome: ContributeOutcome = {
        status: result.reusedPull ? 'reused' : 'opened', mode: 'git', repo: ctx.repo, url: result.pullRequest.htmlUrl,
        number: result.pullRequest.number, branch: result.branch, fork: result.fork, reused: { branch: !result.committed, pull: result.reusedPull },
      };
      await session.announce(outcome);
      return outcome;
    });
  }

  /** options.repo, else the invoking tree item's library, else a pick (preselecting the active file's suggestion). */
  private async chooseTarget(options: ContributeOptions, args: InvocationArgs): Promise<string | undefined> {
    const { catalog } = this.deps;
    if (options.repo) {
      const entry = resolveEntry(options.repo, catalog);
      if (entry?.repo) return entry.repo;
      return /^[\w.-]+\/[\w.-]+$/.test(options.repo) ? options.repo : undefined;
    }
    const fromItem = args.entryArg !== undefined ? resolveEntry(args.entryArg, catalog) : undefined;
    if (fromItem?.repo && options.confirm) return fromItem.repo;
    if (options.confirm) return this.suggestedEntry(args)?.repo || undefined;
    return (await pickLibrary(this.deps.session.prompts, catalog.catalog.entries, fromItem ?? this.suggestedEntry(args)))?.repo;
  }

  /** The library the current file's best suggestion (or its import of an internal package) points at. */
  private suggestedEntry(args: InvocationArgs): CatalogEntry | undefined {
    const uri = args.uris[0] ?? vscode.window.activeTextEditor?.document.uri;
    if (!uri) return undefined;
    const { model } = this.deps;
    const suggestions = [...model.findings(uri).flatMap((f) => f.suggestions), ...(model.newFileFinding(uri)?.suggestions ?? [])];
    return suggestions.filter((s) => s.entry.repo).sort((a, b) => b.score - a.score)[0]?.entry;
  }
}

// A pushed contribution branch counts: running again (re)opens its pull request instead of sending the files anew.
function hasChanges(clone: LibraryClone): boolean {
  const changes = localChanges(clone.repository);
  return changes.staged.length + changes.unstaged.length + changes.unpushed > 0 || onContributionBranch(clone);
}
