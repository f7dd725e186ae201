import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { PopupApp } from '../../components/popup/PopupApp';
import type { ReportResponse } from '../../lib/messages';
import { isActiveOn } from '../../lib/settings/settings';
import { loadSettings, settingsItem, updateSettings } from '../../lib/settings/settings-storage';
import type { ArticleReport } from '../../lib/types';

const REPORT: ArticleReport = {
  url: 'https://news.example/world/border-clash',
  pageType: { kind: 'mixed', evidence: ['labelled Facts and Opinion sections'] },
  sections: [
    { kind: 'facts', label: 'The Facts', paragraphs: 3, firstWords: 'Pakistan’s Information Minister said', sources: 4, contested: 1, subjectivity: 0.05, opinionSentences: 0 },
    { kind: 'opinion', label: 'Opinion', paragraphs: 1, firstWords: 'This is a glaring example', sources: 0, contested: 0, subjectivity: 0.8, opinionSentences: 1 },
  ],
  sources: [
    { name: 'Attaullah Tarar', role: 'Information Minister', claims: 2 },
    { name: 'Afghan media', claims: 1 },
    { name: 'the Taliban', claims: 1 },
    { name: 'Khawaja Asif', role: 'Defense Minister', claims: 1 },
    { name: 'China', claims: 1 },
  ],
  figures: [],
  contested: [
    {
      about: 'military personnel killed',
      claims: [
        { source: 'the Taliban', value: 58, quote: 'killed 58 Pakistani military personnel' },
        { source: 'Pakistan', value: 23, quote: '23 of its personnel died' },
      ],
    },
  ],
  cues: [{ section: 1, sentence: 'This is a glaring example of double standards.', kind: 'evaluative', words: ['glaring'] }],
};

const TAB = '?tab=7';

/** A content script for news.example that follows the stored settings, as the real one does. */
function fakeContentScript() {
  return vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation(async (_tabId: number, message: unknown) => {
    if ((message as { type: string }).type !== 'opinion-lens:get-report') return undefined;
    const active = isActiveOn(await loadSettings(), 'news.example');
    return { host: 'news.example', report: active ? REPORT : null, active, truncated: false } satisfies ReportResponse;
  });
}

