import * as vscode from 'vscode';
import { safeHttpUrl } from '../catalog/entryFacts';
import type { CatalogEntry } from '../catalog/model';
import { prepareQuestion, submitQuestion, type PreparedQuestion } from '../github/askOwners';
import { octokitQuestionApi, type QuestionApi, type QuestionRef } from '../github/questionApi';
import { composeQuestionBody, mentionOf, type QuestionTrigger } from '../github/questionBody';
import { inertText, inertLabel } from '../util/inertText';
import { failureOf, type Failure } from '../github/contributionError';
import type { CatalogService } from '../services/catalogService';
import { resolveEntry } from '../commands/libraryCommands';
import { Disposable } from '../util/disposable';
import type { Prompts } from '../util/prompts';
import type { ContributionSession } from './contributionSession';

/** What a keybinding or another extension may pass after the library argument; each answer skips its prompt. */
export interface AskOwnersOptions {
  title?: string;
  question?: string;
  /** @-mention the owners (the user's tick in the form). */
  mentionOwners?: boolean;
}

export interface AskOwnersOutcome {
  status: 'asked' | 'reused' | 'followed' | 'cancelled' | 'failed';
  repo?: string;
  /** The question's (or the followed one's) web URL. */
  url?: string;
  kind?: QuestionRef['kind'];
  error?: Failure;
}

const ASK = 'Ask';
const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

/**
 * "Ask the owners" (`reuseRadar.library.askOwners`) from hovers, the details page and Suggestions/Catalog rows: a short
 * form prefilled with the library and what triggered it, similar open questions first, a preview, then the question
 * (Q&A discussion or `question` issue) is created and opened. GitHub is reached only through the QuestionApi port.
 */
export class AskOwnersCommand extends Disposable {
  constructor(private readonly deps: { session: ContributionSession; catalog: CatalogService }) {
    super();
    this.register(vscode.commands.registerCommand('reuseRadar.library.askOwners', (arg?: unknown, options?: AskOwnersOptions) => this.run(arg, isRecord(options) ? options : {})));
  }

  async run(arg: unknown, options: AskOwnersOptions): Promise<AskOwnersOutcome> {
    const ui = this.deps.session.prompts;
    const entry = resolveEntry(arg, this.deps.catalog) ?? (await this.pick(ui));
    if (!entry) return { status: 'cancelled' };
    if (!/^[\w.-]+\/[\w.-]+$/.test(entry.repo)) return this.fail(ui, { code: 'invalid', message: `The catalog has no GitHub repository for ${inertText(entry.name, { max: 80 })}, so there is nowhere to ask.` });
    const repo = entry.repo;
    const trigger = await triggerOf(arg);

    const title = options.title ?? (await ui.input({
      title: `Ask the owners of ${inertText(entry.name, { max: 80 })} (1/2)`, prompt: 'Your question in one line (the title).', value: `${entry.name}: `,
      ignoreFocusOut: true, validateInput: (v) => (v.trim().length < 5 ? 'Write the question (at least 5 characters).' : undefined),
    }));
    if (!title?.trim()) return { status: 'cancelled', repo };
    const question = options.question ?? (await ui.input({
      title: `Ask the owners of ${inertText(entry.name, { max: 80 })} (2/2)`, ignoreFocusOut: true,
      prompt: `Details (optional). Added for you: the library${trigger ? `, ${inertText(trigger.path, { max: 120 })}${trigger.text ? ' and its import line' : ''}` : ''}.`,
    }));
    if (question === undefined) return { status: 'cancelled', repo };
    const mentions = entry.owners.map(mentionOf).filter((m): m is string => !!m);
    let mention = options.mentionOwners ?? false;
    if (options.mentionOwners === undefined && mentions.length) {
      const choice = await ui.pick([
        { label: '$(circle-large-outline) Do not mention the owners', mention: false },
        { label: `$(pass-filled) Mention the owners: ${inertLabel(mentions.join(' '), 120)}`, mention: true },
      ], { title: 'Notify the owners?', placeHolder: 'Mentioned owners get a notification.' });
      if (!choice) return { status: 'cancelled', repo };
      mention = choice.mention;
    }

    const connection = await this.deps.session.connect(true);
    if (!connection) return this.fail(ui, { code: 'auth', message: 'Asking the owners needs a GitHub sign-in: run "Reuse Radar: Sign in to GitHub" or "Set GitHub Token".', repo });
    const api: QuestionApi = octokitQuestionApi(connection.octokit);
    const body = connection.scrub(composeQuestionBody({
      question, trigger, mention: mention ? entry.owners : undefined,
      library: { name: entry.name, repo, packageName: entry.packages[0]?.name },
      askedFrom: `VS Code${trigger ? ` (${trigger.path})` : ''}`,
    }));
    try {
      const prepared = await ui.progress(`Looking for similar questions in ${repo}`, () => prepareQuestion(api, { repo, title: title.trim(), question }));
      const followed = await this.offerSimilar(ui, prepared);
      if (followed === 'cancelled') return { status: 'cancelled', repo };
      if (followed) {
        const url = safeHttpUrl(followed.url);
        if (url) await ui.openExternal(url);
        return { status: 'followed', repo, url: followed.url, kind: followed.kind };
      }
      const where = prepared.destination.kind === 'discussion' ? `a discussion in "${inertText(prepared.destination.categoryName, { max: 60 })}"`
        : `an issue${prepared.destination.labels.length ? ` labelled "${inertText(prepared.destination.labels[0], { max: 60 })}"` : ''}`;
      const answer = await ui.info(`Ask in ${repo} as ${where}?`, { modal: true, detail: `${inertText(title.trim(), { max: 200 })}\n\n${body}` }, ASK);
      if (answer !== ASK) return { status: 'cancelled', repo };
      const result = await ui.progress(`Asking in ${repo}`, (report) => submitQuestion(api, prepared, { title: title.trim(), body }, {
        onRetry: (attempt) => report(`GitHub failed; no question of yours was stored, asking again (attempt ${attempt})`),
      }));
      const url = safeHttpUrl(result.question.url);
      if (url) await ui.openExternal(url);
      return { status: result.reused ? 'reused' : 'asked', repo, url: result.question.url, kind: result.question.kind };
    } catch (err) {
      return this.fail(ui, { ...failureOf(err, connection.scrub), repo });
    }
  }

