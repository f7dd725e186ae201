import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS, customLabelProblem, siteToDisable, type Settings } from '../../../lib/settings/settings';
import { parseSettingsJson, settingsToJson } from '../../../lib/settings/settings-io';
import { loadSettings, updateSettings } from '../../../lib/settings/settings-storage';

beforeEach(() => fakeBrowser.reset());

const CHOSEN: Settings = {
  ...DEFAULT_SETTINGS,
  enabled: false,
  disabledSites: ['paper.example'],
  highlightFigures: true,
  opinionEstimate: true,
  highlightCues: true,
  theme: 'dark',
  customLabels: [{ text: 'Our view', kind: 'opinion' }],
};

/** What an import does in the options page: replace on success, touch nothing on failure. */
async function importText(text: string) {
  const result = parseSettingsJson(text);
  if (result.ok) await updateSettings(result.settings);
  return result;
}

describe('settings files', () => {
  it('exports every field and imports it back unchanged', async () => {
    const text = settingsToJson(CHOSEN);
    expect(Object.keys(JSON.parse(text))).toEqual(Object.keys(DEFAULT_SETTINGS));
    expect(await importText(text)).toEqual({ ok: true, settings: CHOSEN });
    expect(await loadSettings()).toEqual(CHOSEN);
  });

  it('sanitises a valid file: hosts normalised, duplicate labels dropped, missing fields defaulted', () => {
    const result = parseSettingsJson(
      JSON.stringify({
        disabledSites: ['HTTPS://Paper.Example/world'],
        customLabels: [
          { text: ' Our  view ', kind: 'opinion' },
          { text: 'our view', kind: 'facts' },
        ],
      }),
    );
    expect(result).toEqual({
      ok: true,
      settings: { ...DEFAULT_SETTINGS, disabledSites: ['paper.example'], customLabels: [{ text: 'Our view', kind: 'opinion' }] },
    });
  });

  it('imports an export from before the opinion-language settings, which then take their defaults', () => {
    const { opinionEstimate: _estimate, highlightCues: _cues, ...older } = CHOSEN;
    expect(parseSettingsJson(JSON.stringify(older))).toEqual({
      ok: true,
      settings: { ...CHOSEN, opinionEstimate: false, highlightCues: false },
    });
  });

  it('refuses text that is not JSON, and changes nothing', async () => {
    await updateSettings(CHOSEN);
    for (const text of ['', '{"enabled": tru', 'enabled=false']) {
      expect(await importText(text)).toEqual({ ok: false, problem: { kind: 'notJson' } });
    }
    expect(await loadSettings()).toEqual(CHOSEN);
  });

  it('refuses JSON of the wrong shape, and changes nothing', async () => {
    await updateSettings(CHOSEN);
    for (const text of ['null', '[]', '"settings"', '42', '{}']) {
      expect(await importText(text)).toEqual({ ok: false, problem: { kind: 'notSettings' } });
    }
    expect(await importText('{"enabled": true, "colour": "red"}')).toEqual({
      ok: false,
      problem: { kind: 'unknownField', field: 'colour' },
    });
    expect(await loadSettings()).toEqual(CHOSEN);
  });

  it('refuses a known field with a value of the wrong kind, and changes nothing', async () => {
    await updateSettings(CHOSEN);
    const cases: [Record<string, unknown>, keyof Settings][] = [
      [{ enabled: 'yes' }, 'enabled'],
      [{ badges: 1 }, 'badges'],
      [{ opinionEstimate: 'on' }, 'opinionEstimate'],
      [{ highlightCues: null }, 'highlightCues'],
      [{ theme: 'purple' }, 'theme'],
      [{ disabledSites: 'paper.example' }, 'disabledSites'],
      [{ disabledSites: ['paper.example', 'not a host!'] }, 'disabledSites'],
      [{ customLabels: { 'Our view': 'opinion' } }, 'customLabels'],
      [{ customLabels: [{ text: 'Our view', kind: 'gossip' }] }, 'customLabels'],
      [{ customLabels: [{ text: '   ', kind: 'facts' }] }, 'customLabels'],
      [{ enabled: true, sectionMarker: null }, 'sectionMarker'],
    ];
    for (const [file, field] of cases) {
      expect(await importText(JSON.stringify(file))).toEqual({ ok: false, problem: { kind: 'badField', field } });
    }
    expect(await loadSettings()).toEqual(CHOSEN);
  });

  it('reads a file saved with a byte-order mark', () => {
    expect(parseSettingsJson(`\uFEFF${settingsToJson(CHOSEN)}`)).toEqual({ ok: true, settings: CHOSEN });
  });
});

describe('checks on what the reader types', () => {
  const labels = [{ text: 'Our view', kind: 'opinion' as const }];

  it('rejects empty, over-long and duplicate labels, comparing without case or extra spaces', () => {
    expect(customLabelProblem(labels, '   ')).toBe('empty');
    expect(customLabelProblem(labels, 'x'.repeat(61))).toBe('tooLong');
    expect(customLabelProblem(labels, '  OUR   view ')).toBe('duplicate');
    expect(customLabelProblem(labels, 'Background')).toBeNull();
  });

  it('turns a typed site into a host, or says why not', () => {
    expect(siteToDisable([], 'https://News.Example.com/a')).toEqual({ host: 'news.example.com' });
    expect(siteToDisable(['news.example.com'], 'NEWS.example.com')).toEqual({ problem: 'duplicate', host: 'news.example.com' });
    expect(siteToDisable([], 'not a host!')).toEqual({ problem: 'invalid' });
  });
});
