import type { GitHubStandIn } from './index';
import { HttpError, notFound } from './router';
import { paginate, visibleRepo } from './restRoutes';
import { repoJson } from './shapes';

/**
 * Routes the contribution flow uses beyond the stand-in's core, registered through its `route()` extension point:
 * GET /repos/{o}/{r}/forks (list forks, newest first) and PUT /repos/{o}/{r}/topics (replace topics; admin or
 * maintain only, like GitHub).
 */
export function addContributionRoutes(standIn: GitHubStandIn): void {
  const { state } = standIn;
  standIn.route('GET', '/repos/:owner/:repo/forks', (ctx) => {
    const source = visibleRepo(ctx);
    const full = `${source.owner}/${source.name}`.toLowerCase();
    const forks = [...state.repos.values()]
      .filter((r) => r.parent?.toLowerCase() === full && state.canSee(r, ctx.request.login))
      .sort((a, b) => b.id - a.id);
    const { page, link } = paginate(forks, ctx);
    return { status: 200, body: page.map((r) => repoJson(state, r, ctx)), headers: link ? { link } : undefined };
  });
  standIn.route('PUT', '/repos/:owner/:repo/topics', (ctx) => {
    if (!ctx.request.login) throw new HttpError(401, 'Requires authentication');
    const repo = visibleRepo(ctx);
    const permission = state.permissionOf(repo, ctx.request.login);
    if (permission === 'none') throw notFound();
    if (permission !== 'admin' && permission !== 'maintain') throw new HttpError(403, 'Resource not accessible by integration');
    const names = (ctx.request.body as { names?: unknown } | undefined)?.names;
    if (!Array.isArray(names) || names.some((n) => typeof n !== 'string' || !/^[a-z0-9][a-z0-9-]{0,49}$/.test(n))) {
      throw new HttpError(422, 'Validation Failed', { errors: [{ resource: 'Repository', field: 'names', code: 'invalid' }] });
    }
    repo.topics = [...new Set(names as string[])];
    state.touch();
    return { status: 200, body: { names: repo.topics } };
  });
}
