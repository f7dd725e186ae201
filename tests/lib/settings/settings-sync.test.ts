import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS, type Settings } from '../../../lib/settings/settings';
import { SYNC_ITEM_MAX_BYTES, SettingsTooLargeError, loadSettings, storedSize, updateSettings } from '../../../lib/settings/settings-storage';
import { upgradeStoredSettings } from '../../../lib/settings/settings-versions';

const OUR_TAKE = { text: 'Our take', kind: 'opinion' } as const;

/** A clean value as Chrome hands it back: every object's keys in alphabetical order. */
function sortedKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortedKeys);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(Object.keys(value).sort().map((key) => [key, sortedKeys((value as Record<string, unknown>)[key])]));
}

const stored = async () => (await fakeBrowser.storage.sync.get('settings')).settings as Record<string, unknown>;

beforeEach(() => fakeBrowser.reset());
afterEach(() => vi.restoreAllMocks());

describe('reading settings never writes a clean value', () => {
  it('reads a clean value with its keys in any order without a write', async () => {
    const clean: Settings = { ...DEFAULT_SETTINGS, disabledSites: ['paper.example'], customLabels: [OUR_TAKE, { text: 'Know More', kind: 'context' }] };
    await fakeBrowser.storage.sync.set({ settings: sortedKeys(clean) });
    const write = vi.spyOn(fakeBrowser.storage.sync, 'set');
    for (let read = 0; read < 5; read += 1) expect(await loadSettings()).toEqual(clean);
    expect(write).not.toHaveBeenCalled();
  });

  it('uses the repaired settings when storage refuses the repair, and logs the refusal', async () => {
    await fakeBrowser.storage.sync.set({ settings: { enabled: 'maybe', theme: 'dark' } });
    const refusal = new Error('MAX_WRITE_OPERATIONS_PER_MINUTE quota exceeded');
    vi.spyOn(fakeBrowser.storage.sync, 'set').mockRejectedValue(refusal);
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    expect(await loadSettings()).toEqual({ ...DEFAULT_SETTINGS, theme: 'dark' });
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('could not be repaired'), refusal);
  });

  it.each([
    ['null', null],
    ['a number', 42],
    ['a string', 'on'],
    ['a list', []],
  ])('repairs a stored value that is %s like any other corrupt value: defaults used and written', async (_, value) => {
    // Chrome keeps a stored null; the fake browser deletes the key instead, so its first read hands the value back.
    vi.spyOn(fakeBrowser.storage.sync, 'get').mockResolvedValueOnce({ settings: value } as never);
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
    expect(await stored()).toEqual(DEFAULT_SETTINGS);
  });

  it('gives the defaults when storage cannot be read at all', async () => {
    vi.spyOn(fakeBrowser.storage.sync, 'get').mockRejectedValue(new Error('storage is unavailable'));
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
  });
});

describe('the version record beside the settings', () => {
  it.each([
    ['missing', {}],
    ['null', { settings$: null }],
    ['corrupt', { settings$: 'v2?' }],
    ['stale', { settings$: { v: 1 } }],
  ])('when %s, leaves current settings and their labels as they are', async (_, meta) => {
    const current: Settings = { ...DEFAULT_SETTINGS, badges: false, customLabels: [OUR_TAKE] };
    await fakeBrowser.storage.sync.set({ settings: current, ...meta });
    const write = vi.spyOn(fakeBrowser.storage.sync, 'set');
    expect(await loadSettings()).toEqual(current);
    expect(write).not.toHaveBeenCalled();
  });

  it('reads a newer version’s value without error and keeps its unknown fields through updates', async () => {
    const newer = { ...DEFAULT_SETTINGS, customLabels: [OUR_TAKE], readingTime: true, badgeStyle: { size: 'large' } };
    await fakeBrowser.storage.sync.set({ settings: newer, settings$: { v: 3 } });
    const error = vi.spyOn(console, 'error');
    const write = vi.spyOn(fakeBrowser.storage.sync, 'set');
    expect(await loadSettings()).toEqual({ ...DEFAULT_SETTINGS, customLabels: [OUR_TAKE] });
    expect(write).not.toHaveBeenCalled();
    await updateSettings({ theme: 'dark' });
    expect(await stored()).toEqual({ ...newer, theme: 'dark' });
    expect(error).not.toHaveBeenCalled();
  });

  it('keeps fields a migration does not understand, and version 1 fields it cannot read', () => {
    expect(upgradeStoredSettings({ showBadges: 'no', labels: ['Opinion'], extra: 1, customLabels: [OUR_TAKE] })).toEqual({
      showBadges: 'no',
      labels: ['Opinion'],
      extra: 1,
      customLabels: [OUR_TAKE],
    });
    expect(upgradeStoredSettings({ labels: { 'Step back': 'context' }, customLabels: [OUR_TAKE], badges: true, showBadges: false })).toEqual({
      customLabels: [OUR_TAKE, { text: 'Step back', kind: 'context' }],
      badges: true,
      showBadges: false,
    });
  });
});

describe('storage.sync’s 8 KB per item', () => {
  it('refuses a change that does not fit, writing nothing', async () => {
    const sites = Array.from({ length: 400 }, (_, index) => `site-number-${index}.example`);
    await expect(updateSettings({ disabledSites: sites })).rejects.toBeInstanceOf(SettingsTooLargeError);
    expect(await stored()).toBeUndefined();
    const fitting = sites.slice(0, 250);
    await updateSettings({ disabledSites: fitting });
    expect(storedSize(await stored())).toBeLessThanOrEqual(SYNC_ITEM_MAX_BYTES);
    const error = await updateSettings({ disabledSites: sites }).catch((refused: unknown) => refused);
    expect(error).toBeInstanceOf(SettingsTooLargeError);
    expect((error as SettingsTooLargeError).bytes).toBeGreaterThan(SYNC_ITEM_MAX_BYTES);
    expect((await stored()).disabledSites).toEqual(fitting);
  });

  it('counts bytes as the browser does: key plus JSON, in UTF-8', () => {
    expect(storedSize({})).toBe('settings'.length + 2);
    expect(storedSize({ a: 'é' })).toBe('settings'.length + '{"a":""}'.length + 2);
  });
});
