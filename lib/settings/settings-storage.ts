// The one module that touches extension storage: the typed, versioned settings item in storage.sync.
import { storage } from 'wxt/utils/storage';
import { DEFAULT_SETTINGS, migrateFromV1, sanitiseSettings, type Settings } from './settings';

export const settingsItem = storage.defineItem<Settings>('sync:settings', {
  fallback: { ...DEFAULT_SETTINGS, disabledSites: [], customLabels: [] },
  version: 2,
  migrations: { 2: migrateFromV1 },
});

/** Reads the settings; a corrupt or partial stored value is repaired in storage. */
export async function loadSettings(): Promise<Settings> {
  const stored: unknown = await settingsItem.getValue();
  const settings = sanitiseSettings(stored);
  if (JSON.stringify(stored) !== JSON.stringify(settings)) await settingsItem.setValue(settings);
  return settings;
}

export async function updateSettings(change: Partial<Settings>): Promise<Settings> {
  const settings = sanitiseSettings({ ...(await loadSettings()), ...change });
  await settingsItem.setValue(settings);
  return settings;
}

/** Calls back with clean settings on every change, from any tab, popup or options page. */
export function watchSettings(callback: (settings: Settings) => void): () => void {
  return settingsItem.watch((value) => callback(sanitiseSettings(value)));
}
