/**
 * The normalized catalog model every source produces and every feature reads.
 * Bump CATALOG_SCHEMA_VERSION on any incompatible change; loaders reject other versions with a clear message.
 */
export const CATALOG_SCHEMA_VERSION = 1;

/** Package ecosystems the catalog knows. */
export type Ecosystem = 'npm' | 'pypi' | 'go' | 'maven' | 'nuget' | 'cargo';

export const ECOSYSTEMS: readonly Ecosystem[] = ['npm', 'pypi', 'go', 'maven', 'nuget', 'cargo'];

/**
 * A published package. Names are in each ecosystem's canonical form:
 * npm "@org/http-client"; pypi normalized per PEP 503 ("org-http-client"); go module path
 * ("github.com/org/kafka-go"); maven "group:artifact"; nuget "Org.Http"; cargo "org-http".
 */
export interface PackageRef {
  ecosystem: Ecosystem;
  name: string;
  /** Folder of a monorepo package inside its repository, e.g. "packages/http" (absent: the repository root). */
  path?: string;
  /**
   * Only on a published package of an entry that publishes from several folders (a monorepo): that package's own
   * runtime dependencies (internal siblings included). The entry's `dependencies` stays the union over the repository.
   */
  dependencies?: PackageRef[];
}

export type Lifecycle = 'experimental' | 'production' | 'deprecated' | 'archived' | 'unknown';

/** What a repository is; only libraries are suggested. */
export type RepoKind = 'library' | 'service' | 'application' | 'documentation' | 'template' | 'other';

export interface CatalogLinks {
  repo?: string;
  docs?: string;
  issues?: string;
  contributing?: string;
}

/** `innersource.json` extras (https://github.com/InnerSourceCommons/InnerSourcePortal). */
export interface InnerSourceInfo {
  title?: string;
  motivation?: string;
  contributions?: string[];
  skills?: string[];
  logo?: string;
}

export interface CatalogEntry {
  /** Stable id: lower-cased "owner/name" of the canonical repository (or "source:name" when there is no repo). */
  id: string;
  /** Display name, e.g. "http-client". */
  name: string;
  /** Canonical repository "owner/name" ("" when unknown). */
  repo: string;
  /** Web host of the repository, e.g. "github.com" or "ghe.example.com". */
  host?: string;
  /** Packages the library publishes. */
  packages: PackageRef[];
  description: string;
  /** Keywords and topics, lower-cased, de-duplicated. */
  keywords: string[];
  /** Primary language as GitHub reports it, e.g. "TypeScript". */
  language?: string;
  /** Public (or internal) packages this library depends on at runtime — the basis of "wraps X" matching. */
  dependencies: PackageRef[];
  /** Owners: GitHub logins or team slugs ("@org/team"), from CODEOWNERS or descriptors. */
  owners: string[];
  lifecycle: Lifecycle;
  /** For deprecated/archived entries: the id, repo or package name of what replaces it. */
  replacement?: string;
  kind: RepoKind;
  fork?: boolean;
  archived?: boolean;
  stars?: number;
  /** ISO timestamp of the last push. */
  lastPush?: string;
  openIssues?: number;
  hasContributing: boolean;
  links: CatalogLinks;
  /** Public packages the library declares itself a drop-in replacement for (import specifier can be rewritten). */
  dropInFor?: string[];
  /** Public packages the library declares it replaces (explicit "use me instead of X"). */
  replaces?: string[];
  innersource?: InnerSourceInfo;
  /**
   * Java/Kotlin package roots of the library's own sources, e.g. ["com.acme.http"] (from src/main/java and
   * src/main/kotlin, else a specific Maven groupId): `import com.acme.http.Client` is this library.
   */
  jvmPackages?: string[];
  /**
   * Top-level Python import names of the library's distributions, e.g. ["acme_auth"] for distribution "acme-auth"
   * (from `src/<pkg>/`, top-level package folders, `packages=` / `py_modules=`): `import acme_auth.x` is this library.
   */
  pythonModules?: string[];
  /** Internal repositories ("owner/name") whose manifests depend on one of this library's packages. */
  usedBy?: string[];
  /** InnerSource Commons' Repository Activity Score at crawl time (see activityScore.ts); absent when not crawled. */
  activityScore?: number;
  /** Open issues labelled for newcomers, counted by the crawl (label names: `reuseRadar.onramp.labels`). */
  onramp?: Onramp;
  /** Where this entry came from, e.g. ["github:acme", "file:catalog.json"]. */
  sources: string[];
  /** README markdown, when a source provides it (untrusted text). */
  readme?: string;
  defaultBranch?: string;
}

/** How many open issues invite a first contribution. */
export interface Onramp {
  /** Open issues labelled `good first issue` (or the configured equivalents). */
  goodFirstIssues: number;
  /** Open issues labelled `help wanted` (or the configured equivalents). */
  helpWanted: number;
}

