import { JsTokenizer, Tok } from './jsTokenizer';
import { RefSink } from './lexer';

const OPEN_PAREN = 40;
const CLOSE_BRACE = 125;
const OPEN_BRACE = 123;
const OPEN_BRACKET = 91;
const CLOSE_BRACKET = 93;
const COMMA = 44;
const STAR = 42;
const EQUALS = 61;
const CLOSE_PAREN = 41;
// The tokenizer reports `...` as this one punctuation code.
const SPREAD = 0x2026;

/**
 * Finds the imports of JavaScript/TypeScript code in text[from, to): static `import` (incl. `import type`),
 * `export … from`, `import x = require()`, `require()` and `import()` with a literal anywhere, and AMD `define([...])`,
 * each static import and `export … from` with the names it takes (see ImportRef.names), as is `const { a } = require()`.
 * Example: `import a from "x"; const b = require('y')` → "x" (form "import", names ["default"]), "y" (form "require").
 */
export function scanJavaScript(text: string, sink: RefSink, from = 0, to = text.length): void {
  const t = new JsTokenizer(text, from, to);
  t.next();
  while (t.tok !== Tok.EOF) {
    if (t.tok === Tok.Ident && !t.afterDot) {
      if (t.is('import')) {
        importClause(t, sink, 'import');
        continue;
      }
      if (t.is('export')) {
        exportClause(t, sink);
        continue;
      }
      if (t.is('require')) {
        requireCall(t, sink, 'require');
        continue;
      }
      if (t.is('const') || t.is('let') || t.is('var')) {
        destructuredRequire(t, sink);
        continue;
      }
      if (t.is('define')) {
        defineCall(t, sink);
        continue;
      }
    }
    t.next();
  }
}

function record(t: JsTokenizer, sink: RefSink, form: string, names?: string[]): void {
  const raw = sink.text.slice(t.start, t.end);
  sink.add(t.start, t.end, form, raw.includes('\\') ? unescape(raw) : raw, names);
}

/** The current identifier's or string's text (a string's escapes cooked). */
function tokenText(t: JsTokenizer, sink: RefSink): string {
  const raw = sink.text.slice(t.start, t.end);
  return t.tok === Tok.String && raw.includes('\\') ? unescape(raw) : raw;
}

/** At `require`: `require("x")`. Leaves the tokenizer on the first token it did not use. */
function requireCall(t: JsTokenizer, sink: RefSink, form: string, names?: string[]): void {
  if (t.next() !== Tok.Punct || t.punct !== OPEN_PAREN) return;
  if (t.next() === Tok.String || t.tok === Tok.Template) {
    record(t, sink, form, names);
    t.next();
  }
}

/** At `import`: dynamic `import("x")`, side-effect `import "x"`, or a clause up to `from "x"` / `= require("x")`. */
function importClause(t: JsTokenizer, sink: RefSink, form: string): void {
  t.next();
  if (t.isPunct(OPEN_PAREN)) {
    if (t.next() === Tok.String || t.tok === Tok.Template) {
      record(t, sink, 'dynamic');
      t.next();
    }
    return;
  }
  if (t.tok === Tok.String) {
    record(t, sink, form, []);
    t.next();
    return;
  }
  let first = true;
  let typeOnly = false;
  let idents = 0;
  // After `*`, `as ns` names a local binding, not an import.
  let star = false;
  const names: string[] = [];
  for (;;) {
    if (t.tok === Tok.Ident) {
      if (t.is('from')) {
        if (idents === 1 && typeOnly && names.length === 0) { // `import type from "x"`: a default import named "type"
          typeOnly = false;
          if (names.length === 0) names.push('default');
        }
        if (t.next() === Tok.String) {
          record(t, sink, typeOnly ? 'type' : form, names);
          t.next();
          return;
        }
        first = false;
        continue;
      }
      if (first && t.is('type')) typeOnly = true;
      else if (!star) names.push('default');
      first = false;
      idents++;
      t.next();
    } else if (t.isPunct(COMMA) || t.isPunct(STAR)) {
      if (first) typeOnly = false;
      if (t.isPunct(STAR)) {
        star = true;
        names.push('*');
      } else if (typeOnly && idents === 1) { // `import type, { a } from "x"`: a default import named "type"
        typeOnly = false;
        names.push('default');
      }
      first = false;
      t.next();
    } else if (t.isPunct(OPEN_BRACE)) {
      namedList(t, sink, names);
      if (t.tok === Tok.EOF) return;
      t.next();
    } else if (t.isPunct(EQUALS)) {
      if (t.next() === Tok.Ident && t.is('require')) requireCall(t, sink, 'require');
      return;
    } else return;
  }
}

/**
 * At `{` of `import { a, type b, c as d, "e-f" as g }` or `export { … }`: pushes the exported names ("a", "b", "c",
 * "e-f") and stops on the `}` (or EOF).
 */
