import { MANIFEST_PATHS } from '../catalog/manifests/index';
import { pythonModulesFromLayout } from '../catalog/manifests/pythonLayout';
import { pathWordsOf } from '../catalog/pathWords';
import type { FolderListing } from '../catalog/manifests/workspaces';
import type { RepoSnapshot } from '../catalog/model';
import { PEOPLE_FIELDS, PEOPLE_VARIABLES, peopleFromNode } from './peopleFields';
import { JVM_SOURCE_ROOTS, JVM_TREE_ALIASES, JVM_TREE_FRAGMENT, jvmPackageRoots, type SourceTreeNode } from './jvmSourceTree';

/** Every file the crawl reads at HEAD, besides `*.csproj` found in the root listing. */
export const CRAWL_PATHS: readonly string[] = [...MANIFEST_PATHS, 'README.md'];

/** A contribution guide at the repository root ("CONTRIBUTING.md", "contributing.rst", …): its presence is enough. */
export function isContributingGuide(name: string): boolean {
  return /^contributing(\.(md|markdown|rst|txt|adoc))?$/i.test(name);
}

/** Files above this size are skipped (recorded in `skippedFiles`), as are binary and truncated ones. */
export const DEFAULT_MAX_FILE_BYTES = 512 * 1024;
/** README text kept per repository (the catalog shows a summary, not the whole file). */
const README_CHARS = 8 * 1024;

const BLOB_FIELDS = 'fragment BlobFields on Blob { text byteSize isBinary isTruncated }';

const fileAliases = (paths: readonly string[]) =>
  paths.map((p, i) => `f${i}: object(expression: ${JSON.stringify(`HEAD:${p}`)}) { ...BlobFields }`).join('\n      ');

/** A folder's names and, one level down, its sub-folders' names: enough to see `packages/*` members and Python packages. */
const TWO_LEVELS = '... on Tree { entries { name type object { ... on Tree { entries { name type } } } } }';

/**
 * The one-request-per-page query: repository metadata plus every descriptor as an aliased `object(expression:)`,
 * the root and `src` two levels deep (monorepo members, Python packages, nested go.mod files), and the top of
 * src/main/java and src/main/kotlin for the library's package roots. Fields are added in RepoFields.
 * `ownerAffiliations: OWNER` keeps a user's collaborations out.
 */
export const REPOSITORIES_QUERY = `query ReuseRadarRepositories($login: String!, $first: Int!, $after: String, $orderBy: RepositoryOrder, ${PEOPLE_VARIABLES}) {
  rateLimit { cost remaining resetAt limit }
  repositoryOwner(login: $login) {
    __typename
    login
    repositories(first: $first, after: $after, orderBy: $orderBy, ownerAffiliations: [OWNER]) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes { ...RepoFields }
    }
  }
}
fragment RepoFields on Repository {
  name
  owner { login }
  url
  description
  homepageUrl
  isArchived
  isFork
  isTemplate
  stargazerCount
  pushedAt
  issues(states: OPEN) { totalCount }
  primaryLanguage { name }
  defaultBranchRef { name }
  repositoryTopics(first: 25) { nodes { topic { name } } }
  root: object(expression: "HEAD:") { ${TWO_LEVELS} }
  src: object(expression: "HEAD:src") { ${TWO_LEVELS} }
  ${PEOPLE_FIELDS}
  ${JVM_TREE_ALIASES}
      ${fileAliases(CRAWL_PATHS)}
}
${BLOB_FIELDS}
${JVM_TREE_FRAGMENT}`;

export interface BlobNode {
  text: string | null;
  byteSize: number;
  isBinary: boolean | null;
  isTruncated: boolean;
}

export interface RepositoryNode {
  name: string;
  owner: { login: string };
  url: string;
  description: string | null;
  homepageUrl: string | null;
  isArchived: boolean;
  isFork: boolean;
  isTemplate: boolean;
  stargazerCount: number;
  pushedAt: string | null;
  issues: { totalCount: number };
  primaryLanguage: { name: string } | null;
  defaultBranchRef: { name: string } | null;
  repositoryTopics: { nodes: { topic: { name: string } }[] };
  root: TwoLevelTree | null;
  src?: TwoLevelTree | null;
  [alias: string]: unknown;
}