beforeEach(() => fakeBrowser.reset());
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe('popup', () => {
  it('summarises what the content script found on the tab', async () => {
    fakeContentScript();
    render(<PopupApp search={TAB} />);
    expect(await screen.findByText('Mixed: reporting and opinion')).toBeTruthy();
    expect(screen.getByText('The Facts')).toBeTruthy();
    expect(screen.getByText('3 paragraphs')).toBeTruthy();
    expect(screen.getByText('1 paragraph')).toBeTruthy();
    expect(document.querySelector('.found__sources')?.textContent).toBe('Attaullah Tarar, Afghan media, the Taliban +2 more');
    expect(screen.getByText('+2 more')).toBeTruthy();
    expect(screen.getByText('military personnel killed')).toBeTruthy();
    expect(screen.getByText('58 vs 23, 2.5×')).toBeTruthy();
    expect(fakeBrowser.tabs.sendMessage).toHaveBeenCalledWith(7, { type: 'opinion-lens:get-report' });
  });

  it('asks the active tab of the window when no tab is named', async () => {
    const send = fakeContentScript();
    const reading = await fakeBrowser.tabs.create({ url: REPORT.url!, active: true });
    // The fake browser has no current window to filter by; the real query is checked in Chromium.
    const query = vi.spyOn(fakeBrowser.tabs, 'query').mockImplementation((async () => [reading]) as typeof fakeBrowser.tabs.query);
    render(<PopupApp search="" />);
    await screen.findByText('The Facts');
    expect(query).toHaveBeenCalledWith({ active: true, currentWindow: true });
    expect(send).toHaveBeenCalledWith(reading.id, { type: 'opinion-lens:get-report' });
  });

  it('writes each display switch to storage', async () => {
    fakeContentScript();
    render(<PopupApp search={TAB} />);
    await screen.findByText('The Facts');
    fireEvent.click(screen.getByRole('switch', { name: 'Section badges' }));
    await waitFor(async () => expect((await settingsItem.getValue()).badges).toBe(false));
    fireEvent.click(screen.getByRole('switch', { name: 'Highlight figures' }));
    await waitFor(async () => expect((await settingsItem.getValue()).highlightFigures).toBe(true));
    fireEvent.click(screen.getByRole('switch', { name: 'Highlight opinion words in the page' }));
    await waitFor(async () => expect((await settingsItem.getValue()).highlightCues).toBe(true));
    fireEvent.click(screen.getByRole('switch', { name: 'Estimate opinion on pages without labels' }));
    await waitFor(async () => expect((await settingsItem.getValue()).opinionEstimate).toBe(true));
    expect((screen.getByRole('switch', { name: 'Section badges' }) as HTMLInputElement).checked).toBe(false);
  });

  it('turns the tab’s site off and on, and says so', async () => {
    fakeContentScript();
    render(<PopupApp search={TAB} />);
    await screen.findByText('The Facts');
    fireEvent.click(screen.getByRole('switch', { name: 'On for news.example' }));
    await waitFor(async () => expect((await loadSettings()).disabledSites).toEqual(['news.example']));
    expect(await screen.findByText(/^Off on this site\./)).toBeTruthy();
    expect(screen.queryByText('The Facts')).toBeNull();
    fireEvent.click(screen.getByRole('switch', { name: 'On for news.example' }));
    expect(await screen.findByText('The Facts')).toBeTruthy();
    expect((await loadSettings()).disabledSites).toEqual([]);
  });

  it('shows a site switched off before the popup opened, and the global switch', async () => {
    await updateSettings({ enabled: false });
    fakeContentScript();
    render(<PopupApp search={TAB} />);
    expect(await screen.findByText(/^Opinion Lens is off\./)).toBeTruthy();
    expect((screen.getByRole('switch', { name: 'Section badges' }) as HTMLInputElement).disabled).toBe(true);
    fireEvent.click(screen.getByRole('switch', { name: 'On for all sites' }));
    expect(await screen.findByText('The Facts')).toBeTruthy();
    expect((await loadSettings()).enabled).toBe(true);
  });

  it('says so where no content script answers', async () => {
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockRejectedValue(new Error('Could not establish connection. Receiving end does not exist.'));
    render(<PopupApp search={TAB} />);
    expect(await screen.findByText(/^Opinion Lens can’t read this tab\./)).toBeTruthy();
    const site = screen.getByRole('switch', { name: 'On for this site' }) as HTMLInputElement;
    expect(site.disabled).toBe(true);
    expect(screen.queryByRole('button', { name: 'Open the summary' })).toBeNull();
  });

  it('says so on a site turned off before, and its switch turns it back on', async () => {
    await updateSettings({ disabledSites: ['news.example'] });
    fakeContentScript();
    render(<PopupApp search={TAB} />);
    expect(await screen.findByText(/^Off on this site\. Turn the site switch back on/)).toBeTruthy();
    const site = screen.getByRole('switch', { name: 'On for news.example' }) as HTMLInputElement;
    expect(site.checked).toBe(false);
    fireEvent.click(site);
    await waitFor(async () => expect((await loadSettings()).disabledSites).toEqual([]));
  });

  it('opens the side panel in the tab and closes, and links to the options page', async () => {
    const send = fakeContentScript();
    const close = vi.spyOn(window, 'close').mockImplementation(() => undefined);
    const options = vi.spyOn(fakeBrowser.runtime, 'openOptionsPage').mockResolvedValue(undefined);
    render(<PopupApp search={TAB} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Open the summary' }));
    await waitFor(() => expect(close).toHaveBeenCalled());
    expect(send).toHaveBeenCalledWith(7, { type: 'opinion-lens:panel', action: 'open' });
    fireEvent.click(screen.getByRole('button', { name: 'All settings' }));
    expect(options).toHaveBeenCalled();
  });

  it('takes the reader’s theme', async () => {
    fakeContentScript();
    await updateSettings({ theme: 'dark' });
    render(<PopupApp search={TAB} />);
    await screen.findByText('The Facts');
    expect(document.documentElement.dataset.theme).toBe('dark');
  });
});

describe('popup on a page without labelled sections', () => {
  const unlabelled = (report: ArticleReport) =>
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation(async () => ({ host: 'news.example', report, active: true, truncated: false }) satisfies ReportResponse);
  const NOTHING_READ: ArticleReport = { url: REPORT.url, pageType: { kind: 'unknown', evidence: [] }, sections: [], sources: [], figures: [], contested: [], cues: [] };

  it('claims no search of sections that do not exist while the article is not read yet', async () => {
    unlabelled(NOTHING_READ);
    render(<PopupApp search={TAB} />);
    expect(await screen.findByText('Its sources and figures are read from the whole article when you open the summary.')).toBeTruthy();
    expect(screen.queryByText('No named sources found in the labelled sections.')).toBeNull();
    expect(screen.queryByText('No figure is given different values by different sources.')).toBeNull();
  });

  it('lists the whole article’s sources once the article is read (scope article)', async () => {
    unlabelled({ ...NOTHING_READ, scope: 'article', sources: [{ name: 'Marta Kells', claims: 2 }] });
    render(<PopupApp search={TAB} />);
    expect(await screen.findByText('Marta Kells')).toBeTruthy();
    expect(screen.getByText('No labelled sections on this page, so this summary covers the whole article.')).toBeTruthy();
    expect(screen.queryByText('Its sources and figures are read from the whole article when you open the summary.')).toBeNull();
  });
});
