import type { Octokit } from '@octokit/rest' with { 'resolution-mode': 'import' };
import { ContributionError, toContributionError } from './contributionError';

/** An open question (issue or discussion) as the flow shows and reuses it. */
export interface QuestionRef {
  kind: 'issue' | 'discussion';
  number: number;
  title: string;
  /** Web URL. */
  url: string;
  createdAt: string;
  author?: string;
}

/** Where questions go in a repository, as GitHub reports it. */
export interface QuestionSetup {
  /** GraphQL node id of the repository (createDiscussion needs it). */
  repositoryId: string;
  /** Discussion categories when discussions are enabled; undefined when they are not. */
  discussionCategories?: { id: string; name: string }[];
  /** Labels whose name contains "question", as the repository spells them. */
  questionLabels: string[];
}

/**
 * The narrow port between "Ask the owners" and GitHub. Repositories are "owner/name"; every method throws
 * ContributionError (never a raw HTTP error). Writes are never retried here: the flow decides, after looking for
 * what a failed write may have stored.
 */
export interface QuestionApi {
  viewerLogin(): Promise<string>;
  setup(repo: string): Promise<QuestionSetup>;
  /** Open questions matching a search query's terms (already joined with OR), issues and, when asked, discussions. */
  searchOpen(repo: string, terms: string, withDiscussions: boolean): Promise<QuestionRef[]>;
  /** Open issues by `login` updated since `since`, and the newest discussions (when asked), newest first. */
  recentBy(repo: string, login: string, since: string, withDiscussions: boolean): Promise<QuestionRef[]>;
  createIssue(repo: string, issue: { title: string; body: string; labels: string[] }): Promise<QuestionRef>;
  createDiscussion(repo: string, discussion: { repositoryId: string; categoryId: string; title: string; body: string }): Promise<QuestionRef>;
}

const SETUP_QUERY = `query ReuseRadarQuestionSetup($owner: String!, $name: String!) {
  repository(owner: $owner, name: $name) {
    id
    hasDiscussionsEnabled
    discussionCategories(first: 25) { nodes { id name } }
    labels(first: 20, query: "question") { nodes { name } }
  }
}`;

const THREAD = 'number title url createdAt author { login }';

const SEARCH_QUERY = `query ReuseRadarSimilarQuestions($issues: String!, $discussions: String!, $withDiscussions: Boolean!) {
  issues: search(query: $issues, type: ISSUE, first: 5) { nodes { ... on Issue { ${THREAD} } } }
  discussions: search(query: $discussions, type: DISCUSSION, first: 5) @include(if: $withDiscussions) { nodes { ... on Discussion { ${THREAD} } } }
}`;

const RECENT_QUERY = `query ReuseRadarRecentQuestions($owner: String!, $name: String!, $login: String!, $since: DateTime!, $withDiscussions: Boolean!) {
  repository(owner: $owner, name: $name) {
    issues(first: 30, orderBy: { field: CREATED_AT, direction: DESC }, filterBy: { createdBy: $login, since: $since, states: [OPEN] }) { nodes { ${THREAD} } }
    discussions(first: 30, orderBy: { field: CREATED_AT, direction: DESC }) @include(if: $withDiscussions) { nodes { ${THREAD} closed } }
  }
}`;

const CREATE_DISCUSSION = `mutation ReuseRadarAskOwners($input: CreateDiscussionInput!) {
  createDiscussion(input: $input) { discussion { ${THREAD} } }
}`;

interface ThreadNode {
  number?: number;
  title?: string;
  url?: string;
  createdAt?: string;
  author?: { login: string } | null;
  closed?: boolean;
}

const toRef = (kind: QuestionRef['kind']) => (n: ThreadNode): QuestionRef[] =>
  typeof n.number === 'number' && typeof n.url === 'string'
    ? [{ kind, number: n.number, title: n.title ?? '', url: n.url, createdAt: n.createdAt ?? '', ...(n.author?.login ? { author: n.author.login } : {}) }]
    : [];

