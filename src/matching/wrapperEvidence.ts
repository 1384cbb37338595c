import type { Catalog, CatalogEntry, PackageRef } from '../catalog/model';
import { packageKey } from '../catalog/packageName';
import { GENERIC_TOKENS, normalizeTokens } from './normalize';

/** What a wrapper relation is worth, when it is worth anything (see SCORES in matcher.ts). */
export interface WrapperVerdict {
  /** "named": the library's name, description or keywords name the package; "built-on": one of its ≤ 2 runtime dependencies. */
  kind: 'named' | 'built-on';
  reason: string;
}

/** A package this share of the organization's repositories depend on is a foundation (react, django…), never wrapped. */
export const FOUNDATION_SHARE = 0.3;
/** …as long as at least this many repositories do (three of five repositories is a pattern, one of two is not). */
const FOUNDATION_MIN_REPOSITORIES = 3;
/** More catalog libraries than this depending on a package: none of them is "the" wrapper of it. */
export const MAX_WRAPPERS = 2;
/** A library naming the package may still have this many runtime dependencies (more: it merely uses it). */
const NAMED_MAX_DEPENDENCIES = 6;
/** A library not naming the package is built on it only when it has at most this many runtime dependencies. */
const BUILT_ON_MAX_DEPENDENCIES = 3;
/** Words in package names that say which language, ecosystem or role, not what the package does. */
export const ECOSYSTEM_WORDS: ReadonlySet<string> = new Set(['python', 'node', 'nodej', 'java', 'golang', 'rust', 'kotlin', 'scala',
  'typescript', 'javascript', 'dotnet', 'jvm', 'ruby', 'php', 'swift', 'github', 'gitlab', 'apache', 'google', 'io', 'www', 'dev',
  // …and words for where code runs or what shape it has, which any project shares ("govuk-frontend" vs "x-frontend").
  'frontend', 'backend', 'web', 'ui', 'sdk', 'plugin', 'kit', 'toolkit', 'extension', 'framework', 'platform', 'engine']);
/** Shorter words count only when equal or at a word's start or end ("pdf" in "pdfkit"); from four letters, anywhere ("http" in "okhttp"). */
const MIN_INNER_WORD = 4;
const MIN_EDGE_WORD = 3;

/**
 * Decides whether a library's dependency on a public package makes it that package's wrapper, on evidence the
 * catalog carries: depending on a package is not wrapping it. A wrapper is central to the library — its name,
 * description or keywords name the package (and it has few runtime dependencies), or the package is one of its (at most
 * three) runtime dependencies — and the package is no foundation of the organization (what most of its repositories
 * depend on, from `Catalog.orgUsage`, else from the catalog's own libraries), nor one that several libraries share.
 * @example new WrapperEvidence(catalog).judge(httpClient, { ecosystem: "npm", name: "axios" }, 1)
 *   // -> { kind: "named", reason: "wraps axios, which this file imports" }   (its keywords say "axios")
 */
export class WrapperEvidence {
  private readonly words = new Map<CatalogEntry, ReadonlySet<string>>();
  private readonly usage: { repositories: number; count: (key: string) => number } | undefined;

  constructor(catalog: Catalog) {
    const usage = catalog.orgUsage;
    if (usage && usage.repositories > 0) {
      this.usage = { repositories: usage.repositories, count: (key) => (Object.hasOwn(usage.dependents, key) ? usage.dependents[key] : 0) };
    }
  }

  /**
   * True when the package is a foundation of the organization: at least 30% (and 3) of its repositories depend on it.
   * Without `orgUsage` (catalog files), the catalog's libraries stand in for the organization.
   * @example isFoundation({ ecosystem: "npm", name: "react" }, 2, 40) // -> true when orgUsage says 41 of 90 repositories use react
   */
  isFoundation(dependency: PackageRef, libraryDependents: number, libraryCount: number): boolean {
    const [count, total] = this.usage
      ? [Math.max(this.usage.count(packageKey(dependency)), libraryDependents), this.usage.repositories]
      : [libraryDependents, libraryCount];
    return count >= FOUNDATION_MIN_REPOSITORIES && count >= FOUNDATION_SHARE * total;
  }

