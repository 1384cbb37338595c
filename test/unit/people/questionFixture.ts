import { createOctokit } from '../../../src/github/octokit';
import { octokitQuestionApi } from '../../../src/github/questionApi';
import { startGitHubStandIn, type GitHubStandIn } from '../../support/githubStandIn';

/** acme/http-client (labels incl. question; ann may write), acme/ui-kit (discussions with Q&A), acme/bare (no question label). */
export const ANN = 'ghp_AnnAsks0123456789abcdefABCDEFghij';

export async function questionStandIn(): Promise<GitHubStandIn> {
  const gh = await startGitHubStandIn();
  gh.state.addToken(ANN, 'ann');
  gh.state.addToken('bob-token', 'bob');
  // GitHub keeps labels on a new issue only from users with push access (others' are dropped silently).
  const http = gh.state.addRepo({ owner: 'acme', name: 'http-client', permissions: { ann: 'write' }, files: { 'package.json': '{"name":"@acme/http-client"}' } });
  gh.state.addRepo({ owner: 'acme', name: 'ui-kit', discussionCategories: ['Announcements', 'General', 'Q&A'], files: { 'package.json': '{}' } });
  gh.state.addRepo({ owner: 'acme', name: 'bare', labels: ['bug'], files: { 'package.json': '{}' } });
  gh.state.addThread(http, { title: 'Does retry cover 503 responses?', user: 'bob', labels: ['question'] });
  gh.state.addThread(http, { title: 'Retry budget per request', user: 'bob', state: 'closed' });
  gh.state.addThread(http, { title: 'Logo colours', user: 'bob' });
  return gh;
}

export const questionApiFor = (gh: GitHubStandIn, token = ANN) =>
  octokitQuestionApi(createOctokit({ token, apiUrl: gh.url, msPerSecond: 1, minWriteIntervalMs: 0 }));

