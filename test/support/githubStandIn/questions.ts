import { TypedGraphQLFailure } from './graphqlSchema';
import { HttpError, type RouteContext, type Router } from './router';
import { visibleRepo } from './restRoutes';
import { accountJson } from './shapes';
import type { StandInRepo, StandInState, StandInThread } from './state';

// Issues, discussions, labels and search: what "Ask the owners" and the on-ramp need, in GitHub's shapes.

type Args = Record<string, unknown>;
const nodeId = (kind: string, id: number | string): string => Buffer.from(`0:${kind}${id}`).toString('base64');
const sameName = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

function threadUrl(webBase: string, t: StandInThread): string {
  return `${webBase}/${t.repo}/${t.kind === 'issue' ? 'issues' : 'discussions'}/${t.number}`;
}

/** REST issue object (required fields of @octokit/openapi's `issue`). */
function issueJson(state: StandInState, t: StandInThread, ctx: Pick<RouteContext, 'apiBase' | 'webBase'>): Record<string, unknown> {
  const url = `${ctx.apiBase}/repos/${t.repo}/issues/${t.number}`;
  return {
    id: t.id, node_id: nodeId('Issue', t.id), url, repository_url: `${ctx.apiBase}/repos/${t.repo}`,
    labels_url: `${url}/labels{/name}`, comments_url: `${url}/comments`, events_url: `${url}/events`, html_url: threadUrl(ctx.webBase, t),
    number: t.number, state: t.state, state_reason: null, title: t.title, body: t.body,
    user: accountJson(state.account(t.user) ?? state.addUser(t.user), ctx),
    labels: t.labels.map((name) => labelJson(t.repo, name, ctx)), assignee: null, assignees: [], milestone: null, locked: false,
    active_lock_reason: null, comments: 0, pull_request: undefined, closed_at: null, created_at: t.createdAt, updated_at: t.updatedAt,
    closed_by: null, author_association: 'NONE', reactions: undefined,
  };
}

function labelJson(repo: string, name: string, ctx: Pick<RouteContext, 'apiBase'>): Record<string, unknown> {
  return {
    id: Buffer.from(name).reduce((h, b) => (h * 31 + b) % 2_000_000_000, 7), node_id: nodeId('Label', `${repo}:${name}`),
    url: `${ctx.apiBase}/repos/${repo}/labels/${encodeURIComponent(name)}`, name, color: 'ededed', default: false, description: null,
  };
}

function labelNode(repo: string, name: string, webBase: string) {
  return { __typename: 'Label', id: nodeId('Label', `${repo}:${name}`), name, color: 'ededed', url: `${webBase}/${repo}/labels/${encodeURIComponent(name)}` };
}

function authorNode(state: StandInState, login: string, webBase: string) {
  const account = state.account(login);
  return { __typename: 'User', id: nodeId('User', account?.id ?? 0), login, url: `${webBase}/${login}` };
}

/** A GraphQL Issue or Discussion node. */
function threadNode(state: StandInState, t: StandInThread, webBase: string): Record<string, unknown> {
  const common = {
    id: nodeId(t.kind === 'issue' ? 'Issue' : 'Discussion', t.id), number: t.number, title: t.title, body: t.body,
    url: threadUrl(webBase, t), createdAt: t.createdAt, updatedAt: t.updatedAt, closed: t.state === 'closed',
    author: authorNode(state, t.user, webBase),
    labels: (args: Args) => listOf(t.labels.map((name) => labelNode(t.repo, name, webBase)), args),
  };
  if (t.kind === 'issue') return { __typename: 'Issue', ...common, state: t.state.toUpperCase() };
  return { __typename: 'Discussion', ...common, category: categoryNode(t.repo, t.category ?? 'General') };
}

function categoryNode(repo: string, name: string) {
  return { __typename: 'DiscussionCategory', id: nodeId('DiscussionCategory', `${repo}:${name}`), name, slug: name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, ''), isAnswerable: name === 'Q&A', emoji: ':grey_question:' };
}

