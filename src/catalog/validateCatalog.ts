import { CATALOG_SCHEMA_VERSION, ECOSYSTEMS, type Catalog, type CatalogEntry, type ReplacementRule } from './model';

const LIFECYCLES = ['experimental', 'production', 'deprecated', 'archived', 'unknown'];
const KINDS = ['library', 'service', 'application', 'documentation', 'template', 'other'];

function isObj(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
const isStrArr = (v: unknown): boolean => Array.isArray(v) && v.every((x) => typeof x === 'string');
const isRefArr = (v: unknown): boolean => Array.isArray(v)
  && v.every((p) => isObj(p) && ECOSYSTEMS.includes(p.ecosystem as never) && typeof p.name === 'string' && p.name !== '');

/** What is wrong with one entry, or undefined when it matches CatalogEntry. */
export function entryProblem(e: unknown): string | undefined {
  if (!isObj(e)) return 'not an object';
  for (const k of ['id', 'name', 'repo', 'description'] as const) if (typeof e[k] !== 'string') return `"${k}" must be a string`;
  if (!e.id) return '"id" is empty';
  if (!isRefArr(e.packages)) return '"packages" must be [{ecosystem, name}]';
  if (!isRefArr(e.dependencies)) return '"dependencies" must be [{ecosystem, name}]';
  for (const k of ['keywords', 'owners', 'sources'] as const) if (!isStrArr(e[k])) return `"${k}" must be an array of strings`;
  for (const k of ['usedBy', 'dropInFor', 'replaces'] as const) if (e[k] !== undefined && !isStrArr(e[k])) return `"${k}" must be an array of strings`;
  if (!LIFECYCLES.includes(e.lifecycle as string)) return `"lifecycle" must be one of ${LIFECYCLES.join(', ')}`;
  if (!KINDS.includes(e.kind as string)) return `"kind" must be one of ${KINDS.join(', ')}`;
  if (typeof e.hasContributing !== 'boolean') return '"hasContributing" must be a boolean';
  if (!isObj(e.links)) return '"links" must be an object';
  for (const k of ['stars', 'openIssues'] as const) if (e[k] !== undefined && typeof e[k] !== 'number') return `"${k}" must be a number`;
  return undefined;
}

function ruleOk(r: unknown): r is ReplacementRule {
  return isObj(r) && typeof r.from === 'string' && typeof r.to === 'string' && typeof r.source === 'string';
}

/**
 * Checks a parsed value against the Catalog model. A wrong schema version or shape throws one sentence naming
 * `name`; individual bad entries are dropped with a warning.
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
    const problem = entryProblem(e);
    if (problem) warnings.push(`${name}: entry ${i}${isObj(e) && typeof e.id === 'string' ? ` (${e.id})` : ''} skipped: ${problem}`);
    else entries.push(e as unknown as CatalogEntry);
  });
  const replacements = Array.isArray(value.replacements) ? value.replacements.filter(ruleOk) : [];
  const catalog: Catalog = {
    schemaVersion: CATALOG_SCHEMA_VERSION,
    generatedAt: typeof value.generatedAt === 'string' ? value.generatedAt : new Date(0).toISOString(),
    entries,
    replacements,
    ...(Array.isArray(value.sync) ? { sync: value.sync as Catalog['sync'] } : {}),
    ...(typeof value.origin === 'string' ? { origin: value.origin } : {}),
  };
  return { catalog, warnings };
}
