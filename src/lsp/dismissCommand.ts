import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { MessageType, ShowMessageNotification, type Connection } from 'vscode-languageserver';
import { REPO_DISMISSALS_FILE } from '../matching/dismissals';
import { addDismissalRecord } from './dismissalFiles';
import type { DismissArgs } from './findingPresentation';
import { inertText } from '../util/inertText';

export interface DismissCommandDeps {
  stateDir: string;
  /** The folder whose `.reuse-radar.json` applies to a file. */
  rootFor(file: string): Promise<string>;
  /** True for a folder the client opened as a workspace folder (only those get a `.reuse-radar.json` written). */
  isWorkspaceRoot(dir: string): boolean;
  log(line: string): void;
  /** Called after a dismissal was recorded, to republish diagnostics. */
  onDidDismiss(): Promise<void>;
}

/** What `reuseRadar.dismiss` answers: where the dismissal was recorded, or that it was not. */
export type DismissResult = { dismissed: true; where: 'workspace' | 'user'; file: string } | { dismissed: false; reason: string };

const RECORD_IN_REPOSITORY = `Record in ${REPO_DISMISSALS_FILE}`;
const ONLY_FOR_ME = 'Only for me';
const CANCEL = 'Cancel';

/**
 * `workspace/executeCommand reuseRadar.dismiss [{ uri, library, specifier }]`: asks (window/showMessageRequest) whether
 * to record the decision in the workspace's `.reuse-radar.json` (shared with the repository) or only for this user
 * (the server's state), writes it, and republishes so the diagnostic is gone. A file outside any workspace folder
 * records it for the user without asking.
 */
export class DismissCommand {
  constructor(private readonly connection: Connection, private readonly deps: DismissCommandDeps) {}

  async run(arg: unknown): Promise<DismissResult> {
    const args = dismissArgs(arg);
    if (!args) return this.refuse('reuseRadar.dismiss expects [{ "uri": "file:///…", "library": "…", "specifier": "…" }]');
    const file = args.uri.startsWith('file:') ? fileURLToPath(args.uri) : undefined;
    const root = file ? await this.deps.rootFor(file) : undefined;
    let where: 'workspace' | 'user' = 'user';
    if (root && this.deps.isWorkspaceRoot(root)) {
      const label = `${inertText(args.library, { max: 120 })} for ${inertText(args.specifier, { max: 120 })}`;
      // The LSP client's message request (not VS Code's): every untrusted part above went through plainText.
      // eslint-disable-next-line no-restricted-syntax
      const answer = await this.connection.window.showInformationMessage(
        `Dismiss ${label}? ${RECORD_IN_REPOSITORY} shares the decision with everyone working in ${inertText(path.basename(root), { max: 80 })}; ${ONLY_FOR_ME} keeps it in your own state.`,
        { title: RECORD_IN_REPOSITORY }, { title: ONLY_FOR_ME }, { title: CANCEL },
      );
      if (!answer || answer.title === CANCEL) return { dismissed: false, reason: 'cancelled' };
      where = answer.title === RECORD_IN_REPOSITORY ? 'workspace' : 'user';
    }
    const dir = where === 'workspace' && root ? root : this.deps.stateDir;
    let written: string;
    try {
      written = await addDismissalRecord(dir, { library: args.library, import: args.specifier });
    } catch (err) {
      return this.refuse(`cannot record the dismissal: ${(err as Error).message}`);
    }
    this.deps.log(`dismissed ${args.library} for ${args.specifier} in ${written}`);
    await this.deps.onDidDismiss();
    return { dismissed: true, where, file: written };
  }

  private refuse(reason: string): DismissResult {
    const text = `Reuse Radar: ${inertText(reason, { max: 300 })}`;
    this.deps.log(text);
    void this.connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Error, message: text });
    return { dismissed: false, reason };
  }
}

function dismissArgs(arg: unknown): DismissArgs | undefined {
  if (typeof arg !== 'object' || arg === null) return undefined;
  const { uri, library, specifier } = arg as Record<string, unknown>;
  const ok = (v: unknown): v is string => typeof v === 'string' && v.trim() !== '' && v.length <= 500;
  return ok(uri) && ok(library) && ok(specifier) ? { uri, library: library.trim(), specifier: specifier.trim() } : undefined;
}
