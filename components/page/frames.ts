// Waiting for the page's next rendered frame, so work written after it does not share that frame.
import type { ContentScriptContext } from 'wxt/utils/content-script-context';

/** The longest wait for a rendered frame (a hidden tab renders none). */
const FRAME_WAIT_MS = 200;

/**
 * Resolves once the next frame has been rendered, or after FRAME_WAIT_MS (at once in a hidden tab). Chromium fires
 * a page's load event only after its document_idle content scripts ran, and does its own work for the loaded page in
 * the first frame after that (capturing the page's text: ~30 ms on a 200,000-element page, traced); marks written
 * before that frame would share it, making one long task of two short ones.
 */
export function afterAFrame(ctx: ContentScriptContext): Promise<void> {
  // A hidden tab renders no frame to share, and its timers wait up to a second each: nothing to wait for.
  if (document.visibilityState === 'hidden') return Promise.resolve();
  return new Promise((resolve) => {
    ctx.setTimeout(resolve, FRAME_WAIT_MS);
    // A timer from inside the frame callback runs after that frame's rendering, not before it.
    ctx.requestAnimationFrame(() => ctx.setTimeout(resolve, 0));
  });
}
