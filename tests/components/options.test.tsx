import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { OptionsApp } from '../../components/options/OptionsApp';
import { DEFAULT_SETTINGS, type Settings } from '../../lib/settings/settings';
import { settingsToJson } from '../../lib/settings/settings-io';
import { loadSettings, updateSettings } from '../../lib/settings/settings-storage';

beforeEach(() => fakeBrowser.reset());
afterEach(() => cleanup());

async function renderOptions(settings: Partial<Settings> = {}) {
  await updateSettings(settings);
  render(<OptionsApp />);
  await screen.findByRole('heading', { name: 'Opinion Lens settings' });
}

function typeInto(label: string, text: string) {
  fireEvent.input(screen.getByLabelText(label), { target: { value: text } });
}

function chooseFile(text: string, name: string) {
  const input = document.querySelector<HTMLInputElement>('input[type=file]')!;
  Object.defineProperty(input, 'files', { configurable: true, value: [new File([text], name, { type: 'application/json' })] });
  fireEvent.change(input);
}

describe('options page', () => {
  it('writes every switch and the theme to storage', async () => {
    await renderOptions();
    for (const [name, field] of [
      ['On for all sites', 'enabled'],
      ['Section badges', 'badges'],
      ['Opinion section marker', 'sectionMarker'],
      ['Highlight figures', 'highlightFigures'],
      ['Highlight opinion words in the page', 'highlightCues'],
      ['Estimate opinion on pages without labels', 'opinionEstimate'],
      ['Open the summary by itself', 'panelAutoOpen'],
    ] as const) {
      const before = (await loadSettings())[field];
      fireEvent.click(screen.getByRole('switch', { name: new RegExp(`^${name}`) }));
      await waitFor(async () => expect((await loadSettings())[field]).toBe(!before));
    }
    fireEvent.click(screen.getByRole('radio', { name: 'Dark' }));
    await waitFor(async () => expect((await loadSettings()).theme).toBe('dark'));
    expect(document.documentElement.dataset.theme).toBe('dark');
  });

  it('shows changes made elsewhere (the popup, another window) at once', async () => {
    await renderOptions();
    await updateSettings({ disabledSites: ['paper.example'] });
    expect(await screen.findByText('paper.example')).toBeTruthy();
  });

  it('lists disabled sites with remove buttons, and validates a new one', async () => {
    await renderOptions({ disabledSites: ['paper.example', 'news.example'] });
    fireEvent.click(screen.getByRole('button', { name: 'Remove paper.example' }));
    await waitFor(async () => expect((await loadSettings()).disabledSites).toEqual(['news.example']));
    expect(screen.queryByText('paper.example')).toBeNull();

    typeInto('Turn off on a site', 'not a host!');
    fireEvent.click(screen.getByRole('button', { name: 'Add site' }));
    expect((await screen.findByRole('alert')).textContent).toBe('“not a host!” is not a site. Type a host name such as news.example.com.');
    typeInto('Turn off on a site', 'https://NEWS.example/today');
    fireEvent.click(screen.getByRole('button', { name: 'Add site' }));
    expect((await screen.findByRole('alert')).textContent).toBe('news.example is already on the list.');
    typeInto('Turn off on a site', 'https://Blog.Example:8080/post');
    fireEvent.click(screen.getByRole('button', { name: 'Add site' }));
    await waitFor(async () => expect((await loadSettings()).disabledSites).toEqual(['news.example', 'blog.example']));
    await waitFor(() => expect(screen.queryByRole('alert')).toBeNull());
    fireEvent.click(screen.getByRole('button', { name: 'Remove news.example' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Remove blog.example' }));
    expect(await screen.findByText('None: Opinion Lens runs on every site.')).toBeTruthy();
  });

  it('adds custom labels and rejects empty or duplicate ones with a clear message', async () => {
    await renderOptions({ customLabels: [{ text: 'Our view', kind: 'opinion' }] });
    fireEvent.click(screen.getByRole('button', { name: 'Add label' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Type the heading text to look for.');

    typeInto('Heading text', '  OUR   view ');
    fireEvent.click(screen.getByRole('button', { name: 'Add label' }));
    expect((await screen.findByRole('alert')).textContent).toBe('“OUR view” is already one of your labels.');

    typeInto('Heading text', 'x'.repeat(61));
    fireEvent.click(screen.getByRole('button', { name: 'Add label' }));
    expect((await screen.findByRole('alert')).textContent).toBe('A label can be at most 60 characters.');

    typeInto('Heading text', ' Background  check ');
    fireEvent.change(screen.getByLabelText('Label as'), { target: { value: 'analysis' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add label' }));
    await waitFor(async () =>
      expect((await loadSettings()).customLabels).toEqual([
        { text: 'Our view', kind: 'opinion' },
        { text: 'Background check', kind: 'analysis' },
      ]),
    );
    await waitFor(() => expect((screen.getByLabelText('Heading text') as HTMLInputElement).value).toBe(''));
    expect(screen.queryByRole('alert')).toBeNull();

    fireEvent.click(screen.getByRole('button', { name: 'Remove the label “Our view”' }));
    await waitFor(async () => expect((await loadSettings()).customLabels).toEqual([{ text: 'Background check', kind: 'analysis' }]));
  });

  it('imports a valid file, and refuses an invalid one without changing anything', async () => {
    const chosen: Settings = { ...DEFAULT_SETTINGS, badges: false, disabledSites: ['paper.example'], customLabels: [] };
    await renderOptions({ theme: 'light' });

    chooseFile('{"enabled": tru', 'broken.json');
    expect((await screen.findByRole('alert')).textContent).toBe('broken.json is not a JSON file. Nothing was changed.');
    chooseFile('[1, 2]', 'list.json');
    expect((await screen.findByRole('alert')).textContent).toBe('list.json does not hold Opinion Lens settings. Nothing was changed.');
    chooseFile('{"enabled": true, "volume": 11}', 'other.json');
    expect((await screen.findByRole('alert')).textContent).toBe('other.json has an unknown setting, “volume”. Nothing was changed.');
    chooseFile('{"badges": "off"}', 'typo.json');
    expect((await screen.findByRole('alert')).textContent).toBe(
      'In typo.json, the setting “badges” has a value of the wrong kind. Nothing was changed.',
    );
    expect((await loadSettings()).theme).toBe('light');

    chooseFile(settingsToJson(chosen), 'opinion-lens-settings.json');
    expect((await screen.findByRole('status')).textContent).toBe('Settings imported from opinion-lens-settings.json.');
    expect(await loadSettings()).toEqual(chosen);
    expect(await screen.findByText('paper.example')).toBeTruthy();
  });

  it('resets to the defaults only after an in-page confirmation', async () => {
    await renderOptions({ enabled: false, customLabels: [{ text: 'Our view', kind: 'opinion' }] });
    fireEvent.click(screen.getByRole('button', { name: 'Reset to defaults…' }));
    const dialog = screen.getByRole('alertdialog');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect((await loadSettings()).enabled).toBe(false);

    fireEvent.click(screen.getByRole('button', { name: 'Reset to defaults…' }));
    fireEvent.click(within(screen.getByRole('alertdialog')).getByRole('button', { name: 'Reset' }));
    expect((await screen.findByRole('status')).textContent).toBe('Settings reset to the defaults.');
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
  });
});
