import type * as vscode from 'vscode';
import type { CatalogEntry } from '../catalog/model';
import type { ContributionContext } from '../github/contribute';
import { reviewDetail } from '../github/reviewDetail';
import { inertLabel } from '../util/inertText';
import type { Prompts } from '../util/prompts';

/** What the user settled on for the pull request; undefined fields were not asked (the caller's defaults apply). */
export interface PullDetails {
  title: string;
  body: string;
  template?: string | false;
  draft: boolean;
}

/** Catalog entries that have a repository, the preselected one first (and marked). */
export async function pickLibrary(ui: Prompts, entries: readonly CatalogEntry[], preselected?: CatalogEntry): Promise<CatalogEntry | undefined> {
  const withRepo = entries.filter((e) => e.repo);
  const ordered = preselected ? [preselected, ...withRepo.filter((e) => e.id !== preselected.id)] : withRepo;
  type Item = vscode.QuickPickItem & { entry: CatalogEntry };
  const items: Item[] = ordered.map((entry) => ({
    label: inertLabel(entry.name),
    description: inertLabel(entry.id === preselected?.id ? `${entry.repo} · suggested for this file` : entry.repo),
    detail: inertLabel(entry.description, 300),
    picked: entry.id === preselected?.id,
    entry,
  }));
  if (!items.length) return undefined;
  return (await ui.pick(items, { title: 'Contribute upstream: target library', placeHolder: 'Which internal library receives the change?', matchOnDescription: true, matchOnDetail: true }))?.entry;
}

/** Asks for what the options did not give: title, description, template (when several). Undefined = cancelled. */
export async function askPullDetails(
  ui: Prompts,
  ctx: ContributionContext,
  given: { title?: string; body?: string; template?: string | false; draft?: boolean; confirm?: boolean },
  defaults: { title: string },
): Promise<PullDetails | undefined> {
  const title = given.title ?? (given.confirm ? defaults.title : await ui.input({
    title: `Contribute to ${ctx.repo}: pull request title`,
    value: defaults.title,
    prompt: 'Also names the branch (reuse-radar/<title>).',
    validateInput: (v) => (v.trim() ? undefined : 'A title is required.'),
    ignoreFocusOut: true,
  }));
  if (title === undefined || !title.trim()) return undefined;
  const body = given.body ?? (given.confirm ? '' : await ui.input({
    title: `Contribute to ${ctx.repo}: description`,
    prompt: ctx.templates.length ? `Placed into the repository's pull request template (${ctx.templates[0].path}).` : 'What the change does and why (optional).',
    ignoreFocusOut: true,
  }));
  if (body === undefined) return undefined;
  let template = given.template;
  if (template === undefined && ctx.templates.length > 1 && !given.confirm) {
    type Item = vscode.QuickPickItem & { path: string | false };
    const picked = await ui.pick<Item>(
      [...ctx.templates.map((t) => ({ label: inertLabel(t.name), description: inertLabel(t.path), path: t.path })), { label: 'No template', path: false }],
      { title: `Pull request template of ${ctx.repo}`, placeHolder: 'Which template fills the body?' },
    );
    if (!picked) return undefined;
    template = picked.path;
  }
  return { title: title.trim(), body, template, draft: given.draft ?? false };
}

/**
 * The modal review before submitting (owners, wanted contributions, skills, CONTRIBUTING summary): resolves to the
 * draft choice, or undefined when the user backs out. "Open Contributing Guide" opens it and asks again.
 */
export async function reviewBeforeSubmit(ui: Prompts, ctx: ContributionContext, change: { files: string[]; branchHint?: string; template?: string | false; draft: boolean }): Promise<{ draft: boolean } | undefined> {
  const templateName = change.template === false ? undefined : (ctx.templates.find((t) => t.path === change.template) ?? ctx.templates[0])?.path;
  const detail = reviewDetail(ctx, { files: change.files, branchHint: change.branchHint, template: templateName });
  const submit = 'Open Pull Request';
  const draft = 'Open Draft Pull Request';
  const guide = 'Open Contributing Guide';
  for (;;) {
    const actions = ctx.contributing ? [submit, draft, guide] : [submit, draft];
    const choice = await ui.info(`Contribute to ${ctx.repo}?`, { modal: true, detail }, ...actions);
    if (choice === guide && ctx.contributing) {
      await ui.openExternal(ctx.contributing.url);
      continue;
    }
    if (choice === submit) return { draft: change.draft };
    if (choice === draft) return { draft: true };
    return undefined;
  }
}
