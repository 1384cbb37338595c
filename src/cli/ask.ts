import { prepareQuestion, submitQuestion, type PreparedQuestion } from '../github/askOwners';
import { ContributionError } from '../github/contributionError';
import { createOctokit } from '../github/octokit';
import { octokitQuestionApi, type QuestionRef } from '../github/questionApi';
import { composeQuestionBody } from '../github/questionBody';
import { inertText } from '../util/inertText';
import { redactor } from '../util/redact';
import { apiUrlOption, CliError, parseCommandArgs, UsageError, type CliCommand, type CliIO } from './io';

const USAGE = `Usage: reuse-radar ask --repo owner/name --title <t> --body <b> [--api-url <url>] [--dry-run]

  --repo <owner/name>   the internal library's repository
  --title <t>           the question, in one line
  --body <b>            details (a provenance line is added at the end)
  --api-url <url>       REST API base (default $GITHUB_API_URL, else https://api.github.com; GHES: https://HOST/api/v3)
  --dry-run             send nothing: print what would be created, and the similar open questions

Asks in the repository's "Q&A" discussion category when discussions are enabled, else as an issue labelled
"question" (when that label exists). Similar open questions go to stderr, the question's URL to stdout. Running it
again after a failure reuses your open question with the same title from the last hour instead of asking twice.
Environment: GITHUB_TOKEN (required; sent only over https, or http to this machine; never printed).`;

const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]', '::1']);

/** Refuses to send a token anywhere but https, or plain http to this machine. */
function refuseInsecureToken(apiUrl: string): void {
  const url = new URL(apiUrl);
  if (url.protocol === 'https:' || (url.protocol === 'http:' && LOOPBACK.has(url.hostname))) return;
  throw new CliError(`refusing to send GITHUB_TOKEN to ${url.protocol}//${url.host}: use an https:// API URL.`);
}

function describeDestination(p: PreparedQuestion): string {
  const d = p.destination;
  return d.kind === 'discussion' ? `a discussion in the "${inertText(d.categoryName, { max: 300 })}" category of ${p.repo}`
    : `an issue in ${p.repo}${d.labels.length ? ` labelled "${inertText(d.labels[0], { max: 300 })}"` : ''}`;
}

const similarLine = (q: QuestionRef) => `  ${q.kind === 'discussion' ? 'discussion' : 'issue'} #${q.number} ${inertText(q.title, { max: 120 })} — ${inertText(q.url, { max: 300 })}\n`;

async function run(args: string[], rawIo: CliIO): Promise<number> {
  const { values } = parseCommandArgs({
    args,
    allowPositionals: false,
    options: {
      repo: { type: 'string' },
      title: { type: 'string' },
      body: { type: 'string' },
      'api-url': { type: 'string' },
      'dry-run': { type: 'boolean' },
    },
  });
  const repo = values.repo ?? '';
  if (!/^[\w.-]+\/[\w.-]+$/.test(repo)) throw new UsageError('--repo owner/name is required');
  const title = (values.title ?? '').replace(/\s+/g, ' ').trim();
  if (!title) throw new UsageError('--title is required');
  if (values.body === undefined) throw new UsageError('--body is required');
  const apiUrl = apiUrlOption(values['api-url'], rawIo.env);
  const token = rawIo.env.GITHUB_TOKEN?.trim();
  if (!token) throw new CliError('GITHUB_TOKEN is not set: export a token that may read the repository and open issues or discussions in it.');
  refuseInsecureToken(apiUrl);
  const clean = redactor([token]);
  const io = { ...rawIo, stdout: (t: string) => rawIo.stdout(clean(t)), stderr: (t: string) => rawIo.stderr(clean(t)) };

  const octokit = createOctokit({
    token, apiUrl, userAgent: 'reuse-radar-cli',
    log: { trace: () => {}, debug: () => {}, info: () => {}, warn: () => {}, error: () => {} },
    onRateLimitWait: (seconds, reason) => io.stderr(`${reason}: waiting ${Math.ceil(seconds)} s\n`),
  });
  const api = octokitQuestionApi(octokit);
  const body = clean(composeQuestionBody({ question: values.body, askedFrom: 'the reuse-radar CLI' }));
  try {
    const prepared = await prepareQuestion(api, { repo, title, question: values.body });
    if (prepared.similar.length) {
      io.stderr(`Similar open questions in ${repo} (follow one instead of asking again?):\n${prepared.similar.map(similarLine).join('')}`);
    } else {
      io.stderr(`No similar open question in ${repo}.\n`);
    }
    if (values['dry-run']) {
      io.stdout(`Dry run: nothing was sent. Would create ${describeDestination(prepared)} as ${prepared.viewer}:\n\nTitle: ${title}\n\n${body}\n`);
      return 0;
    }
    const result = await submitQuestion(api, prepared, { title, body }, {
      onRetry: (attempt) => io.stderr(`GitHub failed; no question of yours was found, asking again (attempt ${attempt}).\n`),
    });
    if (result.reused) io.stderr(`Your question from earlier was found and reused (not asked twice).\n`);
    io.stdout(`${result.question.url}\n`);
    return 0;
  } catch (err) {
    if (err instanceof ContributionError) throw new CliError(clean(`${err.message}${err.code === 'auth' ? ' Check GITHUB_TOKEN.' : ''}`));
    throw new CliError(clean(err instanceof Error ? err.message : String(err)));
  }
}

export const askCommand: CliCommand = {
  name: 'ask',
  summary: 'Ask an internal library\'s owners a question (discussion or issue)',
  usage: USAGE,
  run,
};
