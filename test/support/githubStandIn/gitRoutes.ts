import { HttpError, notFound, validationFailed, type RouteContext, type Router } from './router';
import { visibleRepo, paginate } from './restRoutes';
import { commitJson, pullJson, refJson, repoJson, treeJson } from './shapes';
import type { StandInRepo, StandInState } from './state';

type Body = Record<string, unknown>;

function bodyOf(ctx: RouteContext): Body {
  const body = ctx.request.body;
  if (!body || typeof body !== 'object') throw new HttpError(400, 'Problems parsing JSON');
  return body as Body;
}

/** Write access: anonymous → 401; no push permission → 404 (GitHub hides what you cannot write). */
function writableRepo(ctx: RouteContext): StandInRepo {
  if (!ctx.request.login) throw new HttpError(401, 'Requires authentication');
  const repo = visibleRepo(ctx);
  if (!ctx.state.canPush(repo, ctx.request.login)) throw notFound();
  return repo;
}

const isSha = (v: unknown): v is string => typeof v === 'string' && /^[0-9a-f]{40}$/.test(v);

function createTree(ctx: RouteContext) {
  const repo = writableRepo(ctx);
  const body = bodyOf(ctx);
  if (!Array.isArray(body.tree)) throw validationFailed([{ resource: 'Tree', field: 'tree', code: 'missing_field' }]);
  const baseTree = body.base_tree;
  if (baseTree !== undefined && (!isSha(baseTree) || repo.git.typeOf(baseTree) !== 'tree')) throw new HttpError(422, 'Invalid tree info');
  const changes = new Map<string, { mode: string; type: 'blob' | 'tree'; sha: string } | null>();
  for (const raw of body.tree as Body[]) {
    const path = String(raw.path ?? '');
    const mode = String(raw.mode ?? '100644');
    const type = raw.type === 'tree' ? 'tree' : 'blob';
    if (!path) throw new HttpError(422, 'tree.path is required');
    if (raw.sha === null) {
      changes.set(path, null);
    } else if (typeof raw.content === 'string') {
      changes.set(path, { mode, type: 'blob', sha: repo.git.writeBlob(raw.content) });
    } else if (isSha(raw.sha) && repo.git.has(raw.sha)) {
      changes.set(path, { mode: type === 'tree' ? '40000' : mode, type, sha: raw.sha });
    } else {
      throw new HttpError(422, `tree.sha ${String(raw.sha)} is not a valid ${type}`);
    }
  }
  const sha = repo.git.updateTree(baseTree as string | undefined, changes);
  return { status: 201, body: treeJson(repo, sha, false, ctx) };
}

function createCommit(ctx: RouteContext) {
  const repo = writableRepo(ctx);
  const body = bodyOf(ctx);
  if (!isSha(body.tree) || repo.git.typeOf(body.tree) !== 'tree') throw new HttpError(422, 'Tree SHA does not exist');
  const parents = (body.parents ?? []) as unknown[];
  if (!Array.isArray(parents) || parents.some((p) => !isSha(p) || repo.git.typeOf(p) !== 'commit')) throw new HttpError(422, 'Parent SHA does not exist or is not a commit object');
  const account = ctx.state.account(ctx.request.login!)!;
  const now = new Date().toISOString().replace(/\.\d+Z$/, 'Z');
  const person = (p: unknown) => {
    const given = (p ?? {}) as Body;
    return { name: String(given.name ?? account.login), email: String(given.email ?? account.email ?? ''), date: String(given.date ?? now) };
  };
  const sha = repo.git.writeCommit({
    tree: body.tree,
    parents: parents as string[],
    message: String(body.message ?? ''),
    author: person(body.author),
    committer: person(body.committer ?? body.author),
  });
  return { status: 201, body: commitJson(repo, sha, ctx) };
}

