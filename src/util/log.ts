/** The narrow logging port shared by adapters (backed by a LogOutputChannel) and tests. */
export interface Logger {
  trace(message: string): void;
  debug(message: string): void;
  info(message: string): void;
  warn(message: string): void;
  error(message: string | Error): void;
}
