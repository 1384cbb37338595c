import { execFileSync, spawn } from 'node:child_process';
import { cp, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { serverBinary } from '../../support/lsp/serverBinary';

export const ROOT = path.resolve(__dirname, '../../..');
const FIXTURES = path.join(ROOT, 'test/fixtures/lsp');
/** The catalog URL every README snippet shows; the end-to-end tests put the fixture catalog in its place. */
const SNIPPET_CATALOG_URL = 'https://inner-source.acme.example/reuse-radar.json';

/** The absolute path of an editor binary on PATH, or an error saying how to install it (these tests never skip). */
export function editorPath(binary: string, hint: string): string {
  try {
    return execFileSync('sh', ['-c', `command -v ${binary}`], { encoding: 'utf8' }).trim();
  } catch {
    throw new Error(`${binary} is not installed: this end-to-end test needs it as the LSP client (${hint}; .ci/run installs it)`);
  }
}

/** Copies the fixture workspace into `dir`: `ws` → its root, `file` → the TypeScript file the editors open. */
export async function fixtureWorkspace(dir: string): Promise<{ ws: string; file: string }> {
  const ws = path.join(dir, 'workspace');
  await cp(path.join(FIXTURES, 'workspace'), ws, { recursive: true });
  return { ws, file: path.join(ws, 'src/app.ts') };
}

/**
 * The README snippet as users copy it with only the server command and the catalog replaced (each must occur exactly
 * once): `command` → `commandFor(node, cli.js)` running this build, the catalog URL → `quote(fixture catalog path)`.
 * Written to `out`; returns the original snippet text.
 */
export async function configureSnippet(snippetFile: string, out: string, command: string, commandFor: (node: string, cli: string) => string, quote: (s: string) => string): Promise<string> {
  const snippet = await readFile(snippetFile, 'utf8');
  const url = quote(SNIPPET_CATALOG_URL);
  if (snippet.split(command).length !== 2 || snippet.split(url).length !== 2) throw new Error(`${snippetFile} must contain ${command} and ${url} exactly once`);
  await writeFile(out, snippet.replace(command, commandFor(process.execPath, await serverBinary())).replace(url, quote(path.join(FIXTURES, 'catalog.json'))));
  return snippet;
}

/** Runs an editor headless until it exits (killed after `timeoutMs`) → its exit code and stderr. */
export function runEditor(binary: string, args: string[], cwd: string, env: NodeJS.ProcessEnv, timeoutMs: number): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(binary, args, { cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (c: string) => { stderr += c; });
    const timer = setTimeout(() => child.kill(), timeoutMs);
    child.on('error', reject);
    child.on('exit', (code) => { clearTimeout(timer); resolve({ code, stderr }); });
  });
}

/** The report an editor driver wrote to `file`, or an error carrying the editor's exit code and stderr. */
export async function driverReport<T>(file: string, result: { code: number | null; stderr: string }, editor: string): Promise<T> {
  const text = await readFile(file, 'utf8').catch(() => { throw new Error(`${editor} wrote no report (exit ${result.code}): ${result.stderr}`); });
  return JSON.parse(text) as T;
}
