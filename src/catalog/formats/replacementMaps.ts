import { isRecord, replacementFromMessage, str } from '../manifests/manifestUtil';
import { ECOSYSTEMS, type Ecosystem, type ReplacementRule } from '../model';

const RULE_NAMES = ['no-restricted-imports', '@typescript-eslint/no-restricted-imports'];

/** Every `rules` object in an ESLint config: eslintrc (+ overrides) or a flat-config array. */
function ruleObjects(config: unknown): Record<string, unknown>[] {
  if (Array.isArray(config)) return config.flatMap(ruleObjects);
  if (!isRecord(config)) return [];
  const own = isRecord(config.rules) ? [config.rules] : [];
  return [...own, ...(Array.isArray(config.overrides) ? config.overrides.flatMap(ruleObjects) : [])];
}

export function isEslintConfig(value: unknown): boolean {
  return ruleObjects(value).some((rules) => RULE_NAMES.some((r) => r in rules));
}

/**
 * ESLint `no-restricted-imports` (and the typescript-eslint variant) `paths[].name` + `message` entries, read as
 * "use internal X instead of public Y". Entries whose message names no target are reported, not guessed.
 *
 * @example readEslintRestrictions({ rules: { 'no-restricted-imports': ['error', { paths: [{ name: 'axios', message: 'Use @acme/http-client.' }] }] } }, 'eslint:shared.json')
 *   // -> { rules: [{ from: 'axios', ecosystem: 'npm', to: '@acme/http-client', message: 'Use @acme/http-client.', source: 'eslint:shared.json' }], warnings: [] }
 */
export function readEslintRestrictions(config: unknown, source: string): { rules: ReplacementRule[]; warnings: string[] } {
  const rules: ReplacementRule[] = [];
  const warnings: string[] = [];
  for (const ruleSet of ruleObjects(config)) {
    for (const name of RULE_NAMES) {
      const setting = ruleSet[name];
      if (!Array.isArray(setting) || setting[0] === 'off' || setting[0] === 0) continue;
      for (const option of setting.slice(1)) {
        const paths = isRecord(option) && Array.isArray(option.paths) ? option.paths : [option];
        for (const p of paths) {
          const from = typeof p === 'string' ? p : isRecord(p) ? str(p.name) : undefined;
          if (!from) continue;
          const message = isRecord(p) ? str(p.message) : undefined;
          const to = message ? replacementFromMessage(message) : undefined;
          if (!to) {
            warnings.push(`${source}: restriction of "${from}" names no replacement${message ? ` ("${message}")` : ''}; ignored`);
            continue;
          }
          rules.push({ from, ecosystem: 'npm', to, ...(message ? { message } : {}), source });
        }
      }
    }
  }
  return { rules, warnings };
}

export function isModuleReplacements(value: unknown): value is { mappings: Record<string, unknown> } {
  return isRecord(value) && isRecord(value.mappings);
}

/**
 * A map in the module-replacements (v3) manifest shape: `mappings[publicPkg].replacements` lists replacement ids,
 * resolved through `replacements[id]`; only `documented` replacements (`replacementModule`) and bare ids absent from
 * `replacements` name a package. Native/removal/simple advice is not an internal library and is skipped.
 *
 * @example readModuleReplacements({ mappings: { axios: { type: 'module', moduleName: 'axios', replacements: ['@acme/http-client'] } } }, 'module-replacements:org.json')
 *   // -> { rules: [{ from: 'axios', ecosystem: 'npm', to: '@acme/http-client', source: 'module-replacements:org.json' }], warnings: [] }
 */
export function readModuleReplacements(value: { mappings: Record<string, unknown>; replacements?: unknown }, source: string): { rules: ReplacementRule[]; warnings: string[] } {
  const rules: ReplacementRule[] = [];
  const warnings: string[] = [];
  const known = isRecord(value.replacements) ? value.replacements : {};
  for (const [key, mapping] of Object.entries(value.mappings)) {
    if (!isRecord(mapping) || !Array.isArray(mapping.replacements)) {
      warnings.push(`${source}: mapping "${key}" has no "replacements" array; ignored`);
      continue;
    }
    const from = str(mapping.moduleName) ?? key;
    const eco = str(mapping.ecosystem) as Ecosystem | undefined;
    const ecosystem: Ecosystem = eco && ECOSYSTEMS.includes(eco) ? eco : 'npm';
    for (const id of mapping.replacements) {
      if (typeof id !== 'string') continue;
      const r = known[id];
      const to = r === undefined ? id : isRecord(r) && r.type === 'documented' ? str(r.replacementModule) : undefined;
      if (!to) continue;
      const message = isRecord(r) ? str(r.description) : undefined;
      rules.push({ from, ecosystem, to, ...(message ? { message } : {}), source });
    }
  }
  return { rules, warnings };
}
