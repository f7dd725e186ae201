// Options: the global switch, the display toggles and the theme.
import type { Settings, Theme } from '../../lib/settings/settings';
import { THEMES } from '../../lib/settings/settings';
import { t, type MessageKey } from '../i18n';
import { DISPLAY_TOGGLES } from '../popup/display-toggles';
import { Toggle } from '../popup/Toggle';

const THEME_NAME: Record<Theme, MessageKey> = { auto: 'themeAuto', light: 'themeLight', dark: 'themeDark' };

/** A change, or for list edits a function of the settings as stored when the change is saved. */
export type SettingsChange = Partial<Settings> | ((current: Settings) => Partial<Settings>);

export interface SectionProps {
  settings: Settings;
  /** Saves the change; resolves to null once saved, or to the reason it was not (nothing changed then). */
  onChange: (change: SettingsChange) => Promise<string | null>;
}

export function GeneralSection({ settings, onChange }: SectionProps) {
  return (
    <section class="card" aria-labelledby="options-general">
      <h2 id="options-general">{t('optionsGeneral')}</h2>
      <Toggle label={t('settingEnabled')} checked={settings.enabled} onChange={(enabled) => void onChange({ enabled })} />
      {DISPLAY_TOGGLES.map((toggle) => (
        <Toggle
          key={toggle.key}
          label={toggle.label()}
          hint={toggle.hint()}
          checked={settings[toggle.key]}
          onChange={(on) => void onChange({ [toggle.key]: on })}
        />
      ))}
      <fieldset class="theme">
        <legend class="toggle__text">
          <span class="toggle__label">{t('settingTheme')}</span>
          <span class="toggle__hint">{t('settingThemeHint')}</span>
        </legend>
        <div class="segmented">
          {THEMES.map((theme) => (
            <label key={theme} class="segmented__option">
              <input
                type="radio"
                name="theme"
                value={theme}
                checked={settings.theme === theme}
                onChange={() => void onChange({ theme })}
              />
              <span>{t(THEME_NAME[theme])}</span>
            </label>
          ))}
        </div>
      </fieldset>
    </section>
  );
}
