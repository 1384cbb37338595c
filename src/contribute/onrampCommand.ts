import * as vscode from 'vscode';
import { fetchOnrampIssues, LANGUAGE_EXTENSIONS, onrampCandidates, orderOnrampIssues, workspaceLanguages, type OnrampIssue } from '../github/onrampIssues';
import { safeHttpUrl } from '../catalog/entryFacts';
import { inertLabel } from '../util/inertText';
import { failureOf, type Failure } from '../github/contributionError';
import type { CatalogService } from '../services/catalogService';
import { Disposable } from '../util/disposable';
import type { Prompts } from '../util/prompts';
import type { ContributionSession } from './contributionSession';

export interface FirstContributionOutcome {
  status: 'opened' | 'cancelled' | 'none' | 'failed';
  /** Every issue offered, in the order shown. */
  issues: OnrampIssue[];
  /** The opened issue's URL. */
  url?: string;
  error?: Failure;
}

/**
 * "Find a First Contribution" (`reuseRadar.onramp.find`): the open good-first-issue / help-wanted issues of the
 * catalog's libraries (fetched now, so none is already taken), the workspace's languages first, in a quick pick; the
 * chosen one opens in the browser.
 */
export class FirstContributionCommand extends Disposable {
  constructor(private readonly deps: { session: ContributionSession; catalog: CatalogService }) {
    super();
    this.register(vscode.commands.registerCommand('reuseRadar.onramp.find', () => this.run()));
  }

  async run(): Promise<FirstContributionOutcome> {
    const ui = this.deps.session.prompts;
    const connection = await this.deps.session.connect(true);
    if (!connection) return this.fail(ui, { code: 'auth', message: 'Finding first contributions needs a GitHub sign-in: run "Reuse Radar: Sign in to GitHub" or "Set GitHub Token".' });
    const files = await vscode.workspace.findFiles(`**/*.{${LANGUAGE_EXTENSIONS.join(',')}}`, '{**/node_modules/**,**/.git/**,**/dist/**,**/out/**,**/target/**,**/.venv/**}', 2000);
    const languages = workspaceLanguages(files.map((f) => f.path));
    const candidates = onrampCandidates(this.deps.catalog.catalog.entries, languages, connection.webHost);
    if (!candidates.length) {
      void ui.info('No library in the catalog has open good first issues or help-wanted issues.', {});
      return { status: 'none', issues: [] };
    }
    let issues: OnrampIssue[];
    try {
      const labels = this.deps.session.settings.current.onrampLabels;
      issues = orderOnrampIssues(await ui.progress('Looking for first contributions', () => fetchOnrampIssues(connection.octokit, candidates.map((e) => e.repo), labels)), candidates);
    } catch (err) {
      return this.fail(ui, failureOf(err, connection.scrub));
    }
    if (!issues.length) {
      void ui.info('No open good first issue or help-wanted issue right now in the catalog\'s libraries.', {});
      return { status: 'none', issues };
    }
    const byRepo = new Map(candidates.map((e) => [e.repo.toLowerCase(), e]));
    const items = issues.map((issue) => {
      const entry = byRepo.get(issue.repo.toLowerCase());
      return {
        label: `$(${issue.kind === 'good first issue' ? 'heart' : 'megaphone'}) ${inertLabel(issue.title, 200)}`,
        description: `${inertLabel(entry?.name ?? issue.repo, 80)} · ${issue.kind}`,
        detail: `${inertLabel(issue.repo, 100)}#${issue.number}${entry?.language ? ` · ${inertLabel(entry.language, 40)}` : ''}${languages.includes(entry?.language ?? '') ? ' · your language' : ''}`,
        issue,
      };
    });
    const picked = await ui.pick(items, { title: 'Find a First Contribution', placeHolder: 'Open issues that welcome newcomers — pick one to open it', matchOnDescription: true, matchOnDetail: true });
    if (!picked) return { status: 'cancelled', issues };
    const url = safeHttpUrl(picked.issue.url);
    if (url) await ui.openExternal(url);
    return { status: 'opened', issues, url };
  }

  private fail(ui: Prompts, error: Failure): FirstContributionOutcome {
    void ui.error(error.message, {});
    return { status: 'failed', issues: [], error };
  }
}
