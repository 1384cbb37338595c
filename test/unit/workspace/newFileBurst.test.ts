import assert from 'node:assert/strict';
import { NewFileBurst, type BurstClock } from '../../../src/workspace/newFileBurst';

/** A clock whose timers run only when the test advances it. */
class FakeClock implements BurstClock {
  private time = 0;
  private nextId = 0;
  private readonly timers = new Map<number, { at: number; run: () => void }>();

  now(): number {
    return this.time;
  }

  setTimeout(run: () => void, ms: number): unknown {
    const id = ++this.nextId;
    this.timers.set(id, { at: this.time + ms, run });
    return id;
  }

  clearTimeout(handle: unknown): void {
    this.timers.delete(handle as number);
  }

  advance(ms: number): void {
    const end = this.time + ms;
    for (;;) {
      const due = [...this.timers].filter(([, t]) => t.at <= end).sort((a, b) => a[1].at - b[1].at)[0];
      if (!due) break;
      this.timers.delete(due[0]);
      this.time = due[1].at;
      due[1].run();
    }
    this.time = end;
  }
}

function burstOn(options: { busy?: () => boolean } = {}) {
  const clock = new FakeClock();
  const flushed: string[][] = [];
  const burst = new NewFileBurst<string>((files) => flushed.push(files), { debounceMs: 750, clock, ...options });
  const add = (...names: string[]) => names.forEach((n) => burst.add(n, n));
  return { clock, flushed, burst, add };
}

describe('workspace/NewFileBurst: created files become one batch per burst', () => {
  it('files arriving less than the debounce apart are one batch, flushed once the burst goes quiet', () => {
    const { clock, flushed, add } = burstOn();
    add('a.ts');
    clock.advance(500);
    add('b.ts', 'c.ts');
    clock.advance(700);
    assert.deepEqual(flushed, [], 'still within 750 ms of the last file');
    clock.advance(50);
    assert.deepEqual(flushed, [['a.ts', 'b.ts', 'c.ts']]);
    add('d.ts');
    clock.advance(750);
    assert.deepEqual(flushed, [['a.ts', 'b.ts', 'c.ts'], ['d.ts']], 'a later file starts a new burst');
  });

  it('a file reported twice within a burst is in it once', () => {
    const { clock, flushed, add } = burstOn();
    add('a.ts', 'a.ts', 'b.ts');
    clock.advance(750);
    assert.deepEqual(flushed, [['a.ts', 'b.ts']]);
  });

  it('a burst that keeps going is flushed at least every 3 s', () => {
    const { clock, flushed, add } = burstOn();
    for (let i = 0; i < 12; i++) {
      add(`f${i}.ts`);
      clock.advance(300);
    }
    assert.equal(flushed.length, 1, 'flushed once at the 3 s mark, while files still arrive');
    assert.deepEqual(flushed[0], ['f0.ts', 'f1.ts', 'f2.ts', 'f3.ts', 'f4.ts', 'f5.ts', 'f6.ts', 'f7.ts', 'f8.ts', 'f9.ts'], 'the files of the first 3 s');
    clock.advance(750);
    assert.deepEqual(flushed.map((b) => b.length), [10, 2], 'the rest is the next batch');
  });

  it('a file deleted before the burst ends is not reported', () => {
    const { clock, flushed, add, burst } = burstOn();
    add('a.ts', 'tmp.ts');
    burst.remove('tmp.ts');
    clock.advance(750);
    assert.deepEqual(flushed, [['a.ts']]);
  });

  it('waits while a new folder is walked, so the walk\'s files join the same batch', () => {
    let walking = true;
    const { clock, flushed, add } = burstOn({ busy: () => walking });
    add('pkg/a.ts');
    clock.advance(2000);
    assert.deepEqual(flushed, [], 'not flushed while the walk runs');
    add('pkg/b.ts', 'pkg/c.ts');
    walking = false;
    clock.advance(750);
    assert.deepEqual(flushed, [['pkg/a.ts', 'pkg/b.ts', 'pkg/c.ts']]);
  });

  it('dispose drops pending files and flushes nothing', () => {
    const { clock, flushed, add, burst } = burstOn();
    add('a.ts');
    burst.dispose();
    clock.advance(5000);
    assert.deepEqual(flushed, []);
    assert.equal(burst.size, 0);
  });
});
