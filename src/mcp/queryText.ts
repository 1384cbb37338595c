import type { Ecosystem } from '../catalog/model';
import { GENERIC_TOKENS, normalizeTokens } from '../matching/normalize';

/** Words naming a language or runtime: they choose the ecosystem of the answer rather than what it does. */
const LANGUAGE_WORDS: ReadonlyMap<string, Ecosystem> = new Map([
  ['python', 'pypi'], ['python3', 'pypi'],
  ['node', 'npm'], ['nodejs', 'npm'], ['javascript', 'npm'], ['typescript', 'npm'],
  ['golang', 'go'],
  ['java', 'maven'], ['kotlin', 'maven'], ['jvm', 'maven'], ['scala', 'maven'],
  ['rust', 'cargo'],
  ['dotnet', 'nuget'], ['csharp', 'nuget'],
]);

/**
 * Words of a request that say nothing about what is needed ("I need something to handle calls from our app"). Query
 * side only: catalog text is indexed as written.
 */
const REQUEST_FILLER: ReadonlySet<string> = new Set([
  'need', 'needs', 'want', 'wants', 'way', 'ways', 'something', 'how', 'can', 'could', 'should', 'would', 'will',
  'let', 'lets', 'help', 'handle', 'handling', 'write', 'writing', 'build', 'building', 'create', 'creating', 'add',
  'adding', 'implement', 'implementing', 'call', 'calls', 'calling', 'work', 'working', 'we', 'us', 'me', 'i', 'you',
  'they', 'them', 'their', 'some', 'each', 'every', 'per', 'between', 'two', 'one', 'few', 'many', 'lot', 'lots',
  'etc', 'project', 'projects', 'repo', 'repository', 'codebase', 'function', 'functions', 'method', 'methods',
  'class', 'classes', 'script', 'scripts', 'easy', 'easily', 'quick', 'quickly', 'good', 'best', 'proper', 'properly',
  'alternative', 'replace', 'replacement', 'instead', 'similar', 'like', 'there', 'what', 'which', 'where', 'when',
  'are', 'was', 'have', 'has', 'some', 'just', 'also', 'only', 'then', 'than', 'so', 'not', 'no', 'yes', 'please',
  'find', 'looking', 'look', 'existing', 'already', 'library', 'libraries', 'package', 'packages', 'lib', 'sdk',
  'service', 'services', 'application', 'applications', 'app', 'apps', 'microservice', 'microservices', 'program',
]);

/** A query word and how much it says (generic role words say less). */
interface QueryWord {
  token: string;
  weight: number;
}

export interface ParsedQuery {
  words: QueryWord[];
  /** Adjacent words written as one in catalogs ("time zone" → "timezone"), tried besides the words themselves. */
  joined: { token: string; parts: [string, string] }[];
  /** The ecosystem a language word in the query names ("… for Python" → "pypi"). */
  ecosystem?: Ecosystem;
}

const GENERIC_WEIGHT = 0.5;

/**
 * Search tokens of catalog or query text: the matching normaliser (aliases, plurals, stopwords) plus a light suffix
 * stemmer, so "consume" meets "consumer" and "rollouts" meets "rollout".
 * @example searchTokens("Consumes Kafka messages") // -> ["consum", "kafka", "message"]
 */
export function searchTokens(text: string | readonly string[], cache?: Map<string, string>): string[] {
  return [...new Set(normalizeTokens(text, cache).map(stem))];
}

/**
 * A natural-language need as weighted search words, its language words taken out as an ecosystem.
 * @example parseQuery("structured logging for Python") // -> { words: [{ token: "structur", weight: 1 }, { token: "log", weight: 1 }], joined: [...], ecosystem: "pypi" }
 */
export function parseQuery(query: string): ParsedQuery {
  const raw = query.toLowerCase().replace(/c#/g, 'csharp').replace(/\.net\b/g, 'dotnet').replace(/node\.js/g, 'nodejs');
  const rawWords = raw.split(/[^a-z0-9#]+/).filter(Boolean);
  let ecosystem: Ecosystem | undefined;
  const kept: string[] = [];
  rawWords.forEach((word, i) => {
    const eco = LANGUAGE_WORDS.get(word) ?? (word === 'go' && isGoTheLanguage(rawWords, i) ? 'go' : undefined);
    if (eco) ecosystem ??= eco;
    else if (!REQUEST_FILLER.has(word)) kept.push(word);
  });
  const words: QueryWord[] = searchTokens(kept).map((token) => ({ token, weight: GENERIC_TOKENS.has(token) ? GENERIC_WEIGHT : 1 }));
  const joined: ParsedQuery['joined'] = [];
  for (let i = 0; i + 1 < kept.length; i++) {
    const [a] = searchTokens(kept[i]);
    const [b] = searchTokens(kept[i + 1]);
    const [whole] = searchTokens(kept[i] + kept[i + 1]);
    if (a && b && whole) joined.push({ token: whole, parts: [a, b] });
  }
  return { words, joined, ecosystem };
}

/** "go" is a stopword in English; it names the language after "in/for/with/using" or before "service/module/code". */
function isGoTheLanguage(words: readonly string[], i: number): boolean {
  return ['in', 'for', 'with', 'using', 'from'].includes(words[i - 1] ?? '') || ['service', 'services', 'module', 'modules', 'code', 'http', 'program'].includes(words[i + 1] ?? '');
}

/** Light suffix stemming on an already normalised token; short words and numbers stay as they are. */
function stem(token: string): string {
  if (token.length <= 4 || /\d/.test(token)) return token;
  for (const suffix of ['ations', 'ation', 'ings', 'ing', 'ers', 'er', 'ed', 'es', 'e']) {
    if (token.endsWith(suffix) && token.length - suffix.length >= 4) return token.slice(0, -suffix.length);
  }
  return token;
}
