// The popup's view: the global and per-site switches, what was found on the tab, the display toggles.
import type { Settings } from '../../lib/settings/settings';
import { t } from '../i18n';
import { DISPLAY_TOGGLES } from './display-toggles';
import { TabSummary, type TabView } from './TabSummary';
import { Toggle } from './Toggle';

export interface PopupProps {
  settings: Settings;
  /** The tab's host, once its content script has said; null for a tab it cannot see or has not described. */
  host: string | null;
  view: TabView;
  /** Why the last change was not saved, or null. */
  saveError?: string | null;
  onChange: (change: Partial<Settings>) => void;
  onOpenPanel: () => void;
  onOpenOptions: () => void;
}

export function Popup({ settings, host, view, saveError = null, onChange, onOpenPanel, onOpenOptions }: PopupProps) {
  const siteOn = host ? !settings.disabledSites.includes(host) : view.state !== 'offHere';
  const setSite = (on: boolean) => {
    if (!host) return;
    const others = settings.disabledSites.filter((site) => site !== host);
    onChange({ disabledSites: on ? others : [...others, host] });
  };
  const canOpenPanel = view.state === 'found' && view.report !== null;
  return (
    <main class="popup">
      <header class="popup__header">
        <img class="popup__logo" src="/icon/32.png" alt="" width="24" height="24" />
        <h1>{t('extName')}</h1>
        <button type="button" class="link-button" onClick={onOpenOptions}>
          {t('popupOpenOptions')}
        </button>
      </header>
      <section class="card">
        <Toggle label={t('settingEnabled')} checked={settings.enabled} onChange={(enabled) => onChange({ enabled })} />
        <Toggle
          label={host ? t('settingThisSite', host) : t('settingThisSiteUnknown')}
          checked={siteOn}
          disabled={!host || !settings.enabled}
          onChange={setSite}
        />
        {saveError && (
          <p class="notice notice--error" role="alert">
            {saveError}
          </p>
        )}
      </section>
      <section class="card" aria-labelledby="popup-found">
        <h2 id="popup-found">{t('popupFound')}</h2>
        <TabSummary view={view} />
        {canOpenPanel && (
          <button type="button" class="button button--primary popup__panel" onClick={onOpenPanel}>
            {t('popupOpenPanel')}
          </button>
        )}
      </section>
      <section class="card" aria-labelledby="popup-display">
        <h2 id="popup-display">{t('popupDisplay')}</h2>
        {DISPLAY_TOGGLES.map((toggle) => (
          <Toggle
            key={toggle.key}
            label={toggle.label()}
            checked={settings[toggle.key]}
            disabled={!settings.enabled}
            onChange={(on) => onChange({ [toggle.key]: on })}
          />
        ))}
      </section>
    </main>
  );
}