/** first/last (≤ 100) over a list, totalCount of all. */
function listOf<T>(items: T[], args: Args) {
  const first = args.first as number | undefined;
  const last = args.last as number | undefined;
  for (const [arg, value] of [['first', first], ['last', last]] as const) {
    if (value != null && value > 100) throw new TypedGraphQLFailure('EXCESSIVE_PAGINATION', `Requesting ${value} records on the connection exceeds the \`${arg}\` limit of 100 records.`);
  }
  const nodes = first != null ? items.slice(0, first) : last != null ? items.slice(-last) : items;
  return { totalCount: items.length, nodes, pageInfo: { hasNextPage: nodes.length < items.length, hasPreviousPage: false, startCursor: null, endCursor: null } };
}

function ordered(threads: StandInThread[], args: Args): StandInThread[] {
  const order = args.orderBy as { field?: string; direction?: string } | undefined;
  const key = order?.field === 'UPDATED_AT' ? 'updatedAt' : 'createdAt';
  const sign = order?.direction === 'DESC' ? -1 : 1;
  return [...threads].sort((a, b) => (a[key] < b[key] ? -1 : a[key] > b[key] ? 1 : a.id - b.id) * sign);
}

/** Repository fields beyond the core ones: issues with labels/filterBy, discussions, labels, watchers. */
export function questionRepositoryFields(state: StandInState, repo: StandInRepo, webBase: string): Record<string, unknown> {
  const full = `${repo.owner}/${repo.name}`;
  return {
    watchers: (args: Args) => listOf(Array.from({ length: repo.watchers }, (_, i) => authorNode(state, `watcher${i}`, webBase)), args),
    hasIssuesEnabled: true,
    hasDiscussionsEnabled: repo.discussionCategories !== undefined,
    issues: (args: Args) => {
      const states = (args.states as string[] | undefined)?.map((s) => s.toLowerCase());
      const filterBy = (args.filterBy ?? {}) as { createdBy?: string; since?: string; states?: string[]; labels?: string[] };
      const labels = (args.labels as string[] | undefined) ?? filterBy.labels;
      const wanted = states?.length ? states : filterBy.states?.length ? filterBy.states.map((s) => s.toLowerCase()) : undefined;
      const modelled = state.threadsOf(repo, 'issue').filter((t) => (!wanted || wanted.includes(t.state))
        && (!labels || t.labels.some((l) => labels.some((w) => sameName(w, l))))
        && (!filterBy.createdBy || sameName(filterBy.createdBy, t.user))
        && (!filterBy.since || t.updatedAt >= filterBy.since));
      const list = listOf(ordered(modelled, args), args);
      // Without a filter, the unmodelled open issues (`openIssues`) count too.
      const unfiltered = !labels && !filterBy.createdBy && !filterBy.since && (!wanted || wanted.includes('open'));
      return { ...list, totalCount: list.totalCount + (unfiltered ? repo.openIssues : 0), nodes: list.nodes.map((t) => threadNode(state, t, webBase)) };
    },
    discussions: (args: Args) => {
      if (repo.discussionCategories === undefined) return listOf([], args);
      // The schema defaults `states` to [] (= every state).
      const states = (args.states as string[] | undefined)?.map((s) => s.toLowerCase());
      const threads = state.threadsOf(repo, 'discussion').filter((t) => !states?.length || states.includes(t.state));
      const list = listOf(ordered(threads, args), args);
      return { ...list, nodes: list.nodes.map((t) => threadNode(state, t, webBase)) };
    },
    discussionCategories: (args: Args) => listOf((repo.discussionCategories ?? []).map((name) => categoryNode(full, name)), args),
    labels: (args: Args) => {
      const query = typeof args.query === 'string' ? args.query.toLowerCase() : '';
      return listOf(repo.labels.filter((l) => l.toLowerCase().includes(query)).map((name) => labelNode(full, name, webBase)), args);
    },
    label: (args: Args) => {
      const name = repo.labels.find((l) => sameName(l, String(args.name)));
      return name ? labelNode(full, name, webBase) : null;
    },
  };
}

