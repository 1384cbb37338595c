import type { StandInAccount, StandInPull, StandInRepo, StandInState } from './state';
import type { RouteContext } from './router';

// REST response bodies in GitHub's shapes (required fields per @octokit/openapi; a unit test checks them).

const nodeId = (kind: string, id: number | string): string => Buffer.from(`0:${kind}${id}`).toString('base64');

export function accountJson(account: StandInAccount, ctx: Pick<RouteContext, 'apiBase' | 'webBase'>): Record<string, unknown> {
  const url = `${ctx.apiBase}/users/${account.login}`;
  return {
    login: account.login,
    id: account.id,
    node_id: nodeId(account.type, account.id),
    avatar_url: `${ctx.webBase}/avatars/u/${account.id}`,
    gravatar_id: '',
    url,
    html_url: `${ctx.webBase}/${account.login}`,
    followers_url: `${url}/followers`,
    following_url: `${url}/following{/other_user}`,
    gists_url: `${url}/gists{/gist_id}`,
    starred_url: `${url}/starred{/owner}{/repo}`,
    subscriptions_url: `${url}/subscriptions`,
    organizations_url: `${url}/orgs`,
    repos_url: `${url}/repos`,
    events_url: `${url}/events{/privacy}`,
    received_events_url: `${url}/received_events`,
    type: account.type,
    site_admin: false,
  };
}

function ownerOf(state: StandInState, repo: StandInRepo): StandInAccount {
  return state.account(repo.owner) ?? { login: repo.owner, id: 0, type: 'Organization', name: null, email: null };
}

/** A full repository object as GET /repos/{o}/{r} and the listings return it. */
export function repoJson(state: StandInState, repo: StandInRepo, ctx: RouteContext): Record<string, unknown> {
  const fullName = `${repo.owner}/${repo.name}`;
  const url = `${ctx.apiBase}/repos/${fullName}`;
  const html = `${ctx.webBase}/${fullName}`;
  const permission = state.permissionOf(repo, ctx.request.login);
  const rank = ['read', 'triage', 'write', 'maintain', 'admin'].indexOf(permission);
  const parent = repo.parent ? state.repo(repo.parent.split('/')[0], repo.parent.split('/')[1]) : undefined;
  const urls = Object.fromEntries(
    ['archive_url:/{archive_format}{/ref}', 'assignees_url:/assignees{/user}', 'blobs_url:/git/blobs{/sha}', 'branches_url:/branches{/branch}',
      'collaborators_url:/collaborators{/collaborator}', 'comments_url:/comments{/number}', 'commits_url:/commits{/sha}',
      'compare_url:/compare/{base}...{head}', 'contents_url:/contents/{+path}', 'contributors_url:/contributors', 'deployments_url:/deployments',
      'downloads_url:/downloads', 'events_url:/events', 'forks_url:/forks', 'git_commits_url:/git/commits{/sha}', 'git_refs_url:/git/refs{/sha}',
      'git_tags_url:/git/tags{/sha}', 'hooks_url:/hooks', 'issue_comment_url:/issues/comments{/number}', 'issue_events_url:/issues/events{/number}',
      'issues_url:/issues{/number}', 'keys_url:/keys{/key_id}', 'labels_url:/labels{/name}', 'languages_url:/languages', 'merges_url:/merges',
      'milestones_url:/milestones{/number}', 'notifications_url:/notifications{?since,all,participating}', 'pulls_url:/pulls{/number}',
      'releases_url:/releases{/id}', 'stargazers_url:/stargazers', 'statuses_url:/statuses/{sha}', 'subscribers_url:/subscribers',
      'subscription_url:/subscription', 'tags_url:/tags', 'teams_url:/teams', 'trees_url:/git/trees{/sha}'].map((s) => {
      const [key, suffix] = s.split(/:(.*)/);
      return [key, `${url}${suffix}`];
    }),
  );
  return {
    id: repo.id,
    node_id: nodeId('Repository', repo.id),
    name: repo.name,
    full_name: fullName,
    private: repo.visibility !== 'public',
    owner: accountJson(ownerOf(state, repo), ctx),
    html_url: html,
    description: repo.description,
    fork: repo.fork,
    url,
    ...urls,
    created_at: repo.createdAt,
    updated_at: repo.updatedAt,
    pushed_at: repo.pushedAt,
    git_url: `${html.replace(/^https?/, 'git')}.git`,
    ssh_url: `git@${new URL(ctx.webBase).host}:${fullName}.git`,
    clone_url: `${html}.git`,
    svn_url: html,
    homepage: repo.homepage,
    size: 1,
    stargazers_count: repo.stars,
    watchers_count: repo.stars,
    language: repo.language,
    has_issues: true,
    has_projects: true,
    has_downloads: true,
    has_wiki: false,
    has_pages: false,
    has_discussions: false,
    forks_count: repo.forks,
    mirror_url: null,
    archived: repo.archived,
    disabled: false,
    open_issues_count: repo.openIssues,
    license: null,
    allow_forking: true,
    is_template: repo.template,
    web_commit_signoff_required: false,
    topics: repo.topics,
    visibility: repo.visibility,
    forks: repo.forks,
    open_issues: repo.openIssues,
    watchers: repo.stars,
    default_branch: repo.defaultBranch,
    permissions: { admin: rank >= 4, maintain: rank >= 3, push: rank >= 2, triage: rank >= 1, pull: rank >= 0 || repo.visibility === 'public' },
    network_count: 0,
    subscribers_count: repo.watchers,
    ...(parent ? { parent: repoJson(state, parent, ctx), source: repoJson(state, parent, ctx) } : {}),
  };
}

