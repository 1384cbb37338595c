import { parse as parseToml } from 'smol-toml';
import { normalizePypiName, pep508Name } from './manifests/manifestUtil';
import type { Ecosystem } from './model';
import { isValidPackageName } from './packageName';

/** Replace `text.slice(start, end)` with `text` (an insertion when start === end). Offsets are UTF-16 indexes. */
export interface ManifestEdit {
  start: number;
  end: number;
  text: string;
}

/** Every edit path checks the name itself: a name from a cache or another caller may not have been validated. */
function assertPackageName(ecosystem: Ecosystem, name: string): void {
  if (!isValidPackageName(ecosystem, name)) throw new Error(`Refusing to add ${JSON.stringify(name.slice(0, 200))}: it is not a valid ${ecosystem} package name.`);
}

/** Applies one edit to a text (tests and previews). */
export function applyManifestEdit(text: string, edit: ManifestEdit): string {
  return text.slice(0, edit.start) + edit.text + text.slice(edit.end);
}

/**
 * Adds a `<dependency>` to the project-level `<dependencies>` of a pom.xml (never to `<dependencyManagement>` or a
 * plugin), creating the block before `</project>` when missing. Returns undefined when the dependency is already
 * declared. Throws when the text has no `<project>` element.
 * @example addMavenDependency('<project>\n  <dependencies>\n  </dependencies>\n</project>\n', 'com.acme:acme-json')
 *   // -> inserts "    <dependency>\n      <groupId>com.acme</groupId>\n      <artifactId>acme-json</artifactId>\n    </dependency>\n" before "  </dependencies>"
 */
export function addMavenDependency(pom: string, coordinates: string, version?: string): ManifestEdit | undefined {
  const [groupId, artifactId] = coordinates.split(':');
  if (!groupId || !artifactId) throw new Error(`"${coordinates}" is not a Maven "groupId:artifactId" coordinate.`);
  assertPackageName('maven', coordinates);
  const scan = scanPom(pom);
  if (scan.projectClose === undefined) throw new Error('This pom.xml has no <project> element to add a dependency to.');
  if (scan.declared.some((d) => d.groupId === groupId && d.artifactId === artifactId)) return undefined;
  const unit = indentUnit(pom);
  const dependency = (indent: string) => [
    `${indent}<dependency>`,
    `${indent}${unit}<groupId>${escapeXml(groupId)}</groupId>`,
    `${indent}${unit}<artifactId>${escapeXml(artifactId)}</artifactId>`,
    ...(version ? [`${indent}${unit}<version>${escapeXml(version)}</version>`] : []),
    `${indent}</dependency>`,
  ];
  const eol = pom.includes('\r\n') ? '\r\n' : '\n';
  if (scan.dependenciesClose !== undefined) {
    const close = scan.dependenciesClose;
    const closeIndent = lineIndentBefore(pom, close);
    if (closeIndent !== undefined) {
      const lineStart = close - closeIndent.length;
      return { start: lineStart, end: lineStart, text: dependency(closeIndent + unit).join(eol) + eol };
    }
    const indent = leadingIndent(pom, close);
    return { start: close, end: close, text: eol + dependency(indent + unit).join(eol) + eol + indent };
  }
  const close = scan.projectClose;
  const closeIndent = lineIndentBefore(pom, close) ?? '';
  const lines = [`${closeIndent}${unit}<dependencies>`, ...dependency(closeIndent + unit + unit), `${closeIndent}${unit}</dependencies>`];
  const lineStart = close - closeIndent.length;
  return lineIndentBefore(pom, close) !== undefined
    ? { start: lineStart, end: lineStart, text: lines.join(eol) + eol }
    : { start: close, end: close, text: eol + lines.join(eol) + eol };
}

interface PomScan {
  dependenciesClose?: number;
  projectClose?: number;
  declared: { groupId: string; artifactId: string }[];
}

