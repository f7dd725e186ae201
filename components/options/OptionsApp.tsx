// The options page wired up: every setting, live from storage.sync, saved at once on each change.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Settings } from '../../lib/settings/settings';
import { SYNC_ITEM_MAX_BYTES, loadSettings, updateSettings, watchSettings } from '../../lib/settings/settings-storage';
import { t } from '../i18n';
import { applyTheme } from '../popup/display-toggles';
import { saveErrorText } from '../popup/save-error';
import { BackupSection } from './BackupSection';
import { GeneralSection, type SettingsChange } from './GeneralSection';
import { LabelsSection } from './LabelsSection';
import { SitesSection } from './SitesSection';

export function OptionsApp() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [saveError, setSaveError] = useState<string | null>(null);

  useEffect(() => {
    void loadSettings().then(setSettings);
    return watchSettings(setSettings);
  }, []);

  useEffect(() => {
    if (settings) applyTheme(settings.theme);
  }, [settings?.theme]);

  // Saves one after another, each against the stored value, so quick clicks on two remove buttons both count.
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  const save = (change: SettingsChange): Promise<void> => {
    const saved = queue.current.then(async () => {
      const next = await updateSettings(typeof change === 'function' ? change(await loadSettings()) : change);
      setSettings(next);
      setSaveError(null);
    });
    queue.current = saved.catch(() => undefined);
    return saved;
  };

  const onChange = (change: SettingsChange) =>
    save(change).then(
      () => null,
      (error: unknown) => {
        const text = saveErrorText(error);
        setSaveError(text);
        return text;
      },
    );

  if (!settings) return null;
  return (
    <main class="options">
      <header class="options__header">
        <img src="/icon/48.png" alt="" width="40" height="40" />
        <div>
          <h1>{t('optionsTitle')}</h1>
          <p class="hint">{t('optionsIntro')}</p>
          <p class="hint">{t('optionsSyncNote', Math.floor(SYNC_ITEM_MAX_BYTES / 1024))}</p>
        </div>
      </header>
      {saveError && (
        <p class="status status--error" role="alert">
          {saveError}
        </p>
      )}
      <GeneralSection settings={settings} onChange={onChange} />
      <SitesSection settings={settings} onChange={onChange} />
      <LabelsSection settings={settings} onChange={onChange} />
      <BackupSection settings={settings} onReplace={(next) => save(next)} />
    </main>
  );
}
