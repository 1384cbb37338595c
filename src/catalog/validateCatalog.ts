import {
  CATALOG_SCHEMA_VERSION, ECOSYSTEMS, type Catalog, type CatalogEntry, type CatalogLinks, type InnerSourceInfo, type Lifecycle,
  type OrgUsage, type PackageRef, type RepoKind, type ReplacementAdvice, type ReplacementRule,
} from './model';
import { isValidPackageName } from './packageName';

const LIFECYCLES: readonly Lifecycle[] = ['experimental', 'production', 'deprecated', 'archived', 'unknown'];
const KINDS: readonly RepoKind[] = ['library', 'service', 'application', 'documentation', 'template', 'other'];
const LINK_KEYS = ['repo', 'docs', 'issues', 'contributing'] as const;

function isObj(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

export interface ReadEntryResult {
  /** The entry with optional fields defaulted and bad parts dropped; undefined when it has no usable id or name. */
  entry?: CatalogEntry;
  /** Why it was rejected, when `entry` is undefined. */
  rejected?: string;
  /** One sentence per dropped or replaced part, naming the field. */
  problems: string[];
}

/**
 * Reads one catalog entry leniently: missing optional fields get their defaults (description '', lists [], lifecycle
 * 'unknown', kind 'library', hasContributing false, links {}); a malformed field or list item is dropped with a
 * problem naming it; only an entry without a non-empty string id and name is rejected.
 *
 * @example readEntry({ id: 'acme/x', name: 'x', repo: 'acme/x', packages: [], links: { docs: 5 } })
 *   // -> { entry: { id: 'acme/x', ..., description: '', links: {} }, problems: ['"links.docs" must be a string; dropped'] }
 */
export function readEntry(e: unknown): ReadEntryResult {
  if (!isObj(e)) return { rejected: 'not an object', problems: [] };
  for (const k of ['id', 'name'] as const) {
    if (typeof e[k] !== 'string' || !(e[k] as string).trim()) return { rejected: `"${k}" must be a non-empty string`, problems: [] };
  }
  const problems: string[] = [];
  const drop = (field: string, why: string) => problems.push(`"${field}" ${why}; dropped`);
  const str = (k: string, fallback?: string): string | undefined => {
    if (e[k] === undefined) return fallback;
    if (typeof e[k] === 'string') return e[k] as string;
    problems.push(`"${k}" must be a string${fallback !== undefined ? `; using ${JSON.stringify(fallback)}` : '; dropped'}`);
    return fallback;
  };
  const strList = (v: unknown, field: string): string[] | undefined => {
    if (v === undefined) return undefined;
    if (!Array.isArray(v)) {
      drop(field, 'must be an array of strings');
      return undefined;
    }
    const good = v.filter((x): x is string => typeof x === 'string');
    if (good.length < v.length) problems.push(`"${field}" has ${v.length - good.length} item(s) that are not strings; those were dropped`);
    return good;
  };
  const refs = (k: 'packages' | 'dependencies'): PackageRef[] => readRefs(e[k], k, k === 'packages', drop);
  const oneOf = <T extends string>(k: string, values: readonly T[], missing: T, invalid: T): T => {
    if (e[k] === undefined) return missing;
    if (values.includes(e[k] as T)) return e[k] as T;
    problems.push(`"${k}" must be one of ${values.join(', ')}; using "${invalid}"`);
    return invalid;
  };
  const optional = <T>(k: string, type: 'number' | 'boolean'): T | undefined => {
    if (e[k] === undefined || typeof e[k] === type) return e[k] as T | undefined;
    drop(k, `must be a ${type}`);
    return undefined;
  };

  const links: CatalogLinks = {};
  if (isObj(e.links)) {
    for (const [k, v] of Object.entries(e.links)) {
      if (!(LINK_KEYS as readonly string[]).includes(k)) drop(`links.${k}`, `is not one of ${LINK_KEYS.join(', ')}`);
      else if (typeof v !== 'string') drop(`links.${k}`, 'must be a string');
      else links[k as keyof CatalogLinks] = v;
    }
  } else if (e.links !== undefined) drop('links', 'must be an object');

  let innersource: InnerSourceInfo | undefined;
  if (isObj(e.innersource)) {
    innersource = {};
    for (const k of ['title', 'motivation', 'logo'] as const) {
      const v = e.innersource[k];
      if (typeof v === 'string') innersource[k] = v;
      else if (v !== undefined) drop(`innersource.${k}`, 'must be a string');
    }
    for (const k of ['contributions', 'skills'] as const) {
      const v = strList(e.innersource[k], `innersource.${k}`);
      if (v) innersource[k] = v;
    }
  } else if (e.innersource !== undefined) drop('innersource', 'must be an object');

  const hasContributing = optional<boolean>('hasContributing', 'boolean') ?? false;
  const extras: Partial<CatalogEntry> = {};
  for (const k of ['host', 'language', 'replacement', 'lastPush', 'readme', 'defaultBranch'] as const) {
    const v = str(k);
    if (v !== undefined) extras[k] = v;
  }
  for (const k of ['stars', 'openIssues'] as const) {
    const v = optional<number>(k, 'number');
    if (v !== undefined) extras[k] = v;
  }
  for (const k of ['fork', 'archived'] as const) {
    const v = optional<boolean>(k, 'boolean');
    if (v !== undefined) extras[k] = v;
  }
  const score = optional<number>('activityScore', 'number');
  if (score !== undefined) {
    if (Number.isFinite(score) && score >= 0) extras.activityScore = Math.round(score);
    else drop('activityScore', 'must be a non-negative number');
  }
  if (e.onramp !== undefined) {
    const o = e.onramp as Record<string, unknown> | null;
    const count = (v: unknown) => (typeof v === 'number' && Number.isInteger(v) && v >= 0 ? v : undefined);
    const good = o && typeof o === 'object' ? count(o.goodFirstIssues) : undefined;
    const help = o && typeof o === 'object' ? count(o.helpWanted) : undefined;
    if (good !== undefined && help !== undefined) extras.onramp = { goodFirstIssues: good, helpWanted: help };
    else drop('onramp', 'must be { goodFirstIssues, helpWanted } with counts of 0 or more');
  }
  for (const k of ['usedBy', 'dropInFor', 'replaces', 'jvmPackages', 'pythonModules'] as const) {
    const v = strList(e[k], k);
    if (v) extras[k] = v;
  }
  const entry: CatalogEntry = {
    id: e.id as string,
    name: e.name as string,
    repo: str('repo', '')!,
    packages: refs('packages'),
    description: str('description', '')!,
    keywords: strList(e.keywords, 'keywords') ?? [],
    dependencies: refs('dependencies'),
    owners: strList(e.owners, 'owners') ?? [],
    lifecycle: oneOf('lifecycle', LIFECYCLES, 'unknown', 'unknown'),
    // An unrecognised kind must not make a service suggestible.
    kind: oneOf('kind', KINDS, 'library', 'other'),
    hasContributing,
    links,
    ...(innersource && Object.keys(innersource).length ? { innersource } : {}),
    sources: strList(e.sources, 'sources') ?? [],
    ...extras,
  };
  return { entry, problems };
}

/** "packages/http": relative, no "..", no backslash or control characters. */
function isRepoFolder(path: string): boolean {
  return path !== '' && !path.startsWith('/') && !path.split('/').includes('..') && ![...path].some((c) => c === '\\' || c.charCodeAt(0) < 0x20 || c.charCodeAt(0) === 0x7f);
}

/** Package refs of `field`; published ones (`published`) may carry a monorepo `path` and their own `dependencies`. */
function readRefs(v: unknown, field: string, published: boolean, drop: (field: string, why: string) => void): PackageRef[] {
  if (v === undefined) return [];
  if (!Array.isArray(v)) {
    drop(field, 'must be an array of {ecosystem, name}');
    return [];
  }
  return v.flatMap((p, i): PackageRef[] => {
    if (!isObj(p) || !ECOSYSTEMS.includes(p.ecosystem as never) || typeof p.name !== 'string' || !p.name) {
      drop(`${field}[${i}]`, `must be {ecosystem: ${ECOSYSTEMS.join('|')}, name}`);
      return [];
    }
    const ref: PackageRef = { ecosystem: p.ecosystem as PackageRef['ecosystem'], name: p.name };
    if (!isValidPackageName(ref.ecosystem, ref.name)) {
      drop(`${field}[${i}]`, `${JSON.stringify(ref.name)} is not a valid ${ref.ecosystem} package name`);
      return [];
    }
    if (published && p.path !== undefined) {
      // A folder inside the repository: relative, no "..", no control characters.
      if (typeof p.path === 'string' && isRepoFolder(p.path)) ref.path = p.path;
      else drop(`${field}[${i}].path`, 'must be a relative folder inside the repository');
    }
    if (published && p.dependencies !== undefined) ref.dependencies = readRefs(p.dependencies, `${field}[${i}].dependencies`, false, drop);
    return [ref];
  });
}

/** `orgUsage` as far as it is well-formed: counts non-negative integers, keys "<ecosystem>:<name>" or "path:<word>", repositories "owner/name" (so no key can reach a prototype). */
function readOrgUsage(v: unknown, name: string, warnings: string[]): OrgUsage | undefined {
  const count = (n: unknown): n is number => typeof n === 'number' && Number.isInteger(n) && n >= 0;
  const key = (k: string) => [...ECOSYSTEMS, 'path'].some((eco) => k.startsWith(`${eco}:`) && k.length > eco.length + 1);
  if (!isObj(v) || !count(v.repositories) || !isObj(v.dependents)) {
    warnings.push(`${name}: "orgUsage" must be {repositories, dependents}; ignored`);
    return undefined;
  }
  const dependents: Record<string, number> = {};
  let bad = 0;
  for (const [k, n] of Object.entries(v.dependents)) {
    if (key(k) && count(n)) dependents[k] = n;
    else bad++;
  }
  const out: OrgUsage = { repositories: v.repositories, dependents };
  if (isObj(v.byRepository)) {
    const byRepository: Record<string, string[]> = {};
    for (const [repo, keys] of Object.entries(v.byRepository)) {
      if (repo.includes('/') && Array.isArray(keys) && keys.every((k) => typeof k === 'string' && key(k))) byRepository[repo] = keys as string[];
      else bad++;
    }
    out.byRepository = byRepository;
  } else if (v.byRepository !== undefined) bad++;
  if (bad) warnings.push(`${name}: "orgUsage" has ${bad} malformed count(s) or record(s); those were dropped`);
  return out;
}

/** What is wrong with one entry (why it is rejected, else its first dropped part), or undefined when it reads cleanly. */
export function entryProblem(e: unknown): string | undefined {
  const r = readEntry(e);
  return r.rejected ?? r.problems[0];
}

function readRule(r: unknown): ReplacementRule | string {
  if (!isObj(r)) return 'not an object';
  for (const k of ['from', 'to'] as const) if (typeof r[k] !== 'string' || !r[k]) return `"${k}" must be a non-empty string`;
  if (typeof r.source !== 'string') return '"source" must be a string';
  if (r.ecosystem !== undefined && !ECOSYSTEMS.includes(r.ecosystem as never)) return `"ecosystem" must be one of ${ECOSYSTEMS.join(', ')}`;
  return {
    from: r.from as string, to: r.to as string, source: r.source,
    ...(r.ecosystem !== undefined ? { ecosystem: r.ecosystem as ReplacementRule['ecosystem'] } : {}),
    ...(typeof r.message === 'string' ? { message: r.message } : {}),
    ...(Array.isArray(r.importNames) && r.importNames.length && r.importNames.every((n) => typeof n === 'string')
      ? { importNames: r.importNames as string[] } : {}),
  };
}

const ADVICE_KINDS: readonly ReplacementAdvice['kind'][] = ['native', 'micro-utility', 'removal', 'documented'];

function readAdvice(a: unknown): ReplacementAdvice | undefined {
  if (!isObj(a) || typeof a.from !== 'string' || !a.from || typeof a.text !== 'string' || typeof a.source !== 'string'
    || !ADVICE_KINDS.includes(a.kind as never)) return undefined;
  return {
    from: a.from, kind: a.kind as ReplacementAdvice['kind'], text: a.text, source: a.source,
    ...(ECOSYSTEMS.includes(a.ecosystem as never) ? { ecosystem: a.ecosystem as ReplacementAdvice['ecosystem'] } : {}),
    ...(typeof a.url === 'string' && /^https:\/\//.test(a.url) ? { url: a.url } : {}),
  };
}

/**
 * Checks a parsed value against the Catalog model. A wrong schema version or shape throws one sentence naming
 * `name`; entries without a usable id or name and malformed rules are skipped, and malformed optional parts of an
 * entry dropped, each with a warning naming the entry and the field.
 *
 * @example validateCatalog({ schemaVersion: 2, entries: [] }, 'cache.json')
 *   // throws "cache.json: catalog schema version 2 is not supported (this version reads 1)"
 */
export function validateCatalog(value: unknown, name: string): { catalog: Catalog; warnings: string[] } {
  if (!isObj(value)) throw new Error(`${name}: a catalog must be a JSON object`);
  if (value.schemaVersion !== CATALOG_SCHEMA_VERSION) {
    throw new Error(`${name}: catalog schema version ${JSON.stringify(value.schemaVersion)} is not supported (this version reads ${CATALOG_SCHEMA_VERSION})`);
  }
  if (!Array.isArray(value.entries)) throw new Error(`${name}: "entries" must be an array`);
  const warnings: string[] = [];
  const entries: CatalogEntry[] = [];
  value.entries.forEach((e, i) => {
    const label = `${name}: entry ${i}${isObj(e) && typeof e.id === 'string' && e.id ? ` (${e.id})` : ''}`;
    const r = readEntry(e);
    if (!r.entry) warnings.push(`${label} skipped: ${r.rejected}`);
    else entries.push(r.entry);
    for (const p of r.problems) warnings.push(`${label}: ${p}`);
  });
  const replacements: ReplacementRule[] = [];
  if (Array.isArray(value.replacements)) {
    value.replacements.forEach((r, i) => {
      const rule = readRule(r);
      if (typeof rule === 'string') warnings.push(`${name}: replacement rule ${i} skipped: ${rule}`);
      else replacements.push(rule);
    });
  } else if (value.replacements !== undefined) {
    warnings.push(`${name}: "replacements" must be an array of {from, to, source}; ignored`);
  }
  const advice = Array.isArray(value.advice) ? value.advice.map(readAdvice).filter((a): a is ReplacementAdvice => !!a) : [];
  if (Array.isArray(value.advice) && advice.length < value.advice.length) {
    warnings.push(`${name}: ${value.advice.length - advice.length} malformed "advice" items skipped`);
  }
  const catalog: Catalog = {
    schemaVersion: CATALOG_SCHEMA_VERSION,
    generatedAt: typeof value.generatedAt === 'string' ? value.generatedAt : new Date(0).toISOString(),
    entries,
    replacements,
    ...(advice.length ? { advice } : {}),
    ...(Array.isArray(value.sync) ? { sync: value.sync as Catalog['sync'] } : {}),
    ...(typeof value.origin === 'string' ? { origin: value.origin } : {}),
  };
  const orgUsage = value.orgUsage === undefined ? undefined : readOrgUsage(value.orgUsage, name, warnings);
  if (orgUsage) catalog.orgUsage = orgUsage;
  return { catalog, warnings };
}
