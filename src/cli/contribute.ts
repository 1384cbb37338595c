import { readFile } from 'node:fs/promises';
import * as nodePath from 'node:path';
import { octokitContributionApi } from '../github/contributionApi';
import { ContributionError, prepareContribution, submitContribution, type ContributionContext, type ContributionFile } from '../github/contribute';
import { createOctokit } from '../github/octokit';
import { apiUrlOption, CliError, parseCommandArgs, UsageError, type CliCommand, type CliIO } from './io';
import { localProvenance } from '../github/localProvenance';
import { assertTokenTransport } from '../util/safeUrl';

const USAGE = `Usage: reuse-radar contribute --repo owner/name --file <local>:<path-in-repo> [--file ...] --title <t> [--body <b>] [--draft] [--api-url <url>]

  --repo <owner/name>          the internal library's canonical repository (the pull request targets it)
  --file <local>:<path>        a local file and where it goes in the repository (repeatable; one commit for all)
  --title <t>                  pull request title (also names the branch: reuse-radar/<slug>)
  --body <b>                   description, placed into the repository's pull request template
  --draft                      open a draft pull request
  --base <branch>              target branch (default: the repository's default branch)
  --branch <name>              branch name (default: reuse-radar/<slug of the title>)
  --api-url <url>              REST API base (default $GITHUB_API_URL, else https://api.github.com; GHES: https://HOST/api/v3)

Forks the repository first when you cannot push to it. Running it again after a failure resumes: an existing branch
with the same content and an open pull request from it are reused. Prints the pull request URL on stdout.
Environment: GITHUB_TOKEN (required; never printed).`;

/** "C:\src\a.ts:lib/a.ts" → { local: "C:\src\a.ts", target: "lib/a.ts" } (split at the last colon). */
function parseFileSpec(spec: string): { local: string; target: string } {
  const at = spec.lastIndexOf(':');
  const local = spec.slice(0, at);
  const rawTarget = spec.slice(at + 1);
  const target = rawTarget.replace(/^\/+/, '');
  // A bare Windows path ("C:\a.ts") has no target: it is not file "C" going to "\a.ts".
  const driveOnly = /^[a-zA-Z]$/.test(local) && rawTarget.startsWith('\\');
  if (at <= 0 || !target || driveOnly) throw new UsageError(`--file "${spec}" must be <local-file>:<path-in-repo>`);
  return { local, target };
}

/** Text when the bytes are UTF-8 without NULs, else the bytes. */
function decode(bytes: Buffer): string | Uint8Array {
  if (bytes.subarray(0, 8000).includes(0)) return new Uint8Array(bytes);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new Uint8Array(bytes);
  }
}

function describe(ctx: ContributionContext): string {
  const lines = [`Contributing to ${ctx.repo} (${ctx.htmlUrl}), base ${ctx.defaultBranch}${ctx.canPush ? '' : ' — you cannot push there, so your fork is used'}`];
  if (ctx.owners.length) lines.push(`  Owners: ${ctx.owners.join(', ')}`);
  if (ctx.innersource?.contributions.length) lines.push(`  Wanted contributions: ${ctx.innersource.contributions.join(', ')}`);
  if (ctx.innersource?.skills.length) lines.push(`  Skills: ${ctx.innersource.skills.join(', ')}`);
  if (ctx.contributing) lines.push(`  Contributing guide: ${ctx.contributing.url}${ctx.contributing.summary ? `\n    ${ctx.contributing.summary}` : ''}`);
  if (ctx.templates.length) lines.push(`  Pull request template: ${ctx.templates[0].path}${ctx.templates.length > 1 ? ` (of ${ctx.templates.map((t) => t.name).join(', ')})` : ''}`);
  return `${lines.join('\n')}\n`;
}

async function run(args: string[], io: CliIO): Promise<number> {
  const { values } = parseCommandArgs({
    args,
    allowPositionals: false,
    options: {
      repo: { type: 'string' },
      file: { type: 'string', multiple: true },
      title: { type: 'string' },
      body: { type: 'string' },
      draft: { type: 'boolean' },
      base: { type: 'string' },
      branch: { type: 'string' },
      'api-url': { type: 'string' },
    },
  });
  const repo = values.repo ?? '';
  if (!/^[\w.-]+\/[\w.-]+$/.test(repo)) throw new UsageError('--repo owner/name is required');
  if (!values.title?.trim()) throw new UsageError('--title is required');
  const specs = (values.file ?? []).map(parseFileSpec);
  if (specs.length === 0) throw new UsageError('give at least one --file <local>:<path-in-repo>');
  const apiUrl = apiUrlOption(values['api-url'], io.env);
  const token = io.env.GITHUB_TOKEN?.trim();
  if (!token) {
    throw new CliError('GITHUB_TOKEN is not set: export a token that may read the repository, fork it and open pull requests (classic: "repo" scope; fine-grained: Contents and Pull requests write).');
  }
  // Before reading any file: the token goes over https only (plain http only to this machine). Whatever is
  // printed, the token is not: main() redacts it literally from all output.
  try {
    assertTokenTransport(apiUrl, 'GITHUB_TOKEN');
  } catch (err) {
    throw new CliError((err as Error).message);
  }

  const files: ContributionFile[] = [];
  for (const { local, target } of specs) {
    const path = nodePath.resolve(io.cwd, local);
    const bytes = await readFile(path).catch((err: NodeJS.ErrnoException) => {
      throw new CliError(`cannot read ${local}: ${err.code === 'ENOENT' ? 'no such file' : err.code === 'EISDIR' ? 'it is a folder' : err.message}`);
    });
    files.push({ path: target, content: decode(bytes) });
  }
  const sources = await Promise.all(specs.map((s) => localProvenance(nodePath.resolve(io.cwd, s.local))));
  const provenance = { repo: sources[0].repo, commit: sources[0].commit, path: sources.map((s) => s.path).join(', ') };

  const octokit = createOctokit({
    token,
    apiUrl,
    userAgent: 'reuse-radar-cli',
    // Quiet: the flow probes for absent branches and forks (expected 404s); steps, waits and the error are printed.
    log: { trace: () => {}, debug: () => {}, info: () => {}, warn: () => {}, error: () => {} },
    onRateLimitWait: (seconds, reason) => io.stderr(`${reason}: waiting ${Math.ceil(seconds)} s\n`),
  });
  const api = octokitContributionApi(octokit);
  try {
    const ctx = await prepareContribution(api, { repo });
    io.stderr(describe(ctx));
    const result = await submitContribution(api, ctx, {
      files,
      title: values.title,
      body: values.body,
      draft: values.draft ?? false,
      base: values.base,
      branch: values.branch,
      provenance,
      onStep: (step, detail) => io.stderr(`[${step}] ${detail ?? ''}\n`),
    });
    io.stdout(`${result.pullRequest.htmlUrl}\n`);
    if (result.reused.pull) io.stdout('reused existing pull request\n');
    return 0;
  } catch (err) {
    if (err instanceof ContributionError) {
      const hint = err.code === 'auth' ? ' Check GITHUB_TOKEN.' : '';
      throw new CliError(`${err.message}${hint}`);
    }
    throw new CliError(err instanceof Error ? err.message : String(err));
  }
}

export const contributeCommand: CliCommand = {
  name: 'contribute',
  summary: 'Open a contribution pull request to an internal library',
  usage: USAGE,
  run,
};
