import { isRecord, str } from '../manifests/manifestUtil';
import { ECOSYSTEMS, type Ecosystem, type ReplacementAdvice, type ReplacementRule } from '../model';
import { replacementTarget } from './replacementTarget';

export interface ModuleReplacementsResult {
  rules: ReplacementRule[];
  advice: ReplacementAdvice[];
  warnings: string[];
}

/** v3 (`{ mappings, replacements }`, npm module-replacements 3.x) or v2 (`{ moduleReplacements: [...] }`, 2.x). */
export function isModuleReplacements(value: unknown): value is Record<string, unknown> {
  return isRecord(value) && (isRecord(value.mappings) || (Array.isArray(value.moduleReplacements) && value.moduleReplacements.every(isRecord)));
}

/** A module-replacements `url` ({ type: mdn | node | e18e, id }) as module-replacements itself renders it. */
function urlOf(url: unknown): string | undefined {
  if (typeof url === 'string') return /^https:\/\//.test(url) ? url : undefined;
  if (!isRecord(url) || !str(url.id)) return undefined;
  const bases: Record<string, string> = { mdn: 'https://developer.mozilla.org/en-US/docs/', node: 'https://nodejs.org/', e18e: 'https://e18e.dev/docs/replacements/' };
  const base = bases[str(url.type) ?? ''];
  return base ? `${base}${str(url.id)}` : undefined;
}

const V2_DOCS = 'https://github.com/es-tooling/module-replacements/blob/main/docs/modules/';

function readV3(value: Record<string, unknown>, source: string, out: ModuleReplacementsResult): void {
  const known = isRecord(value.replacements) ? value.replacements : {};
  for (const [key, mapping] of Object.entries(value.mappings as Record<string, unknown>)) {
    if (!isRecord(mapping) || !Array.isArray(mapping.replacements)) {
      out.warnings.push(`${source}: mapping "${key}" has no "replacements" array; ignored`);
      continue;
    }
    const from = str(mapping.moduleName) ?? key;
    const eco = str(mapping.ecosystem) as Ecosystem | undefined;
    const ecosystem: Ecosystem = eco && ECOSYSTEMS.includes(eco) ? eco : 'npm';
    const mappingUrl = urlOf(mapping.url);
    for (const id of mapping.replacements) {
      if (typeof id !== 'string') continue;
      const r = known[id];
      if (r === undefined || (isRecord(r) && r.type === 'documented')) {
        // A bare id names a package; a documented replacement names its module.
        const named = r === undefined ? id : str((r as Record<string, unknown>).replacementModule);
        const to = named ? replacementTarget(`"${named}"`, { ecosystem, from }) : undefined;
        if (to) out.rules.push({ from, ecosystem, to, ...(isRecord(r) && str(r.description) ? { message: str(r.description) } : {}), source });
        continue;
      }
      if (!isRecord(r)) continue;
      const kind = r.type === 'native' ? 'native' : r.type === 'simple' ? 'micro-utility' : r.type === 'removal' ? 'removal' : undefined;
      if (!kind) continue;
      const text = kind === 'native' ? `native ${id}` : str(r.description) ?? (kind === 'removal' ? 'not needed any more' : id);
      const url = urlOf(r.url) ?? mappingUrl;
      out.advice.push({ from, ecosystem, kind, text, ...(url ? { url } : {}), source });
    }
  }
}

function readV2(value: Record<string, unknown>, source: string, out: ModuleReplacementsResult): void {
  for (const r of value.moduleReplacements as Record<string, unknown>[]) {
    const from = str(r.moduleName);
    if (!from) continue;
    const url = r.type === 'native' && str(r.mdnPath) ? `https://developer.mozilla.org/en-US/docs/Web/JavaScript/Reference/${str(r.mdnPath)}`
      : r.type === 'documented' && str(r.docPath) ? `${V2_DOCS}${str(r.docPath)}.md` : undefined;
    const advice = (kind: ReplacementAdvice['kind'], text: string): void => {
      out.advice.push({ from, ecosystem: 'npm', kind, text, ...(url ? { url } : {}), source });
    };
    if (r.type === 'native' && str(r.replacement)) advice('native', `native ${str(r.replacement)}${str(r.nodeVersion) ? ` (Node.js ${str(r.nodeVersion)})` : ''}`);
    else if (r.type === 'simple' && str(r.replacement)) advice('micro-utility', str(r.replacement)!);
    else if (r.type === 'none') advice('removal', 'not needed any more');
    else if (r.type === 'documented') advice('documented', 'documented alternatives');
  }
}

/**
 * A module-replacements manifest, v3 or v2. A replacement that names a package (v3 `documented` `replacementModule`, or
 * a bare id) becomes a rule; native APIs, micro-utility snippets, removals and v2's documented alternatives (which name
 * no package) become advice, shown in the editor only when `reuseRadar.replacements.native` is on.
 *
 * @example readModuleReplacements({ mappings: { axios: { moduleName: 'axios', replacements: ['@acme/http-client'] } } }, 'file:org.json').rules
 *   // -> [{ from: 'axios', ecosystem: 'npm', to: '@acme/http-client', source: 'file:org.json' }]
 * @example readModuleReplacements({ moduleReplacements: [{ type: 'native', moduleName: 'array-includes', replacement: 'Array.prototype.includes' }] }, 's').advice[0].text
 *   // -> 'native Array.prototype.includes'
 */
export function readModuleReplacements(value: Record<string, unknown>, source: string): ModuleReplacementsResult {
  const out: ModuleReplacementsResult = { rules: [], advice: [], warnings: [] };
  if (isRecord(value.mappings)) readV3(value, source, out);
  else readV2(value, source, out);
  return out;
}
