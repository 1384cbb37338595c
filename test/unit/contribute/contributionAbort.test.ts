import assert from 'node:assert/strict';
import { abortSignalFor, withAbortSignal, type CancellationLike } from '../../../src/github/contributionAbort';

/** A token like vscode's: listeners are kept until their subscription is disposed. */
function fakeToken(cancelled = false): CancellationLike & { cancel(): void; listeners: Set<() => unknown> } {
  const listeners = new Set<() => unknown>();
  return {
    listeners,
    get isCancellationRequested() {
      return cancelled;
    },
    onCancellationRequested(listener) {
      listeners.add(listener);
      return { dispose: () => listeners.delete(listener) };
    },
    cancel() {
      cancelled = true;
      for (const l of [...listeners]) l();
    },
  };
}

describe('contribute: abort signal from a cancellation token', () => {
  it('aborts on cancel while subscribed; dispose removes the token listener', () => {
    const token = fakeToken();
    const abort = abortSignalFor(token);
    assert.equal(token.listeners.size, 1);
    assert.equal(abort.signal.aborted, false);
    token.cancel();
    assert.equal(abort.signal.aborted, true);
    abort.dispose();
    assert.equal(token.listeners.size, 0);
    assert.equal(abortSignalFor(fakeToken(true)).signal.aborted, true);
  });

  it('withAbortSignal disposes the subscription when the work resolves, rejects or is cancelled', async () => {
    const token = fakeToken();
    assert.equal(await withAbortSignal(token, async (signal) => (assert.equal(token.listeners.size, 1), signal.aborted ? 'aborted' : 'ok')), 'ok');
    assert.equal(token.listeners.size, 0);
    await assert.rejects(withAbortSignal(token, async () => { throw new Error('GitHub failed.'); }), /GitHub failed/);
    assert.equal(token.listeners.size, 0);
    const cancelled = await withAbortSignal(token, async (signal) => {
      token.cancel();
      return signal.aborted;
    });
    assert.equal(cancelled, true);
    assert.equal(token.listeners.size, 0);
  });
});