/** Walks the element tree of a pom (comments, CDATA and processing instructions skipped). */
function scanPom(pom: string): PomScan {
  const tag = /<!--[\s\S]*?-->|<!\[CDATA\[[\s\S]*?\]\]>|<\?[\s\S]*?\?>|<!DOCTYPE[^>]*>|<(\/?)([A-Za-z_][\w.:-]*)(?:"[^"]*"|'[^']*'|[^'">])*?(\/?)>/g;
  const stack: string[] = [];
  const result: PomScan = { declared: [] };
  let current: { groupId: string; artifactId: string } | undefined;
  let textStart = 0;
  for (let m = tag.exec(pom); m; m = tag.exec(pom)) {
    const name = m[2];
    if (!name) continue;
    const path = stack.join('/');
    if (m[1]) {
      if (path === 'project/dependencies/dependency/groupId' && current) current.groupId = pom.slice(textStart, m.index).trim();
      if (path === 'project/dependencies/dependency/artifactId' && current) current.artifactId = pom.slice(textStart, m.index).trim();
      if (path === 'project/dependencies/dependency' && current) result.declared.push(current);
      if (path === 'project/dependencies') result.dependenciesClose ??= m.index;
      if (path === 'project') result.projectClose = m.index;
      if (stack[stack.length - 1] === name) stack.pop();
      continue;
    }
    if (m[3]) continue;
    stack.push(name);
    textStart = m.index + m[0].length;
    if (stack.join('/') === 'project/dependencies/dependency') current = { groupId: '', artifactId: '' };
  }
  return result;
}

/**
 * Appends a requirement line to a requirements.txt; undefined when the package is already listed (PEP 503 names).
 * @example addRequirement('requests==2.32\n', 'acme-http') // -> { start: 15, end: 15, text: 'acme-http\n' }
 */
