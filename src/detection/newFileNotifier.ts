import * as vscode from 'vscode';
import type { Suggestion } from '../matching/types';
import type { SettingsService } from '../services/settingsService';
import type { NewFileFinding, SuggestionModel } from '../services/suggestionModel';
import { Disposable } from '../util/disposable';
import { Emitter } from '../util/emitter';
import { inertText } from '../util/inertText';
import { notify } from '../util/notify';

/** workspaceState key: ids of libraries already announced for new files in this workspace. */
export const NOTIFIED_KEY = 'reuseRadar.newFileNotifications';

export interface NewFileNotification {
  libraryId: string;
  file: vscode.Uri;
  message: string;
}

/**
 * When a created file looks like something an internal library already does, says so once per library per
 * workspace in a non-modal notification (Open Details / Dismiss / Don't Show for New Files). At most one
 * notification per batch of created files: the strongest library not yet announced.
 */
export class NewFileNotifier extends Disposable {
  private readonly _onDidNotify = this.register(new Emitter<NewFileNotification>());
  /** Fires when a notification is shown (tests and the log listen). */
  readonly onDidNotify = this._onDidNotify.event;
  /** Libraries being recorded right now (a batch may arrive before the memento write resolves). */
  private readonly announcing = new Set<string>();

  constructor(
    model: SuggestionModel,
    private readonly settings: SettingsService,
    private readonly workspaceState: vscode.Memento,
  ) {
    super();
    this.register(model.onDidAddNewFiles((findings) => void this.handle(findings)));
  }

  /** Library ids already announced in this workspace. */
  notified(): string[] {
    const value = this.workspaceState.get<unknown>(NOTIFIED_KEY, []);
    return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
  }

  private async handle(findings: NewFileFinding[]): Promise<void> {
    if (!this.settings.current.notifyNewFiles) return;
    const already = new Set([...this.notified(), ...this.announcing]);
    let best: { finding: NewFileFinding; suggestion: Suggestion } | undefined;
    for (const finding of findings) {
      for (const suggestion of finding.suggestions) {
        if (suggestion.match === 'exact' || already.has(suggestion.entry.id)) continue;
        if (!best || suggestion.score > best.suggestion.score) best = { finding, suggestion };
      }
    }
    if (!best) return;
    const { entry } = best.suggestion;
    // Recorded before showing: a second batch arriving while this one is on screen must not repeat it.
    this.announcing.add(entry.id);
    await this.workspaceState.update(NOTIFIED_KEY, [...new Set([...this.notified(), entry.id])]);
    this.announcing.delete(entry.id);
    const name = entry.packages[0]?.name ?? entry.name;
    // The name and reason come from the catalog: inert text, so a hostile name cannot become a command link.
    const message = `An internal library might already do this: ${inertText(name, { max: 120 })} — ${inertText(best.suggestion.reason, { max: 300 })}`;
    this._onDidNotify.fire({ libraryId: entry.id, file: best.finding.uri, message });
    const choice = await notify.info(message, 'Open Details', 'Dismiss', 'Don\'t Show for New Files');
    if (choice === 'Open Details') {
      await vscode.commands.executeCommand('reuseRadar.library.openDetails', entry.id);
    } else if (choice === 'Dismiss') {
      await vscode.commands.executeCommand('reuseRadar.suggestion.dismiss', { libraryId: entry.id, specifier: best.finding.relativePath, scope: 'suggestion', where: 'workspace' });
    } else if (choice === 'Don\'t Show for New Files') {
      await vscode.workspace.getConfiguration('reuseRadar').update('newFiles.notify', false, vscode.ConfigurationTarget.Global);
    }
  }
}
