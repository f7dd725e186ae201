import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page, Worker } from 'playwright-core';
import { launchWithExtension, openPage, serve, tabIdOf, type ExtensionBrowser } from './harness';
import { FIXTURE_PAGES } from '../helpers/fixtures';
import { DEFAULT_SETTINGS, type Settings } from '../../lib/settings/settings';

const PANEL = '[data-opinion-lens="panel"]';
let browser: ExtensionBrowser;
let site: Awaited<ReturnType<typeof serve>>;
let worker: Worker;

beforeAll(async () => {
  site = await serve({ '/news/libraries': FIXTURE_PAGES + 'loaded-facts.html', '/news/stadium': FIXTURE_PAGES + 'column-no-labels.html' });
  browser = await launchWithExtension();
  worker = browser.context.serviceWorkers()[0]!;
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

/** Writes the settings as the options page does: the typed item at its current version. */
async function useSettings(change: Partial<Settings>) {
  type Sync = { storage: { sync: { set(items: object): Promise<void> } } };
  await worker.evaluate(
    (settings) => (globalThis as unknown as { chrome: Sync }).chrome.storage.sync.set({ settings, settings$: { v: 2 } }),
    { ...DEFAULT_SETTINGS, ...change },
  );
}

const highlightTexts = (page: Page, name: string) =>
  page.evaluate((highlight) => [...(CSS.highlights.get(highlight) ?? [])].map((range) => String(range)), name);

describe('opinion language in Chromium', () => {
  it('warns on a Facts badge that holds opinion language and lists the sentence and words in the panel', async () => {
    await useSettings({});
    const { page, errors } = await openPage(browser.context, `${site.origin}/news/libraries`);
    const facts = page.locator('[data-opinion-lens="badge"][data-kind="facts"] button');
    await facts.filter({ hasText: '⚠' }).waitFor();
    expect(await facts.textContent()).toContain('sentence of opinion language in this Facts section');
    expect(await page.locator('[data-opinion-lens="badge"][data-kind="opinion"] button').textContent()).not.toContain('⚠');
    await facts.click();
    const part = page.locator(PANEL).locator('section').filter({ hasText: 'Opinion language' });
    await part.waitFor();
    const text = (await part.textContent()) ?? '';
    expect(text).toContain('This shameful decision is a disgrace');
    expect(text).toContain('shameful');
    expect(text).not.toContain('Branch staff said');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('highlights cue words and figures in the page only when switched on, without touching its DOM', async () => {
    await useSettings({});
    const { page } = await openPage(browser.context, `${site.origin}/news/libraries`);
    await page.waitForSelector('[data-opinion-lens="badge"]');
    const html = await page.evaluate(() => document.querySelector('article p')?.outerHTML);
    expect(await highlightTexts(page, 'opinion-lens-cues')).toEqual([]);
    await useSettings({ highlightCues: true, highlightFigures: true });
    // Ranges are registered once their section is seen near the viewport (the frame after it is marked).
    await page.waitForFunction(() => (CSS.highlights.get('opinion-lens-cues')?.size ?? 0) > 0 && (CSS.highlights.get('opinion-lens-figures')?.size ?? 0) > 0);
    expect(await highlightTexts(page, 'opinion-lens-cues')).toEqual(expect.arrayContaining(['shameful', 'disgrace', 'reckless']));
    expect(await highlightTexts(page, 'opinion-lens-figures')).toEqual(expect.arrayContaining(['14', '$1.2 million']));
    expect(await page.evaluate(() => document.querySelector('article p')?.outerHTML)).toBe(html);
    await useSettings({});
    await page.waitForFunction(() => !CSS.highlights.has('opinion-lens-cues') && !CSS.highlights.has('opinion-lens-figures'));
    await page.close();
  });

  it('estimates opinion on a page without labels only when the setting is on, marked as an estimate', async () => {
    const openPanelIn = async (page: Page) => {
      const id = await tabIdOf(worker, page.url());
      type Send = { tabs: { sendMessage(id: number, message: object): Promise<unknown> } };
      await worker.evaluate(
        (target) => (globalThis as unknown as { chrome: Send }).chrome.tabs.sendMessage(target, { type: 'opinion-lens:panel', action: 'open' }),
        id,
      );
      await page.waitForSelector(PANEL);
    };
    await useSettings({});
    const { page } = await openPage(browser.context, `${site.origin}/news/stadium`);
    // The content script has run once it answers with this page's report.
    await expect.poll(() => tabIdOf(worker, page.url()).catch(() => null)).not.toBeNull();
    expect(await page.$('[data-opinion-lens="badge"]')).toBeNull();
    await openPanelIn(page);
    expect(await page.locator(PANEL).textContent()).not.toContain('Estimate:');
    await page.locator(`${PANEL} button.close`).click();
    await useSettings({ opinionEstimate: true });
    await openPanelIn(page);
    const estimate = page.locator(PANEL).locator('section').filter({ hasText: 'Estimate:' });
    await estimate.waitFor();
    expect(await estimate.textContent()).toMatch(/Estimate: about 50% of sentences read as opinion \(2 of 4\)/);
    expect(await estimate.textContent()).toContain('This is a shameful giveaway');
    await page.close();
  });
});
