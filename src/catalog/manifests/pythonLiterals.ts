/**
 * A small static reader for Python source: tokens, string/list/dict literals and module-level constants. It never
 * executes anything; whatever is not a literal (a call, an f-string, an expression) reads as `undefined`.
 */

export type Token =
  | { kind: 'str'; value: string | undefined; line: number }
  | { kind: 'name' | 'op' | 'num'; value: string; line: number; col: number };

/** A literal value: a string, a list/tuple of values, a dict of values, or a call we recognise by name. */
export type PyValue = string | PyValue[] | { dict: Map<string, PyValue> } | { call: string; kwargs: Map<string, PyValue>; args: PyValue[] } | undefined;

const STRING_START = /^([rRuUbBfF]{0,2})('''|"""|'|")/;

/** Python source -> tokens (comments dropped; f-strings and byte strings read as non-literal strings). */
export function tokenize(src: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  let line = 1;
  let lineStart = 0;
  while (i < src.length) {
    const c = src[i];
    if (c === '\n') {
      line++;
      lineStart = ++i;
      continue;
    }
    if (c === ' ' || c === '\t' || c === '\r' || c === '\\' || c === '\f') {
      i++;
      continue;
    }
    if (c === '#') {
      while (i < src.length && src[i] !== '\n') i++;
      continue;
    }
    const quote = STRING_START.exec(src.slice(i, i + 5));
    if (quote && (quote[1] === '' || /^[A-Za-z]+$/.test(quote[1]))) {
      const prefix = quote[1].toLowerCase();
      const close = quote[2];
      let j = i + quote[0].length;
      let value = '';
      while (j < src.length && !src.startsWith(close, j)) {
        if (src[j] === '\n') {
          if (close.length === 1) break;
          line++;
        }
        if (src[j] === '\\' && !prefix.includes('r')) {
          const next = src[j + 1];
          value += next === 'n' ? '\n' : next === 't' ? '\t' : next === '\n' ? '' : next;
          j += 2;
          continue;
        }
        value += src[j++];
      }
      const literal = !prefix.includes('f') && !prefix.includes('b');
      out.push({ kind: 'str', value: literal ? value : undefined, line });
      i = j + close.length;
      continue;
    }
    const word = /^[A-Za-z_][A-Za-z0-9_]*/.exec(src.slice(i, i + 200));
    if (word) {
      out.push({ kind: 'name', value: word[0], line, col: i - lineStart });
      i += word[0].length;
      continue;
    }
    const num = /^[0-9][0-9_.a-zA-Z]*/.exec(src.slice(i, i + 50));
    if (num) {
      out.push({ kind: 'num', value: num[0], line, col: i - lineStart });
      i += num[0].length;
      continue;
    }
    const op = /^(\*\*|==|!=|<=|>=|->|:=|[()[\]{},:=.+*%<>|&^~@;/-])/.exec(src.slice(i, i + 2));
    out.push({ kind: 'op', value: op ? op[0] : c, line, col: i - lineStart });
    i += op ? op[0].length : 1;
  }
  return out;
}

/** Reads one expression at `tokens[start]`; returns its literal value (or undefined) and the index after it. */
function readValue(tokens: Token[], start: number, constants: ReadonlyMap<string, PyValue>): { value: PyValue; end: number } {
  let i = start;
  const t = tokens[i];
  if (!t) return { value: undefined, end: i };
  let value: PyValue;
  if (t.kind === 'str') {
    // Adjacent literals concatenate: "acme" "-auth".
    let s: string | undefined = '';
    while (tokens[i]?.kind === 'str') {
      const v = tokens[i].value;
      s = s === undefined || v === undefined ? undefined : s + v;
      i++;
    }
    value = s;
  } else if (t.kind === 'op' && (t.value === '[' || t.value === '(' || t.value === '{')) {
    const close = t.value === '[' ? ']' : t.value === '(' ? ')' : '}';
    i++;
    const items: PyValue[] = [];
    const dict = new Map<string, PyValue>();
    let isDict = false;
    let ok = true;
    while (i < tokens.length && !(tokens[i].kind === 'op' && tokens[i].value === close)) {
      const item = readValue(tokens, i, constants);
      i = item.end;
      if (tokens[i]?.kind === 'op' && tokens[i].value === ':' && close === '}') {
        const v = readValue(tokens, i + 1, constants);
        i = v.end;
        isDict = true;
        if (typeof item.value === 'string') dict.set(item.value, v.value);
      } else {
        items.push(item.value);
      }
      if (tokens[i]?.kind === 'op' && tokens[i].value === ',') i++;
      else if (!(tokens[i]?.kind === 'op' && tokens[i].value === close)) {
        ok = false;
        i = skipTo(tokens, i, close);
        break;
      }
    }
    i++;
    value = !ok ? undefined : isDict ? { dict } : close === '}' ? undefined : items;
  } else if (t.kind === 'name') {
    let name = t.value;
    i++;
    while (tokens[i]?.kind === 'op' && tokens[i].value === '.' && tokens[i + 1]?.kind === 'name') {
      name += `.${tokens[i + 1].value}`;
      i += 2;
    }
    if (tokens[i]?.kind === 'op' && tokens[i].value === '(') {
      const call = readCall(tokens, i, constants);
      value = { call: name, kwargs: call.kwargs, args: call.args };
      i = call.end;
    } else {
      value = constants.get(name);
    }
  } else {
    i++;
  }
  // Anything that continues the expression (a + b, x[0], x.y(), a if b else c) is not a literal.
  const next = tokens[i];
  const ends = !next || (next.kind === 'op' && [',', ')', ']', '}', ':', ';', '='].includes(next.value)) || next.line !== tokens[i - 1]?.line;
  return ends ? { value, end: i } : { value: undefined, end: skipExpression(tokens, i) };
}

/** The keyword and positional arguments of a call whose `(` is at `open`. */
export function readCall(tokens: Token[], open: number, constants: ReadonlyMap<string, PyValue>): { kwargs: Map<string, PyValue>; args: PyValue[]; end: number } {
  const kwargs = new Map<string, PyValue>();
  const args: PyValue[] = [];
  let i = open + 1;
  while (i < tokens.length && !(tokens[i].kind === 'op' && tokens[i].value === ')')) {
    const t = tokens[i];
    if (t.kind === 'op' && t.value === '**') {
      const spread = readValue(tokens, i + 1, constants);
      if (spread.value && typeof spread.value === 'object' && 'dict' in spread.value) for (const [k, v] of spread.value.dict) kwargs.set(k, v);
      else if (spread.value && typeof spread.value === 'object' && 'call' in spread.value && spread.value.call === 'dict') for (const [k, v] of spread.value.kwargs) kwargs.set(k, v);
      i = spread.end;
    } else if (t.kind === 'name' && tokens[i + 1]?.kind === 'op' && tokens[i + 1].value === '=') {
      const v = readValue(tokens, i + 2, constants);
      kwargs.set(t.value, v.value);
      i = v.end;
    } else {
      const v = readValue(tokens, i, constants);
      args.push(v.value);
      i = Math.max(v.end, i + 1);
    }
    if (tokens[i]?.kind === 'op' && tokens[i].value === ',') i++;
    else if (!(tokens[i]?.kind === 'op' && tokens[i].value === ')')) i = skipTo(tokens, i, ')');
  }
  return { kwargs, args, end: i + 1 };
}

const OPEN: Record<string, string> = { '(': ')', '[': ']', '{': '}' };

/** Index of the next top-level `close` (or ',' when close is ','), skipping nested brackets. */
function skipTo(tokens: Token[], i: number, close: string): number {
  let depth = 0;
  for (; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.kind !== 'op') continue;
    if (OPEN[t.value]) depth++;
    else if (depth === 0 && (t.value === close || t.value === ',')) return t.value === close ? i : i;
    else if (')]}'.includes(t.value)) {
      if (depth === 0) return i;
      depth--;
    }
  }
  return i;
}

function skipExpression(tokens: Token[], i: number): number {
  let depth = 0;
  const line = tokens[i]?.line;
  for (; i < tokens.length; i++) {
    const t = tokens[i];
    if (depth === 0 && t.kind === 'name' && t.line !== line && t.col === 0) return i;
    if (t.kind !== 'op') continue;
    if (OPEN[t.value]) depth++;
    else if (')]}'.includes(t.value)) {
      if (depth === 0) return i;
      depth--;
    } else if (depth === 0 && t.value === ',') return i;
  }
  return i;
}

/**
 * Module-level `NAME = <literal>` assignments (column 0), in order; a later non-literal assignment forgets the name.
 * @example moduleConstants(tokenize('NAME = "acme-auth"\nREQS = ["requests>=2"]\n')) // -> Map { NAME → "acme-auth", REQS → ["requests>=2"] }
 */
export function moduleConstants(tokens: Token[]): Map<string, PyValue> {
  const constants = new Map<string, PyValue>();
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.kind !== 'name' || t.col !== 0 || tokens[i + 1]?.kind !== 'op' || tokens[i + 1].value !== '=') continue;
    if (i > 0 && tokens[i - 1].line === t.line) continue;
    const v = readValue(tokens, i + 2, constants);
    if (v.value === undefined) constants.delete(t.value);
    else constants.set(t.value, v.value);
    i = v.end - 1;
  }
  return constants;
}

export function stringList(v: PyValue): string[] | undefined {
  if (typeof v === 'string') return [v];
  if (!Array.isArray(v)) return undefined;
  const out = v.filter((x): x is string => typeof x === 'string');
  return out.length === v.length ? out : undefined;
}
