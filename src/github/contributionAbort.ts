/** The part of vscode.CancellationToken this needs (kept structural so the helper runs without VS Code). */
export interface CancellationLike {
  readonly isCancellationRequested: boolean;
  onCancellationRequested(listener: () => unknown): { dispose(): unknown };
}

/** An AbortSignal that follows a cancellation token, and `dispose` to stop listening to the token. */
export interface TokenAbort {
  readonly signal: AbortSignal;
  dispose(): void;
}

/**
 * An AbortSignal that aborts when `token` is cancelled (the progress notification's Cancel). Dispose it when the work
 * ends, or the token keeps the listener (and the controller) for as long as the token lives.
 *
 * @example const abort = abortSignalFor(token); try { await run(abort.signal); } finally { abort.dispose(); }
 */
export function abortSignalFor(token: CancellationLike): TokenAbort {
  const controller = new AbortController();
  if (token.isCancellationRequested) controller.abort();
  const subscription = token.onCancellationRequested(() => controller.abort());
  return { signal: controller.signal, dispose: () => subscription.dispose() };
}

/**
 * Runs `work` with a signal that follows `token`, and stops listening to the token however `work` ends.
 *
 * @example await withAbortSignal(token, (signal) => submitContribution(api, ctx, { ...options, signal }))
 */
export async function withAbortSignal<R>(token: CancellationLike, work: (signal: AbortSignal) => Promise<R>): Promise<R> {
  const abort = abortSignalFor(token);
  try {
    return await work(abort.signal);
  } finally {
    abort.dispose();
  }
}
