import { canonicalPackageName } from '../packageName';
import type { Ecosystem, ReplacementAdvice } from '../model';

/**
 * Looks up module-replacements advice by the imported package (compared as its ecosystem compares names; advice
 * without an ecosystem is npm's).
 *
 * @example adviceIndex([{ from: 'array-includes', kind: 'native', text: 'native Array.prototype.includes', source: 's' }])('npm', 'array-includes')[0].text
 *   // -> 'native Array.prototype.includes'
 */
export function adviceIndex(advice: readonly ReplacementAdvice[]): (ecosystem: Ecosystem, packageName: string) => ReplacementAdvice[] {
  const byKey = new Map<string, ReplacementAdvice[]>();
  for (const a of advice) {
    const eco = a.ecosystem ?? 'npm';
    const key = `${eco}:${canonicalPackageName(eco, a.from)}`;
    byKey.set(key, [...(byKey.get(key) ?? []), a]);
  }
  return (ecosystem, packageName) => byKey.get(`${ecosystem}:${canonicalPackageName(ecosystem, packageName)}`) ?? [];
}

const KIND_TEXT: Record<ReplacementAdvice['kind'], string> = {
  native: 'no library needed: use',
  'micro-utility': 'no library needed:',
  removal: 'no longer needed:',
  documented: 'lighter alternatives are documented:',
};

/**
 * The one-line hint for an import that module-replacements advises against (catalog text: shown as plain text).
 *
 * @example adviceMessage('array-includes', [{ from: 'array-includes', kind: 'native', text: 'native Array.prototype.includes', source: 'file:native.json' }])
 *   // -> '"array-includes": no library needed: use native Array.prototype.includes (module-replacements advice from native.json)'
 */
export function adviceMessage(packageName: string, advice: readonly ReplacementAdvice[]): string {
  const first = advice[0];
  const source = first.source.replace(/^(file|url):/, '').split(/[\\/]/).pop();
  const text = first.text.length > 160 ? `${first.text.slice(0, 157)}…` : first.text;
  const more = advice.length > 1 ? ` (+${advice.length - 1} more)` : '';
  return `"${packageName}": ${KIND_TEXT[first.kind]} ${text}${more} (module-replacements advice from ${source})`;
}
