import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS, isActiveOn, normaliseHost, sanitiseSettings } from '../../../lib/settings/settings';
import { loadSettings, settingsItem, updateSettings, watchSettings } from '../../../lib/settings/settings-storage';

beforeEach(() => fakeBrowser.reset());

describe('sanitiseSettings', () => {
  it('gives the defaults for nothing or garbage', () => {
    for (const value of [undefined, null, 42, 'on', [], { enabled: 'yes' }]) {
      expect(sanitiseSettings(value)).toEqual(DEFAULT_SETTINGS);
    }
  });

  it('keeps every valid field and repairs each corrupt one on its own', () => {
    expect(
      sanitiseSettings({
        enabled: false,
        disabledSites: ['News.Example.com', 'https://paper.example/path', 7, '', 'news.example.com', 'not a host!'],
        badges: 'no',
        sectionMarker: false,
        theme: 'purple',
        customLabels: [
          { text: '  Our  take ', kind: 'opinion' },
          { text: 'our take', kind: 'facts' },
          { text: '', kind: 'facts' },
          { text: 'Straight news', kind: 'gossip' },
          'junk',
        ],
      }),
    ).toEqual({
      ...DEFAULT_SETTINGS,
      enabled: false,
      disabledSites: ['news.example.com', 'paper.example'],
      sectionMarker: false,
      customLabels: [{ text: 'Our take', kind: 'opinion' }],
    });
  });

  it('leaves the opinion estimate and cue highlights off until the reader turns them on', () => {
    expect([DEFAULT_SETTINGS.opinionEstimate, DEFAULT_SETTINGS.highlightCues]).toEqual([false, false]);
    expect(sanitiseSettings({ opinionEstimate: true, highlightCues: 'yes' })).toEqual({ ...DEFAULT_SETTINGS, opinionEstimate: true });
  });

  it('normalises host names and says where the extension is active', () => {
    expect(normaliseHost(' HTTPS://Www.Example.com:8080/a?b ')).toBe('www.example.com');
    expect(normaliseHost('///')).toBeNull();
    const settings = sanitiseSettings({ disabledSites: ['paper.example'] });
    expect(isActiveOn(settings, 'paper.example')).toBe(false);
    expect(isActiveOn(settings, 'other.example')).toBe(true);
    expect(isActiveOn({ ...settings, enabled: false }, 'other.example')).toBe(false);
  });
});

describe('settings in storage.sync', () => {
  it('reads the defaults when nothing is stored, without writing', async () => {
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
    expect(await fakeBrowser.storage.sync.get('settings')).toEqual({});
  });

  it('repairs a corrupt stored value in place', async () => {
    await fakeBrowser.storage.sync.set({ settings: { enabled: 'maybe', theme: 'dark', disabledSites: 'all' }, settings$: { v: 2 } });
    expect(await loadSettings()).toEqual({ ...DEFAULT_SETTINGS, theme: 'dark' });
    expect((await fakeBrowser.storage.sync.get('settings')).settings).toEqual({ ...DEFAULT_SETTINGS, theme: 'dark' });
  });

  it('migrates version 1 settings, told by their shape, and writes them in today’s shape once', async () => {
    await fakeBrowser.storage.sync.set({
      settings: { enabled: true, showBadges: false, showMarker: false, labels: { 'Our take': 'opinion' }, disabledSites: ['a.example'] },
      settings$: { v: 1 },
    });
    const expected = { ...DEFAULT_SETTINGS, badges: false, sectionMarker: false, disabledSites: ['a.example'], customLabels: [{ text: 'Our take', kind: 'opinion' }] };
    expect(await loadSettings()).toEqual(expected);
    expect((await fakeBrowser.storage.sync.get('settings')).settings).toEqual(expected);
  });

  it('updates a field and tells watchers with clean settings', async () => {
    const seen: boolean[] = [];
    const unwatch = watchSettings((settings) => seen.push(settings.badges));
    await updateSettings({ badges: false });
    expect((await settingsItem.getValue()).badges).toBe(false);
    expect(seen).toEqual([false]);
    unwatch();
  });
});
