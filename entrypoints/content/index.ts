// Content script: runs Opinion Lens on every page and on same-origin frames; all the work is in ./lens.
import { defineContentScript } from 'wxt/utils/define-content-script';
import { startLens } from './lens';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  // Same-origin frames (an article in an iframe, about:blank or srcdoc frames a page fills) get badges too; the
  // top document alone speaks for the tab (report, toolbar count, panel). Cross-origin frames stop at once.
  allFrames: true,
  matchAboutBlank: true,
  main: (ctx) => (sameOriginAsTop() ? startLens(ctx) : undefined),
});

function sameOriginAsTop(): boolean {
  try {
    // Reading the top document throws across origins (an about:srcdoc frame's location.origin is "null").
    return window === window.top || window.top?.document !== undefined;
  } catch {
    return false;
  }
}
