import { startGitHubStandIn, type GitHubStandIn, type RequestLog } from '../../support/githubStandIn';
import { addContributionRoutes } from '../../support/githubStandIn/contributionRoutes';
import { octokitContributionApi, type ContributionApi } from '../../../src/github/contributionApi';
import { createOctokit } from '../../../src/github/octokit';

/** Tests assert tokens never show up; bob's does not look like a GitHub token, so no pattern-based redaction hides it. */
export const ANN_TOKEN = 'ghp_AnnSecretToken0123456789abcdefABCDEF';
export const BOB_TOKEN = 'bob-plain-secret-4f9c2e71';

export const TEMPLATE = '## Description\n\n<!-- What does this change do? -->\n\n## Checklist\n- [ ] Tests added\n';

/**
 * A stand-in with acme/http-client (ann may write, bob may only read), its CONTRIBUTING, CODEOWNERS, innersource.json
 * and pull request template, plus the forks/topics routes.
 */
export async function contributionStandIn(): Promise<GitHubStandIn> {
  const gh = await startGitHubStandIn();
  addContributionRoutes(gh);
  gh.state.addToken(ANN_TOKEN, 'ann');
  gh.state.addToken(BOB_TOKEN, 'bob');
  gh.state.addOrg('acme');
  const repo = gh.state.addRepo({
    owner: 'acme',
    name: 'http-client',
    topics: ['http'],
    files: {
      'README.md': '# http-client\n',
      'src/index.ts': 'export const version = 1;\n',
      'CONTRIBUTING.md': '# Contributing\n\nOpen an issue before large changes.\n\n## Tests\n\nRun `npm test`.\n',
      '.github/CODEOWNERS': '* @acme/platform\n/docs/ @ann\n',
      '.github/PULL_REQUEST_TEMPLATE.md': TEMPLATE,
      'innersource.json': JSON.stringify({ title: 'HTTP client', contributions: ['Retries', 'Docs'], skills: ['TypeScript'] }),
    },
  });
  repo.permissions.ann = 'write';
  return gh;
}

/** The port over the project's Octokit factory, pointed at the stand-in; waits scaled down 100×, writes unspaced. */
export function apiFor(gh: GitHubStandIn, token: string, apiUrl = gh.url): ContributionApi {
  return octokitContributionApi(createOctokit({ token, apiUrl, ...testOctokitOptions }), { forkPollMs: 10, forkTimeoutMs: 2000 });
}

/** createOctokit options for tests: a second of GitHub's waits lasts 10 ms. */
const testOctokitOptions = { msPerSecond: 10, minWriteIntervalMs: 0 };

export function writes(log: RequestLog[], from = 0): RequestLog[] {
  return log.slice(from).filter((r) => r.method !== 'GET' && r.method !== 'HEAD');
}

export function count(log: RequestLog[], method: string, path: RegExp, from = 0): number {
  return log.slice(from).filter((r) => r.method === method && path.test(r.path)).length;
}
