// The content script's link to the extension: the tab summary for the toolbar, the panel's remembered state,
// and the page UI script, loaded at this session's URL.
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { DetectedPage } from '../../lib/page/detect';
import type { PanelStateMessage, TabSummaryMessage } from '../../lib/messages';
import type { CreateLensUi } from '../../components/page/lens-ui';
import { LENS_UI_GLOBAL } from '../../components/page/lens-ui-global';

/** The toolbar count follows page changes at most this often (a message to the background costs milliseconds). */
const SUMMARY_INTERVAL_MS = 2000;

/**
 * The tab summary's sender. Only the top document speaks for the tab (its report, toolbar count and panel). A
 * message costs milliseconds, so one goes only when the summary changed, and while the page keeps changing at
 * most once per SUMMARY_INTERVAL_MS; null (nothing to show) goes at once.
 */
export function summarySender(ctx: ContentScriptContext, isTop: boolean): (detected: DetectedPage | null) => void {
  let lastSummary = '';
  let summaryTimer: number | undefined;
  let lastSent = -Infinity;
  return (detected) => {
    if (!isTop) return;
    const message: TabSummaryMessage = {
      type: 'opinion-lens:tab-summary',
      sections: detected?.sections.length ?? 0,
      pageKind: detected?.pageType.kind ?? 'unknown',
      markupSaysOpinion: detected?.markupSaysOpinion ?? false,
    };
    if (summaryTimer !== undefined) clearTimeout(summaryTimer);
    summaryTimer = undefined;
    const send = () => {
      const text = JSON.stringify(message);
      if (text === lastSummary) return;
      lastSummary = text;
      lastSent = performance.now();
      browser.runtime.sendMessage(message).catch(() => {
        // The background may be asleep or reloading; forget what was sent so that the next change tells it again.
        lastSummary = '';
      });
    };
    const wait = lastSent + SUMMARY_INTERVAL_MS - performance.now();
    if (detected === null || wait <= 0) send();
    else summaryTimer = ctx.setTimeout(send, wait);
  };
}

/** The UI script registers its factory when imported; it runs in this content script's world. */
export async function loadLensUi(): Promise<CreateLensUi> {
  const registry = globalThis as unknown as Record<string, CreateLensUi | undefined>;
  // WXT's typing of getURL is lost through the polyfill module's browser type; the path is one of its PublicPaths.
  // With use_dynamic_url (Chromium) getURL gives this session's URL, the only one that serves the file.
  const runtime = browser.runtime as unknown as { getURL(path: '/lens-ui.js'): string };
  if (!registry[LENS_UI_GLOBAL]) await import(/* @vite-ignore */ runtime.getURL('/lens-ui.js'));
  const create = registry[LENS_UI_GLOBAL];
  if (!create) throw new Error('Opinion Lens: the page UI script did not load');
  return create;
}

/** Tells the background whether this tab's panel is open (kept per tab and site). */
export function rememberPanel(open: boolean): void {
  const message: PanelStateMessage = { type: 'opinion-lens:panel-state', open };
  browser.runtime.sendMessage(message).catch(() => undefined);
}

/** Whether this tab's panel was open on this site: true, false, or null when it never said. */
export async function askPanelState(): Promise<boolean | null> {
  const message: PanelStateMessage = { type: 'opinion-lens:panel-state' };
  try {
    const answer = (await browser.runtime.sendMessage(message)) as { open: boolean | null } | undefined;
    return answer?.open ?? null;
  } catch {
    return null;
  }
}