  /** The similar open questions as a pick: one to follow (opened), or "ask anyway"; undefined when there are none. */
  private async offerSimilar(ui: Prompts, prepared: PreparedQuestion): Promise<QuestionRef | 'cancelled' | undefined> {
    if (!prepared.similar.length) return undefined;
    const items = [
      ...prepared.similar.map((q) => ({
        label: `$(${q.kind === 'discussion' ? 'comment-discussion' : 'issues'}) ${inertLabel(q.title, 200)}`,
        description: `#${q.number} · open ${q.kind}`, detail: inertLabel(q.url, 300), question: q as QuestionRef | undefined,
      })),
      { label: '$(add) Ask my question anyway', description: '', detail: undefined, question: undefined },
    ];
    const picked = await ui.pick(items, { title: `Similar open questions in ${prepared.repo}`, placeHolder: 'Follow one of these instead, or ask yours' });
    if (!picked) return 'cancelled';
    return picked.question;
  }

  private async pick(ui: Prompts): Promise<CatalogEntry | undefined> {
    const entries = this.deps.catalog.catalog.entries.filter((e) => e.repo);
    if (!entries.length) {
      void ui.info('The catalog has no library with a repository to ask about.', {});
      return undefined;
    }
    const picked = await ui.pick(entries.map((entry) => ({ label: inertLabel(entry.name, 100), description: inertLabel(entry.repo, 100), entry })), { title: 'Ask the owners of…', matchOnDescription: true });
    return picked?.entry;
  }

  private fail(ui: Prompts, error: Failure): AskOwnersOutcome {
    void ui.error(error.message, {});
    return { status: 'failed', repo: error.repo, error };
  }
}

/** Where the question came from: a hover's `{ uri, line }`, or the first occurrence of a Suggestions row. */
async function triggerOf(arg: unknown): Promise<QuestionTrigger | undefined> {
  let uri: vscode.Uri | undefined;
  let line: number | undefined;
  if (isRecord(arg) && typeof arg.uri === 'string') {
    uri = vscode.Uri.parse(arg.uri);
    line = typeof arg.line === 'number' ? arg.line : undefined;
  } else if (isRecord(arg) && isRecord(arg.occurrence)) {
    ({ uri, line } = occurrenceAt(arg.occurrence));
  } else if (isRecord(arg) && isRecord(arg.library) && Array.isArray(arg.library.occurrences) && isRecord(arg.library.occurrences[0])) {
    ({ uri, line } = occurrenceAt(arg.library.occurrences[0]));
  }
  if (!uri) return undefined;
  const path = vscode.workspace.asRelativePath(uri, false);
  if (line === undefined) return { path };
  const text = await vscode.workspace.openTextDocument(uri).then((d) => (line! < d.lineCount ? d.lineAt(line!).text : undefined), () => undefined);
  return { path, line: line + 1, ...(text?.trim() ? { text: text.trim().slice(0, 300) } : {}) };
}

function occurrenceAt(o: Record<string, unknown>): { uri?: vscode.Uri; line?: number } {
  const uri = o.uri instanceof vscode.Uri ? o.uri : undefined;
  const range = o.range as { start?: { line?: number } } | undefined;
  return { uri, line: typeof range?.start?.line === 'number' ? range.start.line : undefined };
}
