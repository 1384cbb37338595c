import { PATH_WORD_PREFIX } from '../catalog/pathWords';
import type { OrgUsage } from '../catalog/model';
import { normalizeTokens } from './normalize';

/** A path word is routine for the org when at least this many of its repositories use it at their root… */
const ROUTINE_MIN_REPOSITORIES = 3;
/** …and at least this share of them. */
const ROUTINE_SHARE = 0.05;

/**
 * The words an organization routinely gives its own folders and files (from the root listings its crawl read,
 * `OrgUsage` "path:<word>" keys): every HashiCorp tool has its own `version/` package, so a new `version/version.go` is
 * no reason to suggest the go-version library, while `uuid.go` still suggests go-uuid. Learnt from the org, never
 * from a list of names; without crawl data (catalog files only) nothing is routine.
 * @example routinePathWords({ repositories: 20, dependents: { 'path:version': 6, 'path:uuid': 1 } }) // -> Set { "version" }
 */
export function routinePathWords(usage: OrgUsage | undefined, cache?: Map<string, string>): Set<string> {
  const out = new Set<string>();
  if (!usage || usage.repositories <= 0) return out;
  const min = Math.max(ROUTINE_MIN_REPOSITORIES, ROUTINE_SHARE * usage.repositories);
  for (const [key, count] of Object.entries(usage.dependents)) {
    if (!key.startsWith(PATH_WORD_PREFIX) || count < min) continue;
    for (const token of normalizeTokens(key.slice(PATH_WORD_PREFIX.length), cache)) out.add(token);
  }
  return out;
}
