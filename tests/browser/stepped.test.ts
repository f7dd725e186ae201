import type { Page, Worker } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, openPage, serve, tabIdOf, type ExtensionBrowser } from './harness';
import { LIVE_BLOG, articlePage, manySectionsPage } from '../../scripts/bench/scenario-pages';
import { buildInPageBundle } from '../../scripts/bench/pages';
import { launchWithoutExtension } from '../../scripts/bench/plain-browser';
import type { ArticleReport } from '../../lib/types';

const SECTIONS = 400;
/** One labelled section whose one paragraph is about 200 KB of text. */
const HUGE_PARAGRAPH = articlePage(
  'Reservoir levels, every gauge',
  `<article><h1>Reservoir levels, every gauge</h1><h2>The Facts:</h2><p>${Array.from(
    { length: 2400 },
    (_, index) => `The Dunmere water board said gauge ${index} read ${40 + (index % 50)} centimetres on Monday.`,
  ).join(' ')}</p></article>`,
);

let browser: ExtensionBrowser;
let site: Awaited<ReturnType<typeof serve>>;
let worker: Worker;
let bundle: Awaited<ReturnType<typeof buildInPageBundle>>;

beforeAll(async () => {
  site = await serve({ '/news/many-sections': () => manySectionsPage(SECTIONS), '/live/count-night': () => LIVE_BLOG, '/news/gauges': () => HUGE_PARAGRAPH });
  bundle = await buildInPageBundle();
  browser = await launchWithExtension();
  worker = browser.context.serviceWorkers()[0]!;
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
  bundle?.remove();
});

const badgeCount = (page: Page) => page.evaluate(() => document.querySelectorAll('[data-opinion-lens="badge"]').length);

/** The tab's report as the content script answers the popup: its analysis made in steps, from sections read as they were badged. */
async function steppedReport(url: string): Promise<ArticleReport | null> {
  const tabId = await tabIdOf(worker, url);
  return worker.evaluate(async (id) => {
    const { chrome } = globalThis as unknown as { chrome: { tabs: { sendMessage(tabId: number, message: unknown): Promise<{ report: ArticleReport | null }> } } };
    return (await chrome.tabs.sendMessage(id, { type: 'opinion-lens:get-report' })).report;
  }, tabId);
}

/** The same page's report from one call of the analysis, in a browser without the extension (after `prepare` ran in the page). */
async function oneCallReport(url: string, prepare: (page: Page) => Promise<void> = async () => undefined): Promise<ArticleReport | null> {
  const plain = await launchWithoutExtension();
  try {
    const page = await plain.context.newPage();
    await page.goto(url, { waitUntil: 'load' });
    await prepare(page);
    await page.addScriptTag({ path: bundle.file });
    return await page.evaluate(() => (globalThis as unknown as { openLensBench: { report: () => ArticleReport | null } }).openLensBench.report());
  } finally {
    await plain.close();
  }
}

describe('pages analysed in steps', () => {
  it(`badges every one of ${SECTIONS} labelled sections, and the stepped report equals one call's`, async () => {
    const url = `${site.origin}/news/many-sections`;
    const { page, errors } = await openPage(browser.context, url);
    await expect.poll(() => badgeCount(page), { timeout: 20_000 }).toBe(SECTIONS);
    const stepped = await steppedReport(url);
    expect(stepped?.sections).toHaveLength(SECTIONS);
    expect(stepped).toEqual(await oneCallReport(url));
    expect(errors).toEqual([]);
    await page.close();
  });

  it('opens the panel on the stepped analysis of every section', async () => {
    const url = `${site.origin}/news/many-sections`;
    const { page, errors } = await openPage(browser.context, url);
    await expect.poll(() => badgeCount(page), { timeout: 20_000 }).toBe(SECTIONS);
    await page.evaluate(() => (document.querySelector('[data-opinion-lens="badge"]')!.shadowRoot!.querySelector('button') as HTMLButtonElement).click());
    const outline = () => page.evaluate(() => document.querySelector('[data-opinion-lens="panel"]')?.shadowRoot?.querySelectorAll('.outline > li').length ?? 0);
    await expect.poll(outline, { timeout: 20_000 }).toBe(SECTIONS);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('keeps a live blog’s report equal to one call’s over the final page, each entry read as it came', async () => {
    const url = `${site.origin}/live/count-night`;
    const feed = (page: Page) => page.evaluate(() => (window as unknown as { feed: (count: number, every: number) => Promise<void> }).feed(30, 40));
    const { page, errors } = await openPage(browser.context, url);
    await feed(page);
    await expect.poll(() => badgeCount(page), { timeout: 15_000 }).toBe(30);
    const stepped = await steppedReport(url);
    expect(stepped?.sections).toHaveLength(30);
    expect(stepped).toEqual(await oneCallReport(url, feed));
    expect(errors).toEqual([]);
    await page.close();
  });

  it('badges a section whose one paragraph is 200 KB, with the report one call gives', async () => {
    const url = `${site.origin}/news/gauges`;
    const { page, errors } = await openPage(browser.context, url);
    await expect.poll(() => badgeCount(page), { timeout: 20_000 }).toBe(1);
    const stepped = await steppedReport(url);
    expect(stepped?.figures.length).toBeGreaterThan(2000);
    expect(stepped).toEqual(await oneCallReport(url));
    expect(errors).toEqual([]);
    await page.close();
  });
});
