import { replacementTarget } from '../formats/replacementTarget';
import type { Ecosystem, PackageRef } from '../model';
import { ManifestError } from './manifestInfo';

/** PEP 503 normalization: "Pydantic_Settings" -> "pydantic-settings". */
export function normalizePypiName(name: string): string {
  return name.trim().toLowerCase().replace(/[-_.]+/g, '-');
}

/** The distribution name of a PEP 508 requirement: "requests[socks]>=2.0; python_version>'3'" -> "requests". */
export function pep508Name(requirement: string): string | undefined {
  const m = /^\s*([A-Za-z0-9][A-Za-z0-9._-]*)/.exec(requirement);
  return m ? normalizePypiName(m[1]) : undefined;
}

/**
 * The library a deprecation or restriction message points to (see `replacementTarget`: quoted package or module
 * paths, scoped packages, a lone word after "use"; never `from` itself).
 * "Use @acme/http-client instead." -> "@acme/http-client"; "Deprecated: use acme-http" -> "acme-http";
 * "Please use the native fetch instead" -> undefined.
 */
export function replacementFromMessage(message: string, options?: { ecosystem?: Ecosystem; from?: string }): string | undefined {
  return replacementTarget(message, options);
}

export function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

export function str(v: unknown): string | undefined {
  return typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined;
}

export function strings(v: unknown): string[] {
  if (typeof v === 'string') return v.split(/[,;\n]/).map((s) => s.trim()).filter(Boolean);
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string' && x.trim() !== '').map((s) => s.trim()) : [];
}

export function uniqueRefs(refs: PackageRef[]): PackageRef[] {
  const seen = new Set<string>();
  return refs.filter((r) => {
    const key = `${r.ecosystem}:${r.name}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export function parseJsonObject(text: string, path: string): Record<string, unknown> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    throw new ManifestError(path, `invalid JSON (${(err as Error).message})`);
  }
  if (!isRecord(value)) throw new ManifestError(path, 'expected a JSON object at the top level');
  return value;
}

/** Optional reuse-radar extension block shared by package.json and innersource.json: {replaces, dropInFor, replacement}. */
export function reuseRadarExtras(v: unknown): { replaces?: string[]; dropInFor?: string[]; replacement?: string } {
  if (!isRecord(v)) return {};
  const replaces = strings(v.replaces);
  const dropInFor = strings(v.dropInFor);
  return {
    ...(replaces.length ? { replaces } : {}),
    ...(dropInFor.length ? { dropInFor } : {}),
    ...(str(v.replacement) ? { replacement: str(v.replacement) } : {}),
  };
}
