// The popup's link to one tab: which tab it describes, that tab's report from the content script, the panel.
import { browser } from 'wxt/browser';
import type { GetReportMessage, PanelMessage, ReportResponse } from '../../lib/messages';

/** The tab named by `?tab=<id>` (a popup opened as a page, as in tests), else the active tab of this window. */
export async function findTargetTab(search: string = location.search): Promise<number | null> {
  const named = Number(new URLSearchParams(search).get('tab'));
  if (Number.isInteger(named) && named > 0) return named;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

/** The content script's answer, or null where none runs (browser pages, stores, tabs older than the install). */
export async function requestReport(tabId: number): Promise<ReportResponse | null> {
  const message: GetReportMessage = { type: 'opinion-lens:get-report' };
  try {
    const response = (await browser.tabs.sendMessage(tabId, message)) as ReportResponse | undefined;
    return response && typeof response.active === 'boolean' ? response : null;
  } catch {
    return null;
  }
}

const RETRY_MS = 120;
const RETRIES = 8;

/**
 * The report once the content script has caught up with a settings change: the popup and the tab hear of the
 * change at about the same time, so the first answer may still describe the old settings.
 */
export async function requestSettledReport(tabId: number, expectActive?: boolean): Promise<ReportResponse | null> {
  for (let attempt = 0; ; attempt += 1) {
    const response = await requestReport(tabId);
    const settled = expectActive === undefined || (response?.active === expectActive && (!expectActive || response.report !== null));
    if (!response || settled || attempt >= RETRIES) return response;
    await new Promise((done) => setTimeout(done, RETRY_MS));
  }
}

export async function openPanel(tabId: number): Promise<void> {
  const message: PanelMessage = { type: 'opinion-lens:panel', action: 'open' };
  await browser.tabs.sendMessage(tabId, message).catch(() => undefined);
}

/** The host of the tab's page, as the content script sees it (also where the extension is off). */
export function reportHost(response: ReportResponse | null): string | null {
  return response?.host?.toLowerCase() || null;
}
