import { parseArgs, type ParseArgsConfig } from 'node:util';

/** What a CLI command may touch; tests pass their own. */
export interface CliIO {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  env: Record<string, string | undefined>;
  cwd: string;
}

/** A mistake in how the command was called: printed with usage, exit code 2. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

/** An expected failure (bad input, network, auth): printed as one line, exit code 1, no stack trace. */
export class CliError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CliError';
  }
}

export interface CliCommand {
  /** e.g. "catalog build" */
  name: string;
  summary: string;
  usage: string;
  run(args: string[], io: CliIO): Promise<number>;
}

/** `util.parseArgs` whose mistakes (unknown option, missing value) are usage errors: exit 2 with the command's usage. */
export function parseCommandArgs<T extends ParseArgsConfig>(config: T): ReturnType<typeof parseArgs<T>> {
  try {
    return parseArgs(config);
  } catch (err) {
    throw new UsageError(err instanceof Error ? err.message : String(err));
  }
}

/**
 * The REST API base: --api-url, else $GITHUB_API_URL (as GitHub Actions sets it), else github.com; trailing "/" off.
 * @example apiUrlOption(undefined, { GITHUB_API_URL: "https://ghe.example.com/api/v3/" }) // -> "https://ghe.example.com/api/v3"
 */
export function apiUrlOption(flag: string | undefined, env: Record<string, string | undefined>): string {
  const apiUrl = (flag ?? env.GITHUB_API_URL ?? 'https://api.github.com').replace(/\/+$/, '');
  try {
    new URL(apiUrl);
  } catch {
    throw new UsageError(`--api-url is not a URL: ${apiUrl}`);
  }
  return apiUrl;
}

/**
 * Ends the process quietly (exit 0) when the reader of `stream` goes away (`reuse-radar scan . | head -1`): a closed
 * pipe is the reader saying it has read enough, not an error worth a stack trace. Other stream errors still surface.
 *
 * @example endQuietlyOnClosedPipe(process.stdout, (code) => process.exit(code))
 */
export function endQuietlyOnClosedPipe(stream: NodeJS.EventEmitter, exit: (code: number) => void): void {
  stream.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') exit(0);
    else throw err;
  });
}
