import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { cpus, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';
import { createProtocolConnection, PublishDiagnosticsNotification, StreamMessageReader as ClientReader, StreamMessageWriter as ClientWriter } from 'vscode-languageserver-protocol/node';
import { createConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-languageserver/node';
import { generateCatalog } from '../test/support/catalogGenerator/generate';
import type { Catalog } from '../src/catalog/model';
import { documentFindings } from '../src/lsp/documentFindings';
import { ReuseRadarServer } from '../src/lsp/reuseRadarServer';
import { Matcher } from '../src/matching/matcher';

const ENTRIES = 10_000;
const LINES = 5_000;
const EDITS = 200;
const WARMUP = 20;
const UNRELATED = ['react', 'express', 'uuid', 'zod', 'chalk', 'commander', 'left-pad', 'vitest'];

/** A 5,000-line TypeScript file opening with 200 imports (wrapped public packages, internal ones, unrelated, relative). */
function bigFile(catalog: Catalog): string {
  const npm = catalog.entries.filter((e) => e.packages[0]?.ecosystem === 'npm');
  const lines: string[] = [];
  for (let i = 0; i < 200; i++) {
    const e = npm[(i * 37) % npm.length];
    const spec = i % 4 === 0 ? e.packages[0].name : i % 4 === 1 && e.dependencies.length ? e.dependencies[0].name : i % 4 === 2 ? UNRELATED[i % UNRELATED.length] : `./local${i}`;
    lines.push(`import * as m${i} from '${spec}';`);
  }
  for (let i = lines.length; i < LINES; i++) lines.push(`export const v${i} = (x: number): string => \`\${x} ${i}\`;`);
  return lines.join('\n');
}

const percentile = (sorted: readonly number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
const ms = (x: number) => (x < 1 ? x.toFixed(3) : x.toFixed(1));

/**
 * Diagnostics latency of the language server after a didChange of a 5,000-line file, on a 10,000-entry catalog:
 * from the client sending the change to the client receiving publishDiagnostics for that version, over an in-process
 * LSP connection (JSON-RPC framing and serialisation included, debounce set to 0). Beside it, in the same run, the
 * editor's own pipeline on the same text: the core's file → findings call the extension and `scan` make.
 */
export async function benchLsp(): Promise<string[]> {
  const dir = await mkdtemp(path.join(tmpdir(), 'reuse-radar-bench-lsp-'));
  try {
    const catalog = generateCatalog(ENTRIES, 42);
    const catalogFile = path.join(dir, 'catalog.json');
    await writeFile(catalogFile, JSON.stringify(catalog));
    await writeFile(path.join(dir, 'package.json'), '{ "name": "bench-app", "private": true }');
    const file = path.join(dir, 'big.ts');
    const text = bigFile(catalog);
    await writeFile(file, text);

    const toServer = new PassThrough();
    const toClient = new PassThrough();
    const serverConnection = createConnection(new StreamMessageReader(toServer), new StreamMessageWriter(toClient));
    new ReuseRadarServer(serverConnection, { stateDir: path.join(dir, 'state'), log: () => undefined, debounceMs: 0 }).listen();
    const client = createProtocolConnection(new ClientReader(toClient), new ClientWriter(toServer));
    const waiting = new Map<number, () => void>();
    let diagnosticsCount = 0;
    client.onNotification(PublishDiagnosticsNotification.type, (p) => {
      diagnosticsCount = p.diagnostics.length;
      if (p.version !== undefined) waiting.get(p.version)?.();
    });
    client.listen();
    const uri = pathToFileURL(file).toString();
    await client.sendRequest('initialize', { processId: null, rootUri: pathToFileURL(dir).toString(), capabilities: {}, initializationOptions: { reuseRadar: { catalogFiles: [catalogFile] } } });
    const published = (version: number) => new Promise<void>((resolve) => waiting.set(version, resolve));
    const first = published(1);
    await client.sendNotification('initialized', {});
    await client.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'typescript', version: 1, text } });
    await first;

    const lspTimes: number[] = [];
    const lines = text.split('\n');
    for (let i = 0; i < WARMUP + EDITS; i++) {
      const version = i + 2;
      // One typed character on a line in the middle, as a full-text change.
      const at = 2500 + (i % 100);
      const edited = [...lines.slice(0, at), `${lines[at]} `, ...lines.slice(at + 1)].join('\n');
      const done = published(version);
      const t0 = performance.now();
      await client.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ text: edited }] });
      await done;
      if (i >= WARMUP) lspTimes.push(performance.now() - t0);
    }
    client.dispose();
    serverConnection.dispose();

    const matcher = new Matcher(catalog);
    const coreTimes: number[] = [];
    let findings = 0;
    for (let i = 0; i < WARMUP + EDITS; i++) {
      const t0 = performance.now();
      findings = documentFindings(file, `${text}${' '.repeat(i % 3)}`, 'typescript', { npmName: 'bench-app' }, matcher, []).length;
      if (i >= WARMUP) coreTimes.push(performance.now() - t0);
    }
    lspTimes.sort((a, b) => a - b);
    coreTimes.sort((a, b) => a - b);
    return [
      `${ENTRIES.toLocaleString('en-US')}-entry generated catalog (seed 42), a ${LINES.toLocaleString('en-US')}-line TypeScript file with 200 imports (${findings} findings, ${diagnosticsCount} diagnostics); ${EDITS} edits after ${WARMUP} warm-up`,
      '| | p50 | p99 |',
      '|---|---|---|',
      `| language server: didChange → publishDiagnostics (JSON-RPC in process, debounce 0) | ${ms(percentile(lspTimes, 50))} ms | ${ms(percentile(lspTimes, 99))} ms |`,
      `| editor pipeline on the same text (core file → findings, no protocol) | ${ms(percentile(coreTimes, 50))} ms | ${ms(percentile(coreTimes, 99))} ms |`,
      `a user typing waits for the server's 200 ms debounce on top; load average during the run ${loadavg()[0].toFixed(1)} on ${cpus().length} CPUs`,
    ];
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
