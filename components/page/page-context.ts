// The content script's context, standing in for WXT's (wxt.config.ts aliases it): it says nothing to the page.
import { browser } from 'wxt/browser';

/**
 * WXT 0.21's ContentScriptContext announces each start to the page — a `postMessage` and a DOM event on
 * `document`, both named with the extension id — and stops itself when the page dispatches that event back. Any
 * page could then learn that the extension is installed (even where it is switched off) or stop it. This context
 * keeps the same surface (AbortController, timers, `onInvalidated`) but posts, dispatches and listens to nothing
 * on the page: it ends only when the extension goes away (`browser.runtime.id` unset after an update or removal).
 */
/** How long a look at the extension runtime stays true: timers ask on every run, and each look crosses into the browser. */
const RUNTIME_LOOK_MS = 1000;

export class ContentScriptContext implements AbortController {
  private readonly abortController = new AbortController();
  private runtimeSeenAt = -Infinity;

  constructor(
    readonly contentScriptName: string,
    readonly options?: Record<string, unknown>,
  ) {}

  get signal(): AbortSignal {
    return this.abortController.signal;
  }

  abort(reason?: unknown): void {
    this.abortController.abort(reason);
  }

  /** True once the context ended; the extension's going away is noticed within RUNTIME_LOOK_MS. */
  get isInvalid(): boolean {
    const now = performance.now();
    if (!this.signal.aborted && now - this.runtimeSeenAt >= RUNTIME_LOOK_MS) {
      if (browser.runtime?.id == null) this.notifyInvalidated();
      else this.runtimeSeenAt = now;
    }
    return this.signal.aborted;
  }

  get isValid(): boolean {
    return !this.isInvalid;
  }

  /** Calls `cb` once the context ends; returns a function that removes it. */
  onInvalidated(cb: () => void): () => void {
    this.signal.addEventListener('abort', cb);
    return () => this.signal.removeEventListener('abort', cb);
  }

  block<T>(): Promise<T> {
    return new Promise(() => undefined);
  }

  setInterval(handler: () => void, timeout?: number): number {
    const id = setInterval(() => this.isValid && handler(), timeout) as unknown as number;
    this.onInvalidated(() => clearInterval(id));
    return id;
  }

  // A one-shot callback's cancel-on-invalidation listener goes when it runs: a busy page sets thousands of timers,
  // and listeners left on the signal would pile up, each new one costing more to add.

  setTimeout(handler: () => void, timeout?: number): number {
    const id = setTimeout(() => {
      forget();
      if (this.isValid) handler();
    }, timeout) as unknown as number;
    const forget = this.onInvalidated(() => clearTimeout(id));
    return id;
  }

  requestAnimationFrame(callback: FrameRequestCallback): number {
    const id = requestAnimationFrame((time) => {
      forget();
      if (this.isValid) callback(time);
    });
    const forget = this.onInvalidated(() => cancelAnimationFrame(id));
    return id;
  }

  requestIdleCallback(callback: IdleRequestCallback, options?: IdleRequestOptions): number {
    const id = requestIdleCallback((deadline) => {
      forget();
      if (!this.signal.aborted) callback(deadline);
    }, options);
    const forget = this.onInvalidated(() => cancelIdleCallback(id));
    return id;
  }

  /** A listener removed when the context ends; WXT's own `wxt:` events do not exist here. */
  addEventListener(target: EventTarget, type: string, handler: EventListener, options?: AddEventListenerOptions): void {
    target.addEventListener(type, handler, { ...options, signal: this.signal });
  }

  notifyInvalidated(): void {
    this.abort('Content script context invalidated');
  }
}
