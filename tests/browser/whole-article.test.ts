// The panel on pages without labelled sections (the whole article, on demand) and a publisher format's badges, in Chromium.
import { existsSync } from 'node:fs';
import type { Page, Worker } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { badgesOn, launchWithExtension, openPage, screenshotPath, serve, tabIdOf, type ExtensionBrowser } from './harness';
import { FIXTURE_PAGES } from '../helpers/fixtures';
import { corpusPath, loadCorpus, withoutScripts } from '../../scripts/corpus';

const PANEL = '[data-opinion-lens="panel"]';
/** A real news report of the corpus with sources and figures, no labels: the README's screenshot of the panel there. */
const CORPUS_ARTICLE = 'wapo-1.html';

let browser: ExtensionBrowser;
let site: Awaited<ReturnType<typeof serve>>;
let worker: Worker;
const corpusEntry = loadCorpus()?.find((entry) => entry.page === CORPUS_ARTICLE);

beforeAll(async () => {
  site = await serve({
    '/news/tram-extension-delay': FIXTURE_PAGES + 'article-no-labels.html',
    '/news/format-parts': FIXTURE_PAGES + 'semafor-style.html',
    '/news/canal-lock': FIXTURE_PAGES + 'hidden-body.html',
    ...(corpusEntry && existsSync(corpusPath(corpusEntry)) ? { '/news/corpus-article': withoutScripts(corpusPath(corpusEntry)) } : {}),
  });
  browser = await launchWithExtension();
  worker = browser.context.serviceWorkers()[0] ?? (await browser.context.waitForEvent('serviceworker'));
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

/** Opens the panel as the popup's button does, once the content script has reported on the page. */
async function openPanel(page: Page): Promise<string> {
  await expect.poll(() => tabIdOf(worker, page.url()).catch(() => null), { timeout: 8_000 }).not.toBeNull();
  const tabId = await tabIdOf(worker, page.url());
  type Send = { tabs: { sendMessage(id: number, message: object): Promise<unknown> } };
  await worker.evaluate((id) => (globalThis as unknown as { chrome: Send }).chrome.tabs.sendMessage(id, { type: 'opinion-lens:panel', action: 'open' }), tabId);
  await page.waitForSelector(PANEL);
  const text = () => page.$eval(PANEL, (host) => (host.shadowRoot?.textContent ?? '').replace(/\s+/g, ' '));
  await expect.poll(text, { timeout: 8_000 }).toContain('covers the whole article');
  return text();
}

describe('pages without labels, and publisher formats, in Chromium', () => {
  it('summarises the whole article of an unlabelled page when the reader opens the panel, and says so', async () => {
    const { page, errors } = await openPage(browser.context, `${site.origin}/news/tram-extension-delay`);
    const panel = await openPanel(page);
    expect(await page.$('[data-opinion-lens="badge"]')).toBeNull();
    // Sources and the contested cost come from the article body; the hidden members' note and the footer do not.
    expect(panel).toContain("Brookmere Commuters' Alliance");
    expect(panel).toMatch(/212[\s\S]*260|260[\s\S]*212/);
    expect(panel).not.toContain('Members read on');
    // The popup, opened afterwards on that tab, describes what the panel showed: the whole article's sources.
    const popup = (await openPage(browser.context, `chrome-extension://${browser.extensionId}/popup.html?tab=${await tabIdOf(worker, page.url())}`)).page;
    await popup.getByText('covers the whole article', { exact: false }).waitFor();
    expect(await popup.locator('.found__sources').textContent()).toContain("Brookmere Commuters' Alliance");
    expect(await popup.getByText('in the labelled sections', { exact: false }).count()).toBe(0);
    await popup.close();
    expect(errors).toEqual([]);
    await page.close();
  });

  it('jumps from a claim of the whole-article summary to its sentence in the page, and flashes it', async () => {
    const { page, errors } = await openPage(browser.context, `${site.origin}/news/tram-extension-delay`);
    await page.setViewportSize({ width: 1100, height: 300 });
    await openPanel(page);
    const claims = page.locator(`${PANEL} .jump`);
    expect(await claims.count()).toBeGreaterThan(0);
    const scrollBefore = await page.evaluate(() => window.scrollY);
    await claims.last().click();
    await page.waitForFunction(() => (CSS.highlights.get('opinion-lens-flash')?.size ?? 0) === 1);
    const flashed = await page.evaluate(() => [...(CSS.highlights.get('opinion-lens-flash') ?? [])].map((range) => String(range)));
    const sentences = await page.evaluate(() => [...document.querySelectorAll('article p')].map((p) => (p.textContent ?? '').replace(/\s+/g, ' ')).join(' '));
    expect(sentences).toContain(flashed[0]!.replace(/\s+/g, ' ').trim());
    await page.waitForFunction((y) => window.scrollY !== y, scrollBefore);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('opens the summary the reader asked for while a new URL is being read, once it is read', async () => {
    const { page, errors } = await openPage(browser.context, `${site.origin}/news/tram-extension-delay`);
    await expect.poll(() => tabIdOf(worker, page.url()).catch(() => null), { timeout: 8_000 }).not.toBeNull();
    const tabId = await tabIdOf(worker, page.url());
    // The page changes its URL (a script's replaceState), then the reader asks at once, before the page is read again.
    await page.evaluate(() => history.replaceState({}, '', `${location.pathname}?view=2`));
    type Send = { tabs: { sendMessage(id: number, message: object): Promise<unknown> } };
    await worker.evaluate((id) => (globalThis as unknown as { chrome: Send }).chrome.tabs.sendMessage(id, { type: 'opinion-lens:panel', action: 'open' }), tabId);
    await page.waitForSelector(PANEL, { timeout: 8_000 });
    const text = () => page.$eval(PANEL, (host) => (host.shadowRoot?.textContent ?? '').replace(/\s+/g, ' '));
    await expect.poll(text, { timeout: 8_000 }).toContain("Brookmere Commuters' Alliance");
    expect(errors).toEqual([]);
    await page.close();
  });

  it('words the panel for the whole article on a page that hides its body, where nothing can be read', async () => {
    const { page, errors } = await openPage(browser.context, `${site.origin}/news/canal-lock`);
    const panel = await openPanel(page);
    // The body stays hidden (no script takes the anti-flicker style away): its text is never read.
    expect(panel).not.toContain('Mara Quinlan');
    expect(panel).toContain('No named sources found in the article.');
    expect(panel).not.toContain('labelled sections.');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('badges each part of a Semafor-style story with its kind', async () => {
    const { page, errors } = await openPage(browser.context, `${site.origin}/news/format-parts`);
    await expect.poll(async () => (await badgesOn(page)).length, { timeout: 8_000 }).toBeGreaterThan(3);
    const kinds = (await badgesOn(page)).map((badge) => badge.kind);
    expect(kinds).toEqual(['facts', 'context', 'analysis', 'perspectives', 'perspectives', 'reading']);
    await page.setViewportSize({ width: 900, height: 820 });
    await page.screenshot({ path: screenshotPath('formats.png') });
    expect(errors).toEqual([]);
    await page.close();
  });

  it.skipIf(!corpusEntry)('summarises a real unlabelled news article of the corpus (README screenshot)', async () => {
    const { page } = await openPage(browser.context, `${site.origin}/news/corpus-article`);
    const panel = await openPanel(page);
    expect(panel).not.toContain('No named sources found');
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.screenshot({ path: screenshotPath('panel-article.png') });
    await page.close();
  });
});
