import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, openPage, serve, type ExtensionBrowser } from './harness';
import { manySectionsPage } from '../../scripts/bench/scenario-pages';

/** Facts and Opinion in turn: 150 opinion sections, one paragraph each, several viewports long. */
const SECTIONS = 300;
let browser: ExtensionBrowser;
let site: Awaited<ReturnType<typeof serve>>;

beforeAll(async () => {
  site = await serve({ '/news/many-sections': () => manySectionsPage(SECTIONS) });
  browser = await launchWithExtension();
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

/** The texts of the opinion tint's registered ranges. */
const tinted = (page: Page) => page.evaluate(() => [...(CSS.highlights.get('opinion-lens-opinion') ?? [])].map((range) => String(range)));
const tints = (page: Page, ward: number) =>
  page.waitForFunction((ward) => [...(CSS.highlights.get('opinion-lens-opinion') ?? [])].some((range) => String(range).includes(`ward ${ward}.`)), ward);

describe('highlights near the viewport', () => {
  it('tints the opinion sections the reader can see, and those scrolled to later, keeping few ranges registered', async () => {
    const { page, errors } = await openPage(browser.context, `${site.origin}/news/many-sections`);
    await page.waitForFunction((n) => document.querySelectorAll('[data-opinion-lens="badge"]').length >= n, SECTIONS, { timeout: 60_000 });
    await tints(page, 1);
    const atTop = await tinted(page);
    expect(atTop.length).toBeGreaterThan(0);
    expect(atTop.length).toBeLessThan(SECTIONS / 2);
    expect(atTop.some((text) => text.includes(`ward ${SECTIONS - 1}.`))).toBe(false);

    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await tints(page, SECTIONS - 1);
    await page.waitForFunction(() => ![...(CSS.highlights.get('opinion-lens-opinion') ?? [])].some((range) => String(range).includes('ward 1.')));
    expect((await tinted(page)).length).toBeLessThan(SECTIONS / 2);

    await page.evaluate(() => window.scrollTo(0, 0));
    await tints(page, 1);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('flashes a sentence the panel jumps to far down the page', async () => {
    const { page, errors } = await openPage(browser.context, `${site.origin}/news/many-sections`);
    await page.waitForFunction((n) => document.querySelectorAll('[data-opinion-lens="badge"]').length >= n, SECTIONS, { timeout: 60_000 });
    // The figures list's last item: the homes flooded in the last facts section.
    const homes = String(100 + SECTIONS - 2);
    await page.evaluate(() => (document.querySelectorAll('[data-opinion-lens="badge"]')[0]!.shadowRoot!.querySelector('button') as HTMLElement).click());
    await page.waitForFunction(
      (value) => {
        const panel = document.querySelector('[data-opinion-lens="panel"]')?.shadowRoot;
        const jump = [...(panel?.querySelectorAll<HTMLElement>('.figures .jump') ?? [])].find((button) => button.querySelector('.value')?.textContent === value);
        jump?.click();
        return jump !== undefined;
      },
      homes,
      { timeout: 30_000 },
    );
    await page.waitForFunction(() => (CSS.highlights.get('opinion-lens-flash')?.size ?? 0) === 1);
    const flashed = await page.evaluate(() => [...CSS.highlights.get('opinion-lens-flash')!].map((range) => String(range)));
    expect(flashed[0]).toContain(`ward ${SECTIONS - 2} council said ${homes} homes`);
    expect(errors).toEqual([]);
    await page.close();
  });
});
