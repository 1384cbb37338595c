import { memberReads, pythonMemberModules, type FolderListing } from '../catalog/manifests/workspaces';
import type { RepoSnapshot } from '../catalog/model';
import { addFile, type BlobNode } from './crawlQuery';
import { JVM_SOURCE_ROOTS, JVM_TREE_FRAGMENT, jvmPackageRoots, type SourceTreeNode } from './jvmSourceTree';

/**
 * Second-round reads, for the few repositories a page showed to need them: `*.csproj` files seen in the root,
 * monorepo members (their manifests, the folders a glob needs listed, and each Maven module's Java/Kotlin source
 * roots). Reads of many repositories share one query, so an org with a few hundred monorepos costs a few dozen
 * requests more, not one per repository.
 */

/** One repository awaiting member reads. */
export interface PendingRepo {
  snapshot: RepoSnapshot;
  /** Folder listings known so far ("" = root); filled in as folders are read. */
  listings: Map<string, FolderListing>;
  /** Extra root files to read in the first round (e.g. "Acme.Http.csproj"). */
  extraFiles: string[];
}

type Read = { repo: number; kind: 'file' | 'folder' | 'jvm'; path: string };

/** Query weight per read: a Java/Kotlin tree is read four levels deep for two roots. */
const WEIGHT: Record<Read['kind'], number> = { file: 1, folder: 1, jvm: 8 };
/** Weight per follow-up query: keeps each under GitHub's timeout with large files in it. */
const MAX_QUERY_WEIGHT = 160;
/** Rounds at most (Maven modules of modules, `packages/*\/*` globs: a listing, then the manifests). */
const MAX_ROUNDS = 4;

const BLOB_FIELDS = 'fragment BlobFields on Blob { text byteSize isBinary isTruncated }';
const FOLDER = '... on Tree { entries { name type } }';

/** Whether a repository needs follow-up reads at all (most do not: no query is spent on them). */
export function needsFollowUp(pending: PendingRepo): boolean {
  return pending.extraFiles.length > 0 || nextReads(pending, new Set()).length > 0;
}

function nextReads(p: PendingRepo, requested: Set<string>): Omit<Read, 'repo'>[] {
  const want = memberReads(p.snapshot.files, (folder) => p.listings.get(folder));
  const out: Omit<Read, 'repo'>[] = [];
  for (const path of [...p.extraFiles, ...want.files]) {
    if (requested.has(`file:${path}`)) continue;
    out.push({ kind: 'file', path });
    const folder = path.slice(0, path.lastIndexOf('/'));
    if (path.endsWith('/pom.xml') && !requested.has(`jvm:${folder}`)) out.push({ kind: 'jvm', path: folder });
  }
  for (const folder of want.folders) if (!requested.has(`folder:${folder}`)) out.push({ kind: 'folder', path: folder });
  return out;
}

