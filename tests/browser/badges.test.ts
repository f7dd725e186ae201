import { existsSync, mkdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTIFACTS, SEED_HTML, badgesOn, launchWithExtension, openPage, screenshotPath, serve, type ExtensionBrowser } from './harness';
import { FIXTURE_PAGES } from '../helpers/fixtures';

let browser: ExtensionBrowser;
let site: Awaited<ReturnType<typeof serve>>;

beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  site = await serve({
    '/news/transit-fare-march': FIXTURE_PAGES + 'demo-article.html',
    '/seed': SEED_HTML,
    '/label-blocks': FIXTURE_PAGES + 'label-blocks.html',
    '/run-in': FIXTURE_PAGES + 'run-in-labels.html',
    '/exclusions': FIXTURE_PAGES + 'exclusions.html',
    '/opinion/teachers': FIXTURE_PAGES + 'opinion-jsonld.html',
    '/news/harbour': FIXTURE_PAGES + 'news-meta.html',
  });
  browser = await launchWithExtension();
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

async function waitForBadges(page: import('playwright-core').Page, count: number) {
  await page.waitForFunction((n) => document.querySelectorAll('[data-opinion-lens="badge"]').length >= n, count);
}

describe('badges in Chromium', () => {
  it('labels the demo article’s Facts and Opinion sections, with no page errors', async () => {
    const { page, errors } = await openPage(browser.context, `${site.origin}/news/transit-fare-march`);
    await waitForBadges(page, 2);
    const badges = await badgesOn(page);
    expect(badges.map((badge) => badge.kind)).toEqual(['facts', 'opinion']);
    expect(badges[0]?.text).toMatch(/^FACTS/);
    expect(badges[1]?.text).toMatch(/^OPINION/);
    const placement = await page.$$eval('[data-opinion-lens="badge"]', (hosts) =>
      hosts.map((host) => `${host.parentElement?.tagName} ${host.parentElement?.textContent?.trim()}`),
    );
    expect(placement).toEqual(['H2 The Facts:', 'H2 Opinion:']);
    const button = await page.evaluate(() => {
      const host = document.querySelector('[data-opinion-lens="badge"]');
      const element = host?.shadowRoot?.querySelector('button');
      return { role: element?.getAttribute('type'), label: element?.textContent };
    });
    expect(button.role).toBe('button');
    expect(button.label).toMatch(/^FACTS section “The Facts”5 sources · 2 contested$/);
    // Chromium's own accessibility tree names the badge by all its text, the unseen parts (text of no size) included.
    const cdp = await browser.context.newCDPSession(page);
    const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as { nodes: { role?: { value: string }; name?: { value: string } }[] };
    const names = nodes.filter((node) => node.role?.value === 'button').map((node) => node.name?.value.replace(/\s+/g, ' ').replace(/ ,/g, ','));
    expect(names).toContain('FACTS section “The Facts” 5 sources · 2 contested');
    expect(names.some((name) => name?.startsWith('OPINION section “Opinion”'))).toBe(true);
    // Nothing in a badge makes a paint layer: inserting one would walk every layout object after it (a large page's long task).
    const layered = await page.$$eval('[data-opinion-lens="badge"]', (hosts) =>
      hosts.flatMap((host) =>
        [host, ...host.shadowRoot!.querySelectorAll('*')].filter((element) => {
          const style = getComputedStyle(element);
          return style.position !== 'static' || style.overflow !== 'visible' || style.opacity !== '1' || style.clipPath !== 'none' || style.filter !== 'none' || style.transform !== 'none';
        }).map((element) => element.className || element.localName),
      ),
    );
    expect(layered).toEqual([]);
    await page.screenshot({ path: screenshotPath('demo-article.png'), fullPage: true });
    expect(errors).toEqual([]);
    await page.close();
  });

  it.skipIf(!existsSync(SEED_HTML))('labels the seed article', async () => {
    const { page, errors } = await openPage(browser.context, `${site.origin}/seed`);
    await waitForBadges(page, 2);
    expect((await badgesOn(page)).map((badge) => badge.kind)).toEqual(['facts', 'opinion']);
    await page.screenshot({ path: screenshotPath('seed-article.png'), fullPage: true });
    expect(errors).toEqual([]);
    await page.close();
  });

  it('labels bold label blocks and run-in labels', async () => {
    for (const [path, kinds] of [
      ['/label-blocks', ['facts', 'opinion', 'facts', 'analysis', 'opinion']],
      ['/run-in', ['facts', 'opinion']],
    ] as const) {
      const { page, errors } = await openPage(browser.context, site.origin + path);
      await waitForBadges(page, kinds.length);
      expect((await badgesOn(page)).map((badge) => badge.kind)).toEqual(kinds);
      expect(errors).toEqual([]);
      await page.close();
    }
  });

  it('puts no badge on a page of lookalike labels, and a page badge on an opinion page', async () => {
    const { page: exclusions } = await openPage(browser.context, `${site.origin}/exclusions`);
    const { page: opinion } = await openPage(browser.context, `${site.origin}/opinion/teachers`);
    await opinion.waitForSelector('[data-opinion-lens="page-badge"]');
    expect(await opinion.$$eval('[data-opinion-lens="page-badge"]', (hosts) => hosts.map((h) => h.parentElement?.tagName))).toEqual(['H1']);
    // The opinion page's badge proves the content script ran; the exclusions page had as long.
    expect(await badgesOn(exclusions)).toEqual([]);
    expect(await exclusions.$$('[data-opinion-lens]')).toHaveLength(0);
    const { page: news } = await openPage(browser.context, `${site.origin}/news/harbour`);
    await news.evaluate(() => new Promise((done) => setTimeout(done, 300)));
    expect(await news.$$('[data-opinion-lens]')).toHaveLength(0);
    await Promise.all([exclusions.close(), opinion.close(), news.close()]);
  });
});
