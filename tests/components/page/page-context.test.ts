import { describe, expect, it, vi } from 'vitest';
import { ContentScriptContext } from '../../../components/page/page-context';

vi.mock('wxt/browser', () => ({ browser: { runtime: { id: 'test-extension' } } }));

describe('the content script context', () => {
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
});
