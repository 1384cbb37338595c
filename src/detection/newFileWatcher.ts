import * as vscode from 'vscode';
import { languageForPath } from '../imports/languages';
import { newFileTokens } from '../imports/newFileTokens';
import type { ProjectContext } from '../imports/classify';
import type { SourceLanguage } from '../imports/types';
import type { SuggestionModel } from '../services/suggestionModel';
import { Disposable } from '../util/disposable';
import { Emitter } from '../util/emitter';
import type { Logger } from '../util/log';
import { CHECKOUT_BURST_SIZE, NewFileBurst } from '../workspace/newFileBurst';
import type { DetectionService } from './detectionService';
import type { ProjectContextService } from './projectContextService';

export interface NewFileBatch {
  files: { uri: vscode.Uri; relativePath: string; tokens: string[]; language?: SourceLanguage; project?: ProjectContext }[];
  /** True when the burst was larger than CHECKOUT_BURST_SIZE and was not matched. */
  checkout: boolean;
}

export interface NewFileWatcherOptions {
  /** Quiet time that ends a burst of created files (default 750 ms). */
  debounceMs?: number;
}

/**
 * Turns the new source files the detection service reports (created through the editor or on disk by anything else,
 * new folders walked; recreations and repeats already left out) into new-file triggers, debounced so that a burst
 * becomes ONE `model.addNewFiles` call. Bursts of more than CHECKOUT_BURST_SIZE files are recorded with no tokens,
 * so they suggest nothing.
 */
export class NewFileWatcher extends Disposable {
  private readonly _onDidFlush = this.register(new Emitter<NewFileBatch>());
  /** Fires once per flushed burst, after the model update. */
  readonly onDidFlush = this._onDidFlush.event;
  private readonly burst: NewFileBurst<vscode.Uri>;

  constructor(
    detection: DetectionService,
    private readonly model: SuggestionModel,
    private readonly projects: ProjectContextService,
    private readonly log: Logger,
    options: NewFileWatcherOptions = {},
  ) {
    super();
    this.burst = this.register(new NewFileBurst<vscode.Uri>((uris) => void this.flush(uris), {
      debounceMs: options.debounceMs ?? 750,
      busy: () => detection.isWalking,
    }));
    this.register(detection.onDidCreateNewFile((uri) => this.burst.add(uri.toString(), uri)));
    this.register(detection.onDidDelete((uri) => this.burst.remove(uri.toString())));
  }

  private async flush(uris: vscode.Uri[]): Promise<void> {
    if (this.isDisposed) return;
    const checkout = uris.length > CHECKOUT_BURST_SIZE;
    // Each file's project, so a library's own new files never suggest the library (not needed for a checkout).
    const projects = checkout ? [] : await Promise.all(uris.map((uri) => this.projects.contextFor(uri)));
    if (this.isDisposed) return;
    const files = uris.map((uri, i) => {
      const relativePath = vscode.workspace.asRelativePath(uri, false);
      return { uri, relativePath, tokens: checkout ? [] : newFileTokens(relativePath), language: languageForPath(uri.path), project: projects[i] };
    });
    if (checkout) {
      this.log.info(`${files.length} files were created at once (more than ${CHECKOUT_BURST_SIZE}): treated as a checkout or generator run, not matched.`);
    } else {
      this.log.debug(`New files: ${files.map((f) => `${f.relativePath} [${f.tokens.join(' ')}]`).join(', ')}`);
    }
    const matched = this.model.addNewFiles(files);
    if (matched.length) this.log.info(`${matched.length} new file(s) look like an internal library: ${matched.map((f) => f.relativePath).join(', ')}`);
    this._onDidFlush.fire({ files, checkout });
  }
}