/** A tree read with TWO_LEVELS. */
interface TwoLevelTree {
  entries?: { name: string; type: string; object?: { entries?: { name: string; type: string }[] } | null }[];
}

/** The folder listings a page gave for one repository: "" (root), each root folder, "src" and each folder in it. */
export function listingsFromNode(node: RepositoryNode): Map<string, FolderListing> {
  const listings = new Map<string, FolderListing>();
  const add = (base: string, tree: TwoLevelTree | null | undefined) => {
    if (!tree?.entries) return;
    if (!listings.has(base)) listings.set(base, tree.entries.map((e) => ({ name: e.name, type: e.type })));
    for (const e of tree.entries) {
      const inner = e.object?.entries;
      if (e.type === 'tree' && inner) listings.set(base ? `${base}/${e.name}` : e.name, inner.map((x) => ({ name: x.name, type: x.type })));
    }
  };
  add('', node.root);
  add('src', node.src);
  return listings;
}

/** Why a blob is not used, or undefined when its text is usable. */
function skipReason(blob: BlobNode, maxBytes: number): string | undefined {
  if (blob.isBinary) return 'binary file';
  if (blob.byteSize > maxBytes) return `too large (${blob.byteSize} bytes, limit ${maxBytes})`;
  if (blob.isTruncated || blob.text === null) return 'content truncated by GitHub';
  return undefined;
}

/** Adds a fetched file to a snapshot: text into `files` (README into `readme`), or a reason into `skippedFiles`. */
export function addFile(snapshot: RepoSnapshot, path: string, blob: BlobNode | null | undefined, maxBytes: number): void {
  if (!blob || typeof blob.byteSize !== 'number') return;
  if (path === 'README.md') {
    // A README is only shown in part, so a long one is cut rather than skipped.
    if (!blob.isBinary && blob.text !== null) snapshot.readme = blob.text.slice(0, README_CHARS);
    return;
  }
  const reason = skipReason(blob, maxBytes);
  if (reason) (snapshot.skippedFiles ??= {})[path] = reason;
  else snapshot.files[path] = blob.text!;
}

/** "Acme.Http.csproj" entries of a root listing. */
export function csprojNames(node: RepositoryNode): string[] {
  return (node.root?.entries ?? []).filter((e) => e.type === 'blob' && /\.csproj$/i.test(e.name)).map((e) => e.name);
}

/** A GraphQL repository node (from REPOSITORIES_QUERY) -> RepoSnapshot; csproj files are added later. */
export function snapshotFromNode(node: RepositoryNode, host: string, maxBytes: number): RepoSnapshot {
  const snapshot: RepoSnapshot = {
    owner: node.owner.login,
    name: node.name,
    host,
    url: node.url,
    description: node.description,
    topics: node.repositoryTopics.nodes.map((n) => n.topic.name),
    primaryLanguage: node.primaryLanguage?.name ?? null,
    isArchived: node.isArchived,
    isFork: node.isFork,
    isTemplate: node.isTemplate,
    stars: node.stargazerCount,
    pushedAt: node.pushedAt,
    openIssues: node.issues.totalCount,
    defaultBranch: node.defaultBranchRef?.name ?? null,
    homepageUrl: node.homepageUrl,
    files: {},
    // The root listing the query already returns says whether there is a guide: no need to download it.
    hasContributing: (node.root?.entries ?? []).some((e) => e.type === 'blob' && isContributingGuide(e.name)),
  };
  CRAWL_PATHS.forEach((path, i) => addFile(snapshot, path, node[`f${i}`] as BlobNode | null, maxBytes));
  const listings = listingsFromNode(node);
  const pathWords = pathWordsOf(listings.get('') ?? []);
  if (pathWords.length) snapshot.pathWords = pathWords;
  const pythonModules = pythonModulesFromLayout((folder) => listings.get(folder));
  if (pythonModules.length) snapshot.pythonModules = pythonModules;
  const jvmPackages = jvmPackageRoots(Object.keys(JVM_SOURCE_ROOTS).map((alias) => node[alias] as SourceTreeNode | null | undefined));
  if (jvmPackages.length) snapshot.jvmPackages = jvmPackages;
  Object.assign(snapshot, peopleFromNode(node));
  return snapshot;
}
