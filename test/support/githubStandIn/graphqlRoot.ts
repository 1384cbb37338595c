import { TypedGraphQLFailure } from './graphqlSchema';
import { historyCount, questionRepositoryFields, questionRootFields } from './questions';
import type { StandInAccount, StandInRepo, StandInState } from './state';

type Args = Record<string, unknown>;

export interface GraphQLRootOptions {
  state: StandInState;
  login?: string;
  webBase: string;
  rate: { limit: number; remaining: number; used: number; resetAt: string };
  /** Blob.text is cut (isTruncated) beyond this many bytes. */
  blobTextLimit: number;
}

const encodeCursor = (offset: number): string => Buffer.from(`cursor:v2:${offset}`).toString('base64');
function decodeCursor(cursor: unknown): number {
  if (typeof cursor !== 'string') return -1;
  const m = /^cursor:v2:(\d+)$/.exec(Buffer.from(cursor, 'base64').toString('utf8'));
  if (!m) throw new TypedGraphQLFailure('INVALID_CURSOR_ARGUMENTS', `\`${cursor}\` does not appear to be a valid cursor.`);
  return Number(m[1]);
}

/** first/last/after/before over a list, with GitHub's pagination-argument errors. */
function connection<T>(items: T[], args: Args, name: string, toNode: (item: T) => unknown) {
  const first = args.first as number | undefined;
  const last = args.last as number | undefined;
  if (first == null && last == null) {
    throw new TypedGraphQLFailure('MISSING_PAGINATION_BOUNDARIES', `You must provide a \`first\` or \`last\` value to properly paginate the \`${name}\` connection.`);
  }
  for (const [arg, value] of [['first', first], ['last', last]] as const) {
    if (value != null && value > 100) {
      throw new TypedGraphQLFailure('EXCESSIVE_PAGINATION', `Requesting ${value} records on the \`${name}\` connection exceeds the \`${arg}\` limit of 100 records.`);
    }
  }
  let start = args.after != null ? decodeCursor(args.after) + 1 : 0;
  let end = args.before != null ? decodeCursor(args.before) : items.length;
  if (first != null) end = Math.min(end, start + first);
  if (last != null) start = Math.max(start, end - last);
  const slice = items.slice(start, end);
  return {
    totalCount: items.length,
    pageInfo: {
      hasNextPage: end < items.length,
      hasPreviousPage: start > 0,
      startCursor: slice.length ? encodeCursor(start) : null,
      endCursor: slice.length ? encodeCursor(end - 1) : null,
    },
    nodes: slice.map(toNode),
    edges: slice.map((item, i) => ({ cursor: encodeCursor(start + i), node: toNode(item) })),
  };
}

const ORDER_KEYS: Record<string, (r: StandInRepo) => string | number> = {
  CREATED_AT: (r) => r.createdAt,
  UPDATED_AT: (r) => r.updatedAt,
  PUSHED_AT: (r) => r.pushedAt,
  NAME: (r) => r.name.toLowerCase(),
  STARGAZERS: (r) => r.stars,
};

function gitObjectNode(options: GraphQLRootOptions, repo: StandInRepo, sha: string, path: string): unknown {
  const git = repo.git;
  const type = git.typeOf(sha);
  if (type === 'blob') {
    const body = git.readBlob(sha)!;
    const isBinary = body.subarray(0, 8000).includes(0);
    const isTruncated = !isBinary && body.length > options.blobTextLimit;
    return {
      __typename: 'Blob', id: Buffer.from(`Blob:${sha}`).toString('base64'), oid: sha, abbreviatedOid: sha.slice(0, 7),
      byteSize: body.length, isBinary, isTruncated,
      text: isBinary ? null : body.subarray(0, isTruncated ? options.blobTextLimit : body.length).toString('utf8'),
    };
  }
  if (type === 'tree') {
    return {
      __typename: 'Tree', id: Buffer.from(`Tree:${sha}`).toString('base64'), oid: sha, abbreviatedOid: sha.slice(0, 7),
      entries: (git.readTree(sha) ?? []).map((e) => {
        const entryPath = path ? `${path}/${e.name}` : e.name;
        return {
          name: e.name, path: entryPath, type: e.type, mode: parseInt(e.mode, 8), oid: e.sha,
          extension: e.name.includes('.') ? e.name.slice(e.name.lastIndexOf('.')) : null,
          size: e.type === 'blob' ? git.readBlob(e.sha)!.length : 0,
          isGenerated: false,
          object: () => gitObjectNode(options, repo, e.sha, entryPath),
        };
      }),
    };
  }
  if (type === 'commit') {
    const commit = git.readCommit(sha)!;
    return {
      __typename: 'Commit', id: Buffer.from(`Commit:${sha}`).toString('base64'), oid: sha, abbreviatedOid: sha.slice(0, 7),
      message: commit.message, messageHeadline: commit.message.split('\n')[0], committedDate: commit.committer.date,
      authoredDate: commit.author.date, tree: gitObjectNode(options, repo, commit.tree, ''),
      history: (args: Args) => ({ totalCount: historyCount(repo, sha, args.since as string | undefined), nodes: [], pageInfo: { hasNextPage: false, hasPreviousPage: false } }),
    };
  }
  return null;
}

/** "HEAD:package.json", "main:src", "<sha>" -> the object, or null when the path or rev does not exist. */
function resolveExpression(options: GraphQLRootOptions, repo: StandInRepo, expression: string): unknown {
  const colon = expression.indexOf(':');
  const rev = colon < 0 ? expression : expression.slice(0, colon);
  const revSha = rev === 'HEAD' || rev === ''
    ? repo.git.refs.get(`refs/heads/${repo.defaultBranch}`)
    : repo.git.refs.get(`refs/heads/${rev}`) ?? repo.git.refs.get(rev) ?? (repo.git.has(rev) ? rev : undefined);
  if (!revSha) return null;
  if (colon < 0) return gitObjectNode(options, repo, revSha, '');
  const path = expression.slice(colon + 1).replace(/^\/+|\/+$/g, '');
  const target = repo.git.resolvePath(revSha, path);
  return target ? gitObjectNode(options, repo, target.sha, path) : null;
}