/** One query reading files, folder listings and module source trees from several repositories. */
function extraReadsQuery(reads: Read[], repos: { owner: string; name: string }[]): { query: string; variables: Record<string, string>; aliases: Map<string, Read> } {
  const variables: Record<string, string> = {};
  const params: string[] = [];
  const aliases = new Map<string, Read>();
  const byRepo = new Map<number, Read[]>();
  for (const r of reads) byRepo.set(r.repo, [...(byRepo.get(r.repo) ?? []), r]);
  let usesBlob = false;
  let usesJvm = false;
  const parts = [...byRepo.entries()].map(([repo, rs], i) => {
    variables[`o${i}`] = repos[repo].owner;
    variables[`n${i}`] = repos[repo].name;
    params.push(`$o${i}: String!`, `$n${i}: String!`);
    const fields = rs.flatMap((r, k) => {
      const expr = (p: string) => JSON.stringify(`HEAD:${p}`);
      if (r.kind === 'file') {
        usesBlob = true;
        aliases.set(`r${i}.f${k}`, r);
        return [`f${k}: object(expression: ${expr(r.path)}) { ...BlobFields }`];
      }
      if (r.kind === 'folder') {
        aliases.set(`r${i}.d${k}`, r);
        return [`d${k}: object(expression: ${expr(r.path)}) { ${FOLDER} }`];
      }
      usesJvm = true;
      return Object.entries(JVM_SOURCE_ROOTS).map(([alias, dir]) => {
        aliases.set(`r${i}.j${k}${alias}`, r);
        return `j${k}${alias}: object(expression: ${expr(`${r.path}/${dir}`)}) { ...JvmSourceTree }`;
      });
    });
    return `r${i}: repository(owner: $o${i}, name: $n${i}) {\n    ${fields.join('\n    ')}\n  }`;
  });
  const fragments = [usesBlob ? BLOB_FIELDS : '', usesJvm ? JVM_TREE_FRAGMENT : ''].filter(Boolean).join('\n');
  return { query: `query ReuseRadarExtraReads(${params.join(', ')}) {\n  ${parts.join('\n  ')}\n}\n${fragments}`, variables, aliases };
}

/**
 * Runs the follow-up rounds for `pending` through `run` (one GraphQL request per call), adding what it reads to each
 * snapshot: files (size-capped like the page's), members' source roots into `jvmPackages`, Python members' import
 * roots into `pythonModules`.
 *
 * @example await readFollowUps([{ snapshot: monorepo, listings, extraFiles: [] }], run, 512 * 1024)
 *   // monorepo.files now has "packages/http/package.json", "packages/ui/package.json"
 */
export async function readFollowUps(
  pending: PendingRepo[],
  run: (query: string, variables: Record<string, string>) => Promise<Record<string, Record<string, unknown> | null>>,
  maxBytes: number,
): Promise<void> {
  const requested = pending.map(() => new Set<string>());
  const jvmTrees = pending.map((): (SourceTreeNode | null | undefined)[] => []);
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const reads: Read[] = pending.flatMap((p, repo) => nextReads(round === 0 ? p : { ...p, extraFiles: [] }, requested[repo]).map((r) => ({ ...r, repo })));
    if (!reads.length) break;
    for (const r of reads) requested[r.repo].add(`${r.kind}:${r.path}`);
    for (const batch of batches(reads)) {
      const { query, variables, aliases } = extraReadsQuery(batch, pending.map((p) => p.snapshot));
      const data = await run(query, variables);
      for (const [alias, read] of aliases) {
        const [r, field] = alias.split('.');
        const value = data[r]?.[field];
        const p = pending[read.repo];
        if (read.kind === 'file') addFile(p.snapshot, read.path, value as BlobNode | null, maxBytes);
        else if (read.kind === 'folder') p.listings.set(read.path, ((value as { entries?: FolderListing } | null)?.entries ?? []).map((e) => ({ name: e.name, type: e.type })));
        else jvmTrees[read.repo].push(value as SourceTreeNode | null);
      }
    }
  }
  pending.forEach((p, i) => {
    const roots = jvmPackageRoots(jvmTrees[i]);
    if (roots.length) p.snapshot.jvmPackages = [...new Set([...(p.snapshot.jvmPackages ?? []), ...roots])].sort();
    const modules = pythonMemberModules(p.snapshot.files, (folder) => p.listings.get(folder));
    if (modules.length) p.snapshot.pythonModules = [...new Set([...(p.snapshot.pythonModules ?? []), ...modules])].sort();
  });
}

function* batches(reads: Read[]): Generator<Read[]> {
  let batch: Read[] = [];
  let weight = 0;
  for (const r of reads) {
    if (batch.length && weight + WEIGHT[r.kind] > MAX_QUERY_WEIGHT) {
      yield batch;
      batch = [];
      weight = 0;
    }
    batch.push(r);
    weight += WEIGHT[r.kind];
  }
  if (batch.length) yield batch;
}
