import * as assert from 'node:assert/strict';
import { Emitter } from '../../../src/util/emitter';

describe('Emitter', () => {
  it('calls listeners in order until they are disposed', () => {
    const emitter = new Emitter<number>();
    const seen: string[] = [];
    const first = emitter.event((n) => seen.push(`a${n}`));
    emitter.event((n) => seen.push(`b${n}`));
    emitter.fire(1);
    first.dispose();
    emitter.fire(2);
    assert.deepEqual(seen, ['a1', 'b1', 'b2']);
  });

  it('binds thisArgs and collects subscriptions into the given array', () => {
    const emitter = new Emitter<string>();
    const owner = { name: 'owner', got: '' };
    const subscriptions: { dispose(): void }[] = [];
    emitter.event(
      function (this: typeof owner, value: string) {
        this.got = `${this.name}:${value}`;
      },
      owner,
      subscriptions,
    );
    emitter.fire('x');
    assert.equal(owner.got, 'owner:x');
    assert.equal(subscriptions.length, 1);
    subscriptions[0].dispose();
    emitter.fire('y');
    assert.equal(owner.got, 'owner:x');
  });

  it('keeps calling the other listeners when one throws, and stops after dispose', async () => {
    const emitter = new Emitter<number>();
    const seen: number[] = [];
    const uncaught: unknown[] = [];
    const onUncaught = (error: unknown): void => void uncaught.push(error);
    const listeners = process.listeners('uncaughtException');
    process.removeAllListeners('uncaughtException');
    process.on('uncaughtException', onUncaught);
    try {
      emitter.event(() => {
        throw new Error('listener failed');
      });
      emitter.event((n) => seen.push(n));
      emitter.fire(7);
      await new Promise((resolve) => setImmediate(resolve));
    } finally {
      process.removeListener('uncaughtException', onUncaught);
      for (const listener of listeners) process.on('uncaughtException', listener);
    }
    assert.deepEqual(seen, [7]);
    assert.equal((uncaught[0] as Error).message, 'listener failed');
    emitter.dispose();
    emitter.fire(8);
    emitter.event((n) => seen.push(n)).dispose();
    assert.deepEqual(seen, [7]);
  });
});