function createRef(ctx: RouteContext) {
  const repo = writableRepo(ctx);
  const body = bodyOf(ctx);
  const ref = String(body.ref ?? '');
  if (!/^refs\/[^/]+\/.+/.test(ref)) throw new HttpError(422, 'Reference name must start with \'refs/\' and have at least two slashes.');
  if (!isSha(body.sha) || !repo.git.has(body.sha)) throw new HttpError(422, 'Object does not exist');
  if (repo.git.refs.has(ref)) throw new HttpError(422, 'Reference already exists', {}, 'https://docs.github.com/rest/git/refs#create-a-reference');
  repo.git.refs.set(ref, body.sha);
  ctx.state.touch();
  return { status: 201, body: refJson(repo, ref, body.sha, ctx), headers: { location: `${ctx.apiBase}/repos/${repo.owner}/${repo.name}/git/${ref}` } };
}

function updateRef(ctx: RouteContext) {
  const repo = writableRepo(ctx);
  const body = bodyOf(ctx);
  const ref = `refs/${ctx.params.ref}`;
  const current = repo.git.refs.get(ref);
  if (!current) throw new HttpError(422, 'Reference does not exist');
  if (!isSha(body.sha) || !repo.git.has(body.sha)) throw new HttpError(422, 'Object does not exist');
  if (body.force !== true && !repo.git.isAncestor(current, body.sha)) throw new HttpError(422, 'Update is not a fast forward');
  repo.git.refs.set(ref, body.sha);
  if (ref === `refs/heads/${repo.defaultBranch}`) repo.pushedAt = new Date().toISOString();
  ctx.state.touch();
  return { status: 200, body: refJson(repo, ref, body.sha, ctx) };
}

function fork(ctx: RouteContext) {
  if (!ctx.request.login) throw new HttpError(401, 'Requires authentication');
  const source = visibleRepo(ctx);
  const body = (ctx.request.body ?? {}) as Body;
  const owner = typeof body.organization === 'string' ? body.organization : ctx.request.login;
  const name = typeof body.name === 'string' ? body.name : source.name;
  const existing = ctx.state.repo(owner, name);
  if (existing) {
    if (existing.parent?.toLowerCase() !== `${source.owner}/${source.name}`.toLowerCase()) throw new HttpError(422, 'Name already exists on this account');
    return { status: 202, body: repoJson(ctx.state, existing, ctx) };
  }
  const created = ctx.state.addRepo({
    owner, name, description: source.description, topics: [...source.topics], language: source.language, fork: true,
    defaultBranch: source.defaultBranch, visibility: source.visibility, homepage: source.homepage, pushedAt: source.pushedAt,
    permissions: owner === ctx.request.login ? {} : { [ctx.request.login]: 'admin' },
  });
  created.git = source.git.fork();
  if (body.default_branch_only === true) {
    for (const ref of [...created.git.refs.keys()]) if (ref !== `refs/heads/${source.defaultBranch}`) created.git.refs.delete(ref);
  }
  created.parent = `${source.owner}/${source.name}`;
  ctx.state.touch();
  return { status: 202, body: repoJson(ctx.state, created, ctx) };
}

