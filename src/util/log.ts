/** The narrow logging port shared by adapters (backed by a LogOutputChannel) and tests. */
export interface Logger {
  trace(message: string): void;
  debug(message: string): void;
  info(message: string): void;
  warn(message: string): void;
  error(message: string | Error): void;
}

/** Removes anything that looks like a GitHub token from text headed for logs or messages. */
export function redactSecrets(text: string): string {
  return text
    .replace(/\b(gh[pousr]_[A-Za-z0-9]{20,}|github_pat_[A-Za-z0-9_]{20,})\b/g, '***')
    .replace(/(authorization:\s*(?:token|bearer)\s+)\S+/gi, '$1***');
}
