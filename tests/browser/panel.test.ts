import { existsSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTIFACTS, SEED_HTML, launchWithExtension, openPage, screenshotPath, serve, startXvfb, hasXvfb, tabIdOf, type ExtensionBrowser } from './harness';
import { FIXTURE_PAGES } from '../helpers/fixtures';

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const PANEL = '[data-opinion-lens="panel"]';
let browser: ExtensionBrowser;
let site: Awaited<ReturnType<typeof serve>>;

beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  site = await serve({
    '/news/transit-fare-march': FIXTURE_PAGES + 'demo-article.html',
    '/news/reservoir-levels': FIXTURE_PAGES + 'focus-targets.html',
    '/seed': SEED_HTML,
  });
  browser = await launchWithExtension();
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

const paragraphBoxes = (page: Page) =>
  page.$$eval('article p, article h1, article h2', (elements) => elements.map((element) => JSON.stringify(element.getBoundingClientRect())));

async function openArticle(path: string) {
  const opened = await openPage(browser.context, site.origin + path);
  await opened.page.waitForSelector('[data-opinion-lens="badge"]');
  return opened;
}

/** What the focused element is, looking through shadow roots. */
const focused = (page: Page) =>
  page.evaluate(() => {
    let active = document.activeElement;
    const path: string[] = [];
    while (active) {
      path.push(`${active.tagName.toLowerCase()}${active.getAttribute('data-kind') ? `[${active.getAttribute('data-kind')}]` : ''}`);
      active = active.shadowRoot?.activeElement ?? null;
    }
    return path.join(' > ');
  });

