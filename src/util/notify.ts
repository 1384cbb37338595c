import * as vscode from 'vscode';
import { inertText } from './inertText';

type Level = 'info' | 'warn' | 'error';

function shower(level: Level) {
  function shown<T extends string>(message: string, ...items: T[]): Thenable<T | undefined>;
  function shown<T extends string>(message: string, options: vscode.MessageOptions, ...items: T[]): Thenable<T | undefined>;
  function shown<T extends string>(message: string, ...rest: (T | vscode.MessageOptions)[]): Thenable<T | undefined> {
    const options = typeof rest[0] === 'object' ? rest[0] : {};
    const items = rest.filter((r): r is T => typeof r === 'string');
    // Messages carry catalog text, file names and server errors: shown as text, never as links (see inertText).
    const safe: vscode.MessageOptions = options.detail === undefined ? { ...options } : { ...options, detail: inertText(options.detail, { max: 2000 }) };
    const text = inertText(message, { max: 1000 });
    if (level === 'info') return vscode.window.showInformationMessage(text, safe, ...items);
    if (level === 'warn') return vscode.window.showWarningMessage(text, safe, ...items);
    return vscode.window.showErrorMessage(text, safe, ...items);
  }
  return shown;
}

/**
 * The only way Reuse Radar shows a notification: the message (and a modal's detail) pass through inertText, so
 * untrusted text inside never becomes a clickable `command:` link or forges lines. ESLint forbids calling
 * `window.show{Information,Warning,Error}Message` anywhere else in src/.
 */
export const notify = { info: shower('info'), warn: shower('warn'), error: shower('error') };
