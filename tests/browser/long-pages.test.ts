import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Worker } from 'playwright-core';
import { launchWithExtension, openPage, serve, tabIdOf, tabState, type ExtensionBrowser } from './harness';
import { FIXTURE_PAGES } from '../helpers/fixtures';

// Pages with more labelled sections than the analysis's paragraph cap (400): every section is badged and counted.
let browser: ExtensionBrowser;
let worker: Worker;
let site: Awaited<ReturnType<typeof serve>>;

beforeAll(async () => {
  site = await serve({ '/live/elections': FIXTURE_PAGES + 'many-entries.html' });
  browser = await launchWithExtension();
  worker = browser.context.serviceWorkers()[0]!;
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

const ENTRIES = 450;

describe('a page with more labelled sections than the paragraph cap, in Chromium', () => {
  for (const at of ['load', 'once', 'live']) {
    it(`badges and counts every section (entries written ${at === 'load' ? 'before load' : at === 'once' ? 'at once after load' : 'a few at a time'})`, async () => {
      const url = `${site.origin}/live/elections?count=${ENTRIES}&at=${at}`;
      const { page, errors } = await openPage(browser.context, url);
      await page.waitForFunction((want) => document.querySelectorAll('section.entry').length === want, ENTRIES);
      await page.waitForFunction((want) => document.querySelectorAll('[data-opinion-lens="badge"]').length === want, ENTRIES, { timeout: 60_000 });
      const tabId = await tabIdOf(worker, url);
      await expect.poll(() => tabState(worker, tabId).then((state) => [state.kinds.length, state.toolbar]), { timeout: 20_000 }).toEqual([ENTRIES, String(ENTRIES)]);
      // The content script tells the popup that the analysis read only part of the page.
      const truncated = await worker.evaluate(
        (id) => (globalThis as unknown as { chrome: { tabs: { sendMessage(id: number, message: unknown): Promise<{ truncated: boolean }> } } }).chrome.tabs.sendMessage(id, { type: 'opinion-lens:get-report' }).then((answer) => answer.truncated),
        tabId,
      );
      expect(truncated).toBe(true);
      expect(errors).toEqual([]);
      await page.close();
    });
  }

  it('opens the panel on that page and its outline comes to list every section, in page order', async () => {
    const { page, errors } = await openPage(browser.context, `${site.origin}/live/elections?count=${ENTRIES}&at=load`);
    await page.waitForFunction((want) => document.querySelectorAll('[data-opinion-lens="badge"]').length === want, ENTRIES, { timeout: 60_000 });
    await page.evaluate(() => document.querySelector('[data-opinion-lens="badge"]')!.shadowRoot!.querySelector('button')!.click());
    await page.waitForSelector('[data-opinion-lens="panel"]');
    const outlineKinds = () =>
      page.evaluate(() => [...(document.querySelector('[data-opinion-lens="panel"]')?.shadowRoot?.querySelectorAll('.outline > li .kind') ?? [])].map((kind) => kind.className.replace(/^kind kind--/, '')));
    await expect.poll(() => outlineKinds().then((kinds) => kinds.length), { timeout: 30_000 }).toBe(ENTRIES);
    const badgeKinds = await page.evaluate(() => [...document.querySelectorAll('[data-opinion-lens="badge"]')].map((badge) => badge.getAttribute('data-kind')));
    expect(await outlineKinds()).toEqual(badgeKinds);
    expect(new Set(badgeKinds)).toEqual(new Set(['facts', 'analysis', 'opinion']));
    expect(errors).toEqual([]);
    await page.close();
  });
});
