import { createHash } from 'node:crypto';

export type GitObjectType = 'blob' | 'tree' | 'commit';

export interface GitTreeEntry {
  mode: string;
  name: string;
  type: 'blob' | 'tree';
  sha: string;
}

export interface GitCommitData {
  tree: string;
  parents: string[];
  message: string;
  author: { name: string; email: string; date: string };
  committer: { name: string; email: string; date: string };
}

interface StoredObject {
  type: GitObjectType;
  /** The raw object body, as git stores it after the "type size\0" header. */
  body: Buffer;
  tree?: GitTreeEntry[];
  commit?: GitCommitData;
}

/** "blob", Buffer("hi\n") -> "45b983be36b73c0788dc9cbcb76cbb80fc7bb057" (what `git hash-object` prints). */
export function gitObjectSha(type: GitObjectType, body: Buffer): string {
  return createHash('sha1').update(`${type} ${body.length}\0`).update(body).digest('hex');
}

function gitTime(iso: string): string {
  return `${Math.floor(Date.parse(iso) / 1000)} +0000`;
}

// Git sorts tree entries by name, comparing a subtree's name as if it ended in "/".
function treeOrder(a: GitTreeEntry, b: GitTreeEntry): number {
  const ka = a.type === 'tree' ? `${a.name}/` : a.name;
  const kb = b.type === 'tree' ? `${b.name}/` : b.name;
  return ka < kb ? -1 : ka > kb ? 1 : 0;
}

/**
 * A real (in-memory) git object store: blobs, trees and commits hashed exactly as git hashes them, plus refs.
 * Forks share the object map (as GitHub's fork networks do) but own their refs.
 */
export class GitStore {
  readonly refs = new Map<string, string>();

  constructor(private readonly objects = new Map<string, StoredObject>()) {}

  /** A store for a fork: same objects, copied refs. */
  fork(): GitStore {
    const copy = new GitStore(this.objects);
    for (const [ref, sha] of this.refs) copy.refs.set(ref, sha);
    return copy;
  }

  has(sha: string): boolean {
    return this.objects.has(sha);
  }

  typeOf(sha: string): GitObjectType | undefined {
    return this.objects.get(sha)?.type;
  }

  writeBlob(content: Buffer | string): string {
    const body = Buffer.isBuffer(content) ? content : Buffer.from(content, 'utf8');
    const sha = gitObjectSha('blob', body);
    if (!this.objects.has(sha)) this.objects.set(sha, { type: 'blob', body });
    return sha;
  }

  readBlob(sha: string): Buffer | undefined {
    const object = this.objects.get(sha);
    return object?.type === 'blob' ? object.body : undefined;
  }

  writeTree(entries: GitTreeEntry[]): string {
    const sorted = [...entries].sort(treeOrder);
    const body = Buffer.concat(
      sorted.map((e) => Buffer.concat([Buffer.from(`${e.mode} ${e.name}\0`, 'utf8'), Buffer.from(e.sha, 'hex')])),
    );
    const sha = gitObjectSha('tree', body);
    if (!this.objects.has(sha)) this.objects.set(sha, { type: 'tree', body, tree: sorted });
    return sha;
  }

  readTree(sha: string): GitTreeEntry[] | undefined {
    const object = this.objects.get(sha);
    return object?.type === 'tree' ? object.tree : undefined;
  }

  writeCommit(data: GitCommitData): string {
    const lines = [
      `tree ${data.tree}`,
      ...data.parents.map((p) => `parent ${p}`),
      `author ${data.author.name} <${data.author.email}> ${gitTime(data.author.date)}`,
      `committer ${data.committer.name} <${data.committer.email}> ${gitTime(data.committer.date)}`,
      '',
      data.message,
    ];
    const body = Buffer.from(lines.join('\n'), 'utf8');
    const sha = gitObjectSha('commit', body);
    if (!this.objects.has(sha)) this.objects.set(sha, { type: 'commit', body, commit: data });
    return sha;
  }

  readCommit(sha: string): GitCommitData | undefined {
    const object = this.objects.get(sha);
    return object?.type === 'commit' ? object.commit : undefined;
  }

  /**
   * Applies path-keyed changes on top of a base tree (nested paths create subtrees; `null` deletes), returns the new tree.
   * {"src/a.ts": blobSha} on base -> sha of a tree whose "src" subtree holds a.ts.
   */
  updateTree(baseTree: string | undefined, changes: Map<string, { mode: string; type: 'blob' | 'tree'; sha: string } | null>): string {
    const entries = new Map<string, GitTreeEntry>();
    for (const e of (baseTree ? this.readTree(baseTree) : undefined) ?? []) entries.set(e.name, e);
    const nested = new Map<string, Map<string, { mode: string; type: 'blob' | 'tree'; sha: string } | null>>();
    for (const [path, change] of changes) {
      const slash = path.indexOf('/');
      if (slash < 0) {
        if (change) entries.set(path, { name: path, ...change });
        else entries.delete(path);
        continue;
      }
      const dir = path.slice(0, slash);
      if (!nested.has(dir)) nested.set(dir, new Map());
      nested.get(dir)!.set(path.slice(slash + 1), change);
    }
    for (const [dir, sub] of nested) {
      const existing = entries.get(dir);
      const subTree = this.updateTree(existing?.type === 'tree' ? existing.sha : undefined, sub);
      if ((this.readTree(subTree) ?? []).length === 0) entries.delete(dir);
      else entries.set(dir, { mode: '40000', name: dir, type: 'tree', sha: subTree });
    }
    return this.writeTree([...entries.values()]);
  }

  /** Resolves "HEAD"-style paths: commit sha + "src/a.ts" -> the blob/tree sha at that path, or undefined. */
  resolvePath(commitSha: string, path: string): { sha: string; type: 'blob' | 'tree'; mode: string } | undefined {
    const commit = this.readCommit(commitSha);
    if (!commit) return undefined;
    let current: { sha: string; type: 'blob' | 'tree'; mode: string } = { sha: commit.tree, type: 'tree', mode: '40000' };
    for (const part of path.split('/').filter(Boolean)) {
      if (current.type !== 'tree') return undefined;
      const entry = this.readTree(current.sha)?.find((e) => e.name === part);
      if (!entry) return undefined;
      current = { sha: entry.sha, type: entry.type, mode: entry.mode };
    }
    return current;
  }

  /** Is `ancestor` reachable from `descendant` through parent links? */
  isAncestor(ancestor: string, descendant: string): boolean {
    const seen = new Set<string>();
    const queue = [descendant];
    while (queue.length > 0) {
      const sha = queue.pop()!;
      if (sha === ancestor) return true;
      if (seen.has(sha)) continue;
      seen.add(sha);
      queue.push(...(this.readCommit(sha)?.parents ?? []));
    }
    return false;
  }
}
