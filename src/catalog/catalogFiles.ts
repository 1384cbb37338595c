import { parse as parseJsonc, printParseErrorCode, type ParseError } from 'jsonc-parser';
import { parse as parseYaml } from 'yaml';
import { isRecord } from './manifests/manifestUtil';
import { CATALOG_SCHEMA_VERSION, type Catalog } from './model';
import { readBackstageApi, readBackstageYaml, type BackstageReadOptions, type BackstageReadResult } from './formats/backstageCatalog';
import { isEslintConfig, isJavaScriptEslintConfig, javaScriptConfigAdvice, readEslintRestrictions } from './formats/eslintRestrictions';
import { isInnerSourceRepos, readInnerSourceRepos } from './formats/innersourcePortal';
import { isModuleReplacements, readModuleReplacements } from './formats/moduleReplacements';
import { validPackages } from './packageName';
import { validateCatalog } from './validateCatalog';

export interface CatalogFileResult {
  catalog: Catalog;
  /** Backstage Location targets, as written (relative to the file or absolute). */
  locations: string[];
  /** Backstage Group refs that are GitHub teams (`github.com/team-slug`), for owners across a Location tree. */
  teams?: Record<string, string>;
  warnings: string[];
}

export interface CatalogFileOptions {
  /** Backstage component types that count as libraries (default: any type naming a library, SDK or package). */
  libraryTypes?: readonly string[];
}

const FORMATS = 'a Reuse Radar catalog JSON, an InnerSource portal repos.json, Backstage catalog-info.yaml or catalog API JSON, '
  + 'an ESLint config with no-restricted-imports, or a module-replacements map';

function catalogOf(partial: Partial<Catalog>, origin: string): Catalog {
  return { schemaVersion: CATALOG_SCHEMA_VERSION, generatedAt: new Date(0).toISOString(), entries: [], replacements: [], origin, ...partial };
}

function fromBackstage(r: BackstageReadResult, origin: string): CatalogFileResult {
  return { catalog: catalogOf({ entries: r.entries }, origin), locations: r.locations, teams: r.teams, warnings: r.warnings };
}

/** JSON, or JSON with comments and trailing commas (as ESLint and VS Code allow); undefined with the first error. */
function parseJsonText(text: string): { value?: unknown; error?: string } {
  try {
    return { value: JSON.parse(text) };
  } catch (err) {
    const errors: ParseError[] = [];
    const value: unknown = parseJsonc(text, errors, { allowTrailingComma: true, disallowComments: false });
    if (!errors.length) return { value };
    return { error: `${(err as Error).message}; as JSON with comments: ${printParseErrorCode(errors[0].error)} at offset ${errors[0].offset}` };
  }
}

/**
 * Reads a catalog file of any supported format, detected from its content (`nameHint` is only for messages and
 * source labels): own catalog JSON, InnerSource portal repos.json, Backstage YAML or catalog API JSON, an ESLint
 * config's no-restricted-imports, or a module-replacements map.
 *
 * @example parseCatalogFile('{"mappings":{"moment":{"replacements":["@acme/dates"]}}}', 'replacements.json').catalog.replacements
 *   // -> [{ from: 'moment', ecosystem: 'npm', to: '@acme/dates', source: 'file:replacements.json' }]
 */
export function parseCatalogFile(text: string, nameHint: string, options: CatalogFileOptions = {}): CatalogFileResult {
  if (isJavaScriptEslintConfig(nameHint)) throw new Error(javaScriptConfigAdvice(nameHint));
  const result = parseAnyFormat(text, nameHint, options);
  for (const e of result.catalog.entries) {
    e.packages = validPackages(e.packages, `${nameHint}: ${e.id}`, 'package', result.warnings);
    e.dependencies = validPackages(e.dependencies, `${nameHint}: ${e.id}`, 'dependency', result.warnings);
  }
  return result;
}

