import type * as vscode from 'vscode';

/** Base for long-lived objects: `register()` what you create, `dispose()` releases it all in reverse order. */
export abstract class Disposable implements vscode.Disposable {
  private readonly _disposables: { dispose(): unknown }[] = [];
  private _isDisposed = false;

  protected get isDisposed(): boolean {
    return this._isDisposed;
  }

  protected register<T extends { dispose(): unknown }>(disposable: T): T {
    if (this._isDisposed) {
      disposable.dispose();
    } else {
      this._disposables.push(disposable);
    }
    return disposable;
  }

  dispose(): void {
    if (this._isDisposed) return;
    this._isDisposed = true;
    while (this._disposables.length) {
      this._disposables.pop()?.dispose();
    }
  }
}

/** A disposable from a function (timers, abort controllers). */
export function toDisposable(dispose: () => void): { dispose(): void } {
  return { dispose };
}
