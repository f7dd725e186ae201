// Background: the toolbar badge per tab, cleared on navigation, and the panel keyboard command.
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { actionBadgeText, type LensMessage } from '../lib/messages';

export default defineBackground(() => {
  const action = browser.action ?? browser.browserAction;

  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    const lens = message as LensMessage;
    const tabId = sender.tab?.id;
    if (lens?.type !== 'opinion-lens:tab-summary' || tabId === undefined) return;
    void action.setBadgeText({ tabId, text: actionBadgeText(lens) });
    void action.setBadgeBackgroundColor({ tabId, color: lens.sections > 0 ? '#1e5fb4' : '#a34b00' });
  });

  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'loading') void action.setBadgeText({ tabId, text: '' });
  });
});