function parseAnyFormat(text: string, nameHint: string, options: CatalogFileOptions): CatalogFileResult {
  const isUrl = /^https?:\/\//.test(nameHint);
  const source = isUrl ? `url:${nameHint}` : `file:${nameHint}`;
  const backstage: BackstageReadOptions = { libraryTypes: options.libraryTypes, ...(isUrl ? { location: nameHint } : {}) };
  const trimmed = text.replace(/^\uFEFF/, '').trim();
  if (!trimmed) throw new Error(`${nameHint}: the catalog file is empty`);
  let json: unknown;
  let jsonError: string | undefined;
  if (trimmed.startsWith('{') || trimmed.startsWith('[') || trimmed.startsWith('//') || trimmed.startsWith('/*')) {
    ({ value: json, error: jsonError } = parseJsonText(trimmed));
  }
  if (json !== undefined) return fromJson(json, nameHint, source, backstage);
  if (/\.json$/i.test(nameHint)) throw new Error(`${nameHint}: invalid JSON (${jsonError ?? 'not an object or array'})`);
  let firstDoc: unknown;
  try {
    firstDoc = parseYaml(trimmed.split(/^---\s*$/m).find((d) => d.trim()) ?? '');
  } catch (err) {
    throw new Error(`${nameHint}: neither JSON nor YAML (${(err as Error).message.split('\n')[0]}); expected ${FORMATS}`, { cause: err });
  }
  if (isRecord(firstDoc) && typeof firstDoc.apiVersion === 'string' && typeof firstDoc.kind === 'string') {
    return fromBackstage(readBackstageYaml(trimmed, source, backstage), source);
  }
  if (isRecord(firstDoc) && isEslintConfig(firstDoc)) return fromJson(firstDoc, nameHint, source, backstage);
  throw new Error(`${nameHint}: unrecognised catalog file format; expected ${FORMATS}`);
}

function fromJson(json: unknown, nameHint: string, source: string, backstage: BackstageReadOptions): CatalogFileResult {
  if (isRecord(json) && 'schemaVersion' in json && 'entries' in json) {
    const { catalog, warnings } = validateCatalog(json, nameHint);
    for (const e of catalog.entries) if (!e.sources.includes(source)) e.sources = [...e.sources, source];
    return { catalog, locations: [], warnings };
  }
  if (Array.isArray(json) && isInnerSourceRepos(json)) {
    const { entries, warnings } = readInnerSourceRepos(json, source);
    return { catalog: catalogOf({ entries }, source), locations: [], warnings };
  }
  const items = Array.isArray(json) ? json : isRecord(json) && Array.isArray(json.items) ? json.items : undefined;
  if (items && items.length && items.every(isRecord) && items.some((e) => typeof e.kind === 'string' && isRecord(e.metadata))) {
    return fromBackstage(readBackstageApi(items, source, backstage), source);
  }
  if (isRecord(json) && Array.isArray(json.items) && json.items.length === 0) {
    return { catalog: catalogOf({}, source), locations: [], warnings: [`${nameHint}: the Backstage catalog answer has no entities`] };
  }
  if (isModuleReplacements(json)) {
    const { rules, advice, warnings } = readModuleReplacements(json, source);
    if (!rules.length && advice.length) {
      const kinds = [...new Set(advice.map((a) => a.kind))].join(', ');
      warnings.push(`${nameHint}: only advice towards ${kinds} (${advice.length} modules), no replacement library; `
        + 'the editor shows it when reuseRadar.replacements.native is on');
    }
    return { catalog: catalogOf({ replacements: rules, ...(advice.length ? { advice } : {}) }, source), locations: [], warnings };
  }
  if (isEslintConfig(json)) {
    const { rules, warnings } = readEslintRestrictions(json, source);
    return { catalog: catalogOf({ replacements: rules }, source), locations: [], warnings };
  }
  throw new Error(`${nameHint}: unrecognised catalog file format; expected ${FORMATS}`);
}