function repositoryNode(options: GraphQLRootOptions, repo: StandInRepo): Record<string, unknown> {
  const { state } = options;
  const owner = state.account(repo.owner);
  const parent = repo.parent ? state.repo(repo.parent.split('/')[0], repo.parent.split('/')[1]) : undefined;
  return {
    __typename: 'Repository',
    id: Buffer.from(`Repository:${repo.id}`).toString('base64'),
    databaseId: repo.id,
    name: repo.name,
    nameWithOwner: `${repo.owner}/${repo.name}`,
    owner: owner ? ownerNode(options, owner) : null,
    url: `${options.webBase}/${repo.owner}/${repo.name}`,
    description: repo.description,
    homepageUrl: repo.homepage,
    isArchived: repo.archived,
    isFork: repo.fork,
    isTemplate: repo.template,
    isPrivate: repo.visibility !== 'public',
    isDisabled: false,
    isEmpty: repo.git.refs.size === 0,
    visibility: repo.visibility.toUpperCase(),
    stargazerCount: repo.stars,
    forkCount: repo.forks,
    pushedAt: repo.pushedAt,
    createdAt: repo.createdAt,
    updatedAt: repo.updatedAt,
    parent: parent ? () => repositoryNode(options, parent) : null,
    viewerPermission: () => {
      const p = state.permissionOf(repo, options.login);
      return p === 'none' ? null : p.toUpperCase();
    },
    primaryLanguage: repo.language ? { __typename: 'Language', name: repo.language, color: null, id: repo.language } : null,
    defaultBranchRef: repo.git.refs.has(`refs/heads/${repo.defaultBranch}`)
      ? { name: repo.defaultBranch, prefix: 'refs/heads/', target: () => gitObjectNode(options, repo, repo.git.refs.get(`refs/heads/${repo.defaultBranch}`)!, '') }
      : null,
    repositoryTopics: (args: Args) => connection(repo.topics, args, 'repositoryTopics', (name) => ({ topic: { name, id: name }, url: `${options.webBase}/topics/${name}` })),
    ...questionRepositoryFields(state, repo, options.webBase),
    object: (args: Args) => resolveExpression(options, repo, String(args.expression ?? '')),
  };
}

function ownerNode(options: GraphQLRootOptions, account: StandInAccount): Record<string, unknown> {
  const { state } = options;
  return {
    __typename: account.type,
    id: Buffer.from(`${account.type}:${account.id}`).toString('base64'),
    databaseId: account.id,
    login: account.login,
    name: account.name,
    url: `${options.webBase}/${account.login}`,
    repositories: (args: Args) => {
      const order = (args.orderBy ?? { field: 'CREATED_AT', direction: 'ASC' }) as { field: string; direction: string };
      const key = ORDER_KEYS[order.field] ?? ORDER_KEYS.CREATED_AT;
      const sign = order.direction === 'DESC' ? -1 : 1;
      const sorted = state.reposOf(account.login, `gql:${order.field}:${order.direction}`, (a, b) => {
        const ka = key(a);
        const kb = key(b);
        return (ka < kb ? -1 : ka > kb ? 1 : a.id - b.id) * sign;
      });
      const filtered = sorted.filter((r) => state.canSee(r, options.login)
        && (args.isFork == null || r.fork === args.isFork)
        && (args.isArchived == null || r.archived === args.isArchived)
        && (args.privacy == null || (args.privacy === 'PUBLIC') === (r.visibility === 'public')));
      return connection(filtered, args, 'repositories', (r) => repositoryNode(options, r));
    },
    repository: (args: Args) => {
      const repo = state.repo(account.login, String(args.name));
      return repo && state.canSee(repo, options.login) ? repositoryNode(options, repo) : null;
    },
  };
}

/** The root value the stand-in executes queries against. */
export function graphqlRoot(options: GraphQLRootOptions): Record<string, unknown> {
  const { state } = options;
  const find = (login: string, type?: StandInAccount['type']) => {
    const account = state.account(login);
    return account && (!type || account.type === type) ? account : undefined;
  };
  const notFound = (kind: string, login: string) =>
    new TypedGraphQLFailure('NOT_FOUND', `Could not resolve to ${kind} with the login of '${login}'.`);
  return {
    organization: (args: Args) => {
      const account = find(String(args.login), 'Organization');
      if (!account) throw notFound('an Organization', String(args.login));
      return ownerNode(options, account);
    },
    user: (args: Args) => {
      const account = find(String(args.login), 'User');
      if (!account) throw notFound('a User', String(args.login));
      return ownerNode(options, account);
    },
    repositoryOwner: (args: Args) => {
      const account = find(String(args.login));
      return account ? ownerNode(options, account) : null;
    },
    repository: (args: Args) => {
      const repo = state.repo(String(args.owner), String(args.name));
      if (!repo || !state.canSee(repo, options.login)) {
        throw new TypedGraphQLFailure('NOT_FOUND', `Could not resolve to a Repository with the name '${args.owner}/${args.name}'.`);
      }
      return repositoryNode(options, repo);
    },
    viewer: () => ownerNode(options, state.account(options.login!)!),
    ...questionRootFields(state, options.login, options.webBase),
    rateLimit: () => ({ cost: 1, limit: options.rate.limit, nodeCount: 0, remaining: options.rate.remaining, resetAt: options.rate.resetAt, used: options.rate.used }),
  };
}
