import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ContentScriptContext as WxtContext } from 'wxt/utils/content-script-context';
import { ContentScriptContext } from '../../../components/page/page-context';
import { watchUrl } from '../../../entrypoints/content/navigation';

vi.mock('wxt/browser', () => ({ browser: { runtime: { id: 'test-extension' } } }));

describe('the URL watcher', () => {
  const contexts: ContentScriptContext[] = [];
  afterEach(() => {
    for (const ctx of contexts.splice(0)) ctx.notifyInvalidated();
    history.replaceState({}, '', '/news/start');
  });

  const watch = () => {
    const ctx = new ContentScriptContext('content');
    contexts.push(ctx);
    const changes: string[] = [];
    // The build aliases WXT's context to ours (wxt.config.ts); the types differ only in WXT's private members.
    const check = watchUrl(ctx as unknown as WxtContext, (url) => changes.push(new URL(url).pathname + new URL(url).hash));
    return { check, changes };
  };

  it('reports each new URL once, whatever tells it first, and ignores a fragment change', () => {
    history.replaceState({}, '', '/news/start');
    const { check, changes } = watch();
    history.pushState({}, '', '/news/next');
    check();
    check();
    window.dispatchEvent(new PopStateEvent('popstate'));
    history.replaceState({}, '', '/news/next#comments');
    check();
    history.replaceState({}, '', '/news/third');
    window.dispatchEvent(new PopStateEvent('popstate'));
    expect(changes).toEqual(['/news/next', '/news/third']);
  });

  it('is not moved by events the page dispatches while the URL stays the same', () => {
    history.replaceState({}, '', '/news/start');
    const { changes } = watch();
    window.dispatchEvent(new PopStateEvent('popstate'));
    window.dispatchEvent(new Event('hashchange'));
    expect(changes).toEqual([]);
  });
});
