import { HttpError, notFound, type RouteContext, type Router, type StandInResponse } from './router';
import { accountJson, repoJson } from './shapes';
import type { StandInRepo, StandInState } from './state';

const CONTENTS_DOCS = 'https://docs.github.com/rest/repos/contents#get-repository-content';

/** Repositories visible to the caller, or a 404 for a missing or invisible one. */
export function visibleRepo(ctx: RouteContext): StandInRepo {
  const repo = ctx.state.repo(ctx.params.owner, ctx.params.repo);
  if (!repo || !ctx.state.canSee(repo, ctx.request.login)) throw notFound();
  return repo;
}

const SORTS: Record<string, (r: StandInRepo) => string | number> = {
  created: (r) => r.createdAt,
  updated: (r) => r.updatedAt,
  pushed: (r) => r.pushedAt,
  full_name: (r) => `${r.owner}/${r.name}`.toLowerCase(),
};

/** Slices a list into a GitHub page and builds the Link header (first/prev/next/last as GitHub emits them). */
export function paginate<T>(items: T[], ctx: RouteContext, defaultPerPage = 30): { page: T[]; link?: string } {
  const perPage = Math.min(100, Math.max(1, Number(ctx.request.query.get('per_page')) || defaultPerPage));
  const pageNo = Math.max(1, Number(ctx.request.query.get('page')) || 1);
  const last = Math.max(1, Math.ceil(items.length / perPage));
  const href = (n: number) => {
    const q = new URLSearchParams(ctx.request.query);
    q.set('per_page', String(perPage));
    q.set('page', String(n));
    return `<${ctx.apiBase}${ctx.request.path}?${q}>`;
  };
  const links: string[] = [];
  if (pageNo > 1) links.push(`${href(pageNo - 1)}; rel="prev"`);
  if (pageNo < last) links.push(`${href(pageNo + 1)}; rel="next"`, `${href(last)}; rel="last"`);
  if (pageNo > 1) links.push(`${href(1)}; rel="first"`);
  return { page: items.slice((pageNo - 1) * perPage, pageNo * perPage), link: links.length ? links.join(', ') : undefined };
}

function listRepos(ctx: RouteContext, owner: string, defaultSort: string): StandInResponse {
  const account = ctx.state.account(owner);
  if (!account) throw notFound();
  const sort = ctx.request.query.get('sort') ?? defaultSort;
  const key = SORTS[sort];
  if (!key) throw new HttpError(422, 'Validation Failed', { errors: [{ resource: 'Repository', field: 'sort', code: 'invalid' }] });
  const direction = ctx.request.query.get('direction') ?? (sort === 'full_name' ? 'asc' : 'desc');
  const sign = direction === 'asc' ? 1 : -1;
  const all = ctx.state.reposOf(owner, `${sort}:${direction}`, (a, b) => {
    const ka = key(a);
    const kb = key(b);
    return (ka < kb ? -1 : ka > kb ? 1 : a.id - b.id) * sign;
  });
  const type = ctx.request.query.get('type') ?? 'all';
  const visible = all.filter((r) => {
    if (!ctx.state.canSee(r, ctx.request.login)) return false;
    if (type === 'forks') return r.fork;
    if (type === 'sources') return !r.fork;
    if (type === 'public') return r.visibility === 'public';
    if (type === 'private') return r.visibility !== 'public';
    return true;
  });
  const { page, link } = paginate(visible, ctx);
  return { status: 200, body: page.map((r) => repoJson(ctx.state, r, ctx)), headers: link ? { link } : undefined };
}

/** The commit a `ref` query (branch, tag, sha) or the default branch points at. */
function commitFor(repo: StandInRepo, ref: string | null): string | undefined {
  if (!ref) return repo.git.refs.get(`refs/heads/${repo.defaultBranch}`);
  return repo.git.refs.get(`refs/heads/${ref}`) ?? repo.git.refs.get(`refs/tags/${ref}`) ?? (repo.git.readCommit(ref) ? ref : undefined);
}