export function refJson(repo: StandInRepo, ref: string, sha: string, ctx: RouteContext): Record<string, unknown> {
  const base = `${ctx.apiBase}/repos/${repo.owner}/${repo.name}`;
  return {
    ref,
    node_id: nodeId('Ref', `${repo.id}${ref}`),
    url: `${base}/git/${ref}`,
    object: { sha, type: repo.git.typeOf(sha) ?? 'commit', url: `${base}/git/commits/${sha}` },
  };
}

export function commitJson(repo: StandInRepo, sha: string, ctx: RouteContext): Record<string, unknown> {
  const commit = repo.git.readCommit(sha)!;
  const base = `${ctx.apiBase}/repos/${repo.owner}/${repo.name}`;
  return {
    sha,
    node_id: nodeId('Commit', sha),
    url: `${base}/git/commits/${sha}`,
    html_url: `${ctx.webBase}/${repo.owner}/${repo.name}/commit/${sha}`,
    author: commit.author,
    committer: commit.committer,
    tree: { sha: commit.tree, url: `${base}/git/trees/${commit.tree}` },
    message: commit.message,
    parents: commit.parents.map((p) => ({ sha: p, url: `${base}/git/commits/${p}`, html_url: `${ctx.webBase}/${repo.owner}/${repo.name}/commit/${p}` })),
    verification: { verified: false, reason: 'unsigned', signature: null, payload: null, verified_at: null },
  };
}

/** A tree listing; `recursive` flattens subtrees into "dir/file" paths as GitHub's ?recursive=1 does. */
export function treeJson(repo: StandInRepo, sha: string, recursive: boolean, ctx: RouteContext): Record<string, unknown> {
  const base = `${ctx.apiBase}/repos/${repo.owner}/${repo.name}`;
  const out: Record<string, unknown>[] = [];
  const walk = (treeSha: string, prefix: string): void => {
    for (const e of repo.git.readTree(treeSha) ?? []) {
      const size = e.type === 'blob' ? repo.git.readBlob(e.sha)!.length : undefined;
      out.push({
        path: `${prefix}${e.name}`,
        mode: e.type === 'tree' ? '040000' : e.mode,
        type: e.type,
        sha: e.sha,
        ...(size !== undefined ? { size } : {}),
        url: `${base}/git/${e.type}s/${e.sha}`,
      });
      if (recursive && e.type === 'tree') walk(e.sha, `${prefix}${e.name}/`);
    }
  };
  walk(sha, '');
  return { sha, url: `${base}/git/trees/${sha}`, tree: out, truncated: false };
}

export function pullJson(state: StandInState, pull: StandInPull, ctx: RouteContext): Record<string, unknown> {
  const [owner, name] = pull.repo.split('/');
  const base = state.repo(owner, name)!;
  const head = state.repo(pull.head.repo.split('/')[0], pull.head.repo.split('/')[1]);
  const url = `${ctx.apiBase}/repos/${pull.repo}/pulls/${pull.number}`;
  const html = `${ctx.webBase}/${pull.repo}/pull/${pull.number}`;
  const user = accountJson(state.account(pull.user) ?? state.addUser(pull.user), ctx);
  const side = (repo: StandInRepo | undefined, ref: string, sha: string) => ({
    label: `${repo?.owner ?? 'unknown'}:${ref}`,
    ref,
    sha,
    user: repo ? accountJson(ownerOf(state, repo), ctx) : null,
    repo: repo ? repoJson(state, repo, ctx) : null,
  });
  return {
    url, id: pull.id, node_id: nodeId('PullRequest', pull.id), html_url: html, diff_url: `${html}.diff`, patch_url: `${html}.patch`,
    issue_url: `${ctx.apiBase}/repos/${pull.repo}/issues/${pull.number}`, number: pull.number, state: pull.state, locked: false,
    title: pull.title, user, body: pull.body, labels: [], milestone: null, active_lock_reason: null,
    created_at: pull.createdAt, updated_at: pull.createdAt, closed_at: null, merged_at: null, merge_commit_sha: null,
    assignee: null, assignees: [], requested_reviewers: [], requested_teams: [], draft: pull.draft,
    commits_url: `${url}/commits`, review_comments_url: `${url}/comments`, review_comment_url: `${ctx.apiBase}/repos/${pull.repo}/pulls/comments{/number}`,
    comments_url: `${ctx.apiBase}/repos/${pull.repo}/issues/${pull.number}/comments`, statuses_url: `${ctx.apiBase}/repos/${pull.repo}/statuses/${pull.head.sha}`,
    head: side(head, pull.head.ref, pull.head.sha), base: side(base, pull.base.ref, pull.base.sha),
    _links: { self: { href: url }, html: { href: html } }, author_association: 'CONTRIBUTOR', auto_merge: null,
    merged: false, mergeable: null, mergeable_state: 'unknown', merged_by: null, comments: 0, review_comments: 0,
    maintainer_can_modify: pull.maintainerCanModify, commits: 1, additions: 0, deletions: 0, changed_files: 0,
  };
}
