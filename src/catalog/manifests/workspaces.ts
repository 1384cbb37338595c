import { parse as parseYaml } from 'yaml';
import { parse as parseToml } from 'smol-toml';
import { isRecord, strings } from './manifestUtil';
import { parseXml, text } from './xmlUtil';
import { pushAll } from '../../util/arrays';
import { pythonLayoutFolders, pythonModulesFromLayout } from './pythonLayout';

/**
 * Monorepo layouts: which folders of a repository hold their own package manifest, as the repository declares them
 * (npm/yarn `workspaces`, `pnpm-workspace.yaml`, `lerna.json`, Nx, Cargo `[workspace]`, Maven `<modules>`, uv
 * workspaces, `go.work`) or, for Go, as nested `go.mod` files show. Shared by the crawlers (what to fetch) and
 * entryFromSnapshot (which fetched files are members).
 */
export interface WorkspaceLayout {
  /** Member folder globs relative to the repository root ("packages/*", "crates/**", "core"). */
  include: string[];
  exclude: string[];
  /** The manifest file a member folder is read for. */
  manifest: string;
}

/** Folders never taken for members (fixtures, examples, vendored code). */
const NOT_MEMBERS = /(^|\/)(node_modules|testdata|test|tests|__tests__|fixtures|examples?|_examples|samples?|e2e|benchmarks?|vendor|third_party|docs?|website|tools|hack|internal)(\/|$)/;
/**
 * Root folders a polyglot repository names for a language, each holding that language's package
 * ("py/pyproject.toml", "rust/Cargo.toml", "javascript/package.json"), keyed by the lower-cased folder name. Go
 * modules are found by their nested `go.mod` anyway.
 */
const LANGUAGE_FOLDERS: Readonly<Record<string, string>> = {
  py: 'pyproject.toml', python: 'pyproject.toml',
  js: 'package.json', javascript: 'package.json', ts: 'package.json', typescript: 'package.json', node: 'package.json', nodejs: 'package.json',
  rust: 'Cargo.toml', java: 'pom.xml', kotlin: 'pom.xml', jvm: 'pom.xml',
};

/** The manifest a language-named root folder holds: "py" -> "pyproject.toml", "Rust" -> "Cargo.toml", "docs" -> undefined. */
function languageManifest(folder: string): string | undefined {
  const name = folder.toLowerCase();
  return Object.hasOwn(LANGUAGE_FOLDERS, name) ? LANGUAGE_FOLDERS[name] : undefined;
}

/** "py/pyproject.toml" -> true: a language-named root folder holding that language's manifest. */
function isLanguageMember(file: string): boolean {
  const m = /^([^/]+)\/([^/]+)$/.exec(file);
  return !!m && languageManifest(m[1]) === m[2];
}

/** Members read per repository at most (a crawl must not explode on a 2,000-package monorepo). */
const MAX_MEMBERS = 150;