/** A GraphQL `errors` answer (no HTTP status) as a ContributionError; anything else through toContributionError. */
function questionError(err: unknown, repo: string, doing: string): ContributionError {
  const errors = (err as { errors?: { type?: string; message?: string }[] } | undefined)?.errors;
  if (Array.isArray(errors) && errors.length) {
    const first = errors[0];
    const said = String(first.message ?? '').split('\n')[0].slice(0, 200);
    if (first.type === 'NOT_FOUND') return new ContributionError('not-found', `You have no access to ${repo} or it does not exist.`, { repo, githubMessage: said });
    if (first.type === 'FORBIDDEN') return new ContributionError('forbidden', `You may not do this on ${repo} (${doing}). GitHub said: "${said}".`, { repo, githubMessage: said });
    return new ContributionError('conflict', `GitHub refused ${doing} for ${repo}. GitHub said: "${said}".`, { repo, githubMessage: said });
  }
  return toContributionError(err, repo, doing);
}

/**
 * The QuestionApi over an Octokit (github.com or GHES): REST for the viewer and issue creation, GraphQL for the rest.
 * @example const api = octokitQuestionApi(createOctokit({ token, apiUrl }));
 *   await api.setup('acme/http-client') // -> { repositoryId: 'R_kgDO…', discussionCategories: [{ id: 'DIC_…', name: 'Q&A' }], questionLabels: ['question'] }
 */
export function octokitQuestionApi(octokit: Octokit): QuestionApi {
  const split = (repo: string) => {
    const [owner, name] = repo.split('/');
    return { owner, name };
  };
  const noRetry = { request: { retries: 0 } };
  async function guard<T>(repo: string, doing: string, run: () => Promise<T>): Promise<T> {
    try {
      return await run();
    } catch (err) {
      throw questionError(err, repo, doing);
    }
  }
  return {
    viewerLogin: () => guard('', 'reading the signed-in user', async () => (await octokit.rest.users.getAuthenticated()).data.login),
    setup: (repo) => guard(repo, 'reading where questions go', async () => {
      const data = await octokit.graphql<{ repository: { id: string; hasDiscussionsEnabled: boolean; discussionCategories: { nodes: { id: string; name: string }[] }; labels: { nodes: { name: string }[] } | null } }>(SETUP_QUERY, split(repo));
      const r = data.repository;
      return {
        repositoryId: r.id,
        ...(r.hasDiscussionsEnabled ? { discussionCategories: r.discussionCategories.nodes } : {}),
        questionLabels: (r.labels?.nodes ?? []).map((l) => l.name),
      };
    }),
    searchOpen: (repo, terms, withDiscussions) => guard(repo, 'searching similar questions', async () => {
      const scope = `repo:${repo} is:open`;
      const data = await octokit.graphql<{ issues: { nodes: ThreadNode[] }; discussions?: { nodes: ThreadNode[] } }>(SEARCH_QUERY, {
        issues: `${scope} is:issue ${terms}`, discussions: `${scope} ${terms}`, withDiscussions,
      });
      return [...(data.discussions?.nodes ?? []).flatMap(toRef('discussion')), ...data.issues.nodes.flatMap(toRef('issue'))];
    }),
    recentBy: (repo, login, since, withDiscussions) => guard(repo, 'looking for your earlier question', async () => {
      const data = await octokit.graphql<{ repository: { issues: { nodes: ThreadNode[] }; discussions?: { nodes: ThreadNode[] } } }>(RECENT_QUERY, {
        ...split(repo), login, since, withDiscussions,
      });
      const discussions = (data.repository.discussions?.nodes ?? []).filter((d) => !d.closed && d.author?.login?.toLowerCase() === login.toLowerCase());
      return [...discussions.flatMap(toRef('discussion')), ...data.repository.issues.nodes.flatMap(toRef('issue'))];
    }),
    createIssue: (repo, issue) => guard(repo, 'creating the question', async () => {
      const { owner, name } = split(repo);
      const { data } = await octokit.rest.issues.create({ owner, repo: name, title: issue.title, body: issue.body, labels: issue.labels, ...noRetry });
      return { kind: 'issue', number: data.number, title: data.title, url: data.html_url, createdAt: data.created_at, ...(data.user?.login ? { author: data.user.login } : {}) };
    }),
    createDiscussion: (repo, d) => guard(repo, 'creating the question', async () => {
      const data = await octokit.graphql<{ createDiscussion: { discussion: ThreadNode } }>(CREATE_DISCUSSION, {
        input: { repositoryId: d.repositoryId, categoryId: d.categoryId, title: d.title, body: d.body }, ...noRetry,
      });
      const [ref] = toRef('discussion')(data.createDiscussion.discussion);
      if (!ref) throw new ContributionError('conflict', `GitHub did not return the new discussion in ${repo}.`, { repo });
      return ref;
    }),
  };
}
