import { emptyManifest, ManifestError, type ManifestInfo } from './manifestInfo';
import { uniqueRefs } from './manifestUtil';

const RUNTIME_CONFIGURATIONS = new Set(['implementation', 'api', 'compile', 'runtime', 'runtimeOnly', 'compileOnlyApi']);

/** Removes comments (keeping strings) and checks braces balance; returns the code and each character's brace depth. */
function scan(text: string, path: string): { code: string; depth: Int32Array } {
  let code = '';
  const depthAt: number[] = [];
  let depth = 0;
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    if (c === '/' && text[i + 1] === '/') {
      while (i < text.length && text[i] !== '\n') i++;
      continue;
    }
    if (c === '/' && text[i + 1] === '*') {
      const end = text.indexOf('*/', i + 2);
      if (end < 0) throw new ManifestError(path, 'unterminated /* comment');
      i = end + 2;
      continue;
    }
    if (c === '"' || c === "'") {
      const triple = text.startsWith(c.repeat(3), i);
      const close = triple ? c.repeat(3) : c;
      let j = i + close.length;
      while (j < text.length && !text.startsWith(close, j)) {
        if (text[j] === '\\') j++;
        if (!triple && text[j] === '\n') throw new ManifestError(path, `unterminated string on line ${text.slice(0, i).split('\n').length}`);
        j++;
      }
      if (j >= text.length) throw new ManifestError(path, 'unterminated string');
      j += close.length;
      for (let k = i; k < j; k++) depthAt.push(depth);
      code += text.slice(i, j);
      i = j;
      continue;
    }
    if (c === '{') depth++;
    if (c === '}') {
      depth--;
      if (depth < 0) throw new ManifestError(path, `unbalanced "}" on line ${text.slice(0, i).split('\n').length}`);
    }
    depthAt.push(depth);
    code += c;
    i++;
  }
  if (depth !== 0) throw new ManifestError(path, `unbalanced braces: ${depth} "{" never closed`);
  return { code, depth: Int32Array.from(depthAt) };
}

function topLevelAssignment(code: string, depth: Int32Array, key: string): string | undefined {
  const re = new RegExp(`(?:^|[\\s;])${key}\\s*=\\s*(['"])([^'"\\n]*)\\1`, 'g');
  for (let m = re.exec(code); m; m = re.exec(code)) if (depth[m.index] === 0) return m[2];
  return undefined;
}

/** The bodies of `dependencies { ... }` blocks at the top level (not buildscript/subprojects). */
function dependencyBlocks(code: string, depth: Int32Array): string[] {
  const out: string[] = [];
  const re = /\bdependencies\s*\{/g;
  for (let m = re.exec(code); m; m = re.exec(code)) {
    if (depth[m.index] !== 0) continue;
    const start = m.index + m[0].length;
    let end = start;
    while (end < code.length && depth[end] > 0) end++;
    out.push(code.slice(start, end - 1));
  }
  return out;
}

/**
 * Reads build.gradle / build.gradle.kts: top-level `group` (+ `archivesName`/`artifactId` when set) is the published
 * Maven package, runtime-configuration dependencies in top-level `dependencies {}` blocks are dependencies.
 * Version-catalog references (`libs.foo`) cannot be resolved from one file and are left out.
 *
 * @example parseGradle("group = 'com.acme'\ndependencies { implementation 'com.squareup.okhttp3:okhttp:4.12.0' }", 'build.gradle')
 *   // -> { packages: [], mavenGroupWithoutArtifact: 'com.acme', dependencies: [{ecosystem:'maven', name:'com.squareup.okhttp3:okhttp'}], ... }
 */
export function parseGradle(text: string, path: string): ManifestInfo {
  const { code, depth } = scan(text, path);
  const info = emptyManifest(path, 'gradle');
  const group = topLevelAssignment(code, depth, 'group');
  const artifact = /\b(?:artifactId|archivesName|archivesBaseName)\s*(?:=|\.set\()\s*(['"])([^'"\n]+)\1/.exec(code)?.[2];
  if (group && artifact) info.packages.push({ ecosystem: 'maven', name: `${group}:${artifact}` });
  else if (group) info.mavenGroupWithoutArtifact = group;
  info.name = artifact;
  info.description = topLevelAssignment(code, depth, 'description');
  for (const body of dependencyBlocks(code, depth)) {
    // implementation 'g:a:v' | implementation("g:a:v") | implementation group: 'g', name: 'a' | implementation(group = "g", name = "a")
    const re = /\b([A-Za-z]+)\s*\(?\s*(?:(['"])([^'"\n]+)\2|group\s*[:=]\s*(['"])([^'"\n]+)\4\s*,\s*name\s*[:=]\s*(['"])([^'"\n]+)\6)/g;
    for (let m = re.exec(body); m; m = re.exec(body)) {
      if (!RUNTIME_CONFIGURATIONS.has(m[1])) continue;
      const coords = m[3] !== undefined ? m[3].split(':') : [m[5], m[7]];
      if (coords.length < 2 || !coords[0] || !coords[1]) continue; // project(':x'), files('x.jar'), platform strings
      info.dependencies.push({ ecosystem: 'maven', name: `${coords[0]}:${coords[1]}` });
    }
  }
  info.dependencies = uniqueRefs(info.dependencies);
  return info;
}
