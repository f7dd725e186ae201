import type { Page, Worker } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { badgeInsertions, countBadgeInsertions, launchWithExtension, openPage, serve, tabIdOf, tabState, type ExtensionBrowser } from './harness';
import { FRAMED_PAGE, LIVE_BLOG, REPLACED_PAGE, SHADOW_PAGE, SPA_PAGE } from './live-fixtures';

let browser: ExtensionBrowser;
let site: Awaited<ReturnType<typeof serve>>;
let worker: Worker;

beforeAll(async () => {
  site = await serve({
    '/news/bridge-toll': () => SPA_PAGE,
    '/news/loading': () => REPLACED_PAGE,
    '/live/count-night': () => LIVE_BLOG,
    '/news/ferry': () => SHADOW_PAGE,
    '/news/embedded': () => FRAMED_PAGE,
  });
  browser = await launchWithExtension();
  worker = browser.context.serviceWorkers()[0]!;
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

/** Badge kinds in document order, looking into open shadow roots and same-origin frames' documents too. */
const kindsIn = (page: Page) =>
  page.evaluate(() => {
    const kinds: (string | null)[] = [];
    const visit = (root: Document | ShadowRoot) => {
      for (const element of root.querySelectorAll('*')) {
        if (element.getAttribute('data-opinion-lens') === 'badge') kinds.push(element.getAttribute('data-kind'));
        else if (element.shadowRoot && !element.localName.startsWith('opinion-lens')) visit(element.shadowRoot);
      }
    };
    visit(document);
    return kinds;
  });

const waitForKinds = (page: Page, expected: string[]) => expect.poll(() => kindsIn(page), { timeout: 8_000 }).toEqual(expected);

describe('live pages in Chromium', () => {
  for (const mode of ['sync', 'microtask', 'frame', 'timeout', 'later']) {
    it(`shows the new article after pushState when the page renders it ${mode === 'sync' ? 'at once' : `in a ${mode}`}`, async () => {
      const url = `${site.origin}/news/bridge-toll`;
      const { page, errors } = await openPage(browser.context, url);
      await waitForKinds(page, ['facts', 'opinion']);
      const tabId = await tabIdOf(worker, url);
      expect(await tabState(worker, tabId)).toEqual({ url, kinds: ['facts', 'opinion'], toolbar: '2' });
      await page.evaluate((how) => (window as unknown as { goNext: (mode: string) => void }).goNext(how), mode);
      await waitForKinds(page, ['analysis']);
      await expect.poll(() => tabState(worker, tabId), { timeout: 8_000 }).toEqual({ url: `${site.origin}/next/market-hall`, kinds: ['analysis'], toolbar: '1' });
      expect(errors).toEqual([]);
      await page.close();
    });
  }

  it('labels a replaced <body> and a document rewritten by document.write, dropping the old report', async () => {
    for (const replace of ['replaceBody', 'writeDocument']) {
      const url = `${site.origin}/news/loading`;
      const { page, errors } = await openPage(browser.context, url);
      await waitForKinds(page, ['analysis']);
      const tabId = await tabIdOf(worker, url);
      await page.evaluate((how) => (window as unknown as Record<string, () => void>)[how]!(), replace);
      await waitForKinds(page, ['facts', 'opinion']);
      await expect.poll(() => tabState(worker, tabId), { timeout: 8_000 }).toEqual({ url, kinds: ['facts', 'opinion'], toolbar: '2' });
      expect(errors, replace).toEqual([]);
      await page.close();
    }
  });

  it('gives a live blog one badge per entry, each badge element created once', async () => {
    const { page, errors } = await openPage(browser.context, `${site.origin}/live/count-night`);
    // The page counts every badge element inserted, from before the first entry.
    await countBadgeInsertions(page);
    await page.evaluate(() => (window as unknown as { feed: (count: number, every: number) => Promise<void> }).feed(40, 60));
    await waitForKinds(page, Array(40).fill('analysis'));
    await page.waitForTimeout(800);
    expect(await badgeInsertions(page)).toBe(40);
    const placed = await page.$$eval('opinion-lens-badge', (hosts) => hosts.every((host) => host.previousElementSibling?.tagName === 'STRONG'));
    expect(placed).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('badges labels inside an open shadow root, and a section added there later', async () => {
    const { page, errors } = await openPage(browser.context, `${site.origin}/news/ferry`);
    await waitForKinds(page, ['facts']);
    await page.evaluate(() => (window as unknown as { addSection: () => void }).addSection());
    await waitForKinds(page, ['facts', 'opinion']);
    // The shadow root holds the rules that paint its text's highlights (the opinion tint here).
    const styled = await page.evaluate(() => document.querySelector('marrowby-story')!.shadowRoot!.querySelectorAll('style[data-opinion-lens="style"]').length);
    expect(styled).toBe(1);
    // Registered once the section is seen near the viewport (the frame after it is marked).
    await page.waitForFunction(() => CSS.highlights.get('opinion-lens-opinion')?.size === 1);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('badges a same-origin frame’s article; the tab’s report and toolbar stay the top page’s', async () => {
    const url = `${site.origin}/news/embedded`;
    const { page, errors } = await openPage(browser.context, url);
    const frame = page.frames().find((candidate) => candidate !== page.mainFrame())!;
    await expect.poll(() => frame.$$eval('[data-opinion-lens="badge"]', (hosts) => hosts.map((host) => host.getAttribute('data-kind'))), { timeout: 8_000 }).toEqual(['facts', 'opinion']);
    const tabId = await tabIdOf(worker, url);
    expect(await tabState(worker, tabId)).toEqual({ url, kinds: [], toolbar: '' });
    expect(errors).toEqual([]);
    await page.close();
  });
});
