import type { ContributionContext } from './contributionContext';

/**
 * What the user reads before submitting a contribution: files, base (or fork), owners, wanted contributions and skills,
 * the CONTRIBUTING summary and link, where the branch goes and which template fills the body.
 *
 * @example reviewDetail(ctx, { files: ['src/retry.ts'] })
 *   // → 'Files: src/retry.ts\nBase: main\nOwners: @acme/platform\n…\nNo CONTRIBUTING guide found.'
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
