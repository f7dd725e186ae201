import { afterEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { ContentScriptContext } from '../../../components/page/page-context';

vi.mock('wxt/browser', () => ({ browser: { runtime: { id: 'test-extension' } } }));

describe('the content script context', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('announces nothing to the page when it starts', () => {
    const posted = vi.spyOn(window, 'postMessage');
    const dispatched = vi.spyOn(document, 'dispatchEvent');
    const ctx = new ContentScriptContext('content', {});
    expect(posted).not.toHaveBeenCalled();
    expect(dispatched).not.toHaveBeenCalled();
    expect(ctx.isValid).toBe(true);
  });

  it('is not stopped by the start event WXT’s own context would obey, from the page', () => {
    const ctx = new ContentScriptContext('content', {});
    const stopped = vi.fn();
    ctx.onInvalidated(stopped);
    const name = 'test-extension:content:wxt:content-script-started';
    document.dispatchEvent(new CustomEvent(name, { detail: { contentScriptName: 'content', messageId: 'page' } }));
    window.postMessage({ type: name, contentScriptName: 'content', messageId: 'page' }, '*');
    expect(stopped).not.toHaveBeenCalled();
    expect(ctx.isValid).toBe(true);
    ctx.notifyInvalidated();
    expect(stopped).toHaveBeenCalledOnce();
  });

  it('lets go of a one-shot timer, frame or idle callback’s stop listener once it has run, and keeps an interval’s', async () => {
    // happy-dom has no idle callbacks: a timer stands in for one.
    vi.stubGlobal('requestIdleCallback', (callback: IdleRequestCallback) => setTimeout(() => callback({ didTimeout: false, timeRemaining: () => 50 }), 0));
    vi.stubGlobal('cancelIdleCallback', (id: number) => clearTimeout(id));
    const ctx = new ContentScriptContext('content', {});
    const listening = new Set<unknown>();
    vi.spyOn(ctx.signal, 'addEventListener').mockImplementation((_type, listener) => void listening.add(listener));
    vi.spyOn(ctx.signal, 'removeEventListener').mockImplementation((_type, listener) => void listening.delete(listener));
    const ran: string[] = [];
    await new Promise<void>((done) => {
      ctx.setTimeout(() => ran.push('timer'), 0);
      ctx.requestAnimationFrame(() => ran.push('frame'));
      ctx.requestIdleCallback(() => ran.push('idle'));
      setTimeout(done, 100);
    });
    expect(ran.sort()).toEqual(['frame', 'idle', 'timer']);
    expect(listening.size).toBe(0);
    const interval = ctx.setInterval(() => undefined, 1000);
    expect(listening.size).toBe(1);
    clearInterval(interval);
  });

  it('keeps no listener for a timer that has run, and still cancels one that has not when it ends', async () => {
    const ctx = new ContentScriptContext('content', {});
    const added = vi.spyOn(ctx.signal, 'addEventListener');
    const removed = vi.spyOn(ctx.signal, 'removeEventListener');
    const ran = vi.fn();
    for (let index = 0; index < 3; index += 1) ctx.setTimeout(ran, 0);
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(ran).toHaveBeenCalledTimes(3);
    expect(removed).toHaveBeenCalledTimes(added.mock.calls.length);
    const late = vi.fn();
    ctx.setTimeout(late, 5);
    ctx.notifyInvalidated();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(late).not.toHaveBeenCalled();
  });

  it('looks at the extension runtime at most once a second, and ends within a second of the extension going away', () => {
    vi.useFakeTimers({ toFake: ['performance'] });
    const runtime = browser.runtime as unknown as { id: string | undefined };
    let id: string | undefined = 'test-extension';
    const looks = vi.fn(() => id);
    Object.defineProperty(runtime, 'id', { get: looks, configurable: true });
    try {
      const ctx = new ContentScriptContext('content', {});
      const ended = vi.fn();
      ctx.onInvalidated(ended);
      for (let index = 0; index < 50; index += 1) expect(ctx.isValid).toBe(true);
      expect(looks).toHaveBeenCalledTimes(1);
      id = undefined;
      vi.advanceTimersByTime(500);
      expect(ctx.isValid).toBe(true);
      vi.advanceTimersByTime(600);
      expect(ctx.isValid).toBe(false);
      expect(ended).toHaveBeenCalledOnce();
    } finally {
      Object.defineProperty(runtime, 'id', { value: 'test-extension', configurable: true, writable: true });
      vi.useRealTimers();
    }
  });
});
