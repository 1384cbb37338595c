import { GitStore } from './gitStore';

export type Permission = 'admin' | 'maintain' | 'write' | 'triage' | 'read';

export interface StandInAccount {
  login: string;
  id: number;
  type: 'User' | 'Organization';
  name: string | null;
  email: string | null;
}

export interface StandInRepo {
  id: number;
  owner: string;
  name: string;
  description: string | null;
  topics: string[];
  language: string | null;
  archived: boolean;
  fork: boolean;
  template: boolean;
  stars: number;
  pushedAt: string;
  createdAt: string;
  updatedAt: string;
  openIssues: number;
  defaultBranch: string;
  visibility: 'public' | 'private' | 'internal';
  homepage: string | null;
  /** Per-login permission on this repository (owners of user repos are implicitly admin). */
  permissions: Record<string, Permission>;
  /** "owner/name" of the repository this one was forked from. */
  parent?: string;
  git: GitStore;
  forks: number;
  /** Subscribers (GraphQL `watchers`, REST `subscribers_count`). */
  watchers: number;
  /** Label names defined in the repository. */
  labels: string[];
  /** Discussion categories when discussions are enabled (e.g. ["Q&A", "General"]), undefined when disabled. */
  discussionCategories?: string[];
}

/** An issue or a discussion (the stand-in's own ones; `openIssues` counts the unmodelled rest). */
export interface StandInThread {
  kind: 'issue' | 'discussion';
  id: number;
  /** "owner/name" of its repository, as GitHub spells it. */
  repo: string;
  number: number;
  title: string;
  body: string;
  labels: string[];
  /** Discussions only. */
  category?: string;
  state: 'open' | 'closed';
  user: string;
  createdAt: string;
  updatedAt: string;
}

export interface StandInPull {
  id: number;
  number: number;
  /** "owner/name" of the base repository. */
  repo: string;
  title: string;
  body: string | null;
  state: 'open' | 'closed';
  draft: boolean;
  user: string;
  head: { repo: string; ref: string; sha: string };
  base: { ref: string; sha: string };
  maintainerCanModify: boolean;
  createdAt: string;
}

export interface RepoSeed {
  owner: string;
  name: string;
  description?: string | null;
  topics?: string[];
  language?: string | null;
  archived?: boolean;
  fork?: boolean;
  template?: boolean;
  stars?: number;
  pushedAt?: string;
  createdAt?: string;
  openIssues?: number;
  defaultBranch?: string;
  visibility?: StandInRepo['visibility'];
  homepage?: string | null;
  permissions?: Record<string, Permission>;
  forks?: number;
  watchers?: number;
  labels?: string[];
  discussionCategories?: string[];
  /** Files of the first commit, by path; strings are UTF-8, Buffers are written as-is (binary). */
  files?: Record<string, string | Buffer>;
}

const BOT = { name: 'Stand-in', email: 'stand-in@example.com' };

/** Everything the GitHub stand-in knows. Tests mutate it directly (add repos, push files, map tokens). */
export class StandInState {
  readonly accounts = new Map<string, StandInAccount>();
  readonly repos = new Map<string, StandInRepo>();
  /** token -> login */
  readonly tokens = new Map<string, string>();
  readonly pulls: StandInPull[] = [];
  /** Issues and discussions created by clients or seeded with addThread. */
  readonly threads: StandInThread[] = [];
  /** Static files served verbatim (with ETag/304) at their pathname, e.g. files["/catalog.json"] = "{...}". */
  readonly files: Record<string, string> = {};
  private lastId = 1000;
  private version = 0;
  private readonly sortedCache = new Map<string, StandInRepo[]>();

  nextId(): number {
    return ++this.lastId;
  }

  /** Bumped on every repository change; caches of sorted listings key on it. */
  touch(): void {
    this.version++;
    this.sortedCache.clear();
  }

  addUser(login: string, name: string | null = null): StandInAccount {
    return this.addAccount(login, 'User', name);
  }

  addOrg(login: string, name: string | null = null): StandInAccount {
    return this.addAccount(login, 'Organization', name);
  }

  private addAccount(login: string, type: StandInAccount['type'], name: string | null): StandInAccount {
    const existing = this.accounts.get(login.toLowerCase());
    if (existing) return existing;
    const account: StandInAccount = { login, id: this.nextId(), type, name, email: type === 'User' ? `${login}@example.com` : null };
    this.accounts.set(login.toLowerCase(), account);
    return account;
  }

  account(login: string): StandInAccount | undefined {
    return this.accounts.get(login.toLowerCase());
  }

  /** Maps a token to a user (created if missing). */
  addToken(token: string, login: string): void {
    this.addUser(login);
    this.tokens.set(token, login);
  }

