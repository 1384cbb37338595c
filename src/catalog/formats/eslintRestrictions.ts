import { isRecord, str, strings } from '../manifests/manifestUtil';
import type { ReplacementRule } from '../model';
import { replacementTarget } from './replacementTarget';

const RULE_NAMES = ['no-restricted-imports', '@typescript-eslint/no-restricted-imports'];

/** Every `rules` object in an ESLint config: eslintrc (+ overrides), a flat-config array, or `--print-config` output. */
function ruleObjects(config: unknown): Record<string, unknown>[] {
  if (Array.isArray(config)) return config.flatMap(ruleObjects);
  if (!isRecord(config)) return [];
  const own = isRecord(config.rules) ? [config.rules] : [];
  return [...own, ...(Array.isArray(config.overrides) ? config.overrides.flatMap(ruleObjects) : [])];
}

export function isEslintConfig(value: unknown): boolean {
  return ruleObjects(value).some((rules) => RULE_NAMES.some((r) => r in rules));
}

/** A file name ESLint would run as code (eslintrc.js/.cjs, eslint.config.*): never executed here. */
export function isJavaScriptEslintConfig(name: string): boolean {
  return /(^|[\\/])(\.eslintrc\.(c?js|mjs|ts)|eslint\.config\.(c?js|mjs|ts|cts|mts))$/i.test(name);
}

/** The one line shown for a JavaScript ESLint config: how to feed its resolved rules instead. */
export function javaScriptConfigAdvice(name: string): string {
  return `${name}: an ESLint JavaScript config is code and is never run; save the output of `
    + '`npx eslint --print-config <one of your source files>` as a .json file and list that file instead';
}

const isOff = (setting: unknown): boolean => setting === 'off' || setting === 0
  || (Array.isArray(setting) && (setting[0] === 'off' || setting[0] === 0));

/** The `paths` restrictions of one rule setting: strings and `{ name, message, importNames }` objects. */
function restrictedPaths(setting: unknown[]): { name: string; message?: string; importNames?: string[] }[] {
  const out: { name: string; message?: string; importNames?: string[] }[] = [];
  for (const option of setting.slice(1)) {
    const paths = isRecord(option) && (Array.isArray(option.paths) || Array.isArray(option.patterns)) ? (Array.isArray(option.paths) ? option.paths : []) : [option];
    for (const p of paths) {
      const name = typeof p === 'string' ? str(p) : isRecord(p) ? str(p.name) : undefined;
      if (!name) continue;
      const importNames = isRecord(p) ? strings(p.importNames) : [];
      out.push({ name, ...(isRecord(p) && str(p.message) ? { message: str(p.message) } : {}), ...(importNames.length ? { importNames } : {}) });
    }
  }
  return out;
}

/**
 * ESLint `no-restricted-imports` (and the typescript-eslint variant) `paths` entries, read as "use X instead of the
 * restricted module": eslintrc JSON/YAML (comments allowed), `overrides`, flat-config arrays and `eslint
 * --print-config` output. A rule is made only when the message names a package other than the restricted one
 * (never a path or a component name); `importNames` keep the rule to those named imports. Restrictions naming no
 * package are summed up in one warning per file; the same restriction repeated in overrides counts once.
 *
 * @example readEslintRestrictions({ rules: { 'no-restricted-imports': ['error', { paths: [{ name: 'redux', importNames: ['DeepPartial'], message: "Use DeepPartial from '@mattermost/types/utilities" }] }] } }, 'file:.eslintrc.json').rules
 *   // -> [{ from: 'redux', ecosystem: 'npm', to: '@mattermost/types', importNames: ['DeepPartial'], message: '…', source: 'file:.eslintrc.json' }]
 */
export function readEslintRestrictions(config: unknown, source: string): { rules: ReplacementRule[]; warnings: string[] } {
  const rules = new Map<string, ReplacementRule>();
  const unnamed = new Set<string>();
  for (const ruleSet of ruleObjects(config)) {
    for (const ruleName of RULE_NAMES) {
      const setting = ruleSet[ruleName];
      if (!Array.isArray(setting) || isOff(setting)) continue;
      for (const p of restrictedPaths(setting)) {
        const to = p.message ? replacementTarget(p.message, { ecosystem: 'npm', from: p.name }) : undefined;
        if (!to) {
          unnamed.add(p.name);
          continue;
        }
        const rule: ReplacementRule = {
          from: p.name, ecosystem: 'npm', to, ...(p.message ? { message: p.message } : {}), ...(p.importNames ? { importNames: p.importNames } : {}), source,
        };
        rules.set(`${rule.from}\u0000${rule.to}\u0000${(rule.importNames ?? []).join(',')}`, rule);
      }
    }
  }
  const warnings = unnamed.size
    ? [`${source}: ${unnamed.size === 1 ? '1 restriction names' : `${unnamed.size} restrictions name`} no replacement package (${[...unnamed].join(', ')}); ignored`]
    : [];
  return { rules: [...rules.values()], warnings };
}
