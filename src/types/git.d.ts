// The subset of the built-in Git extension's API (extensions/git/src/api/git.d.ts, API version 1) Reuse Radar uses.
// Declarations only: values come from `vscode.extensions.getExtension('vscode.git').exports.getAPI(1)`.
import type { Event, Uri } from 'vscode';

export interface GitUpstreamRef {
  readonly remote: string;
  readonly name: string;
  readonly commit?: string;
}

export interface GitBranch {
  /** 0 = local head, 1 = remote head, 2 = tag. */
  readonly type: number;
  readonly name?: string;
  readonly commit?: string;
  readonly remote?: string;
  readonly upstream?: GitUpstreamRef;
  readonly ahead?: number;
  readonly behind?: number;
}

export interface GitRemote {
  readonly name: string;
  readonly fetchUrl?: string;
  readonly pushUrl?: string;
  readonly isReadOnly: boolean;
}

export interface GitChange {
  readonly uri: Uri;
  readonly originalUri: Uri;
  readonly renameUri: Uri | undefined;
  readonly status: number;
}

export interface GitRepositoryState {
  readonly HEAD: GitBranch | undefined;
  readonly remotes: GitRemote[];
  readonly mergeChanges: GitChange[];
  readonly indexChanges: GitChange[];
  readonly workingTreeChanges: GitChange[];
  /** Present in newer VS Code versions (with `git.untrackedChanges: separate`). */
  readonly untrackedChanges?: GitChange[];
  readonly onDidChange: Event<void>;
}

export interface GitCommitOptions {
  all?: boolean | 'tracked';
  /** null: do not run `git.postCommitCommand` (no automatic push or sync). */
  postCommitCommand?: string | null;
}

export interface GitRepository {
  readonly rootUri: Uri;
  readonly state: GitRepositoryState;
  getConfig(key: string): Promise<string>;
  getBranch(name: string): Promise<GitBranch>;
  createBranch(name: string, checkout: boolean, ref?: string): Promise<void>;
  add(paths: string[]): Promise<void>;
  commit(message: string, opts?: GitCommitOptions): Promise<void>;
  addRemote(name: string, url: string): Promise<void>;
  push(remoteName?: string, branchName?: string, setUpstream?: boolean): Promise<void>;
  status(): Promise<void>;
}

export interface GitApi {
  readonly state: 'uninitialized' | 'initialized';
  readonly onDidChangeState: Event<'uninitialized' | 'initialized'>;
  readonly repositories: GitRepository[];
  getRepository(uri: Uri): GitRepository | null;
  openRepository(root: Uri): Promise<GitRepository | null>;
}

export interface GitExtension {
  readonly enabled: boolean;
  getAPI(version: 1): GitApi;
}
