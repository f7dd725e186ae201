import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { OptionsApp } from '../../components/options/OptionsApp';
import { PopupApp } from '../../components/popup/PopupApp';
import type { ReportResponse } from '../../lib/messages';
import { DEFAULT_SETTINGS } from '../../lib/settings/settings';
import { SYNC_ITEM_MAX_BYTES, loadSettings, storedSize, updateSettings } from '../../lib/settings/settings-storage';

const FULL = 'There is no room to save this: your browser keeps at most 8 KB of Opinion Lens settings. Nothing was changed; remove a site or a label first.';
/** Sites enough to fill storage.sync's 8 KB item but for a few bytes: less room than any host or label used below. */
const MANY_SITES: string[] = [];
const nextSite = () => `site-${MANY_SITES.length}.example`;
while (storedSize({ ...DEFAULT_SETTINGS, disabledSites: [...MANY_SITES, nextSite()] }) <= SYNC_ITEM_MAX_BYTES) MANY_SITES.push(nextSite());
const HOST = 'a-long-newspaper-name.example';

beforeEach(() => fakeBrowser.reset());
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

async function renderOptions() {
  render(<OptionsApp />);
  await screen.findByRole('heading', { name: 'Opinion Lens settings' });
}

describe('options page when settings do not fit or are refused', () => {
  it('refuses a site that does not fit, says why in the reader’s language, keeps what was typed and changes nothing', async () => {
    await updateSettings({ disabledSites: MANY_SITES });
    await renderOptions();
    const field = screen.getByLabelText('Turn off on a site') as HTMLInputElement;
    fireEvent.input(field, { target: { value: 'one-more-site-that-does-not-fit-in-the-quota.example' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add site' }));
    await waitFor(() => expect(screen.getAllByRole('alert').map((alert) => alert.textContent)).toContain(FULL));
    expect(field.value).toBe('one-more-site-that-does-not-fit-in-the-quota.example');
    expect((await loadSettings()).disabledSites).toEqual(MANY_SITES);
  });

  it('refuses a label that does not fit the same way', async () => {
    await updateSettings({ disabledSites: MANY_SITES });
    await renderOptions();
    const field = screen.getByLabelText('Heading text') as HTMLInputElement;
    fireEvent.input(field, { target: { value: 'What the other side is saying, in brief' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add label' }));
    await waitFor(() => expect(screen.getAllByRole('alert').map((alert) => alert.textContent)).toContain(FULL));
    expect(field.value).toBe('What the other side is saying, in brief');
    expect((await loadSettings()).customLabels).toEqual([]);
  });

  it('renders from sanitised settings when storage refuses every write', async () => {
    await fakeBrowser.storage.sync.set({ settings: { enabled: 'yes', theme: 'dark', customLabels: 'lots' } });
    vi.spyOn(fakeBrowser.storage.sync, 'set').mockRejectedValue(new Error('MAX_WRITE_OPERATIONS_PER_HOUR quota exceeded'));
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    await renderOptions();
    expect((screen.getByRole('radio', { name: 'Dark' }) as HTMLInputElement).checked).toBe(true);
    const badges = screen.getByRole('switch', { name: /^Section badges/ }) as HTMLInputElement;
    fireEvent.click(badges);
    expect(await screen.findByText('The settings could not be saved: MAX_WRITE_OPERATIONS_PER_HOUR quota exceeded')).toBeTruthy();
    expect(badges.checked).toBe(true);
  });

  it('refuses an imported file whose settings do not fit, changing nothing', async () => {
    await updateSettings({ theme: 'light' });
    await renderOptions();
    const input = document.querySelector<HTMLInputElement>('input[type=file]')!;
    const file = JSON.stringify({ disabledSites: [...MANY_SITES, HOST] });
    Object.defineProperty(input, 'files', { configurable: true, value: [new File([file], 'many-sites.json')] });
    fireEvent.change(input);
    expect((await screen.findByRole('alert')).textContent).toBe(FULL);
    expect(await loadSettings()).toEqual({ ...DEFAULT_SETTINGS, theme: 'light' });
  });

  it('quotes only a short excerpt of an unknown field in an imported file', async () => {
    await renderOptions();
    const input = document.querySelector<HTMLInputElement>('input[type=file]')!;
    const field = `${'\u001b[31m'}${'very-long-field-name-'.repeat(20)}`;
    Object.defineProperty(input, 'files', { configurable: true, value: [new File([JSON.stringify({ [field]: 1 })], 'odd.json')] });
    fireEvent.change(input);
    const alert = (await screen.findByRole('alert')).textContent ?? '';
    const quoted = /“(.*)”/.exec(alert)?.[1] ?? '';
    expect(quoted.length).toBeLessThanOrEqual(40);
    expect(quoted).toMatch(/^\[31mvery-long-field-name-.*…$/);
    expect(alert).not.toContain('\u001b');
  });
});

/** A content script on a page of this host that found nothing. */
function answerAs(host: string) {
  vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation(async () => ({ host, report: null, active: true, truncated: false }) satisfies ReportResponse);
}

describe('popup site switch', () => {
  it('never shows a state that was not saved, and says why', async () => {
    answerAs(HOST);
    await updateSettings({ disabledSites: MANY_SITES });
    render(<PopupApp search="?tab=7" />);
    const site = (await screen.findByRole('switch', { name: `On for ${HOST}` })) as HTMLInputElement;
    expect(site.checked).toBe(true);
    fireEvent.click(site);
    expect((await screen.findByRole('alert')).textContent).toBe(FULL);
    expect(site.checked).toBe(true);
    expect((await loadSettings()).disabledSites).toEqual(MANY_SITES);
  });

  it('moves once the change is saved', async () => {
    answerAs('news.example');
    render(<PopupApp search="?tab=7" />);
    const site = (await screen.findByRole('switch', { name: 'On for news.example' })) as HTMLInputElement;
    fireEvent.click(site);
    await waitFor(() => expect(site.checked).toBe(false));
    expect(await loadSettings()).toEqual({ ...DEFAULT_SETTINGS, disabledSites: ['news.example'] });
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