export function addRequirement(requirements: string, name: string): ManifestEdit | undefined {
  assertPackageName('pypi', name);
  const wanted = normalizePypiName(name);
  for (const raw of requirements.split(/\r?\n/)) {
    const line = raw.replace(/(^|\s)#.*$/, '').trim();
    if (!line || line.startsWith('-')) continue;
    if (pep508Name(line) === wanted) return undefined;
  }
  const eol = requirements.includes('\r\n') ? '\r\n' : '\n';
  const prefix = requirements.length && !requirements.endsWith('\n') ? eol : '';
  return { start: requirements.length, end: requirements.length, text: `${prefix}${name}${eol}` };
}

/** What a pyproject.toml says about how the project declares dependencies. */
export interface PyprojectInfo {
  /** Poetry manages dependencies (`[tool.poetry]`): use `poetry add`. */
  poetry: boolean;
  /** A PEP 621 `[project]` table with a `dependencies` array. */
  pep621: boolean;
  /** Normalized names already declared (PEP 621 or Poetry). */
  declared: Set<string>;
}

/**
 * Reads a pyproject.toml; throws a one-line Error when it is not valid TOML.
 * @example pyprojectInfo('[project]\ndependencies = ["Requests>=2"]\n') // -> { poetry: false, pep621: true, declared: Set { "requests" } }
 */
export function pyprojectInfo(text: string): PyprojectInfo {
  let doc: Record<string, unknown>;
  try {
    doc = parseToml(text) as Record<string, unknown>;
  } catch (err) {
    throw new Error(`pyproject.toml is not valid TOML (${(err as Error).message.split('\n')[0]})`, { cause: err });
  }
  const project = asRecord(doc.project);
  const poetrySection = asRecord(asRecord(doc.tool)?.poetry);
  const declared = new Set<string>();
  const deps = project?.dependencies;
  if (Array.isArray(deps)) for (const d of deps) if (typeof d === 'string') declared.add(pep508Name(d) ?? normalizePypiName(d));
  const poetryDeps = asRecord(poetrySection?.dependencies);
  if (poetryDeps) for (const key of Object.keys(poetryDeps)) declared.add(normalizePypiName(key));
  return { poetry: poetrySection !== undefined, pep621: Array.isArray(deps), declared };
}

/**
 * Adds a requirement to `[project] dependencies = [...]` keeping the array's layout (one item per line or inline).
 * Undefined when the name is already declared or there is no such array.
 * @example addPyprojectDependency('[project]\ndependencies = ["httpx"]\n', 'acme-http') // -> edit giving 'dependencies = ["httpx", "acme-http"]'
 */
export function addPyprojectDependency(text: string, name: string): ManifestEdit | undefined {
  assertPackageName('pypi', name);
  const info = pyprojectInfo(text);
  if (!info.pep621 || info.declared.has(normalizePypiName(name))) return undefined;
  const header = /^\[project\][ \t]*(?:#.*)?$/m.exec(text);
  if (!header) return undefined;
  const sectionStart = header.index + header[0].length;
  const nextHeader = /^[ \t]*\[/m.exec(text.slice(sectionStart));
  const sectionEnd = nextHeader ? sectionStart + nextHeader.index : text.length;
  const key = /^[ \t]*dependencies[ \t]*=[ \t]*\[/m.exec(text.slice(sectionStart, sectionEnd));
  if (!key) return undefined;
  const open = sectionStart + key.index + key[0].length - 1;
  const array = scanTomlArray(text, open);
  if (!array) return undefined;
  const quoted = JSON.stringify(name);
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const multiline = text.slice(open, array.close).includes('\n');
  if (array.lastItemEnd === undefined) {
    return multiline
      ? { start: open + 1, end: array.close, text: `${eol}    ${quoted},${eol}${lineIndentBefore(text, array.close) ?? ''}` }
      : { start: open + 1, end: array.close, text: quoted };
  }
  if (!multiline) return { start: array.lastItemEnd, end: array.lastItemEnd, text: `, ${quoted}` };
  const itemIndent = leadingIndent(text, array.lastItemStart ?? array.lastItemEnd);
  const comma = array.trailingComma ? '' : ',';
  // Insert after the last item (and its comma), on a line of its own, keeping comments that follow in place.
  const at = array.trailingComma ? array.trailingComma + 1 : array.lastItemEnd;
  return { start: at, end: at, text: `${comma}${eol}${itemIndent}${quoted},` };
}

/** Finds the closing bracket of a TOML array of strings starting at `open`, skipping strings and comments. */
function scanTomlArray(text: string, open: number): { close: number; lastItemStart?: number; lastItemEnd?: number; trailingComma?: number } | undefined {
  let depth = 0;
  let lastItemStart: number | undefined;
  let lastItemEnd: number | undefined;
  let trailingComma: number | undefined;
  for (let i = open; i < text.length; i++) {
    const c = text[i];
    if (c === '#') {
      while (i < text.length && text[i] !== '\n') i++;
    } else if (c === '"' || c === "'") {
      const triple = text.startsWith(c.repeat(3), i);
      const quote = triple ? c.repeat(3) : c;
      const start = i;
      i += quote.length;
      while (i < text.length && !text.startsWith(quote, i)) i += c === '"' && text[i] === '\\' ? 2 : 1;
      i += quote.length - 1;
      if (depth === 1) {
        lastItemStart = start;
        lastItemEnd = i + 1;
        trailingComma = undefined;
      }
    } else if (c === '[' || c === '{') {
      depth++;
    } else if (c === ']' || c === '}') {
      depth--;
      if (depth === 0) return { close: i, lastItemStart, lastItemEnd, trailingComma };
    } else if (c === ',' && depth === 1 && lastItemEnd !== undefined) {
      trailingComma = i;
    }
  }
  return undefined;
}

function asRecord(v: unknown): Record<string, unknown> | undefined {
  return typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : undefined;
}

/** The whitespace between the start of the line and `offset`, or undefined when other text precedes it. */
function lineIndentBefore(text: string, offset: number): string | undefined {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  const before = text.slice(lineStart, offset);
  return /^[ \t]*$/.test(before) ? before : undefined;
}

function leadingIndent(text: string, offset: number): string {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  return /^[ \t]*/.exec(text.slice(lineStart))?.[0] ?? '';
}

/** The file's indentation step: its smallest non-zero leading whitespace ("\t", "  " or "    "). */
function indentUnit(text: string): string {
  let best: string | undefined;
  for (const m of text.matchAll(/^([ \t]+)</gm)) if (!best || m[1].length < best.length) best = m[1];
  return best ?? '  ';
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
