/**
 * A small event emitter with VS Code's `Event` shape, so services can fire events without importing `vscode` and be
 * unit-tested in plain Node. `emitter.event` is assignable to `vscode.Event<T>`.
 *
 * ```ts
 * const changed = new Emitter<number>();
 * const sub = changed.event((n) => console.log(n));
 * changed.fire(1); // logs 1
 * sub.dispose();
 * ```
 */
export type Listener<T> = (value: T) => unknown;

interface EventSubscription {
  dispose(): void;
}

/** Subscribe with `event(listener, thisArgs?, disposables?)`, like `vscode.Event<T>`. */
export type Event<T> = (
  listener: Listener<T>,
  thisArgs?: unknown,
  disposables?: EventSubscription[],
) => EventSubscription;

export class Emitter<T> {
  private readonly listeners = new Set<Listener<T>>();
  private disposed = false;

  /** The subscribe function; listeners are called in subscription order, a throwing listener does not stop the rest. */
  readonly event: Event<T> = (listener, thisArgs, disposables) => {
    const bound: Listener<T> = thisArgs === undefined ? listener : (value) => listener.call(thisArgs, value);
    if (this.disposed) return { dispose: () => undefined };
    this.listeners.add(bound);
    const subscription = { dispose: () => void this.listeners.delete(bound) };
    disposables?.push(subscription);
    return subscription;
  };

  fire(value: T): void {
    for (const listener of [...this.listeners]) {
      try {
        listener(value);
      } catch (error) {
        queueMicrotask(() => {
          throw error;
        });
      }
    }
  }

  dispose(): void {
    this.disposed = true;
    this.listeners.clear();
  }
}
