import * as vscode from 'vscode';
import type { ContributionContext } from '../github/contribute';
import { notify } from '../util/notify';

interface MessageOptions {
  modal?: boolean;
  detail?: string;
}

/**
 * Everything the contribution commands show or ask, as a port: the default goes to `vscode.window`; tests pass a
 * recording implementation through the commands' `ui` option and still run the real command.
 */
export interface ContributionUi {
  info(message: string, options: MessageOptions, ...actions: string[]): Thenable<string | undefined>;
  warn(message: string, options: MessageOptions, ...actions: string[]): Thenable<string | undefined>;
  error(message: string, options: MessageOptions, ...actions: string[]): Thenable<string | undefined>;
  pick<T extends vscode.QuickPickItem>(items: T[], options: vscode.QuickPickOptions): Thenable<T | undefined>;
  input(options: vscode.InputBoxOptions): Thenable<string | undefined>;
  /** A cancellable progress notification; `report` shows each step's sentence. */
  progress<R>(title: string, task: (report: (message: string) => void, token: vscode.CancellationToken) => Promise<R>): Thenable<R>;
  openExternal(url: string): Thenable<boolean>;
}

const windowUi: ContributionUi = {
  info: (message, options, ...actions) => notify.info(message, options, ...actions),
  warn: (message, options, ...actions) => notify.warn(message, options, ...actions),
  error: (message, options, ...actions) => notify.error(message, options, ...actions),
  pick: (items, options) => vscode.window.showQuickPick(items, options),
  input: (options) => vscode.window.showInputBox(options),
  progress: (title, task) =>
    vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title, cancellable: true }, (progress, token) =>
      task((message) => progress.report({ message }), token)),
  openExternal: (url) => vscode.env.openExternal(vscode.Uri.parse(url)),
};

/** The default port with the given methods replaced (tests record messages and answer prompts). */
export function contributionUi(overrides?: Partial<ContributionUi>): ContributionUi {
  return { ...windowUi, ...(overrides ?? {}) };
}

/**
 * What the user reads before submitting: owners, wanted contributions and skills, the CONTRIBUTING summary and link,
 * where the branch goes and which template fills the body.
 */
export function reviewDetail(ctx: ContributionContext, change: { files: string[]; branchHint?: string; template?: string }): string {
  const lines: string[] = [];
  const shown = change.files.slice(0, 8);
  lines.push(`Files: ${shown.join(', ')}${change.files.length > shown.length ? ` and ${change.files.length - shown.length} more` : ''}`);
  lines.push(`Base: ${ctx.defaultBranch}${ctx.canPush ? '' : ' — you cannot push to this repository, so the branch goes to your fork'}`);
  if (change.branchHint) lines.push(`Branch: ${change.branchHint}`);
  lines.push(`Owners: ${ctx.owners.length ? ctx.owners.join(', ') : 'not declared (no CODEOWNERS or innersource.json)'}`);
  if (ctx.innersource?.contributions.length) lines.push(`Wanted contributions: ${ctx.innersource.contributions.join(', ')}`);
  if (ctx.innersource?.skills.length) lines.push(`Skills: ${ctx.innersource.skills.join(', ')}`);
  if (ctx.contributing) {
    lines.push(`Contributing guide (${ctx.contributing.url}):`);
    if (ctx.contributing.summary) lines.push(ctx.contributing.summary);
  } else {
    lines.push('No CONTRIBUTING guide found.');
  }
  if (change.template) lines.push(`Pull request template: ${change.template}`);
  return lines.join('\n');
}
