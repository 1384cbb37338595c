import { CH_CR, CH_LF, isDigit, isIdentPart, isIdentStart, isSpace, skipBlockComment, skipLineComment } from './lexer';

export const enum Tok {
  EOF,
  Ident,
  /** A quoted string; `start`/`end` bound its content (without quotes). */
  String,
  /** A template literal without substitutions; `start`/`end` bound its content. */
  Template,
  /** Numbers, regex literals, template heads/middles/tails: values that never start an import. */
  Value,
  Punct,
}

// Identifiers after which a `/` starts a regular expression rather than a division.
const REGEX_KEYWORDS = new Set(['return', 'typeof', 'case', 'do', 'else', 'in', 'of', 'new', 'delete', 'void', 'throw',
  'instanceof', 'yield', 'await']);

const SPREAD = 0x2026;
const BRACE_CODE = 0;
const BRACE_TEMPLATE = 1;

/**
 * A forward-only JavaScript/TypeScript token stream that understands comments, strings, template literals (with
 * nested `${}`), and regex literals (by the usual previous-token rule). Only what import detection needs is reported:
 * identifiers, string contents, and single punctuation characters. `afterDot` tells whether the token follows a `.`.
 */
export class JsTokenizer {
  tok: Tok = Tok.EOF;
  start = 0;
  end = 0;
  /** The char code of a Punct token. */
  punct = 0;
  afterDot = false;
  private pos: number;
  private regexAllowed = true;
  private readonly braces: number[] = [];

  constructor(private readonly text: string, from: number, private readonly limit: number) {
    this.pos = from;
    if (text.startsWith('#!', from)) this.pos = skipLineComment(text, from, limit);
  }

  /** True when the current identifier token is exactly `word`. */
  is(word: string): boolean {
    return this.tok === Tok.Ident && this.end - this.start === word.length && this.text.startsWith(word, this.start);
  }

  isPunct(c: number): boolean {
    return this.tok === Tok.Punct && this.punct === c;
  }

  next(): Tok {
    this.afterDot = this.tok === Tok.Punct && this.punct === 46;
    const { text, limit } = this;
    let i = this.pos;
    for (;;) {
      if (i >= limit) {
        this.pos = limit;
        return (this.tok = Tok.EOF);
      }
      const c = text.charCodeAt(i);
      if (isSpace(c)) {
        i++;
        continue;
      }
      if (c === 47) {
        const d = text.charCodeAt(i + 1);
        if (d === 47) {
          i = skipLineComment(text, i, limit);
          continue;
        }
        if (d === 42) {
          i = skipBlockComment(text, i, limit, false);
          continue;
        }
        if (this.regexAllowed) return this.value(this.skipRegex(i));
        return this.punctAt(i, c);
      }
      if (isIdentStart(c, true) || c === 92) {
        let j = i + 1;
        while (j < limit && (isIdentPart(text.charCodeAt(j), true) || text.charCodeAt(j) === 92)) j++;
        this.start = i;
        this.end = this.pos = j;
        this.regexAllowed = REGEX_KEYWORDS.has(text.slice(i, j));
        return (this.tok = Tok.Ident);
      }
      if (isDigit(c) || (c === 46 && isDigit(text.charCodeAt(i + 1)))) {
        let j = i + 1;
        while (j < limit && (isIdentPart(text.charCodeAt(j)) || text.charCodeAt(j) === 46)) j++;
        return this.value(j);
      }
      if (c === 39 || c === 34) return this.quoted(i, c);
      // A spread `...require("x")` is not a member access: report it as one token that is not a dot.
      if (c === 46 && text.charCodeAt(i + 1) === 46 && text.charCodeAt(i + 2) === 46) {
        this.punctAt(i, SPREAD);
        this.end = this.pos = i + 3;
        return this.tok;
      }
      if (c === 96) return this.template(i + 1, true);
      if (c === 123) this.braces.push(BRACE_CODE);
      else if (c === 125 && this.braces.length > 0 && this.braces.pop() === BRACE_TEMPLATE) return this.template(i + 1, false);
      return this.punctAt(i, c);
    }
  }

  private punctAt(i: number, c: number): Tok {
    this.start = i;
    this.end = this.pos = i + 1;
    this.punct = c;
    this.regexAllowed = c !== 41 && c !== 93 && c !== 125;
    return (this.tok = Tok.Punct);
  }

  private value(end: number): Tok {
    this.pos = end;
    this.regexAllowed = false;
    return (this.tok = Tok.Value);
  }

  private quoted(i: number, quote: number): Tok {
    const { text, limit } = this;
    let j = i + 1;
    while (j < limit) {
      const c = text.charCodeAt(j);
      if (c === quote || c === CH_LF || c === CH_CR) break;
      j += c === 92 ? 2 : 1;
    }
    if (j > limit) j = limit;
    this.start = i + 1;
    this.end = j;
    this.pos = text.charCodeAt(j) === quote && j < limit ? j + 1 : j;
    this.regexAllowed = false;
    return (this.tok = Tok.String);
  }

  /** Scans template text from `i` up to the closing backtick (→ Template or Value) or a `${` (pushes, → Value). */
  private template(i: number, head: boolean): Tok {
    const { text, limit } = this;
    let j = i;
    while (j < limit) {
      const c = text.charCodeAt(j);
      if (c === 96) {
        this.start = i;
        this.end = j;
        this.pos = j + 1;
        this.regexAllowed = false;
        return (this.tok = head ? Tok.Template : Tok.Value);
      }
      if (c === 92) j += 2;
      else if (c === 36 && text.charCodeAt(j + 1) === 123) {
        this.braces.push(BRACE_TEMPLATE);
        this.pos = j + 2;
        this.regexAllowed = true;
        return (this.tok = Tok.Value);
      } else j++;
    }
    return this.value(limit);
  }

  /** `i` at the opening `/`: index past the regex literal and its flags; a line break ends a broken one. */
  private skipRegex(i: number): number {
    const { text, limit } = this;
    let j = i + 1;
    let inClass = false;
    while (j < limit) {
      const c = text.charCodeAt(j);
      if (c === CH_LF || c === CH_CR) return j;
      if (c === 92) j += 2;
      else {
        j++;
        if (c === 91) inClass = true;
        else if (c === 93) inClass = false;
        else if (c === 47 && !inClass) break;
      }
    }
    while (j < limit && isIdentPart(text.charCodeAt(j))) j++;
    return Math.min(j, limit);
  }
}
