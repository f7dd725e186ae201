import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { badgesOn, launchWithExtension, openPage, serve, type ExtensionBrowser } from './harness';
import { FIXTURE_PAGES } from '../helpers/fixtures';

let browser: ExtensionBrowser;
let site: Awaited<ReturnType<typeof serve>>;

beforeAll(async () => {
  site = await serve({ '/live/storm': FIXTURE_PAGES + 'dynamic.html' });
  browser = await launchWithExtension();
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

const kinds = async (page: import('playwright-core').Page) => (await badgesOn(page)).map((badge) => badge.kind);
const waitForKinds = (page: import('playwright-core').Page, expected: string[]) =>
  page.waitForFunction(
    (want) => JSON.stringify([...document.querySelectorAll('[data-opinion-lens="badge"]')].map((host) => host.getAttribute('data-kind'))) === JSON.stringify(want),
    expected,
  );

describe('dynamic pages in Chromium', () => {
  it('labels content that arrives later: appended blocks and a read-more expansion', async () => {
    const { page, errors } = await openPage(browser.context, `${site.origin}/live/storm`);
    await waitForKinds(page, ['facts']);
    await page.evaluate(() => (window as unknown as { appendAnalysis: () => void }).appendAnalysis());
    await waitForKinds(page, ['facts', 'analysis']);
    await page.click('#read-more');
    await waitForKinds(page, ['facts', 'analysis', 'opinion']);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('labels a heading whose text a script sets later', async () => {
    const { page, errors } = await openPage(browser.context, `${site.origin}/live/storm`);
    await waitForKinds(page, ['facts']);
    await page.evaluate(() => (window as unknown as { labelLate: () => void }).labelLate());
    await waitForKinds(page, ['facts', 'opinion']);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('clears the old badges and report when a single-page app moves to another article', async () => {
    const { page, errors } = await openPage(browser.context, `${site.origin}/live/storm`);
    await waitForKinds(page, ['facts']);
    await page.evaluate(() => (window as unknown as { navigateToSecond: () => void }).navigateToSecond());
    await waitForKinds(page, ['opinion']);
    expect(await kinds(page)).toEqual(['opinion']);
    expect(await page.evaluate(() => location.pathname)).toBe('/live/ferry-timetable');
    expect(errors).toEqual([]);
    await page.close();
  });
});
