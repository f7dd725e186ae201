// The popup wired up: live settings from storage, the target tab's report, and the actions that leave the popup.
import { useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { ReportResponse } from '../../lib/messages';
import { isActiveOn, type Settings } from '../../lib/settings/settings';
import { loadSettings, updateSettings, watchSettings } from '../../lib/settings/settings-storage';
import { applyTheme } from './display-toggles';
import { Popup } from './Popup';
import { saveErrorText } from './save-error';
import { tabView } from './TabSummary';
import { findTargetTab, openPanel, reportHost, requestSettledReport } from './tab-link';

export function PopupApp({ search }: { search?: string }) {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [tabId, setTabId] = useState<number | null>(null);
  /** undefined while asking; null when no content script answers. */
  const [response, setResponse] = useState<ReportResponse | null | undefined>(undefined);
  const [host, setHost] = useState<string | null>(null);
  const [saveError, setSaveError] = useState<string | null>(null);
  const ticket = useRef(0);

  const refresh = async (id: number, expectActive?: boolean) => {
    const mine = ++ticket.current;
    const answer = await requestSettledReport(id, expectActive);
    if (mine !== ticket.current) return;
    setResponse(answer);
    const answeredHost = reportHost(answer);
    if (answeredHost) setHost(answeredHost);
  };

  useEffect(() => {
    void loadSettings().then(setSettings);
    return watchSettings(setSettings);
  }, []);

  useEffect(() => {
    void findTargetTab(search).then((id) => {
      setTabId(id);
      if (id === null) setResponse(null);
      else void refresh(id);
    });
  }, [search]);

  // A settings change restarts or stops the content script: ask again for what it now shows.
  useEffect(() => {
    if (!settings || tabId === null || !response) return;
    const expectActive = host ? isActiveOn(settings, host) : settings.enabled ? undefined : false;
    void refresh(tabId, expectActive);
  }, [settings]);

  useEffect(() => {
    if (settings) applyTheme(settings.theme);
  }, [settings?.theme]);

  if (!settings) return null;
  const offHere = host !== null && settings.disabledSites.includes(host);
  return (
    <Popup
      settings={settings}
      host={host}
      view={tabView(settings.enabled, offHere, response)}
      saveError={saveError}
      onChange={(change) =>
        void updateSettings(change).then(
          (saved) => {
            setSettings(saved);
            setSaveError(null);
          },
          (error: unknown) => setSaveError(saveErrorText(error)),
        )
      }
      onOpenPanel={() => {
        if (tabId !== null) void openPanel(tabId).then(() => window.close());
      }}
      onOpenOptions={() => void browser.runtime.openOptionsPage()}
    />
  );
}
