import type { Suggestion } from './types';

/** The name a suggestion is announced by: its first package ("@acme/http-client"), else the library name. */
export function suggestionLabel(suggestion: Suggestion): string {
  return suggestion.entry.packages[0]?.name ?? suggestion.entry.name;
}

/**
 * The one-line diagnostic message for a suggestion on an import (for an exact internal import, only its deprecation).
 * @example suggestionMessage({ match: "wrapper", reason: "wraps axios, which this file imports", entry: httpClient, ... })
 *   // -> "@acme/http-client (internal) wraps axios: consider it instead"
 * @example suggestionMessage({ match: "deprecated", reason: "@acme/legacy-http is deprecated: use @acme/http-client", ... })
 *   // -> "@acme/legacy-http is deprecated: use @acme/http-client"
 */
export function suggestionMessage(suggestion: Suggestion): string {
  if (suggestion.match === 'deprecated') return suggestion.reason;
  if (suggestion.match === 'exact') {
    const { entry } = suggestion;
    const state = entry.archived || entry.lifecycle === 'archived' ? 'archived' : entry.lifecycle === 'deprecated' ? 'deprecated' : 'internal';
    return state === 'internal' ? `${suggestionLabel(suggestion)} is an internal library` : `${suggestionLabel(suggestion)} is ${state}${entry.replacement ? `: use ${entry.replacement}` : ''}`;
  }
  const core = suggestion.reason.replace(/, which (?:this file imports|you import in \d+ files?)$/, '').trim();
  const similar = /^similar to (.+?): (.+)$/.exec(core);
  const phrase = similar ? `looks similar to ${similar[1]} (${similar[2]})` : core.replace(/^drop-in replacement/, 'is a drop-in replacement');
  const label = `${suggestionLabel(suggestion)} (internal)`;
  // Replacement rules carry their own advice ("replaces axios: Use @acme/http-client: …"): keep it whole.
  return phrase.includes(': ') && suggestion.match !== 'fuzzy' ? `${label} ${phrase}` : `${label} ${phrase}: consider it instead`;
}