const clean = (p: string): string => p.trim().replace(/^\.\//, '').replace(/\/+$/, '').replace(/\/\*\*\/\*$/, '/**');

function globs(patterns: string[]): { include: string[]; exclude: string[] } {
  const include: string[] = [];
  const exclude: string[] = [];
  for (const raw of patterns) {
    const p = clean(raw);
    if (p.startsWith('!')) exclude.push(clean(p.slice(1)));
    else if (p && !p.startsWith('..') && !p.startsWith('/')) include.push(p);
  }
  return { include, exclude };
}

function safely<T>(read: () => T): T | undefined {
  try {
    return read();
  } catch {
    return undefined; // the manifest parsers report malformed files; here a broken one just declares nothing
  }
}

/**
 * The layouts a folder's files declare; `base` is the folder ("" = root) and `files` is keyed by repository path.
 * @example workspaceLayouts({ 'package.json': '{"private":true,"workspaces":["packages/*"]}' })
 *   // -> [{ include: ['packages/*'], exclude: [], manifest: 'package.json' }]
 */
export function workspaceLayouts(files: Readonly<Record<string, string>>, base = ''): WorkspaceLayout[] {
  const at = (name: string): string | undefined => files[base ? `${base}/${name}` : name];
  const prefix = (l: WorkspaceLayout): WorkspaceLayout =>
    (base ? { ...l, include: l.include.map((p) => `${base}/${p}`), exclude: l.exclude.map((p) => `${base}/${p}`) } : l);
  const out: WorkspaceLayout[] = [];
  const add = (patterns: string[], manifest: string) => {
    const g = globs(patterns);
    if (g.include.length) out.push(prefix({ ...g, manifest }));
  };
  const pkg = safely(() => JSON.parse(at('package.json') ?? 'null') as unknown);
  if (isRecord(pkg)) add(Array.isArray(pkg.workspaces) ? strings(pkg.workspaces) : isRecord(pkg.workspaces) ? strings(pkg.workspaces.packages) : [], 'package.json');
  const pnpm = at('pnpm-workspace.yaml');
  if (pnpm !== undefined) {
    const doc = safely(() => parseYaml(pnpm) as unknown);
    if (isRecord(doc)) add(strings(doc.packages), 'package.json');
  }
  const lerna = at('lerna.json');
  if (lerna !== undefined) {
    const doc = safely(() => JSON.parse(lerna) as unknown);
    if (isRecord(doc)) add(Array.isArray(doc.packages) ? strings(doc.packages) : ['packages/*'], 'package.json');
  }
  if (at('nx.json') !== undefined) add(['packages/*', 'libs/*'], 'package.json');
  const cargo = safely(() => parseToml(at('Cargo.toml') ?? '') as Record<string, unknown>);
  if (cargo && isRecord(cargo.workspace)) add([...strings(cargo.workspace.members), ...strings(cargo.workspace.exclude).map((e) => `!${e}`)], 'Cargo.toml');
  const pom = at('pom.xml');
  if (pom !== undefined) {
    const project = safely(() => parseXml(pom, 'pom.xml', ['module']).project);
    const modules = isRecord(project) && isRecord(project.modules) ? project.modules.module : undefined;
    add((Array.isArray(modules) ? modules : []).map(text).filter((m): m is string => !!m), 'pom.xml');
  }
  const pyproject = safely(() => parseToml(at('pyproject.toml') ?? '') as Record<string, unknown>);
  const uv = pyproject && isRecord(pyproject.tool) && isRecord(pyproject.tool.uv) ? pyproject.tool.uv.workspace : undefined;
  if (isRecord(uv)) add([...strings(uv.members), ...strings(uv.exclude).map((e) => `!${e}`)], 'pyproject.toml');
  const goWork = at('go.work');
  if (goWork !== undefined) add(goWorkUses(goWork), 'go.mod');
  return out;
}

/** `use ./a` and `use ( ./a ./b )` directives of a go.work file. */
function goWorkUses(text: string): string[] {
  const out: string[] = [];
  let inUse = false;
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.replace(/\/\/.*$/, '').trim();
    if (inUse) {
      if (line === ')') inUse = false;
      else if (line) out.push(line.replace(/^"|"$/g, ''));
    } else if (/^use\s*\($/.test(line)) inUse = true;
    else if (/^use\s+\S/.test(line)) out.push(line.slice(3).trim().replace(/^"|"$/g, ''));
  }
  return out.filter((p) => p !== '.' && p !== './');
}

/** A folder glob segment ("*", "plugin-*", "core") as a regular expression over one path segment. */
function segmentRegex(segment: string): RegExp {
  return new RegExp(`^${segment.split('*').map((s) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('[^/]*')}$`);
}

/** Whether a folder ("packages/http") matches a glob ("packages/*", "packages/**", "packages/http"). */
export function folderMatches(glob: string, folder: string): boolean {
  const g = glob.split('/');
  const f = folder.split('/');
  const match = (gi: number, fi: number): boolean => {
    if (gi === g.length) return fi === f.length;
    if (g[gi] === '**') return fi < f.length && (match(gi + 1, fi + 1) || match(gi, fi + 1));
    return fi < f.length && segmentRegex(g[gi]).test(f[fi]) && match(gi + 1, fi + 1);
  };
  return match(0, 0);
}

function isMember(layout: WorkspaceLayout, folder: string): boolean {
  return !NOT_MEMBERS.test(folder) && layout.include.some((g) => folderMatches(g, folder)) && !layout.exclude.some((g) => folderMatches(g, folder));
}

export interface WorkspaceMember {
  /** Folder inside the repository, e.g. "packages/http". */
  path: string;
  /** Repository path of its manifest, e.g. "packages/http/package.json". */
  file: string;
}

/**
 * The member manifests among a repository's files: those in a folder some layout includes (Maven modules of modules
 * too), Go modules (`go.mod` one to three folders down, outside examples, tools and test data), and the packages of a
 * polyglot repository in language-named root folders (`py/pyproject.toml`, `rust/Cargo.toml`).
 * @example workspaceMembers({ 'package.json': '{"workspaces":["packages/*"]}', 'packages/http/package.json': '{}' })
 *   // -> [{ path: 'packages/http', file: 'packages/http/package.json' }]
 */
export function workspaceMembers(files: Readonly<Record<string, string>>): WorkspaceMember[] {
  const members = new Map<string, WorkspaceMember>();
  const pending: WorkspaceLayout[] = workspaceLayouts(files);
  const paths = Object.keys(files).filter((p) => p.includes('/')).sort();
  for (let i = 0; i < pending.length && members.size < MAX_MEMBERS; i++) {
    const layout = pending[i];
    for (const file of paths) {
      const slash = file.lastIndexOf('/');
      const folder = file.slice(0, slash);
      if (file.slice(slash + 1) !== layout.manifest || members.has(file) || !isMember(layout, folder)) continue;
      members.set(file, { path: folder, file });
      if (layout.manifest === 'pom.xml') pushAll(pending, workspaceLayouts(files, folder));
    }
  }
  for (const file of paths) {
    if (/^(?:[^/]+\/){1,3}go\.mod$/.test(file) && !NOT_MEMBERS.test(file) && !members.has(file)) members.set(file, { path: file.slice(0, -'/go.mod'.length), file });
    else if (isLanguageMember(file) && !members.has(file)) members.set(file, { path: file.slice(0, file.indexOf('/')), file });
  }
  return [...members.values()].slice(0, MAX_MEMBERS);
}

/** A folder listing: the names in one folder, `tree` for sub-folders. */
export type FolderListing = readonly { name: string; type: string }[];

/**
 * What a crawler should read next to find a repository's members, given the files it has and the folder listings it
 * knows (`listing(folder)`: undefined when not read yet): member manifests to fetch, and folders to list first
 * (a glob such as "packages/*" needs the listing of "packages"). Repeated until it asks for nothing new.
 * @example memberReads({ 'package.json': '{"workspaces":["packages/*"]}' }, (f) => (f === 'packages' ? [{ name: 'http', type: 'tree' }] : undefined))
 *   // -> { files: ['packages/http/package.json'], folders: [] }
 */
export function memberReads(files: Readonly<Record<string, string>>, listing: (folder: string) => FolderListing | undefined): { files: string[]; folders: string[] } {
  const wantFiles = new Set<string>();
  const wantFolders = new Set<string>();
  const layouts = workspaceLayouts(files);
  const members = workspaceMembers(files);
  for (const m of members) if (m.file.endsWith('/pom.xml')) pushAll(layouts, workspaceLayouts(files, m.path));
  for (const layout of layouts) {
    for (const glob of layout.include) {
      for (const folder of expand(glob.split('/'), '', listing, wantFolders)) {
        if (isMember(layout, folder) && wantFiles.size < MAX_MEMBERS) wantFiles.add(`${folder}/${layout.manifest}`);
      }
    }
  }
  // Go modules one folder down, and language folders' packages, seen in the root's two-level listing.
  for (const dir of listing('') ?? []) {
    if (dir.type !== 'tree' || NOT_MEMBERS.test(dir.name)) continue;
    const language = languageManifest(dir.name);
    const inside = listing(dir.name);
    // A crawler that only listed the root (REST) lists a language folder first.
    if (language && !inside) wantFolders.add(dir.name);
    for (const manifest of language ? ['go.mod', language] : ['go.mod']) {
      if (inside?.some((e) => e.name === manifest && e.type === 'blob')) wantFiles.add(`${dir.name}/${manifest}`);
    }
  }
  // A Python member's import roots come from its layout (`py/usageaccountant/__init__.py`): list its package folders.
  for (const m of members) {
    if (m.file.endsWith('/pyproject.toml')) for (const f of pythonLayoutFolders(listing, m.path)) wantFolders.add(f);
  }
  return { files: [...wantFiles].filter((f) => files[f] === undefined), folders: [...wantFolders] };
}

/**
 * The import roots of a repository's Python members (uv workspace members, a polyglot repository's `py/`), from the
 * folder listings a crawler read for them (see memberReads).
 * @example pythonMemberModules({ 'py/pyproject.toml': '…' }, (f) => ({ py: [{ name: 'usageaccountant', type: 'tree' }], 'py/usageaccountant': [{ name: '__init__.py', type: 'blob' }] })[f])
 *   // -> ["usageaccountant"]
 */
export function pythonMemberModules(files: Readonly<Record<string, string>>, listing: (folder: string) => FolderListing | undefined): string[] {
  const out = new Set<string>();
  for (const m of workspaceMembers(files)) {
    if (m.file.endsWith('/pyproject.toml')) for (const mod of pythonModulesFromLayout(listing, m.path)) out.add(mod);
  }
  return [...out].sort();
}

/** Folders matching glob segments below `base`; listings not known yet are added to `want`. */
function expand(segments: string[], base: string, listing: (folder: string) => FolderListing | undefined, want: Set<string>, depth = 0): string[] {
  if (!segments.length) return base ? [base] : [];
  const [head, ...rest] = segments;
  const join = (name: string) => (base ? `${base}/${name}` : name);
  if (!head.includes('*')) return expand(rest, join(head), listing, want, depth);
  if (depth >= 3) return [];
  const entries = listing(base);
  if (!entries) {
    want.add(base);
    return [];
  }
  const dirs = entries.filter((e) => e.type === 'tree' && !NOT_MEMBERS.test(e.name));
  if (head === '**') {
    return dirs.flatMap((d) => [...expand(rest, join(d.name), listing, want, depth + 1), ...expand(segments, join(d.name), listing, want, depth + 1)]);
  }
  const re = segmentRegex(head);
  return dirs.filter((d) => re.test(d.name)).flatMap((d) => expand(rest, join(d.name), listing, want, depth + 1));
}
