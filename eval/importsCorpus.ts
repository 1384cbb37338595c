// Real-code corpora for the import extractors, shared by eval/imports.ts and bench/imports.ts.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { SourceLanguage } from '../src/imports/types';
import { syntheticSources } from './syntheticSources';

export type CorpusName = 'node_modules' | 'python-stdlib' | 'go' | 'java' | 'kotlin' | 'csharp' | 'rust';

export interface CorpusFile {
  path: string;
  language: SourceLanguage;
}

export interface Corpus {
  name: CorpusName;
  /** Where the files come from, e.g. "Go 1.19 standard library (/usr/lib/go-1.19/src)" or "synthetic …". */
  description: string;
  synthetic: boolean;
  files: CorpusFile[];
}

const JS_EXTENSIONS: Record<string, SourceLanguage> = {
  '.js': 'javascript', '.mjs': 'javascript', '.cjs': 'javascript', '.ts': 'typescript', '.mts': 'typescript', '.cts': 'typescript',
};
const CACHE = path.join(os.tmpdir(), 'reuse-radar-corpus');

/** Every file under `dir` (no symlinks) whose name passes `keep`, sorted for stable output. */
function walk(dir: string, keep: (name: string, full: string) => boolean, out: string[] = []): string[] {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return out;
  }
  for (const e of entries.sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) walk(full, keep, out);
    else if (e.isFile() && keep(e.name, full)) out.push(full);
  }
  return out;
}

