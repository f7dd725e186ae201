// The issue's own live pages (CASES_DIR, default ../shared/cases/live), read where they are; skipped when absent.
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page, Worker } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../../scripts/browser';
import { badgeInsertions, countBadgeInsertions, launchWithExtension, openPage, serve, tabIdOf, tabState, type ExtensionBrowser } from './harness';

const LIVE = join(resolve(process.env.CASES_DIR ?? join(ROOT, '..', 'shared', 'cases')), 'live');
const PAGES = ['spa-pushstate-then-render', 'liveblog-120-entries', 'document-write-replaces-page', 'heading-clipped-box', 'run-in-label-then-link', 'print'];
const present = existsSync(join(LIVE, 'print.html'));
if (!present) console.log(`notice: no live fault pages at ${LIVE} (set CASES_DIR); their browser tests are skipped.`);
let browser: ExtensionBrowser;
let site: Awaited<ReturnType<typeof serve>>;
let worker: Worker;

beforeAll(async () => {
  if (!present) return;
  site = await serve(Object.fromEntries(PAGES.map((name) => [`/live/${name}.html`, join(LIVE, `${name}.html`)])));
  browser = await launchWithExtension();
  worker = browser.context.serviceWorkers()[0]!;
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

const kinds = (page: Page) => page.$$eval('[data-opinion-lens="badge"]', (hosts) => hosts.map((host) => host.getAttribute('data-kind')));
const open = (name: string) => openPage(browser.context, `${site.origin}/live/${name}.html`);

describe.skipIf(!present)('the live fault pages in Chromium', () => {
  for (const mode of ['sync', 'microtask', 'frame', 'timeout']) {
    it(`single-page app, render ${mode}: the new article's badge, report and toolbar`, async () => {
      const { page, errors } = await open('spa-pushstate-then-render');
      await expect.poll(() => kinds(page)).toEqual(['facts', 'opinion']);
      const tabId = await tabIdOf(worker, `${site.origin}/live/spa-pushstate-then-render.html`);
      await page.evaluate((how) => (window as unknown as { goNext: (mode: string) => void }).goNext(how), mode);
      await expect.poll(() => kinds(page), { timeout: 2_000 }).toEqual(['analysis']);
      await expect.poll(() => tabState(worker, tabId), { timeout: 2_000 }).toEqual({ url: `${site.origin}/next/bin-strike`, kinds: ['analysis'], toolbar: '1' });
      expect(errors).toEqual([]);
      await page.close();
    });
  }

  it('live blog: 120 badges, each inserted once', async () => {
    const { page, errors } = await open('liveblog-120-entries');
    await countBadgeInsertions(page);
    await page.evaluate(() => (window as unknown as { startFeed: (count: number, every: number) => Promise<void> }).startFeed(120, 150));
    await expect.poll(() => kinds(page), { timeout: 10_000 }).toEqual(Array(120).fill('analysis'));
    expect(await badgeInsertions(page)).toBe(120);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('document.write: the written document is labelled and the teaser’s report is gone', async () => {
    const url = `${site.origin}/live/document-write-replaces-page.html`;
    const { page, errors } = await open('document-write-replaces-page');
    await expect.poll(() => kinds(page), { timeout: 8_000 }).toEqual(['facts', 'opinion']);
    const tabId = await tabIdOf(worker, url);
    await expect.poll(() => tabState(worker, tabId)).toEqual({ url, kinds: ['facts', 'opinion'], toolbar: '2' });
    expect(errors).toEqual([]);
    await page.close();
  });

  it('clipped headings: both badges visible and clickable; run-in: the badge right after the label; print: no badge', async () => {
    const clipped = (await open('heading-clipped-box')).page;
    await expect.poll(() => kinds(clipped)).toEqual(['facts', 'opinion']);
    const hits = await clipped.$$eval('[data-opinion-lens="badge"]', (hosts) =>
      hosts.map((host) => {
        const box = host.shadowRoot!.querySelector('button')!.getBoundingClientRect();
        return document.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2) === host;
      }),
    );
    expect(hits).toEqual([true, true]);
    const runIn = (await open('run-in-label-then-link')).page;
    await expect.poll(() => kinds(runIn)).toEqual(['analysis']);
    expect(await runIn.$eval('[data-opinion-lens="badge"]', (host) => host.previousSibling?.textContent)).toBe('Analysis:');
    const print = (await open('print')).page;
    await expect.poll(() => kinds(print)).toEqual(['facts', 'opinion']);
    await print.emulateMedia({ media: 'print' });
    expect(await print.$$eval('[data-opinion-lens="badge"]', (hosts) => hosts.map((host) => getComputedStyle(host).display))).toEqual(['none', 'none']);
    await Promise.all([clipped.close(), runIn.close(), print.close()]);
  });
});