/** "Use internal `to` instead of public `from`", from an ESLint config, a module-replacements map or a descriptor. */
export interface ReplacementRule {
  /** The public package (or import path) being replaced, e.g. "axios". */
  from: string;
  ecosystem?: Ecosystem;
  /** The internal library: an entry id, repo, or package name. */
  to: string;
  message?: string;
  /** Only these named imports are restricted (ESLint `importNames`); absent: the whole module. */
  importNames?: string[];
  source: string;
}

/**
 * Advice towards no library at all: a native API, a micro-utility snippet, a removal, or a documented alternative
 * (module-replacements). Shown as its own kind of hint, only when `reuseRadar.replacements.native` is on.
 */
export interface ReplacementAdvice {
  /** The public package the advice is about, e.g. "array-includes". */
  from: string;
  ecosystem?: Ecosystem;
  kind: 'native' | 'micro-utility' | 'removal' | 'documented';
  /** What to do instead, e.g. "Array.prototype.includes" or "Use arr.at(-1)". */
  text: string;
  url?: string;
  source: string;
}

export interface CatalogSyncState {
  /** Org or user login. */
  org: string;
  apiUrl: string;
  /** ISO time of the last successful sync; incremental refreshes stop at repos pushed before it. */
  lastSync: string;
  /** ISO time of the last full sweep (archives, renames, deletions). */
  lastFullSync: string;
}

export interface Catalog {
  schemaVersion: typeof CATALOG_SCHEMA_VERSION;
  /** ISO time this catalog was built. */
  generatedAt: string;
  entries: CatalogEntry[];
  replacements: ReplacementRule[];
  /** Advice towards native APIs or snippets rather than a library (module-replacements native/micro-utilities). */
  advice?: ReplacementAdvice[];
  /** Per-org crawl state, for incremental refresh. */
  sync?: CatalogSyncState[];
  /** Where the catalog came from, e.g. "demo", "github:acme". */
  origin?: string;
  /**
   * How widely the crawled organization's own repositories (libraries, services and applications alike; forks and
   * archived ones excepted) declare each package as a runtime dependency. A package most of the org depends on is a
   * foundation (react, django…), never something a library "wraps". Keys are `"<ecosystem>:<packageKey>"`
   * (see `packageKey` in packageName.ts), e.g. "npm:react" → 41; "path:<word>" keys count the repositories whose root
   * names use a word (pathWords.ts), e.g. "path:version" → 12: words the org routinely names its own code with.
   */
  orgUsage?: OrgUsage;
}

export interface OrgUsage {
  /** Repositories whose manifests were read (the denominator). */
  repositories: number;
  /** Per package key: how many of those repositories depend on it. */
  dependents: Record<string, number>;
  /**
   * Per repository (lower-cased "owner/name"), the package keys it was counted for: what lets an incremental refresh
   * replace a changed repository's contribution exactly and a merge count a repository once. Crawls always record it;
   * `dependents` and `repositories` are derived from it when it is present.
   */
  byRepository?: Record<string, string[]>;
}

/** Raw facts about one repository, as any crawler (GraphQL, REST, stand-in) gathers them, before normalization. */
export interface RepoSnapshot {
  owner: string;
  name: string;
  host: string;
  url: string;
  description: string | null;
  topics: string[];
  primaryLanguage: string | null;
  isArchived: boolean;
  isFork: boolean;
  isTemplate: boolean;
  stars: number;
  pushedAt: string | null;
  openIssues: number;
  defaultBranch: string | null;
  homepageUrl: string | null;
  /** Descriptor and manifest files at HEAD, by path ("package.json", ".github/CODEOWNERS", ...); absent = not present. */
  files: Record<string, string>;
  /** Paths that were present but skipped (too large, binary), with the reason. */
  skippedFiles?: Record<string, string>;
  hasContributing: boolean;
  readme?: string;
  /** Java/Kotlin package roots read from the source layout (src/main/java, src/main/kotlin), e.g. ["com.acme.http"]. */
  jvmPackages?: string[];
  /**
   * Python import roots read from the source layout: top-level folders and `src/<pkg>` folders holding `__init__.py`,
   * `src/<pkg>.py`, and `src/<namespace>/<pkg>` as "namespace.pkg", e.g. ["acme_auth"].
   */
  pythonModules?: string[];
  /** Words of the repository's root folder and file names (pathWords.ts), counted into `OrgUsage` as "path:<word>". */
  pathWords?: string[];
  /** Activity facts (GraphQL crawl only; absent from REST crawls), the inputs of the activity score. */
  activity?: RepoActivity;
  /** Open labelled issues for newcomers (GraphQL crawl only). */
  onramp?: Onramp;
}

/** What the crawl knows about how alive a repository is. */
export interface RepoActivity {
  forks: number;
  /** Subscribers (GraphQL `watchers.totalCount`), not stargazers. */
  watchers: number;
  createdAt: string | null;
  updatedAt: string | null;
  /** Commits on the default branch in the 13 weeks before the crawl; absent when unknown. */
  commitsLast13Weeks?: number;
}

export function emptyCatalog(origin?: string): Catalog {
  return { schemaVersion: CATALOG_SCHEMA_VERSION, generatedAt: new Date(0).toISOString(), entries: [], replacements: [], origin };
}