  /**
   * The wrapper verdict for one library and one of its dependencies, `dependents` being how many catalog libraries
   * depend on that package; undefined when the dependency is no evidence.
   * @example judge(staticSiteGenerator, { ecosystem: "npm", name: "vue" }, 1) // -> undefined (14 runtime dependencies)
   */
  judge(entry: CatalogEntry, dependency: PackageRef, dependents: number): WrapperVerdict | undefined {
    if (dependents > MAX_WRAPPERS || isTestDouble(entry)) return undefined;
    const runtime = entry.dependencies.length;
    if (runtime <= NAMED_MAX_DEPENDENCIES && this.names(entry, dependency)) {
      return { kind: 'named', reason: `wraps ${dependency.name}, which this file imports` };
    }
    if (runtime <= BUILT_ON_MAX_DEPENDENCIES && dependents === 1) {
      const of = runtime === 1 ? 'its only runtime dependency' : `one of its ${runtime} runtime dependencies`;
      return { kind: 'built-on', reason: `built on ${dependency.name} (${of}), which this file imports` };
    }
    return undefined;
  }

  /** True when the library's name, keywords or description name one of the package's distinctive words. */
  private names(entry: CatalogEntry, dependency: PackageRef): boolean {
    const own = this.wordsOf(entry);
    return packageWords(dependency).some((w) => own.has(w) || [...own].some((o) => partOf(o, w) || partOf(w, o)));
  }

  private wordsOf(entry: CatalogEntry): ReadonlySet<string> {
    let words = this.words.get(entry);
    if (!words) {
      // The org's own name and its fragments ("gov" of "alphagov", from "GOV.UK") name no package.
      const owner = normalizeTokens(entry.repo.split('/')[0] ?? '');
      words = new Set(normalizeTokens([entry.name, ...entry.keywords, entry.description]).filter((w) => !ECOSYSTEM_WORDS.has(w) && !owner.some((o) => o === w || partOf(w, o))));
      this.words.set(entry, words);
    }
    return words;
  }
}

/** Words by which a library says it stands in for another in tests (mocks, stubs, fakes) rather than wrapping it. */
const TEST_DOUBLE = /\b(mock(s|ing|ed)?|stub(s|bing|bed)?|fak(e|es|ing)|test doubles?)\b/i;

/**
 * True when a library's name, description or keywords say it mocks, stubs or fakes something: it is a test utility, no
 * advice for a production import of what it fakes.
 * @example isTestDouble({ name: "responses", description: "A utility library for mocking out the `requests` Python library.", ... }) // -> true
 */
export function isTestDouble(entry: Pick<CatalogEntry, 'name' | 'description' | 'keywords'>): boolean {
  return TEST_DOUBLE.test([entry.name.replace(/[-_]/g, ' '), entry.description, ...entry.keywords].join(' \n '));
}

/** True when `part` is a word inside `word`: anywhere from four letters, at its start or end from three. */
function partOf(part: string, word: string): boolean {
  if (part.length >= word.length || part.length < MIN_EDGE_WORD) return false;
  return word.startsWith(part) || word.endsWith(part) || (part.length >= MIN_INNER_WORD && word.includes(part));
}

/**
 * The words of a package name that say what it is: its name (a Maven artifact and the last group segment, a Go
 * module's path after the host and owner, plus a vanity host's first label), less role words and ecosystem words.
 * @example packageWords({ ecosystem: "maven", name: "com.squareup.okhttp3:okhttp" }) // -> ["okhttp3", "okhttp"]
 * @example packageWords({ ecosystem: "go", name: "k8s.io/client-go" }) // -> ["kubernetes"]
 * @example packageWords({ ecosystem: "npm", name: "@kafkajs/confluent-schema-registry" }) // -> ["kafkajs", "confluent", "schema", "registry"]
 */
export function packageWords(pkg: PackageRef): string[] {
  let parts: string[];
  if (pkg.ecosystem === 'maven') {
    const [group, artifact = ''] = pkg.name.split(':');
    parts = [group.split('.').pop() ?? '', artifact];
  } else if (pkg.ecosystem === 'go') {
    const segments = pkg.name.split('/');
    const host = segments[0] ?? '';
    const rest = /^(github\.com|gitlab\.com|bitbucket\.org|gitee\.com|codeberg\.org)$/.test(host) ? segments.slice(2) : segments.slice(1);
    parts = [...rest.filter((s) => !/^v\d+$/.test(s)), ...(host.includes('.') && !/^(github|gitlab|bitbucket|gitee|codeberg|golang|gopkg)\./.test(host) ? [host.split('.')[0]] : [])];
  } else {
    parts = pkg.name.replace(/^@/, '').split('/');
  }
  return normalizeTokens(parts).filter((w) => !GENERIC_TOKENS.has(w) && !ECOSYSTEM_WORDS.has(w));
}
