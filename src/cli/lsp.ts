import { format } from 'node:util';
import { createConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-languageserver/node';
import { userStateDir } from '../lsp/dismissalFiles';
import { ReuseRadarServer } from '../lsp/reuseRadarServer';
import { parseCommandArgs, UsageError, type CliCommand, type CliIO } from './io';

const USAGE = `Usage: reuse-radar lsp --stdio

Runs the Reuse Radar language server over stdin/stdout (Language Server Protocol): diagnostics, hovers, quick fixes
and dismissals on imports an internal library should serve, import completion and the catalog as workspace symbols,
for any editor with an LSP client. Only protocol goes to stdout; logs go to stderr.
Configure it with initializationOptions or workspace/didChangeConfiguration:
  { "reuseRadar": { "catalogFiles": ["<path or https URL>"], "matching": { "threshold": 0.4 },
                    "diagnostics": { "severity": "information" } } }
Without catalogFiles the embedded demo catalog is used. Your own dismissals are kept in
$XDG_STATE_HOME/reuse-radar (default ~/.local/state/reuse-radar).
  --stdio    talk LSP over stdin/stdout (the only transport)`;

export const lspCommand: CliCommand = {
  name: 'lsp',
  summary: 'Run the language server (LSP over stdio) for any editor',
  usage: USAGE,
  async run(args: string[], io: CliIO): Promise<number> {
    const parsed = parseCommandArgs({ args, strict: true, allowPositionals: false, options: { stdio: { type: 'boolean' } } });
    if (!parsed.values.stdio) throw new UsageError('missing --stdio (the only transport)');
    // Anything a dependency prints must not corrupt the protocol stream.
    const toStderr = (...items: unknown[]) => io.stderr(`${format(...items)}\n`);
    console.log = console.info = console.debug = console.warn = console.error = toStderr;
    const log = (line: string) => io.stderr(`reuse-radar lsp: ${line}\n`);
    const connection = createConnection(new StreamMessageReader(process.stdin), new StreamMessageWriter(process.stdout));
    const closed = new Promise<number>((resolve) => connection.onExit(() => resolve(0)));
    new ReuseRadarServer(connection, { stateDir: userStateDir(io.env), log }).listen();
    log('listening on stdio');
    return closed;
  },
};
