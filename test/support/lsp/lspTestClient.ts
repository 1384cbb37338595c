import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import {
  createProtocolConnection, PublishDiagnosticsNotification, ShowMessageNotification, ShowMessageRequest, StreamMessageReader, StreamMessageWriter,
  type Diagnostic, type InitializeResult, type MessageActionItem, type ProtocolConnection, type ShowMessageParams, type ShowMessageRequestParams,
} from 'vscode-languageserver-protocol/node';
import { serverBinary } from './serverBinary';

export interface TestClientOptions {
  rootDir: string;
  initializationOptions?: unknown;
  /** XDG_STATE_HOME for the server (the user's own dismissals). */
  stateHome: string;
  /** Answers window/showMessageRequest (default: the first action). */
  answer?: (params: ShowMessageRequestParams) => MessageActionItem | null;
}

/**
 * An LSP client over stdio, built on vscode-languageserver-protocol, talking to `node cli.js lsp --stdio`: records
 * every publishDiagnostics, showMessage and showMessageRequest, and everything the server writes to stderr.
 */
export class LspTestClient {
  readonly diagnostics = new Map<string, Diagnostic[][]>();
  readonly messages: ShowMessageParams[] = [];
  readonly questions: ShowMessageRequestParams[] = [];
  stderr = '';
  /** Errors reading the server's stdout as LSP messages (anything but protocol there shows up here). */
  readonly protocolErrors: string[] = [];
  readonly connection: ProtocolConnection;
  initializeResult: InitializeResult | undefined;
  private readonly waiters: (() => void)[] = [];

  private constructor(readonly child: ChildProcessWithoutNullStreams, options: TestClientOptions) {
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => { this.stderr += chunk; });
    this.connection = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
    this.connection.onNotification(PublishDiagnosticsNotification.type, (p) => {
      this.diagnostics.set(p.uri, [...(this.diagnostics.get(p.uri) ?? []), p.diagnostics]);
      this.notify();
    });
    this.connection.onNotification(ShowMessageNotification.type, (p) => {
      this.messages.push(p);
      this.notify();
    });
    this.connection.onRequest(ShowMessageRequest.type, (p) => {
      this.questions.push(p);
      this.notify();
      return (options.answer ?? ((q) => q.actions?.[0] ?? null))(p);
    });
    this.connection.onError(([err]) => { this.protocolErrors.push(err.message); });
    this.connection.listen();
  }

  static async start(options: TestClientOptions): Promise<LspTestClient> {
    const child = spawn(process.execPath, [await serverBinary(), 'lsp', '--stdio'], {
      env: { ...process.env, XDG_STATE_HOME: options.stateHome },
      cwd: options.rootDir,
    });
    const client = new LspTestClient(child, options);
    const rootUri = pathToFileURL(options.rootDir).toString();
    client.initializeResult = await client.connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri,
      workspaceFolders: [{ uri: rootUri, name: 'workspace' }],
      capabilities: { window: { showMessage: { messageActionItem: { additionalPropertiesSupport: false } } } },
      initializationOptions: options.initializationOptions,
    }) as InitializeResult;
    await client.connection.sendNotification('initialized', {});
    return client;
  }

  /** Opens a file as the client would (didOpen with its text) and returns its URI. */
  async open(file: string, languageId: string, text?: string): Promise<string> {
    const uri = pathToFileURL(file).toString();
    await this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version: 1, text: text ?? await readFile(file, 'utf8') } });
    return uri;
  }

  async change(uri: string, version: number, text: string): Promise<void> {
    await this.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ text }] });
  }

  /** Resolves when `check` holds (re-checked after each notification), or rejects after `ms` saying what was awaited. */
  async until<T>(what: string, check: () => T | undefined | false, ms = 15_000): Promise<T> {
    const deadline = Date.now() + ms;
    for (;;) {
      const value = check();
      if (value) return value;
      if (Date.now() > deadline || this.child.exitCode !== null) throw new Error(`timed out waiting for ${what}; server stderr:\n${this.stderr}`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, 200);
        this.waiters.push(() => { clearTimeout(timer); resolve(); });
      });
    }
  }

  /** The latest diagnostics published for `uri` once there are at least `after + 1` publications. */
  async diagnosticsFor(uri: string, after = 0): Promise<Diagnostic[]> {
    return this.until(`diagnostics #${after + 1} for ${uri}`, () => {
      const all = this.diagnostics.get(uri) ?? [];
      return all.length > after ? all[all.length - 1] : undefined;
    });
  }

  /** The latest diagnostics published for `uri`, once they satisfy `check` (a publication may repeat the previous one). */
  async diagnosticsWhen(uri: string, what: string, check: (diagnostics: Diagnostic[]) => boolean): Promise<Diagnostic[]> {
    return this.until(`diagnostics for ${uri}: ${what}`, () => {
      const latest = this.diagnostics.get(uri)?.at(-1);
      return latest && check(latest) ? latest : undefined;
    });
  }

  publications(uri: string): number {
    return this.diagnostics.get(uri)?.length ?? 0;
  }

  async stop(): Promise<void> {
    if (this.child.exitCode === null) {
      const exited = new Promise((resolve) => this.child.once('exit', resolve));
      await this.connection.sendRequest('shutdown').catch(() => undefined);
      await this.connection.sendNotification('exit').catch(() => undefined);
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 3000))]);
      if (this.child.exitCode === null) this.child.kill();
    }
    this.connection.dispose();
  }

  private notify(): void {
    this.waiters.splice(0).forEach((w) => w());
  }
}
