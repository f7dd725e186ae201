// Background: the toolbar badge per tab (cleared on navigation), the panel's keyboard command, panel state per tab.
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { actionBadgeText, type LensMessage, type PanelMessage } from '../lib/messages';

const TOGGLE_PANEL_COMMAND = 'toggle-panel';
const panelKey = (tabId: number) => `panel:${tabId}`;

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
      if (lens.open !== undefined) return browser.storage.session.set({ [panelKey(tabId)]: lens.open }).then(() => ({ open: lens.open }));
      return browser.storage.session.get(panelKey(tabId)).then((stored) => ({ open: (stored[panelKey(tabId)] as boolean | undefined) ?? null }));
    }
    return undefined;
  });

  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'loading') void action.setBadgeText({ tabId, text: '' });
  });

  browser.tabs.onRemoved.addListener((tabId) => void browser.storage.session.remove(panelKey(tabId)));

  browser.commands.onCommand.addListener(async (command) => {
    if (command !== TOGGLE_PANEL_COMMAND) return;
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    if (tab?.id === undefined) return;
    const message: PanelMessage = { type: 'opinion-lens:panel', action: 'toggle' };
    await browser.tabs.sendMessage(tab.id, message).catch(() => undefined);
  });
});
