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

/**
 * Finds the imports of JavaScript/TypeScript code in text[from, to): static `import` (incl. `import type`),
 * `export … from`, `import x = require()`, `require()` and `import()` with a literal anywhere, and AMD `define([...])`.
 * Example: `import a from "x"; const b = require('y')` → "x" (form "import"), "y" (form "require").
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
      if (t.is('define')) {
        defineCall(t, sink);
        continue;
      }
    }
    t.next();
  }
}

function record(t: JsTokenizer, sink: RefSink, form: string): void {
  const raw = sink.text.slice(t.start, t.end);
  sink.add(t.start, t.end, form, raw.includes('\\') ? unescape(raw) : raw);
}

/** At `require`: `require("x")`. Leaves the tokenizer on the first token it did not use. */
function requireCall(t: JsTokenizer, sink: RefSink, form: string): void {
  if (t.next() !== Tok.Punct || t.punct !== OPEN_PAREN) return;
  if (t.next() === Tok.String || t.tok === Tok.Template) {
    record(t, sink, form);
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
    record(t, sink, form);
    t.next();
    return;
  }
  let first = true;
  let typeOnly = false;
  let idents = 0;
  for (;;) {
    if (t.tok === Tok.Ident) {
      if (t.is('from')) {
        if (idents === 1 && typeOnly) typeOnly = false; // `import type from "x"`: a default import named "type"
        if (t.next() === Tok.String) {
          record(t, sink, typeOnly ? 'type' : form);
          t.next();
          return;
        }
        first = false;
        continue;
      }
      if (first && t.is('type')) typeOnly = true;
      first = false;
      idents++;
      t.next();
    } else if (t.isPunct(COMMA) || t.isPunct(STAR)) {
      if (first) typeOnly = false;
      first = false;
      t.next();
    } else if (t.isPunct(OPEN_BRACE)) {
      skipTo(t, CLOSE_BRACE);
      if (t.tok === Tok.EOF) return;
      t.next();
    } else if (t.isPunct(EQUALS)) {
      if (t.next() === Tok.Ident && t.is('require')) requireCall(t, sink, 'require');
      return;
    } else return;
  }
}

/** At `export`: `export * [as x] from "y"`, `export [type] { … } from "y"`, `export import x = require("y")`. */
function exportClause(t: JsTokenizer, sink: RefSink): void {
  t.next();
  if (t.is('import')) {
    importClause(t, sink, 'export-from');
    return;
  }
  if (t.is('type')) t.next();
  if (t.isPunct(STAR)) {
    if (t.next() === Tok.Ident && t.is('as')) {
      t.next();
      t.next();
    }
  } else if (t.isPunct(OPEN_BRACE)) {
    skipTo(t, CLOSE_BRACE);
    if (t.tok === Tok.EOF) return;
    t.next();
  } else return;
  if (!t.is('from')) return;
  if (t.next() === Tok.String) {
    record(t, sink, 'export-from');
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

function skipTo(t: JsTokenizer, punct: number): void {
  while (t.next() !== Tok.EOF && !t.isPunct(punct));
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
