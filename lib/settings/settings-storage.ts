// The one module that touches extension storage: the settings item in storage.sync, read without writing, size-checked.
import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import { DEFAULT_SETTINGS, isCleanSettings, isRecord, sanitiseSettings, unknownSettingsFields, type Settings } from './settings';
import { upgradeStoredSettings } from './settings-versions';

const SETTINGS_KEY = 'settings';

/**
 * storage.sync's limit per item, QUOTA_BYTES_PER_ITEM in Chrome and Firefox alike: the key's length plus the
 * value's JSON, in bytes. All settings live in this one item, so the sites and labels lists share it.
 */
export const SYNC_ITEM_MAX_BYTES = 8192;

/**
 * The stored value: Settings plus any field a newer version wrote. No WXT `version`: its record syncs apart from
 * the value and a missing one would run every migration again, so the value's shape tells its version instead
 * (lib/settings/settings-versions.ts).
 */
export const settingsItem = storage.defineItem<Record<string, unknown>>(`sync:${SETTINGS_KEY}`, {
  fallback: { ...DEFAULT_SETTINGS, disabledSites: [], customLabels: [] },
});

/** A change that would not fit in storage.sync's item; nothing was written. */
export class SettingsTooLargeError extends Error {
  constructor(
    readonly bytes: number,
    readonly limit = SYNC_ITEM_MAX_BYTES,
  ) {
    super(`settings of ${bytes} bytes exceed storage.sync's ${limit} bytes per item`);
    this.name = 'SettingsTooLargeError';
  }
}

/** Bytes the value takes in storage.sync, as the browser counts them (key + JSON, UTF-8). */
export function storedSize(value: unknown): number {
  return SETTINGS_KEY.length + new TextEncoder().encode(JSON.stringify(value)).length;
}

/**
 * The stored value in today's shape; a storage that cannot be read gives the defaults (logged). Read from
 * storage.sync itself, not through settingsItem, whose getValue turns a stored null into the fallback: a null is
 * corrupt and must be repaired like any other garbage; only a missing item gives the fallback.
 */
async function readStored(): Promise<unknown> {
  try {
    const raw: unknown = (await browser.storage.sync.get(SETTINGS_KEY))[SETTINGS_KEY];
    return upgradeStoredSettings(raw === undefined ? settingsItem.fallback : raw);
  } catch (error) {
    console.warn('Opinion Lens: settings could not be read; using the defaults', error);
    return {};
  }
}

/**
 * Reads the settings, never throwing. A clean stored value (compared field by field) is never written; a corrupt,
 * partial or older one is repaired in storage, its unknown fields kept. A refused repair (storage.sync allows 120
 * writes a minute) is logged and the sanitised settings are returned anyway.
 */
export async function loadSettings(): Promise<Settings> {
  const stored = await readStored();
  const settings = sanitiseSettings(stored);
  if (!isCleanSettings(stored, settings)) {
    await settingsItem.setValue({ ...unknownSettingsFields(stored), ...settings }).catch((error: unknown) => {
      console.warn('Opinion Lens: stored settings could not be repaired; using the repaired copy', error);
    });
  }
  return settings;
}

/**
 * Applies a change to the stored settings and returns them. Rejects with SettingsTooLargeError, writing nothing,
 * when the result would not fit in one storage.sync item, and with the browser's error when it refuses the write.
 */
export async function updateSettings(change: Partial<Settings>): Promise<Settings> {
  const stored = await readStored();
  const settings = sanitiseSettings({ ...(isRecord(stored) ? stored : {}), ...change });
  const value = { ...unknownSettingsFields(stored), ...settings };
  const bytes = storedSize(value);
  if (bytes > SYNC_ITEM_MAX_BYTES) throw new SettingsTooLargeError(bytes);
  await settingsItem.setValue(value);
  return settings;
}

/** Calls back with clean settings on every change, from any tab, popup or options page. */
export function watchSettings(callback: (settings: Settings) => void): () => void {
  return settingsItem.watch((value) => callback(sanitiseSettings(upgradeStoredSettings(value))));
}