function python(code: string): string | undefined {
  try {
    return execFileSync('python3', ['-c', code], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return undefined;
  }
}

/**
 * Lists one corpus. Real code where the machine has it: the project's node_modules (.js/.mjs/.cjs/.ts/.d.ts/.mts/.cts),
 * Python's stdlib (sysconfig's "stdlib" path, minus site-packages), Go's standard library (a golang-*-src install or
 * GOROOT), the JDK's src.zip (java.base, unpacked to a temp cache), Rust's std/core/alloc sources recovered from the
 * rustup docs' source pages; otherwise (always for Kotlin and C#, which this machine has no sources for) a synthetic
 * corpus written to the temp cache, flagged `synthetic`.
 */
export function corpusFiles(name: CorpusName, projectRoot = process.cwd()): Corpus {
  switch (name) {
    case 'node_modules': {
      const dir = path.join(projectRoot, 'node_modules');
      const files = walk(dir, (n) => Object.hasOwn(JS_EXTENSIONS, path.extname(n)))
        .map((p) => ({ path: p, language: JS_EXTENSIONS[path.extname(p)] }));
      return { name, description: "every JS/TS file in this repository's node_modules", synthetic: false, files };
    }
    case 'python-stdlib': {
      const dir = pythonStdlibDir();
      const files = dir ? walk(dir, (n, full) => n.endsWith('.py') && !/[/\\](site|dist)-packages[/\\]/.test(full)) : [];
      return { name, description: dir ? `CPython ${versionIn(dir, /python(\d+\.\d+)/)}standard library` : 'Python standard library (python3 not found)', synthetic: false, files: files.map((p) => ({ path: p, language: 'python' as const })) };
    }
    case 'go': {
      const dir = goRoot();
      if (dir) return real(name, `Go ${versionIn(dir, /go-?(\d+\.\d+)/)}standard library`, walk(dir, (n) => n.endsWith('.go')), 'go');
      return synthetic(name, 'go');
    }
    case 'java': {
      const dir = unpackJdkSources();
      if (dir) return real(name, 'JDK java.base sources', walk(dir, (n) => n.endsWith('.java')), 'java');
      return synthetic(name, 'java');
    }
    case 'rust': {
      const dir = rustSourcesFromDocs();
      if (dir) return real(name, 'Rust std/core/alloc sources from rustup docs', walk(dir, (n) => n.endsWith('.rs')), 'rust');
      return synthetic(name, 'rust');
    }
    case 'kotlin':
      return synthetic(name, 'kotlin');
    case 'csharp':
      return synthetic(name, 'csharp');
  }
}

/** Corpora are described, never named by this machine's paths: "/usr/share/go-1.19/src" -> "1.19 ". */
function versionIn(dir: string, pattern: RegExp): string {
  const m = pattern.exec(dir);
  return m ? `${m[1]} ` : '';
}

function real(name: CorpusName, description: string, paths: string[], language: SourceLanguage): Corpus {
  return { name, description, synthetic: false, files: paths.map((p) => ({ path: p, language })) };
}

function synthetic(name: CorpusName, language: SourceLanguage): Corpus {
  const dir = path.join(CACHE, `synthetic-${language}`);
  const sources = syntheticSources(language);
  mkdirSync(dir, { recursive: true });
  const paths = sources.map((s) => {
    const p = path.join(dir, s.name);
    writeFileSync(p, s.text);
    return p;
  });
  return { name, description: `synthetic ${language} (${paths.length} generated files: no real ${language} sources on this machine)`, synthetic: true, files: paths.map((p) => ({ path: p, language })) };
}

export function pythonStdlibDir(): string | undefined {
  return python("import sysconfig; print(sysconfig.get_paths()['stdlib'])");
}

function goRoot(): string | undefined {
  const candidates = [process.env.GOROOT && path.join(process.env.GOROOT, 'src'), '/usr/local/go/src'];
  for (const base of ['/usr/lib', '/usr/share']) {
    for (const e of readdirSafe(base).filter((n) => /^go(-[\d.]+)?$/.test(n)).sort().reverse()) candidates.push(path.join(base, e, 'src'));
  }
  return candidates.find((c): c is string => !!c && existsSync(path.join(c, 'fmt')));
}

function readdirSafe(dir: string): string[] {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
}

function unpackJdkSources(): string | undefined {
  const out = path.join(CACHE, 'jdk-java.base');
  if (existsSync(path.join(out, 'java.base'))) return out;
  const zips = readdirSafe('/usr/lib/jvm').map((d) => path.join('/usr/lib/jvm', d, 'lib/src.zip')).concat(
    readdirSafe('/usr/lib/jvm').map((d) => path.join('/usr/lib/jvm', d, 'src.zip')));
  const zip = zips.find((z) => existsSync(z));
  if (!zip) return undefined;
  try {
    mkdirSync(out, { recursive: true });
    execFileSync('unzip', ['-q', '-o', zip, 'java.base/*', '-d', out], { stdio: 'ignore' });
    return out;
  } catch {
    return undefined;
  }
}

/** rustup's docs ship every std source file as an HTML page; strip the markup back to the .rs text. */
function rustSourcesFromDocs(): string | undefined {
  const out = path.join(CACHE, 'rust-std');
  if (existsSync(path.join(out, 'std'))) return out;
  const toolchains = path.join(os.homedir(), '.rustup/toolchains');
  const docs = readdirSafe(toolchains).map((t) => path.join(toolchains, t, 'share/doc/rust/html/src')).find((d) => existsSync(path.join(d, 'std')));
  if (!docs) return undefined;
  for (const page of walk(docs, (n) => n.endsWith('.rs.html'))) {
    const html = readFileSync(page, 'utf8');
    const code = html.match(/<pre class="rust"><code>([\s\S]*?)<\/code><\/pre>/)?.[1];
    if (code === undefined) continue;
    const text = code
      .replace(/<a href=#\d+ id=\d+ data-nosnippet>\d+<\/a>/g, '')
      .replace(/<[^>]+>/g, '')
      .replace(/&(lt|gt|quot|#39|amp);/g, (_, e: string) => ({ lt: '<', gt: '>', quot: '"', '#39': "'", amp: '&' })[e] ?? '');
    const target = path.join(out, path.relative(docs, page).replace(/\.html$/, ''));
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, text);
  }
  return out;
}
