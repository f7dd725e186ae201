import type { Page, Worker } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, openPage, serve, tabIdOf, type ExtensionBrowser } from './harness';
import { CLIPPED_PAGE, RUN_IN_PAGE, TOLL_STORY, UNLABELLED_PAGE } from './live-fixtures';

const PANEL = '[data-opinion-lens="panel"]';
const OTHER_SITE = 'http://marrowby-herald.test';
let browser: ExtensionBrowser;
let site: Awaited<ReturnType<typeof serve>>;
let worker: Worker;
const TOLL_PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Bridge toll</title></head><body><main>${TOLL_STORY}</main></body></html>`;

beforeAll(async () => {
  site = await serve({
    '/news/buses': () => RUN_IN_PAGE,
    '/news/pool': () => CLIPPED_PAGE,
    '/news/library': () => UNLABELLED_PAGE,
    '/news/bridge-toll': () => TOLL_PAGE,
    // A site that shrinks the root font (62.5%, for 1rem = 10px) and writes right to left.
    '/news/bridge-toll-rtl': () => TOLL_PAGE.replace('<html lang="en">', '<html lang="en" dir="rtl" style="font-size: 62.5%">'),
  });
  browser = await launchWithExtension();
  worker = browser.context.serviceWorkers()[0]!;
  // Another site, served from memory: the harness lets nothing else through.
  await browser.context.route(`${OTHER_SITE}/**`, (route) => route.fulfill({ contentType: 'text/html', body: TOLL_PAGE }));
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

const badgeCount = (page: Page) => page.$$eval('[data-opinion-lens="badge"]', (hosts) => hosts.length);

describe('badges and panel on the page, in Chromium', () => {
  it('puts a run-in label’s badge right after the label, not before the link later in the paragraph', async () => {
    const { page, errors } = await openPage(browser.context, `${site.origin}/news/buses`);
    await expect.poll(() => badgeCount(page)).toBe(1);
    const neighbours = await page.$eval('[data-opinion-lens="badge"]', (host) => ({
      before: host.previousSibling?.textContent,
      after: host.nextSibling?.textContent?.trim().slice(0, 19),
    }));
    expect(neighbours).toEqual({ before: 'Analysis:', after: 'The bus company has' });
    expect(errors).toEqual([]);
    await page.close();
  });

  it('keeps the badge of a heading that clips its overflow visible and clickable', async () => {
    const { page, errors } = await openPage(browser.context, `${site.origin}/news/pool`);
    await expect.poll(() => badgeCount(page)).toBe(2);
    const hits = await page.$$eval('[data-opinion-lens="badge"]', (hosts) =>
      hosts.map((host) => {
        const box = host.shadowRoot!.querySelector('button')!.getBoundingClientRect();
        return box.width > 0 && document.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2) === host;
      }),
    );
    expect(hits).toEqual([true, true]);
    await page.locator('[data-opinion-lens="badge"][data-kind="opinion"] button').click();
    await page.waitForSelector(PANEL);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('prints no badge, tint or panel', async () => {
    const { page } = await openPage(browser.context, `${site.origin}/news/bridge-toll`);
    await expect.poll(() => badgeCount(page)).toBe(2);
    await page.locator('[data-opinion-lens="badge"][data-kind="facts"] button').click();
    await page.waitForSelector(PANEL);
    const shown = () =>
      page.evaluate(() => ({
        ui: [...document.querySelectorAll('[data-opinion-lens="badge"], [data-opinion-lens="panel"]')].map((host) => getComputedStyle(host).display !== 'none'),
        tint: [...(document.querySelector<HTMLStyleElement>('style[data-opinion-lens="style"]')?.sheet?.cssRules ?? [])].every(
          (rule) => rule instanceof CSSMediaRule && rule.media.mediaText === 'not print',
        ),
      }));
    expect(await shown()).toEqual({ ui: [true, true, true], tint: true });
    await page.emulateMedia({ media: 'print' });
    expect(await shown()).toEqual({ ui: [false, false, false], tint: true });
    await page.close();
  });

  it('fits the panel in a viewport narrower than 430 px', async () => {
    const { page } = await openPage(browser.context, `${site.origin}/news/bridge-toll`);
    await page.setViewportSize({ width: 380, height: 700 });
    // A resize at load may leave Chromium no idle period: the first warm-up step then waits its 500 ms timeout.
    await expect.poll(() => badgeCount(page), { timeout: 5000 }).toBe(2);
    await page.locator('[data-opinion-lens="badge"][data-kind="facts"] button').click();
    await page.waitForSelector(PANEL);
    const box = await page.$eval(PANEL, (host) => {
      const rect = host.getBoundingClientRect();
      return { left: rect.left, right: rect.right, viewport: document.documentElement.clientWidth };
    });
    expect(box.left).toBeGreaterThanOrEqual(0);
    expect(box.right).toBeLessThanOrEqual(box.viewport);
    await page.close();
  });

  it('keeps the panel its own size and direction on a page with a small root font that writes right to left', async () => {
    const measure = async (path: string) => {
      const { page, errors } = await openPage(browser.context, `${site.origin}${path}`);
      await expect.poll(() => badgeCount(page)).toBe(2);
      await page.locator('[data-opinion-lens="badge"][data-kind="facts"] button').click();
      await page.waitForSelector(PANEL);
      const badge = await page.$eval('[data-opinion-lens="badge"]', (host) => getComputedStyle(host.shadowRoot!.querySelector('button')!).direction);
      const panel = await page.$eval(PANEL, (host) => {
        const aside = host.shadowRoot!.querySelector('aside')!;
        const heading = host.shadowRoot!.querySelector('h3') ?? host.shadowRoot!.querySelector('h2')!;
        const claim = host.shadowRoot!.querySelector('.claims q');
        return {
          width: Math.round(host.getBoundingClientRect().width),
          heading: getComputedStyle(heading).fontSize,
          direction: getComputedStyle(aside).direction,
          claim: claim ? getComputedStyle(claim).direction : null,
        };
      });
      expect(errors).toEqual([]);
      await page.close();
      return { ...panel, badge };
    };
    const plain = await measure('/news/bridge-toll');
    const shrunk = await measure('/news/bridge-toll-rtl');
    expect(plain.width).toBe(416);
    expect(shrunk).toEqual(plain);
    expect([shrunk.direction, shrunk.badge]).toEqual(['ltr', 'ltr']);
    // The page's own words keep the direction of their script: English here.
    expect(shrunk.claim).toBe('ltr');
  });

  it('restores an open panel in the same tab and site without taking focus, and not on another site', async () => {
    const first = `${site.origin}/news/bridge-toll`;
    const { page } = await openPage(browser.context, first);
    await expect.poll(() => badgeCount(page)).toBe(2);
    await page.locator('[data-opinion-lens="badge"][data-kind="facts"] button').click();
    await page.waitForSelector(PANEL);
    await page.reload();
    await page.waitForSelector(PANEL);
    await page.waitForTimeout(400);
    expect(await page.evaluate(() => document.activeElement === document.body || document.activeElement === null)).toBe(true);
    await page.goto(`${OTHER_SITE}/news/bridge-toll`);
    await expect.poll(() => badgeCount(page)).toBe(2);
    await page.waitForTimeout(600);
    expect(await page.$(PANEL)).toBeNull();
    await page.close();
  });

  it('opens the panel on a page without labelled sections when the reader asks', async () => {
    const url = `${site.origin}/news/library`;
    const { page, errors } = await openPage(browser.context, url);
    await page.waitForTimeout(500);
    expect(await page.$('[data-opinion-lens]')).toBeNull();
    const tabId = await tabIdOf(worker, url);
    await worker.evaluate(
      (id) => (globalThis as unknown as { chrome: { tabs: { sendMessage(id: number, message: unknown): Promise<unknown> } } }).chrome.tabs.sendMessage(id, { type: 'opinion-lens:panel', action: 'open' }),
      tabId,
    );
    await page.waitForSelector(PANEL);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('tells the page nothing: no message with the extension id, no file at a guessable URL, no event that stops it', async () => {
    const id = browser.extensionId;
    await recordAnnouncements(id);
    const { page, errors } = await openPage(browser.context, `${site.origin}/news/bridge-toll`);
    await expect.poll(() => badgeCount(page)).toBe(2);
    const seen = await page.evaluate(() => (window as unknown as { seen: string[] }).seen);
    expect(seen.filter((entry) => entry.includes(id))).toEqual([]);
    const fetched = await page.evaluate((url) => fetch(url).then(() => 'fetched', () => 'failed'), `chrome-extension://${id}/lens-ui.js`);
    expect(fetched).toBe('failed');
    // WXT's own stop signal, dispatched by the page, then new content: the extension still labels it.
    await page.evaluate((name) => {
      for (const target of [document, window]) target.dispatchEvent(new CustomEvent(name, { detail: { contentScriptName: 'content', messageId: 'page' } }));
      window.postMessage({ type: name, contentScriptName: 'content', messageId: 'page' }, '*');
      const heading = document.createElement('h2');
      heading.textContent = 'Analysis:';
      const text = document.createElement('p');
      text.textContent = 'The toll rise follows two years of repairs. The trust said it had spent £2m on the bridge deck.';
      document.querySelector('article')!.append(heading, text);
    }, `${id}:content:wxt:content-script-started`);
    await expect.poll(() => badgeCount(page)).toBe(3);
    // The browser logs the page's own refused fetch; nothing else may fail.
    expect(errors.filter((error) => !error.startsWith('Denying load of'))).toEqual([]);
    await page.close();
  });
});

/** Before any page script: record every message posted to the page and every WXT start event named with the id. */
async function recordAnnouncements(id: string): Promise<void> {
  await browser.context.addInitScript((extensionId) => {
    const seen: string[] = [];
    (window as unknown as { seen: string[] }).seen = seen;
    window.addEventListener('message', (event) => seen.push(JSON.stringify(event.data)));
    document.addEventListener(`${extensionId}:content:wxt:content-script-started`, () => seen.push(`event ${extensionId}`));
  }, id);
}
