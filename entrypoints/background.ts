// Background: the toolbar badge per tab (cleared on navigation), the panel's keyboard command, panel state per tab and site.
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { actionBadgeText, type LensMessage, type PanelMessage } from '../lib/messages';

const TOGGLE_PANEL_COMMAND = 'toggle-panel';
/** The panel's open state belongs to the tab and the site: a panel open on one site does not reopen on the next. */
const panelPrefix = (tabId: number) => `panel:${tabId}:`;
const panelKey = (tabId: number, url: string | undefined) => panelPrefix(tabId) + siteOf(url);

function siteOf(url: string | undefined): string {
  try {
    return url ? new URL(url).hostname : '';
  } catch {
    return '';
  }
}

export default defineBackground(() => {
  const action = browser.action ?? browser.browserAction;

  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    const lens = message as LensMessage;
    const tabId = sender.tab?.id;
    if (tabId === undefined) return undefined;
    if (lens?.type === 'opinion-lens:tab-summary') {
      void action.setBadgeText({ tabId, text: actionBadgeText(lens) });
      void action.setBadgeBackgroundColor({ tabId, color: lens.sections > 0 ? '#1e5fb4' : '#a34b00' });
    } else if (lens?.type === 'opinion-lens:panel-state') {
      const key = panelKey(tabId, sender.url);
      if (lens.open !== undefined) return browser.storage.session.set({ [key]: lens.open }).then(() => ({ open: lens.open }));
      return browser.storage.session.get(key).then((stored) => ({ open: (stored[key] as boolean | undefined) ?? null }));
    }
    return undefined;
  });

  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'loading') void action.setBadgeText({ tabId, text: '' });
  });

  browser.tabs.onRemoved.addListener(async (tabId) => {
    const stored = await browser.storage.session.get(null);
    await browser.storage.session.remove(Object.keys(stored).filter((key) => key.startsWith(panelPrefix(tabId))));
  });

  browser.commands.onCommand.addListener(async (command) => {
    if (command !== TOGGLE_PANEL_COMMAND) return;
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    if (tab?.id === undefined) return;
    const message: PanelMessage = { type: 'opinion-lens:panel', action: 'toggle' };
    await browser.tabs.sendMessage(tab.id, message).catch(() => undefined);
  });
});
