import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, openPage, serve, type ExtensionBrowser } from './harness';
import { largePage } from '../../scripts/bench/scenario-pages';
import { HIGHLIGHT_ELEMENT_LIMIT } from '../../components/page/page-highlights';

const PANEL = '[data-opinion-lens="panel"]';
const FLASH = '[data-opinion-lens="flash"]';
const SENTENCE = "The Marrowby Drivers' Club said 36,000 cars crossed each week.";
let browser: ExtensionBrowser;
let site: Awaited<ReturnType<typeof serve>>;

beforeAll(async () => {
  // A page above the highlight limit: there a flash cannot be a CSS highlight.
  site = await serve({ '/news/large': () => largePage(HIGHLIGHT_ELEMENT_LIMIT + 4_000) });
  browser = await launchWithExtension();
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

/** The flash box's opacity and box on screen, and the sentence's box, measured in one go. */
const boxes = (page: Page) =>
  page.evaluate(({ flash, sentence }) => {
    const box = document.querySelector(flash)?.shadowRoot?.querySelector<HTMLElement>('.box');
    const paragraph = [...document.querySelectorAll('article p')].find((p) => p.textContent?.includes(sentence));
    const text = paragraph?.firstChild;
    const range = document.createRange();
    const start = text?.textContent?.indexOf(sentence) ?? -1;
    if (!box || !text || start < 0) return null;
    range.setStart(text, start);
    range.setEnd(text, start + sentence.length);
    return { opacity: getComputedStyle(box).opacity, box: box.getBoundingClientRect().toJSON(), sentence: range.getBoundingClientRect().toJSON() };
  }, { flash: FLASH, sentence: SENTENCE });

describe('the panel jump on a page too large for highlights', () => {
  it('flashes the sentence with a box of its own over the text, restyling no page element, and hides it when the panel closes', async () => {
    const { page, errors } = await openPage(browser.context, `${site.origin}/news/large`);
    await page.waitForFunction(() => document.querySelectorAll('[data-opinion-lens="badge"]').length >= 2, null, { timeout: 30_000 });
    await page.evaluate(() => document.querySelector('[data-opinion-lens="badge"]')?.shadowRoot?.querySelector('button')?.click());
    await page.locator(PANEL).locator('aside').waitFor();
    expect(await boxes(page)).toMatchObject({ opacity: '0' });

    await page.locator(PANEL).locator('button.jump').filter({ hasText: '36,000' }).first().click();
    await page.waitForFunction((flash) => document.querySelector(flash)?.shadowRoot?.querySelector<HTMLElement>('.box')?.style.opacity === '1', FLASH);
    const shown = (await boxes(page))!;
    expect(shown.box.left).toBeLessThanOrEqual(shown.sentence.left);
    expect(shown.box.top).toBeLessThanOrEqual(shown.sentence.top);
    expect(shown.box.right).toBeGreaterThanOrEqual(shown.sentence.right);
    expect(shown.box.bottom).toBeGreaterThanOrEqual(shown.sentence.bottom);
    expect(shown.box.height).toBeLessThan(shown.sentence.height + 20);
    expect(await page.evaluate(() => [CSS.highlights.get('opinion-lens-flash')?.size ?? 0, document.querySelectorAll('main [style]').length])).toEqual([0, 0]);

    await page.waitForFunction((flash) => document.querySelector(flash)?.shadowRoot?.querySelector<HTMLElement>('.box')?.style.opacity === '0', FLASH);
    await page.keyboard.press('Escape');
    await page.waitForFunction((panel) => !document.querySelector(panel), PANEL);
    // The flash's host stays for the next open (putting it in lays the page out), with nothing shown.
    await page.waitForFunction((flash) => {
      const box = document.querySelector(flash)?.shadowRoot?.querySelector<HTMLElement>('.box');
      return box !== null && box !== undefined && getComputedStyle(box).opacity === '0';
    }, FLASH);
    expect(errors).toEqual([]);
    await page.close();
  });
});
