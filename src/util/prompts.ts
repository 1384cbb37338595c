import * as vscode from 'vscode';
import { notify } from './notify';

export interface MessageOptions {
  modal?: boolean;
  detail?: string;
}

/** Everything a command that asks before it acts shows or asks: messages, picks, inputs, progress, links. */
export interface Prompts {
  info(message: string, options: MessageOptions, ...actions: string[]): Thenable<string | undefined>;
  warn(message: string, options: MessageOptions, ...actions: string[]): Thenable<string | undefined>;
  error(message: string, options: MessageOptions, ...actions: string[]): Thenable<string | undefined>;
  pick<T extends vscode.QuickPickItem>(items: T[], options: vscode.QuickPickOptions): Thenable<T | undefined>;
  input(options: vscode.InputBoxOptions): Thenable<string | undefined>;
  /** A cancellable progress notification; `report` shows each step's sentence. */
  progress<R>(title: string, task: (report: (message: string) => void, token: vscode.CancellationToken) => Promise<R>): Thenable<R>;
  openExternal(url: string): Thenable<boolean>;
}

const windowPrompts: Prompts = {
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

/**
 * The one Prompts object the composition root passes to the commands that ask (Contribute upstream, Publish as
 * InnerSource, Ask the owners, Find a First Contribution, Write Assistant Instructions): VS Code's window, unless the
 * test hook has replaced some methods for a while (integration tests answer prompts and record messages that way).
 */
export class PromptService implements Prompts {
  private current: Prompts = windowPrompts;

  /** Test seam (reached through the test hook only): `overrides` answer until the returned disposable is disposed. */
  replace(overrides: Partial<Prompts>): vscode.Disposable {
    const previous = this.current;
    this.current = { ...windowPrompts, ...overrides };
    return new vscode.Disposable(() => {
      this.current = previous;
    });
  }

  info(message: string, options: MessageOptions, ...actions: string[]): Thenable<string | undefined> {
    return this.current.info(message, options, ...actions);
  }

  warn(message: string, options: MessageOptions, ...actions: string[]): Thenable<string | undefined> {
    return this.current.warn(message, options, ...actions);
  }

  error(message: string, options: MessageOptions, ...actions: string[]): Thenable<string | undefined> {
    return this.current.error(message, options, ...actions);
  }

  pick<T extends vscode.QuickPickItem>(items: T[], options: vscode.QuickPickOptions): Thenable<T | undefined> {
    return this.current.pick(items, options);
  }

  input(options: vscode.InputBoxOptions): Thenable<string | undefined> {
    return this.current.input(options);
  }

  progress<R>(title: string, task: (report: (message: string) => void, token: vscode.CancellationToken) => Promise<R>): Thenable<R> {
    return this.current.progress(title, task);
  }

  openExternal(url: string): Thenable<boolean> {
    return this.current.openExternal(url);
  }
}