/** Commits reachable from `sha` whose committer date is at or after `since` (Commit.history(since).totalCount). */
export function historyCount(repo: StandInRepo, sha: string, since: string | undefined): number {
  const seen = new Set<string>();
  const queue = [sha];
  let count = 0;
  while (queue.length) {
    const next = queue.pop()!;
    if (seen.has(next)) continue;
    seen.add(next);
    const commit = repo.git.readCommit(next);
    if (!commit) continue;
    if (!since || Date.parse(commit.committer.date) >= Date.parse(since)) count++;
    queue.push(...commit.parents);
  }
  return count;
}

/**
 * GitHub's issue/discussion search over the stand-in's threads: `repo:o/n`, `is:open|closed`, `is:issue`,
 * `author:x`, `in:title|body`, `label:x`, quoted phrases, and `OR` between terms (plain terms are ANDed);
 * best match first (most terms found), then newest.
 */
function searchThreads(state: StandInState, query: string, kind: StandInThread['kind']): StandInThread[] {
  const tokens = query.match(/"[^"]*"|\S+/g) ?? [];
  const quals: Record<string, string[]> = {};
  const groups: string[][] = [[]];
  for (const token of tokens) {
    const q = /^(repo|is|author|in|label|created):(.+)$/i.exec(token);
    if (q) (quals[q[1].toLowerCase()] ??= []).push(q[2].replace(/^"|"$/g, '').toLowerCase());
    else if (token === 'OR') groups.push([]);
    else groups[groups.length - 1].push(token.replace(/^"|"$/g, '').toLowerCase());
  }
  const terms = groups.filter((g) => g.length);
  return state.threads
    .filter((t) => t.kind === kind)
    .filter((t) => (quals.repo ?? []).every((r) => t.repo.toLowerCase() === r))
    .filter((t) => (quals.is ?? []).every((v) => (v === 'open' || v === 'closed' ? t.state === v : v === t.kind)))
    .filter((t) => (quals.author ?? []).every((a) => t.user.toLowerCase() === a))
    .filter((t) => (quals.label ?? []).every((l) => t.labels.some((x) => x.toLowerCase() === l)))
    .map((t) => {
      const where = quals.in?.includes('title') && !quals.in.includes('body') ? t.title : `${t.title}\n${t.body}`;
      const text = where.toLowerCase();
      const found = terms.filter((g) => g.every((w) => text.includes(w))).length;
      return { t, found };
    })
    .filter((x) => terms.length === 0 || x.found > 0)
    .sort((a, b) => b.found - a.found || b.t.id - a.t.id)
    .map((x) => x.t);
}

