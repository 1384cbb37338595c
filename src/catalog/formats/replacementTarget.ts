import type { Ecosystem } from '../model';

// Words that follow "use" without naming anything: "use the new client", "use native fetch".
const NOT_TARGETS = new Set(['the', 'a', 'an', 'our', 'internal', 'this', 'that', 'native', 'built-in', 'builtin', 'instead', 'it', 'them', 'one']);
const VERB = /\b(?:use|using|replaced by|superseded by|migrate to|moved to|switch to|prefer|in favou?r of)\s+(?:the\s+)?([@A-Za-z0-9][\w@./:-]*[\w])/gi;
// An unquoted word after a verb names a package only when nothing else follows it: "please use dayjs",
// "use acme-http instead." — not "use typed hooks", "use OverlayTrigger from …", "use the v2 module".
const AFTER_VERB_TARGET = /^\s*(?:$|[.,;:!)]|instead\b|or\b)/i;
const QUOTED = /[`'"“‘]([^`'"”’\s]+)[`'"”’]/g;
const SCOPED = /@[a-z0-9][\w.-]*\/[\w.-]*\w/gi;

const GO_PATH = /^[a-z0-9-]+(?:\.[a-z0-9-]+)+(?:\/[\w.~-]+)+$/i;
const MAVEN = /^[\w.-]+:[\w.-]+$/;
const PLAIN = /^[a-z0-9][a-z0-9._-]*$/;
const NUGET = /^[A-Za-z0-9][\w.-]*$/;

function npmPackage(name: string): string {
  const parts = name.split('/');
  return name.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

/** A candidate token as a package name of `ecosystem` (any ecosystem when undefined), or undefined. */
function asPackage(token: string, ecosystem: Ecosystem | undefined): string | undefined {
  const t = token.replace(/[.,;:]+$/, '');
  if (!t || t.startsWith('/') || t.startsWith('.') || /[<>*{}]/.test(t)) return undefined;
  if (t.startsWith('@')) return (!ecosystem || ecosystem === 'npm') && /^@[a-z0-9][\w.-]*\/[a-z0-9][\w.-]*/.test(t) ? npmPackage(t) : undefined;
  if (GO_PATH.test(t)) return !ecosystem || ecosystem === 'go' ? t : undefined;
  if (MAVEN.test(t)) return !ecosystem || ecosystem === 'maven' ? t : undefined;
  if (t.includes('/')) return undefined;
  if (NOT_TARGETS.has(t.toLowerCase()) || t.length < 2) return undefined;
  if (ecosystem === 'go' || ecosystem === 'maven') return undefined;
  if (ecosystem === 'nuget') return NUGET.test(t) ? t : undefined;
  return PLAIN.test(t) ? t : undefined;
}

function samePackage(a: string, b: string | undefined): boolean {
  if (!b) return false;
  const norm = (s: string): string => s.toLowerCase().replace(/[-_.]+/g, '-');
  return norm(a) === norm(b) || norm(a) === norm(npmPackage(b));
}

/**
 * The package a deprecation notice or restriction message points to, in any ecosystem: a quoted package or module
 * path, a scoped npm package anywhere, or a lone word after "use"/"replaced by"/… . Never `from` itself, never a
 * path ("/components/x"), a component name ("OverlayTrigger") or a filler word. `ecosystem` narrows what counts.
 *
 * @example replacementTarget('Use the "google.golang.org/protobuf" module instead.', { ecosystem: 'go' }) // -> 'google.golang.org/protobuf'
 * @example replacementTarget('@acme/old is deprecated, use @acme/new', { from: '@acme/old' }) // -> '@acme/new'
 * @example replacementTarget("Use OverlayTrigger from '/components/overlay_trigger' instead.") // -> undefined
 */
export function replacementTarget(message: string, options: { ecosystem?: Ecosystem; from?: string } = {}): string | undefined {
  const candidates: { at: number; name: string }[] = [];
  const add = (at: number, token: string): void => {
    const name = asPackage(token, options.ecosystem);
    if (name && !samePackage(name, options.from)) candidates.push({ at, name });
  };
  for (const m of message.matchAll(QUOTED)) add(m.index, m[1]);
  for (const m of message.matchAll(SCOPED)) add(m.index, m[0]);
  for (const m of message.matchAll(VERB)) {
    const token = m[1];
    const rest = message.slice(m.index + m[0].length);
    if (token.startsWith('@') || GO_PATH.test(token) || AFTER_VERB_TARGET.test(rest)) add(m.index + m[0].length - token.length, token);
  }
  candidates.sort((a, b) => a.at - b.at);
  return candidates[0]?.name;
}