describe('side panel in Chromium', () => {
  it('opens from a badge without moving the page, closes with Esc and returns focus to the badge', async () => {
    const { page, errors } = await openArticle('/news/transit-fare-march');
    const before = await paragraphBoxes(page);
    await page.locator('[data-opinion-lens="badge"][data-kind="facts"] button').click();
    await page.waitForSelector(PANEL);
    expect(await page.locator(`${PANEL} aside`).getAttribute('aria-label')).toBe('Opinion Lens: article summary');
    expect(await paragraphBoxes(page)).toEqual(before);
    expect(await focused(page)).toBe('opinion-lens-panel > h2');
    await page.keyboard.press('Escape');
    await page.waitForSelector(PANEL, { state: 'detached' });
    expect(await focused(page)).toBe('opinion-lens-badge[facts] > button');
    expect(errors).toEqual([]);
    await page.close();
  });

  // Where the reader's focus may be when the command's keys (Alt+Shift+L) open the panel: a link, an SVG chart's link,
  // a text box in a same-origin frame. Each has the focus back once the panel closes (by Esc, or the command again).
  const focusTargets = [
    { name: 'a link', path: '/news/transit-fare-march', focus: (page: Page) => page.focus('nav a[href="/news"]') },
    { name: 'an SVG link', path: '/news/reservoir-levels', focus: (page: Page) => page.focus('#chart-link') },
    { name: 'a text box in a frame', path: '/news/reservoir-levels', focus: (page: Page) => page.frameLocator('#comments').locator('#comment').focus() },
  ];
  /** The focused element's id or href, through shadow roots and same-origin frames. */
  const focusedTarget = (page: Page) =>
    page.evaluate(() => {
      let active = document.activeElement;
      for (let inner = active; inner; inner = inner.shadowRoot?.activeElement ?? (inner as HTMLIFrameElement).contentDocument?.activeElement ?? null) active = inner;
      return active?.id || active?.getAttribute('href') || active?.localName;
    });
  for (const { name, path, focus } of focusTargets) {
    it(`opened by the keyboard command, returns focus on close to ${name} that had it before`, async () => {
      const { page, errors } = await openArticle(path);
      const worker = browser.context.serviceWorkers()[0]!;
      const tabId = await tabIdOf(worker, page.url());
      type Send = { tabs: { sendMessage(id: number, message: object): Promise<unknown> } };
      // What the background sends when the reader presses the command's keys.
      const toggle = () =>
        worker.evaluate((id) => (globalThis as unknown as { chrome: Send }).chrome.tabs.sendMessage(id, { type: 'opinion-lens:panel', action: 'toggle' }), tabId);
      await focus(page);
      const before = await focusedTarget(page);
      expect(before).not.toBe('body');
      await toggle();
      await page.waitForSelector(PANEL);
      await expect.poll(() => focused(page)).toBe('opinion-lens-panel > h2');
      await page.keyboard.press('Escape');
      await page.waitForSelector(PANEL, { state: 'detached' });
      expect(await focusedTarget(page)).toBe(before);
      await toggle();
      await page.waitForSelector(PANEL);
      await expect.poll(() => focused(page)).toBe('opinion-lens-panel > h2');
      await toggle();
      await page.waitForSelector(PANEL, { state: 'detached' });
      expect(await focusedTarget(page)).toBe(before);
      expect(errors).toEqual([]);
      await page.close();
    });
  }

  it.skipIf(!hasXvfb())('opens and closes with the manifest’s keyboard shortcut, pressed for real on a virtual display', async () => {
    const worker = browser.context.serviceWorkers()[0];
    type Commands = { commands: { getAll(): Promise<{ name?: string; shortcut?: string }[]> } };
    const commands = await worker?.evaluate(() => (globalThis as unknown as { chrome: Commands }).chrome.commands.getAll());
    expect(commands?.find((command) => command.name === 'toggle-panel')?.shortcut).toBe('Alt+Shift+L');
    // Headless Chromium never routes keys to browser accelerators, so this one browser runs on Xvfb.
    const xvfb = await startXvfb();
    const headed = await launchWithExtension({ display: xvfb.display });
    try {
      const { page } = await openPage(headed.context, `${site.origin}/news/transit-fare-march`);
      await page.waitForSelector('[data-opinion-lens="badge"]');
      await page.focus('nav a[href="/news"]');
      xvfb.pressKeys('alt+shift+l');
      await page.waitForSelector(PANEL);
      await expect.poll(() => focused(page)).toBe('opinion-lens-panel > h2');
      xvfb.pressKeys('Escape');
      await page.waitForSelector(PANEL, { state: 'detached' });
      // Focus goes back where it was before the shortcut opened the panel.
      expect(await focused(page)).toBe('a');
      expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe('/news');
      xvfb.pressKeys('alt+shift+l');
      await page.waitForSelector(PANEL);
      xvfb.pressKeys('alt+shift+l');
      await page.waitForSelector(PANEL, { state: 'detached' });
      expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe('/news');
    } finally {
      await headed.close();
      xvfb.stop();
    }
  });

  it('waits in the page from the first badges as an empty host the pointer passes through, so opening it adds nothing to the page', async () => {
    const { page, errors } = await openArticle('/news/transit-fare-march');
    const CLOSED = '[data-opinion-lens="panel-closed"]';
    await page.waitForSelector(CLOSED, { state: 'attached' });
    const empty = () => page.$eval(CLOSED, (host) => host.shadowRoot?.querySelector('aside') === null);
    expect(await empty()).toBe(true);
    // A click where the open panel would be reaches the page.
    const clicked = await page.evaluate(async () => {
      const x = innerWidth - 30;
      const y = Math.round(innerHeight / 2);
      const at = document.elementFromPoint(x, y);
      return { at: at?.tagName.toLowerCase(), opinionLens: at?.getAttribute('data-opinion-lens') ?? null };
    });
    expect(clicked.opinionLens).toBeNull();
    let pageClicks = 0;
    await page.exposeFunction('pageClicked', () => (pageClicks += 1));
    await page.evaluate(() => document.addEventListener('click', (event) => {
      if (!(event.target as Element).closest?.('[data-opinion-lens]')) (window as unknown as { pageClicked: () => void }).pageClicked();
    }));
    const viewport = page.viewportSize()!;
    await page.mouse.click(viewport.width - 30, Math.round(viewport.height / 2));
    await expect.poll(() => pageClicks).toBe(1);

    // Opening draws into the host already there: no node goes into the page's document.
    await page.evaluate(() => {
      const added: string[] = [];
      (window as unknown as { added: string[] }).added = added;
      new MutationObserver((records) => records.forEach((record) => record.addedNodes.forEach((node) => added.push(node.nodeName)))).observe(document, { childList: true, subtree: true });
    });
    await page.locator('[data-opinion-lens="badge"][data-kind="facts"] button').click();
    await page.waitForSelector(PANEL);
    expect(await page.evaluate(() => (window as unknown as { added: string[] }).added)).toEqual([]);
    await page.keyboard.press('Escape');
    await page.waitForSelector(CLOSED, { state: 'attached' });
    expect(await empty()).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('ends as the number of toggles says when they come while the page is still being read, with one panel', async () => {
    const { page, errors } = await openArticle('/seed');
    const worker = browser.context.serviceWorkers()[0]!;
    const tabId = await tabIdOf(worker, page.url());
    const hosts = () => page.evaluate(() => ({ hosts: document.querySelectorAll('opinion-lens-panel').length, open: document.querySelectorAll('[data-opinion-lens="panel"]').length }));
    for (const count of [2, 3]) {
      await page.reload({ waitUntil: 'domcontentloaded' });
      // As soon as the content script answers (the page not read yet, its UI not loaded), `count` toggles, as a
      // reader pressing the shortcut quickly does.
      await worker.evaluate(async ({ id, toggles }) => {
        type Send = { tabs: { sendMessage(id: number, message: object): Promise<unknown> } };
        const { chrome } = globalThis as unknown as { chrome: Send };
        for (let tries = 0; tries < 400; tries += 1) {
          if ((await chrome.tabs.sendMessage(id, { type: 'opinion-lens:get-report' }).catch(() => undefined)) !== undefined) break;
          await new Promise((next) => setTimeout(next, 5));
        }
        for (let toggle = 0; toggle < toggles; toggle += 1) await chrome.tabs.sendMessage(id, { type: 'opinion-lens:panel', action: 'toggle' });
      }, { id: tabId, toggles: count });
      await page.waitForSelector('[data-opinion-lens="badge"]');
      await page.waitForTimeout(1500);
      expect(await hosts()).toEqual({ hosts: 1, open: count % 2 });
    }
    expect(errors).toEqual([]);
    await page.close();
  });

  it('applies asks made while the page is being read after the panel it remembered open, in order', async () => {
    const { page, errors } = await openArticle('/seed');
    const worker = browser.context.serviceWorkers()[0]!;
    const tabId = await tabIdOf(worker, page.url());
    const state = () => page.evaluate(() => ({ hosts: document.querySelectorAll('opinion-lens-panel').length, open: document.querySelectorAll('[data-opinion-lens="panel"]').length }));
    /** Reloads, then sends `actions` as soon as the content script answers (the page not read yet). */
    const reloadAndAsk = async (actions: string[]) => {
      await page.reload({ waitUntil: 'domcontentloaded' });
      await worker.evaluate(async ({ id, asks }) => {
        type Send = { tabs: { sendMessage(id: number, message: object): Promise<unknown> } };
        const { chrome } = globalThis as unknown as { chrome: Send };
        for (let tries = 0; tries < 400; tries += 1) {
          if ((await chrome.tabs.sendMessage(id, { type: 'opinion-lens:get-report' }).catch(() => undefined)) !== undefined) break;
          await new Promise((next) => setTimeout(next, 5));
        }
        for (const action of asks) await chrome.tabs.sendMessage(id, { type: 'opinion-lens:panel', action });
      }, { id: tabId, asks: actions });
      await page.waitForSelector('[data-opinion-lens="badge"]');
      await page.waitForTimeout(1500);
      return state();
    };
    for (const [asks, open] of [[['toggle'], 0], [['toggle', 'open'], 1], [['open', 'toggle'], 0], [['open'], 1]] as const) {
      // The panel is open and remembered so before each reload.
      if ((await state()).open === 0) {
        await page.locator('[data-opinion-lens="badge"][data-kind="facts"] button').click();
        await page.waitForSelector(PANEL);
      }
      expect(await reloadAndAsk([...asks])).toEqual({ hosts: 1, open });
    }
    // A panel the reader closed while the page was read stays closed on the next load.
    await page.keyboard.press('Escape');
    await page.locator('[data-opinion-lens="badge"][data-kind="facts"] button').click();
    await page.waitForSelector(PANEL);
    expect(await reloadAndAsk(['toggle'])).toEqual({ hosts: 1, open: 0 });
    expect(await reloadAndAsk([])).toEqual({ hosts: 1, open: 0 });
    expect(errors).toEqual([]);
    await page.close();
  });

  it('opens from the popup’s button', async () => {
    const { page } = await openArticle('/news/transit-fare-march');
    const worker = browser.context.serviceWorkers()[0]!;
    const tabId = await tabIdOf(worker, page.url());
    const { page: popup } = await openPage(browser.context, `chrome-extension://${browser.extensionId}/popup.html?tab=${tabId}`);
    await popup.getByRole('button', { name: 'Open the summary' }).click();
    await page.waitForSelector(PANEL);
    expect(await page.locator(`${PANEL} aside`).getAttribute('aria-label')).toBe('Opinion Lens: article summary');
    await page.close();
  });

  it('remembers that it was open in this tab across a reload', async () => {
    const { page } = await openArticle('/news/transit-fare-march');
    await page.locator('[data-opinion-lens="badge"][data-kind="opinion"] button').click();
    await page.waitForSelector(PANEL);
    await page.reload();
    await page.waitForSelector(PANEL);
    await page.locator(`${PANEL} button.close`).click();
    await page.waitForSelector(PANEL, { state: 'detached' });
    await page.reload();
    await page.waitForSelector('[data-opinion-lens="badge"]');
    expect(await page.$(PANEL)).toBeNull();
    await page.close();
  });

  it.skipIf(!existsSync(SEED_HTML))('lists the seed’s named sources and the contested 58 vs 23, and jumps to a sentence', async () => {
    const { page, errors } = await openArticle('/seed');
    await page.setViewportSize({ width: 1100, height: 420 });
    await page.locator('[data-opinion-lens="badge"][data-kind="facts"] button').click();
    const panel = page.locator(PANEL);
    await panel.locator('aside').waitFor();
    const text = (await panel.locator('aside').textContent()) ?? '';
    for (const name of ['Attaullah Tarar', 'Afghan media', 'Taliban', 'Pakistan', 'Khawaja Asif']) expect(text).toContain(name);
    const contest = panel.locator('.contest').filter({ hasText: '58' });
    expect(await contest.locator('.spread').textContent()).toBe('58 vs 23, 2.5×');
    const scrollBefore = await page.evaluate(() => window.scrollY);
    await contest.locator('button').filter({ hasText: '23' }).click();
    await page.waitForFunction(() => CSS.highlights.has('opinion-lens-flash'));
    const flashed = await page.evaluate(() => [...(CSS.highlights.get('opinion-lens-flash') ?? [])].map((range) => String(range)));
    expect(flashed).toHaveLength(1);
    expect(flashed[0]).toContain('23 of its personnel died');
    await page.waitForFunction((y) => window.scrollY !== y, scrollBefore);
    // The flash's highlight stays registered (no registration per flash); its range goes.
    await page.waitForFunction(() => (CSS.highlights.get('opinion-lens-flash')?.size ?? 0) === 0);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('stays readable at 200% zoom: the drawer fits the narrower viewport and nothing in it overflows sideways', async () => {
    const { page } = await openArticle('/news/transit-fare-march');
    // 200% zoom of a 1200×900 window leaves 600×450 CSS pixels.
    await page.setViewportSize({ width: 600, height: 450 });
    await page.locator('[data-opinion-lens="badge"][data-kind="facts"] button').click();
    await page.waitForSelector(PANEL);
    const fit = await page.evaluate(() => {
      const root = document.querySelector('[data-opinion-lens="panel"]')!.shadowRoot!;
      const body = root.querySelector('.panel__body') as HTMLElement;
      const drawer = root.querySelector('aside')!.getBoundingClientRect();
      return { overflow: body.scrollWidth - body.clientWidth, right: drawer.right, width: drawer.width, viewport: window.innerWidth };
    });
    expect(fit.overflow).toBeLessThanOrEqual(0);
    expect(fit.right).toBeLessThanOrEqual(fit.viewport);
    expect(fit.width).toBeGreaterThan(300);
    await page.close();
  });

  it('passes axe-core in light and dark, and is screenshotted for the README', async () => {
    for (const scheme of ['light', 'dark'] as const) {
      const { page } = await openArticle(existsSync(SEED_HTML) ? '/seed' : '/news/transit-fare-march');
      await page.emulateMedia({ colorScheme: scheme });
      await page.locator('[data-opinion-lens="badge"][data-kind="facts"] button').click();
      await page.waitForSelector(PANEL);
      await page.addScriptTag({ path: AXE });
      const violations = await page.evaluate(async () => {
        const result = await (window as unknown as { axe: { run: (context: unknown) => Promise<{ violations: { id: string; nodes: { target: unknown }[] }[] }> } }).axe.run(document);
        return result.violations
          .map((violation) => ({ id: violation.id, nodes: violation.nodes.map((node) => JSON.stringify(node.target)).filter((target) => target.includes('opinion-lens')) }))
          .filter((violation) => violation.nodes.length > 0);
      });
      expect(violations).toEqual([]);
      await page.screenshot({ path: screenshotPath(`panel-${scheme}.png`) });
      await page.locator(PANEL).locator('#ol-contested').scrollIntoViewIfNeeded();
      await page.screenshot({ path: screenshotPath(`panel-contested-${scheme}.png`) });
      await page.close();
    }
  });
});