/** Query `search` and Mutation `createDiscussion` resolvers. */
export function questionRootFields(state: StandInState, login: string | undefined, webBase: string): Record<string, unknown> {
  return {
    search: (args: Args) => {
      const type = String(args.type);
      if (type !== 'ISSUE' && type !== 'DISCUSSION') return { issueCount: 0, discussionCount: 0, repositoryCount: 0, userCount: 0, wikiCount: 0, codeCount: 0, nodes: [], edges: [], pageInfo: { hasNextPage: false, hasPreviousPage: false } };
      const found = searchThreads(state, String(args.query ?? ''), type === 'ISSUE' ? 'issue' : 'discussion').filter((t) => {
        const [owner, name] = t.repo.split('/');
        const repo = state.repo(owner, name);
        return repo !== undefined && state.canSee(repo, login);
      });
      const list = listOf(found, args);
      const nodes = list.nodes.map((t) => threadNode(state, t, webBase));
      return {
        issueCount: type === 'ISSUE' ? found.length : 0, discussionCount: type === 'DISCUSSION' ? found.length : 0, repositoryCount: 0, userCount: 0, wikiCount: 0, codeCount: 0,
        nodes, edges: nodes.map((node) => ({ node, cursor: '' })), pageInfo: list.pageInfo,
      };
    },
    createDiscussion: (args: Args) => {
      const input = (args.input ?? {}) as { repositoryId?: string; categoryId?: string; title?: string; body?: string; clientMutationId?: string };
      const repo = [...state.repos.values()].find((r) => Buffer.from(`Repository:${r.id}`).toString('base64') === input.repositoryId);
      if (!repo || !state.canSee(repo, login)) throw new TypedGraphQLFailure('NOT_FOUND', `Could not resolve to a node with the global id of '${input.repositoryId}'`);
      const category = (repo.discussionCategories ?? []).find((c) => categoryNode(`${repo.owner}/${repo.name}`, c).id === input.categoryId);
      if (!category) throw new TypedGraphQLFailure('NOT_FOUND', `Could not resolve to a node with the global id of '${input.categoryId}'`);
      if (!input.title?.trim()) throw new TypedGraphQLFailure('UNPROCESSABLE', 'Title can\'t be blank');
      const thread = state.addThread(repo, { kind: 'discussion', title: input.title, body: input.body ?? '', category, user: login! });
      return { clientMutationId: input.clientMutationId ?? null, discussion: threadNode(state, thread, webBase) };
    },
  };
}

/** REST: POST/GET /repos/{o}/{r}/issues, GET /repos/{o}/{r}/issues/{n}, GET /repos/{o}/{r}/labels, GET /search/issues. */
export function addQuestionRoutes(router: Router, state: StandInState): void {
  router.add('POST', '/repos/:owner/:repo/issues', (ctx) => {
    if (!ctx.request.login) throw new HttpError(401, 'Requires authentication');
    const repo = visibleRepo(ctx);
    const body = (ctx.request.body ?? {}) as { title?: unknown; body?: unknown; labels?: unknown };
    if (typeof body.title !== 'string' || !body.title.trim()) {
      throw new HttpError(422, 'Validation Failed', { errors: [{ resource: 'Issue', field: 'title', code: 'missing_field' }] });
    }
    const names = Array.isArray(body.labels) ? body.labels.filter((l): l is string => typeof l === 'string') : [];
    // Like GitHub: labels stick only for users with push access; unknown ones are created.
    const labels = state.canPush(repo, ctx.request.login) ? names : [];
    for (const l of labels) if (!repo.labels.some((x) => sameName(x, l))) repo.labels.push(l);
    const thread = state.addThread(repo, { kind: 'issue', title: body.title, body: typeof body.body === 'string' ? body.body : '', labels, user: ctx.request.login });
    return { status: 201, body: issueJson(state, thread, ctx), headers: { location: `${ctx.apiBase}/repos/${thread.repo}/issues/${thread.number}` } };
  });
  router.add('GET', '/repos/:owner/:repo/issues/:number', (ctx) => {
    const repo = visibleRepo(ctx);
    const thread = state.threadsOf(repo, 'issue').find((t) => t.number === Number(ctx.params.number));
    if (!thread) throw new HttpError(404, 'Not Found');
    return { status: 200, body: issueJson(state, thread, ctx) };
  });
  router.add('GET', '/repos/:owner/:repo/labels', (ctx) => {
    const repo = visibleRepo(ctx);
    return { status: 200, body: repo.labels.map((name) => labelJson(`${repo.owner}/${repo.name}`, name, ctx)) };
  });
  router.add('GET', '/search/issues', (ctx) => {
    const q = ctx.request.query.get('q');
    if (!q) throw new HttpError(422, 'Validation Failed', { errors: [{ resource: 'Search', field: 'q', code: 'missing' }] });
    const found = searchThreads(state, q, 'issue');
    const perPage = Math.min(100, Number(ctx.request.query.get('per_page')) || 30);
    return { status: 200, body: { total_count: found.length, incomplete_results: false, items: found.slice(0, perPage).map((t) => ({ ...issueJson(state, t, ctx), score: 1 })) } };
  });
}
