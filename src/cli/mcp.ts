import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { StdioServerTransport } from '@modelcontextprotocol/sdk/server/stdio.js';
import { CACHE_FORMAT, decodeCatalog } from '../catalog/cacheCodec';
import { loadDemoCatalog } from '../catalog/demoCatalog';
import { loadCatalogSources } from '../catalog/loadSources';
import type { Catalog } from '../catalog/model';
import { createMcpServer } from '../mcp/mcpServer';
import { ReuseTools } from '../mcp/reuseTools';
import { staticSource } from '../mcp/staticSource';
import { CliError, parseCommandArgs, UsageError, type CliCommand, type CliIO } from './io';
import { version } from '../../package.json';

const USAGE = `Usage: reuse-radar mcp [--catalog <file|https URL>]

Serves the catalog to AI coding assistants over the Model Context Protocol on stdio (stdout carries only protocol;
messages go to stderr). Tools: search_libraries, suggest_for_dependencies, suggest_for_code, get_library.
Relative paths given to suggest_for_code resolve against the current directory, whose .reuse-radar.json dismissals apply.
  --catalog <f>   catalog file or https:// URL (any format "scan --catalog" reads, or the extension's cached
                  catalog); without it the embedded demo catalog is used`;

export const mcpCommand: CliCommand = {
  name: 'mcp',
  summary: 'Serve the catalog to AI assistants (Model Context Protocol, stdio)',
  usage: USAGE,
  async run(args: string[], io: CliIO): Promise<number> {
    const parsed = parseCommandArgs({ args, allowPositionals: false, strict: true, options: { catalog: { type: 'string' } } });
    const catalog = await loadCatalog(parsed.values.catalog, io);
    io.stderr(`reuse-radar mcp: serving ${catalog.entries.length} catalog entries on stdio\n`);
    const { server, whenIdle } = createMcpServer(new ReuseTools(staticSource(catalog, io.cwd)), version);
    const closed = new Promise<void>((resolve) => {
      server.onclose = resolve;
    });
    await server.connect(new StdioServerTransport());
    // The client going away (stdin closed) ends the server, once the calls it sent are answered.
    process.stdin.once('end', () => void whenIdle().then(() => server.close()));
    await closed;
    return 0;
  },
};

async function loadCatalog(spec: string | undefined, io: CliIO): Promise<Catalog> {
  if (spec === undefined) {
    io.stderr('reuse-radar mcp: no --catalog given; using the embedded demo catalog (fictional org acme-demo)\n');
    return loadDemoCatalog();
  }
  if (spec.trim() === '') throw new UsageError('--catalog needs a file or an https:// URL');
  const isUrl = /^https?:\/\//i.test(spec);
  if (!isUrl) {
    const cached = await readCacheFile(path.resolve(io.cwd, spec));
    if (cached) return cached;
  }
  const result = await loadCatalogSources([spec], { readFile: (p) => readFile(p, 'utf8'), fetch, baseDir: io.cwd });
  for (const warning of result.warnings) io.stderr(`reuse-radar mcp: ${warning}\n`);
  if (result.failed.length > 0) throw new CliError(result.warnings.at(-1) ?? `cannot load the catalog ${spec}`);
  return result.catalog;
}

/** The extension's cached catalog (a compact encoding of its own), or undefined for any other file. */
async function readCacheFile(file: string): Promise<Catalog | undefined> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new CliError(code === 'ENOENT' ? `catalog file not found: ${file}` : `cannot read catalog file ${file} (${code ?? 'error'})`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (typeof json !== 'object' || json === null || (json as { format?: unknown }).format !== CACHE_FORMAT) return undefined;
  try {
    return decodeCatalog(json);
  } catch (err) {
    throw new CliError(`${file}: ${err instanceof Error ? err.message : String(err)}`);
  }
}