function namedList(t: JsTokenizer, sink: RefSink, names: string[]): void {
  // Per element: its first two tokens and its length tell `type X [as Y]` from `type [as Y]`.
  let firstText = '';
  let secondText = '';
  let length = 0;
  let secondIsAs = false;
  const flush = () => {
    if (length === 0) return;
    const typeModifier = firstText === 'type' && length >= 2 && !(length === 3 && secondIsAs);
    const name = typeModifier ? secondText : firstText;
    if (name) names.push(name);
    length = 0;
  };
  while (t.next() !== Tok.EOF && !t.isPunct(CLOSE_BRACE)) {
    if (t.isPunct(COMMA)) {
      flush();
      continue;
    }
    const text = t.tok === Tok.Ident || t.tok === Tok.String ? tokenText(t, sink) : '';
    if (length === 0) firstText = text;
    else if (length === 1) {
      secondText = text;
      secondIsAs = t.is('as');
    }
    length++;
  }
  flush();
}

/**
 * At `const`/`let`/`var`: `const { a, b: c } = require("x")` records "x" with the names ["a", "b"] (a rest element or a
 * computed key: "*"). Anything else leaves the tokenizer where the main loop carries on (after the keyword, or on the
 * first token that is not part of such a pattern), so no import is lost.
 */
function destructuredRequire(t: JsTokenizer, sink: RefSink): void {
  t.next();
  if (!t.isPunct(OPEN_BRACE)) return;
  const names: string[] = [];
  let depth = 0;
  let expectKey = true;
  while (t.next() !== Tok.EOF) {
    // An import inside a default value (`{ a = require("y") }`) is the main loop's to record.
    if (t.tok === Tok.Ident && !t.afterDot && (t.is('require') || t.is('import') || t.is('define') || t.is('export') || t.is('const') || t.is('let') || t.is('var'))) return;
    if (t.tok !== Tok.Punct) {
      if (depth === 0 && expectKey) {
        if (t.tok !== Tok.Ident && t.tok !== Tok.String) return;
        names.push(tokenText(t, sink));
        expectKey = false;
      }
      continue;
    }
    const c = t.punct;
    if (c === OPEN_BRACE || c === OPEN_BRACKET || c === OPEN_PAREN) {
      if (depth === 0 && expectKey) {
        if (!t.isPunct(OPEN_BRACKET)) return;
        names.push('*');
        expectKey = false;
      }
      depth++;
    } else if (c === CLOSE_BRACE || c === CLOSE_BRACKET || c === CLOSE_PAREN) {
      if (depth === 0) break;
      depth--;
    } else if (depth === 0 && c === COMMA) expectKey = true;
    else if (depth === 0 && c === SPREAD && expectKey) {
      names.push('*');
      expectKey = false;
    }
  }
  if (!t.isPunct(CLOSE_BRACE)) return;
  t.next();
  if (!t.isPunct(EQUALS)) return;
  if (t.next() === Tok.Ident && t.is('require')) requireCall(t, sink, 'require', names);
}

/** At `export`: `export * [as x] from "y"`, `export [type] { … } from "y"`, `export import x = require("y")`. */
function exportClause(t: JsTokenizer, sink: RefSink): void {
  t.next();
  if (t.is('import')) {
    importClause(t, sink, 'export-from');
    return;
  }
  if (t.is('type')) t.next();
  const names: string[] = [];
  if (t.isPunct(STAR)) {
    names.push('*');
    if (t.next() === Tok.Ident && t.is('as')) {
      t.next();
      t.next();
    }
  } else if (t.isPunct(OPEN_BRACE)) {
    namedList(t, sink, names);
    if (t.tok === Tok.EOF) return;
    t.next();
  } else return;
  if (!t.is('from')) return;
  if (t.next() === Tok.String) {
    record(t, sink, 'export-from', names);
    t.next();
  }
}

/** At `define`: AMD `define(["a", "b"], …)` or `define("name", ["a"], …)`. */
function defineCall(t: JsTokenizer, sink: RefSink): void {
  if (t.next() !== Tok.Punct || t.punct !== OPEN_PAREN) return;
  if (t.next() === Tok.String || t.tok === Tok.Template) {
    t.next();
    if (!t.isPunct(COMMA)) return;
    t.next();
  }
  if (!t.isPunct(OPEN_BRACKET)) return;
  while (t.next() !== Tok.EOF && !t.isPunct(CLOSE_BRACKET)) {
    if (t.tok === Tok.String || t.tok === Tok.Template) record(t, sink, 'define');
  }
}

const ESCAPES: Record<string, string> = { n: '\n', t: '\t', r: '\r', b: '\b', f: '\f', v: '\v', 0: '\0' };

/** Cooks the escapes of a string literal's content: `a\\/b` → `a/b`, `\u0041` → `A`. */
function unescape(raw: string): string {
  return raw.replace(/\\(u\{[0-9a-fA-F]+\}|u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|\r\n|[\s\S])/g, (_, e: string) => {
    if (e[0] === 'u' || e[0] === 'x') {
      const code = parseInt(e[1] === '{' ? e.slice(2, -1) : e.slice(1), 16);
      return code <= 0x10ffff ? String.fromCodePoint(code) : '';
    }
    if (e === '\n' || e === '\r' || e === '\r\n' || e === '\u2028' || e === '\u2029') return '';
    return ESCAPES[e] ?? e;
  });
}
