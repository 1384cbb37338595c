import { splitWords } from './splitWords';
// Path parts that say where a file lives, not what it does: dropped from directory names.
const GENERIC_DIRS: ReadonlySet<string> = new Set(['src', 'lib', 'libs', 'app', 'apps', 'pkg', 'packages', 'internal',
  'cmd', 'main', 'java', 'kotlin', 'python', 'go', 'rust', 'csharp', 'source', 'sources', 'code', 'test', 'tests', 'spec',
  'specs', '__tests__', 'testing', 'utils', 'util', 'helpers', 'helper', 'common', 'shared', 'core', 'misc', 'components',
  'modules', 'module', 'com', 'org', 'net', 'io', 'dist', 'build', 'out', 'scripts']);
// Words that say nothing about purpose anywhere in a path (file name included).
const GENERIC_WORDS: ReadonlySet<string> = new Set(['index', 'mod', 'init', '__init__', 'main', 'test', 'tests', 'spec',
  'impl', 'the', 'a', 'an', 'of', 'd']);

/**
 * Turns a new file's path into matching tokens: the file name (without extensions) split on camelCase, PascalCase,
 * snake_case, kebab-case, dots and digits, lower-cased, plus the words of its directories that are not generic
 * source-layout names. Generic words (index, main, test, spec, mod…) are dropped; duplicates keep their first place.
 * "src/utils/retryWithBackoff.ts" → ["retry", "with", "backoff"];
 * "packages/http-client/src/RateLimiter.test.ts" → ["rate", "limiter", "http", "client"].
 */
export function newFileTokens(path: string): string[] {
  const parts = path.split(/[\\/]+/).filter((p) => p && p !== '.' && p !== '..' && !/^[a-zA-Z]:$/.test(p));
  const file = parts.pop() ?? '';
  const stem = file.replace(/^\.+/, '').split('.')[0];
  const tokens: string[] = [];
  const push = (word: string) => {
    if (!GENERIC_WORDS.has(word) && !tokens.includes(word)) tokens.push(word);
  };
  for (const word of words(stem)) push(word);
  for (const dir of parts.reverse()) {
    if (GENERIC_DIRS.has(dir.toLowerCase()) || dir.startsWith('.')) continue;
    for (const word of words(dir)) if (!GENERIC_DIRS.has(word)) push(word);
  }
  return tokens;
}

/** "parseHTTPResponse_v2" → ["parse", "http", "response", "v2"] (numbers alone dropped) */
function words(name: string): string[] {
  return splitWords(name).filter((w) => !/^\d+$/.test(w));
}
