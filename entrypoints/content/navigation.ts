// Same-document navigation (pushState, replaceState, back/forward): the page's URL, fragment aside, as it changes.
import type { ContentScriptContext } from 'wxt/utils/content-script-context';

const POLL_MS = 1000;

const withoutFragment = (url: string) => url.split('#', 1)[0] ?? url;

/**
 * Calls `onChange` once per change of the page's URL (its fragment aside: a jump to an anchor is no new article).
 * Listens to the Navigation API where the browser has it (events fire after the URL changed, whatever the page
 * renders next and when), and to popstate; polls each second where it has not. Returns `check`, for callers that
 * see the page change (a mutation) before any event. An event the page dispatches itself changes nothing: the
 * URL is compared, never the event trusted.
 */
export function watchUrl(ctx: ContentScriptContext, onChange: (url: string) => void): () => void {
  let last = withoutFragment(location.href);
  const check = () => {
    const now = withoutFragment(location.href);
    if (now === last) return;
    last = now;
    onChange(location.href);
  };
  const navigation = (globalThis as { navigation?: EventTarget }).navigation;
  if (typeof navigation?.addEventListener === 'function') ctx.addEventListener(navigation, 'currententrychange', check);
  else ctx.setInterval(check, POLL_MS);
  ctx.addEventListener(window, 'popstate', check);
  return check;
}