function contents(ctx: RouteContext): StandInResponse {
  const repo = visibleRepo(ctx);
  const commit = commitFor(repo, ctx.request.query.get('ref'));
  if (!commit) {
    if (repo.git.refs.size === 0) throw new HttpError(404, 'This repository is empty.', {}, CONTENTS_DOCS);
    throw new HttpError(404, `No commit found for the ref ${ctx.request.query.get('ref')}`, {}, CONTENTS_DOCS);
  }
  const path = (ctx.params.path ?? '').replace(/^\/+|\/+$/g, '');
  const target = repo.git.resolvePath(commit, path);
  if (!target) throw new HttpError(404, 'Not Found', {}, CONTENTS_DOCS);
  const base = `${ctx.apiBase}/repos/${repo.owner}/${repo.name}`;
  const ref = ctx.request.query.get('ref') ?? repo.defaultBranch;
  const item = (itemPath: string, sha: string, type: 'file' | 'dir', size: number) => {
    const url = `${base}/contents/${itemPath}?ref=${ref}`;
    const gitUrl = `${base}/git/${type === 'dir' ? 'trees' : 'blobs'}/${sha}`;
    const html = `${ctx.webBase}/${repo.owner}/${repo.name}/${type === 'dir' ? 'tree' : 'blob'}/${ref}/${itemPath}`;
    return {
      name: itemPath.split('/').pop(), path: itemPath, sha, size, url, html_url: html, git_url: gitUrl,
      download_url: type === 'file' ? `${ctx.webBase}/raw/${repo.owner}/${repo.name}/${ref}/${itemPath}` : null,
      type, _links: { self: url, git: gitUrl, html },
    };
  };
  if (target.type === 'tree') {
    const entries = repo.git.readTree(target.sha) ?? [];
    return {
      status: 200,
      body: entries.map((e) => item(path ? `${path}/${e.name}` : e.name, e.sha, e.type === 'tree' ? 'dir' : 'file', e.type === 'blob' ? repo.git.readBlob(e.sha)!.length : 0)),
    };
  }
  const blob = repo.git.readBlob(target.sha)!;
  // GitHub omits the content of files over 1 MB (encoding "none").
  const tooBig = blob.length > 1024 * 1024;
  const content = tooBig ? '' : (blob.toString('base64').match(/.{1,60}/g) ?? []).join('\n') + (blob.length ? '\n' : '');
  return { status: 200, body: { ...item(path, target.sha, 'file', blob.length), content, encoding: tooBig ? 'none' : 'base64' } };
}

function authenticatedUser(ctx: RouteContext): StandInResponse {
  if (!ctx.request.login) throw new HttpError(401, 'Requires authentication', {}, 'https://docs.github.com/rest/users/users#get-the-authenticated-user');
  const account = ctx.state.account(ctx.request.login)!;
  return { status: 200, body: { ...accountJson(account, ctx), name: account.name, email: account.email, public_repos: 0, followers: 0, following: 0 } };
}

/** Registers the read-side REST routes the catalog crawl and the extension use. */
export function addRestRoutes(router: Router, state: StandInState): void {
  router
    .add('GET', '/user', authenticatedUser)
    .add('GET', '/users/:user', (ctx) => {
      const account = state.account(ctx.params.user);
      if (!account) throw notFound();
      return { status: 200, body: { ...accountJson(account, ctx), name: account.name } };
    })
    .add('GET', '/orgs/:org', (ctx) => {
      const account = state.account(ctx.params.org);
      if (!account || account.type !== 'Organization') throw notFound();
      return { status: 200, body: { ...accountJson(account, ctx), description: null, name: account.name } };
    })
    .add('GET', '/orgs/:org/repos', (ctx) => {
      if (state.account(ctx.params.org)?.type !== 'Organization') throw notFound();
      return listRepos(ctx, ctx.params.org, 'created');
    })
    .add('GET', '/users/:user/repos', (ctx) => listRepos(ctx, ctx.params.user, 'full_name'))
    .add('GET', '/repos/:owner/:repo', (ctx) => ({ status: 200, body: repoJson(state, visibleRepo(ctx), ctx) }))
    .add('GET', '/repos/:owner/:repo/topics', (ctx) => ({ status: 200, body: { names: visibleRepo(ctx).topics } }))
    .add('GET', '/repos/:owner/:repo/contents', contents)
    .add('GET', '/repos/:owner/:repo/contents/:path*', contents)
    .add('GET', '/repos/:owner/:repo/collaborators/:user/permission', (ctx) => {
      const repo = visibleRepo(ctx);
      const user = state.account(ctx.params.user);
      if (!user) throw notFound();
      const permission = state.permissionOf(repo, user.login);
      const legacy = permission === 'maintain' ? 'write' : permission === 'triage' ? 'read' : permission;
      return { status: 200, body: { permission: legacy, role_name: permission, user: { ...accountJson(user, ctx), permissions: { admin: permission === 'admin', push: legacy === 'admin' || legacy === 'write', pull: legacy !== 'none' } } } };
    });
}
