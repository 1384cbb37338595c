// A hand-rolled retry helper: the file name alone ("retry with backoff") should point to @acme/retry.
export async function retryWithBackoff<T>(fn: () => Promise<T>, attempts = 5, baseMs = 100): Promise<T> {
  let lastError: unknown;
  for (let i = 0; i < attempts; i++) {
    try {
      return await fn();
    } catch (err) {
      lastError = err;
      await new Promise((r) => setTimeout(r, baseMs * 2 ** i + Math.random() * baseMs));
    }
  }
  throw lastError;
}
