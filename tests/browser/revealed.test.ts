import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page, Worker } from 'playwright-core';
import { badgesOn, launchWithExtension, openPage, serve, tabIdOf, tabState, type ExtensionBrowser } from './harness';
import { FIXTURE_PAGES } from '../helpers/fixtures';

let browser: ExtensionBrowser;
let worker: Worker;
let site: Awaited<ReturnType<typeof serve>>;

beforeAll(async () => {
  site = await serve({
    '/news/ferry': FIXTURE_PAGES + 'reveal-removed-style.html',
    '/news/orchards': FIXTURE_PAGES + 'reveal-root-class.html',
    '/news/library': FIXTURE_PAGES + 'reveal-container.html',
  });
  browser = await launchWithExtension();
  worker = browser.context.serviceWorkers()[0]!;
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

const badgeKinds = () => JSON.stringify([...document.querySelectorAll('[data-opinion-lens="badge"]')].map((host) => host.getAttribute('data-kind')));
const waitForKinds = (page: Page, expected: string[]) =>
  page.waitForFunction(
    (want) => JSON.stringify([...document.querySelectorAll('[data-opinion-lens="badge"]')].map((host) => host.getAttribute('data-kind'))) === want,
    JSON.stringify(expected),
  );

describe('sections the page reveals after load, in Chromium', () => {
  it('badges a page hidden by a <style> that a script removes later', async () => {
    const url = `${site.origin}/news/ferry`;
    const { page, errors } = await openPage(browser.context, url);
    await page.waitForFunction(() => !document.getElementById('page-hider'));
    await waitForKinds(page, ['facts', 'opinion']);
    expect((await badgesOn(page)).map((badge) => badge.kind)).toEqual(['facts', 'opinion']);
    // The toolbar follows the report: the revealed sections are counted there too.
    const tabId = await tabIdOf(worker, url);
    await expect.poll(() => tabState(worker, tabId), { timeout: 8_000 }).toEqual({ url, kinds: ['facts', 'opinion'], toolbar: '2' });
    expect(errors).toEqual([]);
    await page.close();
  });

  it('badges a page hidden by a class on <html> that a script takes off later', async () => {
    const { page, errors } = await openPage(browser.context, `${site.origin}/news/orchards`);
    await page.waitForFunction(() => !document.documentElement.classList.contains('page-pending'));
    await waitForKinds(page, ['facts', 'opinion']);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('badges sections in a container that a "Read the full story" button reveals', async () => {
    const { page, errors } = await openPage(browser.context, `${site.origin}/news/library`);
    // Nothing is labelled while the sections are folded away (the reader cannot see them).
    await page.waitForTimeout(800);
    expect(await page.evaluate(badgeKinds)).toBe('[]');
    await page.click('#full-story');
    await waitForKinds(page, ['facts', 'opinion']);
    expect(errors).toEqual([]);
    await page.close();
  });
});
