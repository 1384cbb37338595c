/**
 * More files than this in one burst is a checkout, a branch switch, an unpacked archive or a generator run, not a
 * developer starting a new module: the files are still recorded (in the same single model update) but not matched.
 */
export const CHECKOUT_BURST_SIZE = 50;
/** However long a burst keeps going, it is flushed at least this often. */
const MAX_WAIT_MS = 3000;

/** The clock and timers a burst runs on (real ones by default; tests pass a fake). */
export interface BurstClock {
  now(): number;
  setTimeout(run: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

const realClock: BurstClock = {
  now: () => Date.now(),
  setTimeout: (run, ms) => setTimeout(run, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

export interface NewFileBurstOptions {
  /** Quiet time that ends a burst (ms). */
  debounceMs: number;
  /** While true (a new folder is being walked), the burst is not flushed: the walk's files belong to it. */
  busy?: () => boolean;
  clock?: BurstClock;
}

/**
 * Collects created files into bursts: a burst ends after `debounceMs` without a new file (at the latest 3 s after it
 * began, and never while `busy()`), and is handed to `flush` in one call, files in arrival order.
 *
 * ```ts
 * const burst = new NewFileBurst<string>((files) => console.log(files), { debounceMs: 750 });
 * burst.add('a.ts', 'a.ts'); burst.add('b.ts', 'b.ts'); // 750 ms later: logs ['a.ts', 'b.ts']
 * ```
 */
export class NewFileBurst<F> {
  private readonly pending = new Map<string, F>();
  private timer: unknown;
  private started = 0;
  private readonly clock: BurstClock;

  constructor(private readonly flush: (files: F[]) => void, private readonly options: NewFileBurstOptions) {
    this.clock = options.clock ?? realClock;
  }

  get size(): number {
    return this.pending.size;
  }

  add(key: string, file: F): void {
    if (this.pending.has(key)) return;
    if (!this.pending.size) this.started = this.clock.now();
    this.pending.set(key, file);
    const wait = Math.max(0, Math.min(this.options.debounceMs, this.started + MAX_WAIT_MS - this.clock.now()));
    this.arm(wait);
  }

  /** A pending file was deleted before the burst ended: it is not reported. */
  remove(key: string): void {
    this.pending.delete(key);
  }

  dispose(): void {
    this.clock.clearTimeout(this.timer);
    this.pending.clear();
  }

  private arm(ms: number): void {
    this.clock.clearTimeout(this.timer);
    this.timer = this.clock.setTimeout(() => this.end(), ms);
  }

  private end(): void {
    this.timer = undefined;
    if (!this.pending.size) return;
    if (this.options.busy?.()) {
      this.arm(this.options.debounceMs);
      return;
    }
    const files = [...this.pending.values()];
    this.pending.clear();
    this.flush(files);
  }
}