  addRepo(seed: RepoSeed): StandInRepo {
    const ownerAccount = this.account(seed.owner) ?? this.addOrg(seed.owner);
    const created = seed.createdAt ?? seed.pushedAt ?? '2024-01-01T00:00:00Z';
    const repo: StandInRepo = {
      id: this.nextId(),
      owner: ownerAccount.login,
      name: seed.name,
      description: seed.description ?? null,
      topics: seed.topics ?? [],
      language: seed.language ?? null,
      archived: seed.archived ?? false,
      fork: seed.fork ?? false,
      template: seed.template ?? false,
      stars: seed.stars ?? 0,
      pushedAt: seed.pushedAt ?? created,
      createdAt: created,
      updatedAt: seed.pushedAt ?? created,
      openIssues: seed.openIssues ?? 0,
      defaultBranch: seed.defaultBranch ?? 'main',
      visibility: seed.visibility ?? 'public',
      homepage: seed.homepage ?? null,
      permissions: { ...(seed.permissions ?? {}) },
      git: new GitStore(),
      forks: seed.forks ?? 0,
      watchers: seed.watchers ?? 0,
      labels: seed.labels ?? ['bug', 'documentation', 'duplicate', 'enhancement', 'good first issue', 'help wanted', 'invalid', 'question', 'wontfix'],
      ...(seed.discussionCategories ? { discussionCategories: seed.discussionCategories } : {}),
    };
    this.repos.set(`${repo.owner}/${repo.name}`.toLowerCase(), repo);
    if (seed.files) this.pushFiles(repo, seed.files, 'Initial commit', repo.pushedAt);
    this.touch();
    return repo;
  }

  repo(owner: string, name: string): StandInRepo | undefined {
    return this.repos.get(`${owner}/${name}`.toLowerCase());
  }

  /** Repositories owned by a login, in a stable order (cached until the next change). */
  reposOf(owner: string, order: string, compare: (a: StandInRepo, b: StandInRepo) => number): StandInRepo[] {
    const key = `${owner.toLowerCase()}|${order}`;
    const cached = this.sortedCache.get(key);
    if (cached) return cached;
    const list = [...this.repos.values()].filter((r) => r.owner.toLowerCase() === owner.toLowerCase()).sort(compare);
    this.sortedCache.set(key, list);
    return list;
  }

  /** Commits files on top of the default branch (string/Buffer = write, null = delete) and moves pushedAt. */
  pushFiles(repo: StandInRepo, files: Record<string, string | Buffer | null>, message = 'Update files', at = new Date().toISOString()): string {
    const ref = `refs/heads/${repo.defaultBranch}`;
    const parent = repo.git.refs.get(ref);
    const changes = new Map<string, { mode: string; type: 'blob'; sha: string } | null>();
    for (const [path, content] of Object.entries(files)) {
      changes.set(path, content === null ? null : { mode: '100644', type: 'blob', sha: repo.git.writeBlob(content) });
    }
    const tree = repo.git.updateTree(parent ? repo.git.readCommit(parent)?.tree : undefined, changes);
    const who = { ...BOT, date: at };
    const sha = repo.git.writeCommit({ tree, parents: parent ? [parent] : [], message, author: who, committer: who });
    repo.git.refs.set(ref, sha);
    repo.pushedAt = at;
    repo.updatedAt = at;
    this.touch();
    return sha;
  }

  /**
   * Adds an issue or discussion (number shared with pull requests, like GitHub's). Issues and discussions are numbered
   * after the repository's pull requests and threads.
   */
  addThread(repo: StandInRepo, thread: Partial<StandInThread> & { title: string; user: string }): StandInThread {
    const full = `${repo.owner}/${repo.name}`;
    const used = [...this.threads.filter((t) => t.repo === full), ...this.pulls.filter((p) => p.repo.toLowerCase() === full.toLowerCase())].map((t) => t.number);
    const at = thread.createdAt ?? new Date().toISOString();
    const created: StandInThread = {
      kind: 'issue', body: '', labels: [], state: 'open', ...thread,
      id: this.nextId(), repo: full, number: Math.max(0, ...used) + 1, createdAt: at, updatedAt: thread.updatedAt ?? at,
    };
    this.threads.push(created);
    return created;
  }

  /** Open and closed threads of one repository. */
  threadsOf(repo: StandInRepo, kind: StandInThread['kind']): StandInThread[] {
    const full = `${repo.owner}/${repo.name}`;
    return this.threads.filter((t) => t.kind === kind && t.repo === full);
  }

  /** The permission a login has on a repository ("none" when it has none). */
  permissionOf(repo: StandInRepo, login: string | undefined): Permission | 'none' {
    if (!login) return 'none';
    if (repo.owner.toLowerCase() === login.toLowerCase()) return 'admin';
    return repo.permissions[login] ?? repo.permissions[login.toLowerCase()] ?? 'none';
  }

  /** Private repositories are invisible (404) to logins without a permission on them. */
  canSee(repo: StandInRepo, login: string | undefined): boolean {
    return repo.visibility !== 'private' || this.permissionOf(repo, login) !== 'none';
  }

  canPush(repo: StandInRepo, login: string | undefined): boolean {
    const permission = this.permissionOf(repo, login);
    return permission === 'admin' || permission === 'maintain' || permission === 'write';
  }
}