function createPull(ctx: RouteContext) {
  if (!ctx.request.login) throw new HttpError(401, 'Requires authentication');
  const repo = visibleRepo(ctx);
  const body = bodyOf(ctx);
  const docs = 'https://docs.github.com/rest/pulls/pulls#create-a-pull-request';
  const headSpec = String(body.head ?? '');
  const base = String(body.base ?? '');
  if (!body.title) throw validationFailed([{ resource: 'PullRequest', field: 'title', code: 'missing_field' }], docs);
  const [headOwner, headRef] = headSpec.includes(':') ? headSpec.split(/:(.*)/) : [repo.owner, headSpec];
  const headRepo = headOwner.toLowerCase() === repo.owner.toLowerCase() ? repo
    : [...ctx.state.repos.values()].find((r) => r.owner.toLowerCase() === headOwner.toLowerCase() && r.parent?.toLowerCase() === `${repo.owner}/${repo.name}`.toLowerCase());
  const headSha = headRepo?.git.refs.get(`refs/heads/${headRef}`);
  const baseSha = repo.git.refs.get(`refs/heads/${base}`);
  if (!baseSha) throw validationFailed([{ resource: 'PullRequest', field: 'base', code: 'invalid' }], docs);
  if (!headRepo || !headSha) throw validationFailed([{ resource: 'PullRequest', field: 'head', code: 'invalid' }], docs);
  const label = `${headRepo.owner}:${headRef}`;
  if (ctx.state.pulls.some((p) => p.repo === `${repo.owner}/${repo.name}` && p.state === 'open' && p.head.repo === `${headRepo.owner}/${headRepo.name}` && p.head.ref === headRef && p.base.ref === base)) {
    throw validationFailed([{ resource: 'PullRequest', code: 'custom', message: `A pull request already exists for ${label}.` }], docs);
  }
  if (headSha === baseSha || repo.git.isAncestor(headSha, baseSha)) {
    throw validationFailed([{ resource: 'PullRequest', code: 'custom', message: `No commits between ${base} and ${headSpec}` }], docs);
  }
  const pull = {
    id: ctx.state.nextId(), number: ctx.state.pulls.filter((p) => p.repo === `${repo.owner}/${repo.name}`).length + 1,
    repo: `${repo.owner}/${repo.name}`, title: String(body.title), body: typeof body.body === 'string' ? body.body : null, state: 'open' as const,
    draft: body.draft === true, user: ctx.request.login, head: { repo: `${headRepo.owner}/${headRepo.name}`, ref: headRef, sha: headSha },
    base: { ref: base, sha: baseSha }, maintainerCanModify: body.maintainer_can_modify !== false, createdAt: new Date().toISOString(),
  };
  ctx.state.pulls.push(pull);
  return { status: 201, body: pullJson(ctx.state, pull, ctx), headers: { location: `${ctx.apiBase}/repos/${pull.repo}/pulls/${pull.number}` } };
}

