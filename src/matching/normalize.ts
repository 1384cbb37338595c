/**
 * Token normalisation shared by the matching index and its queries: identifiers are split on camelCase,
 * snake_case, kebab-case, dots and slashes, lower-cased, common abbreviations folded to one spelling and
 * plurals reduced, so "HTTPSClientConfigs" and "http_client_cfg" meet on ["http", "client", "config"].
 */

import { splitWords } from '../imports/splitWords';

/** Different spellings of one concept, folded to the first (canonical) form. */
const ALIAS_GROUPS: readonly (readonly string[])[] = [
  ['config', 'cfg', 'conf', 'configs', 'configuration', 'configurations', 'settings', 'setting'],
  ['http', 'https'],
  ['auth', 'authn', 'authentication', 'authenticate', 'authenticator'],
  ['authz', 'authorization', 'authorize', 'authorizer'],
  ['kubernetes', 'k8s', 'kube'],
  ['db', 'database', 'databases'],
  ['postgres', 'pg', 'postgresql', 'psql'],
  ['mongo', 'mongodb'],
  ['log', 'logs', 'logging', 'logger', 'loggers'],
  ['env', 'environment', 'environments'],
  ['message', 'msg', 'msgs', 'messages', 'messaging'],
  ['error', 'err', 'errors'],
  ['request', 'req', 'requests'],
  ['i18n', 'internationalization', 'internationalisation', 'l10n', 'localization', 'localisation', 'translation', 'translations'],
  ['opentelemetry', 'otel'],
  ['oauth', 'oauth2'],
  ['websocket', 'ws', 'websockets'],
  ['image', 'img', 'images'],
  ['format', 'fmt', 'formatting', 'formatter'],
  ['metric', 'metrics', 'stats', 'statsd'],
  ['flag', 'flags', 'toggle', 'toggles'],
  ['cache', 'caching', 'cached'],
  ['retry', 'retries', 'retrying'],
  ['validate', 'validation', 'validator', 'validators'],
  ['template', 'templating', 'templates'],
  ['schedule', 'scheduler', 'scheduling', 'cron'],
  ['queue', 'queues', 'queuing', 'queueing', 'mq'],
  ['serialize', 'serializer', 'serialization', 'serde', 'marshal', 'marshalling'],
  ['crypto', 'cryptography', 'encryption', 'encrypt', 'decrypt'],
  ['pdf', 'pdfs'],
  ['email', 'mail', 'mailer', 'emails', 'smtp'],
  ['payment', 'payments', 'billing'],
  ['storage', 'blob', 'blobs', 's3'],
];

const ALIASES: ReadonlyMap<string, string> = new Map(
  ALIAS_GROUPS.flatMap((group) => group.map((word) => [word, group[0]] as const)),
);

/** Words that say nothing about what a library does (path scaffolding, filler, file-type names). */
const STOPWORDS: ReadonlySet<string> = new Set([
  'a', 'an', 'and', 'the', 'of', 'for', 'with', 'to', 'in', 'on', 'by', 'from', 'or', 'is', 'it', 'as', 'at', 'be',
  'this', 'that', 'your', 'our', 'my', 'new', 'get', 'set', 'use', 'using', 'via', 'into', 'all', 'any', 'other',
  'src', 'lib', 'libs', 'main', 'index', 'app', 'apps', 'test', 'tests', 'spec', 'specs', 'util', 'utils', 'utility',
  'utilities', 'helper', 'helpers', 'common', 'shared', 'internal', 'pkg', 'cmd', 'mod', 'init', 'module', 'modules',
  'com', 'org', 'net', 'js', 'ts', 'tsx', 'jsx', 'mjs', 'cjs', 'py', 'go', 'java', 'kt', 'cs', 'rs', 'd',
  'impl', 'misc', 'stuff', 'file', 'files', 'code', 'library', 'package', 'simple', 'small', 'tiny', 'based',
  'v1', 'v2', 'v3', 'api', 'do', 'does', 'make', 'thing', 'things', 'type', 'types', 'model', 'models',
]);

/**
 * Canonical tokens (after `normalizeWord`) that name a role every codebase has rather than what a library is for:
 * a new file called "OrdersClient" or "config" says little through them alone. (util, helper, api, model, types,
 * index… are stopwords and never reach matching at all.)
 */
export const GENERIC_TOKENS: ReadonlySet<string> = new Set([
  'client', 'config', 'service', 'manager', 'handler', 'provider', 'factory', 'controller', 'base', 'core', 'data',
  'server', 'setup', 'wrapper', 'tool', 'support', 'adapter', 'builder', 'interface', 'object', 'item', 'info',
  'default', 'component', 'entity', 'dto', 'constant', 'const', 'global',
]);

/**
 * Folds one lower-case word to its canonical form: alias first, then a light plural stemmer.
 * @example normalizeWord("https") // -> "http";  normalizeWord("clients") // -> "client";  normalizeWord("k8s") // -> "kubernetes"
 */
export function normalizeWord(word: string): string {
  const alias = ALIASES.get(word);
  if (alias) return alias;
  const stemmed = stemPlural(word);
  return ALIASES.get(stemmed) ?? stemmed;
}

function stemPlural(word: string): string {
  if (word.length <= 3 || /\d/.test(word)) return word;
  if (word.endsWith('ies') && word.length > 4) return `${word.slice(0, -3)}y`;
  if (word.endsWith('sses') || word.endsWith('xes')) return word.slice(0, -2);
  if (word.endsWith('s') && !/(ss|us|is|os)$/.test(word)) return word.slice(0, -1);
  return word;
}

/**
 * Text (or several texts) to de-duplicated canonical tokens, stopwords and one-letter words removed. `cache`
 * (word -> token), when given, is read and filled: index builds pass one to normalise each distinct word once.
 * @example normalizeTokens("retryWithBackoff.ts") // -> ["retry", "backoff"]
 * @example normalizeTokens(["@acme/http-client", "HTTPS cfg"]) // -> ["acme", "http", "client", "config"]
 */
export function normalizeTokens(text: string | readonly string[], cache?: Map<string, string>): string[] {
  const out = new Set<string>();
  for (const part of typeof text === 'string' ? [text] : text) {
    for (const word of splitWords(part)) {
      if (word.length < 2 || STOPWORDS.has(word)) continue;
      let token = cache?.get(word);
      if (token === undefined) {
        token = normalizeWord(word);
        cache?.set(word, token);
      }
      if (!STOPWORDS.has(token)) out.add(token);
    }
  }
  return [...out];
}

/**
 * Smoothed IDF in 0..1: 1 when one document (library) has the term, falling as more do.
 * @example idf(1, 100) // -> 1; idf(50, 100) // -> ~0.24
 */
export function idf(documentFrequency: number, total: number): number {
  const n = Math.max(total, documentFrequency, 1);
  return n <= 1 ? 1 : Math.log(1 + n / documentFrequency) / Math.log(1 + n);
}