/** Registers the git-data, fork, branch and pull-request routes (the contribution flow's write side). */
export function addGitRoutes(router: Router, state: StandInState): void {
  router
    .add('POST', '/repos/:owner/:repo/git/blobs', (ctx) => {
      const repo = writableRepo(ctx);
      const body = bodyOf(ctx);
      if (typeof body.content !== 'string') throw validationFailed([{ resource: 'Blob', field: 'content', code: 'missing_field' }]);
      const sha = repo.git.writeBlob(body.encoding === 'base64' ? Buffer.from(body.content, 'base64') : body.content);
      return { status: 201, body: { url: `${ctx.apiBase}/repos/${repo.owner}/${repo.name}/git/blobs/${sha}`, sha } };
    })
    .add('GET', '/repos/:owner/:repo/git/blobs/:sha', (ctx) => {
      const repo = visibleRepo(ctx);
      const blob = repo.git.readBlob(ctx.params.sha);
      if (!blob) throw notFound();
      return { status: 200, body: { sha: ctx.params.sha, node_id: '', size: blob.length, url: `${ctx.apiBase}/repos/${repo.owner}/${repo.name}/git/blobs/${ctx.params.sha}`, content: blob.toString('base64'), encoding: 'base64' } };
    })
    .add('POST', '/repos/:owner/:repo/git/trees', createTree)
    .add('GET', '/repos/:owner/:repo/git/trees/:sha', (ctx) => {
      const repo = visibleRepo(ctx);
      const sha = repo.git.typeOf(ctx.params.sha) === 'commit' ? repo.git.readCommit(ctx.params.sha)!.tree : ctx.params.sha;
      if (repo.git.typeOf(sha) !== 'tree') throw notFound();
      return { status: 200, body: treeJson(repo, sha, ['1', 'true'].includes(ctx.request.query.get('recursive') ?? ''), ctx) };
    })
    .add('POST', '/repos/:owner/:repo/git/commits', createCommit)
    .add('GET', '/repos/:owner/:repo/git/commits/:sha', (ctx) => {
      const repo = visibleRepo(ctx);
      if (repo.git.typeOf(ctx.params.sha) !== 'commit') throw notFound();
      return { status: 200, body: commitJson(repo, ctx.params.sha, ctx) };
    })
    .add('POST', '/repos/:owner/:repo/git/refs', createRef)
    .add('GET', '/repos/:owner/:repo/git/ref/:ref*', (ctx) => {
      const repo = visibleRepo(ctx);
      const ref = `refs/${ctx.params.ref}`;
      const sha = repo.git.refs.get(ref);
      if (!sha) throw new HttpError(404, 'Not Found', {}, 'https://docs.github.com/rest/git/refs#get-a-reference');
      return { status: 200, body: refJson(repo, ref, sha, ctx) };
    })
    .add('GET', '/repos/:owner/:repo/git/refs', (ctx) => {
      const repo = visibleRepo(ctx);
      return { status: 200, body: [...repo.git.refs].sort().map(([ref, sha]) => refJson(repo, ref, sha, ctx)) };
    })
    .add('PATCH', '/repos/:owner/:repo/git/refs/:ref*', updateRef)
    .add('DELETE', '/repos/:owner/:repo/git/refs/:ref*', (ctx) => {
      const repo = writableRepo(ctx);
      if (!repo.git.refs.delete(`refs/${ctx.params.ref}`)) throw new HttpError(422, 'Reference does not exist');
      state.touch();
      return { status: 204 };
    })
    .add('GET', '/repos/:owner/:repo/branches/:branch*', (ctx) => {
      const repo = visibleRepo(ctx);
      const sha = repo.git.refs.get(`refs/heads/${ctx.params.branch}`);
      if (!sha) throw new HttpError(404, 'Branch not found', {}, 'https://docs.github.com/rest/branches/branches#get-a-branch');
      const base = `${ctx.apiBase}/repos/${repo.owner}/${repo.name}`;
      return {
        status: 200,
        body: {
          name: ctx.params.branch,
          commit: { sha, node_id: '', commit: commitJson(repo, sha, ctx), url: `${base}/commits/${sha}`, html_url: `${ctx.webBase}/${repo.owner}/${repo.name}/commit/${sha}`, parents: [] },
          _links: { self: `${base}/branches/${ctx.params.branch}`, html: `${ctx.webBase}/${repo.owner}/${repo.name}/tree/${ctx.params.branch}` },
          protected: false,
          protection: { enabled: false, required_status_checks: { enforcement_level: 'off', contexts: [], checks: [] } },
          protection_url: `${base}/branches/${ctx.params.branch}/protection`,
        },
      };
    })
    .add('POST', '/repos/:owner/:repo/forks', fork)
    .add('POST', '/repos/:owner/:repo/pulls', createPull)
    .add('GET', '/repos/:owner/:repo/pulls', (ctx) => {
      const repo = visibleRepo(ctx);
      const wanted = ctx.request.query.get('state') ?? 'open';
      const head = ctx.request.query.get('head');
      const base = ctx.request.query.get('base');
      const list = state.pulls.filter((p) => p.repo === `${repo.owner}/${repo.name}`
        && (wanted === 'all' || p.state === wanted)
        && (!base || p.base.ref === base)
        && (!head || `${p.head.repo.split('/')[0]}:${p.head.ref}`.toLowerCase() === head.toLowerCase()));
      const { page, link } = paginate(list.reverse(), ctx);
      return { status: 200, body: page.map((p) => pullJson(state, p, ctx)), headers: link ? { link } : undefined };
    })
    .add('GET', '/repos/:owner/:repo/pulls/:number', (ctx) => {
      const repo = visibleRepo(ctx);
      const pull = state.pulls.find((p) => p.repo === `${repo.owner}/${repo.name}` && p.number === Number(ctx.params.number));
      if (!pull) throw notFound();
      return { status: 200, body: pullJson(state, pull, ctx) };
    });
}
