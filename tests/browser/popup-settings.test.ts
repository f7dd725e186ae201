import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Locator, Page, Worker } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTIFACTS, badgesOn, launchWithExtension, openPage, screenshotPath, serve, tabIdOf as tabIdOfIn, type ExtensionBrowser } from './harness';
import { FIXTURE_PAGES } from '../helpers/fixtures';

/** The few extension APIs these tests call inside the service worker (evaluated there, typed here). */
declare const chrome: {
  tabs: {
    query(info: { active?: boolean }): Promise<{ id?: number }[]>;
    sendMessage(tabId: number, message: unknown): Promise<{ active: boolean; report: { url: string | null } | null }>;
  };
  action: { getBadgeText(details: { tabId: number }): Promise<string> };
  storage: { sync: { get(key: string): Promise<Record<string, Record<string, unknown>>> } };
};

const ARTICLE_PATH = '/news/transit-fare-march';
const profileDir = mkdtempSync(join(tmpdir(), 'opinion-lens-popup-'));
let browser: ExtensionBrowser;
let site: Awaited<ReturnType<typeof serve>>;

/** The harness blocks every request that is not to 127.0.0.1; the extension's own pages must load their files. */
async function launch(): Promise<ExtensionBrowser> {
  const launched = await launchWithExtension({ profileDir });
  return launched;
}

beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  site = await serve({ [ARTICLE_PATH]: FIXTURE_PAGES + 'demo-article.html' });
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
  rmSync(profileDir, { recursive: true, force: true });
});

function worker(): Worker {
  const found = browser.context.serviceWorkers()[0];
  if (!found) throw new Error('The extension’s service worker is not running');
  return found;
}

const tabIdOf = (url: string) => tabIdOfIn(worker(), url);

async function storedSettings(): Promise<Record<string, unknown>> {
  return worker().evaluate(async () => (await chrome.storage.sync.get('settings')).settings ?? {});
}

async function openPopup(tabId: number): Promise<Page> {
  const { page, errors } = await openPage(browser.context, `chrome-extension://${browser.extensionId}/popup.html?tab=${tabId}`);
  page.on('close', () => expect(errors).toEqual([]));
  await page.setViewportSize({ width: 372, height: 720 });
  await page.emulateMedia({ reducedMotion: 'reduce' });
  return page;
}

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** axe-core's findings on an extension page (evaluated, as the page's CSP refuses inline scripts), then a screenshot. */
async function checkAndShoot(page: Page, name: string): Promise<void> {
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.evaluate(AXE_SOURCE);
    const violations = await page.evaluate(async () => {
      type Axe = { run: (context: unknown) => Promise<{ violations: { id: string; nodes: { target: unknown }[] }[] }> };
      const result = await (window as unknown as { axe: Axe }).axe.run(document);
      return result.violations.map((violation) => `${violation.id} ${violation.nodes.map((node) => JSON.stringify(node.target)).join(' ')}`);
    });
    expect(violations, `${name} in ${scheme}`).toEqual([]);
    await page.screenshot({ path: screenshotPath(`${name}-${scheme}.png`), fullPage: true });
  }
}

/**
 * Sets a switch as a reader does, by clicking it, then waits for it to show the new state: switches show the saved
 * state, so they move once storage has answered (Playwright's check() expects the move within the click).
 */
async function turn(toggle: Locator, on: boolean): Promise<void> {
  if ((await toggle.isChecked()) !== on) await toggle.click();
  await expect.poll(() => toggle.isChecked()).toBe(on);
}

const markCount = (page: Page) => page.evaluate(() => document.querySelectorAll('[data-opinion-lens]').length);
const badgeCount = (page: Page) => page.evaluate(() => document.querySelectorAll('[data-opinion-lens="badge"]').length);
const tinted = (page: Page) => page.evaluate(() => CSS.highlights.has('opinion-lens-opinion'));

describe('popup and options in Chromium', () => {
  it('shows what the tab holds and applies each switch to the open article at once', async () => {
    const url = site.origin + ARTICLE_PATH;
    const { page: article } = await openPage(browser.context, url);
    await expect.poll(() => badgeCount(article)).toBe(2);
    const tabId = await tabIdOf(url);
    expect(await worker().evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId)).toBe('2');

    const popup = await openPopup(tabId);
    await popup.getByText('The Facts', { exact: true }).waitFor();
    expect(await popup.locator('.found__sections li').allTextContents()).toEqual([
      expect.stringMatching(/^FACTS\s*The Facts/),
      expect.stringMatching(/^OPINION\s*Opinion/),
    ]);
    await checkAndShoot(popup, 'popup');
    await popup.emulateMedia({ colorScheme: 'light' });

    const badges = popup.getByRole('switch', { name: 'Section badges' });
    await turn(badges, false);
    await expect.poll(() => badgeCount(article)).toBe(0);
    expect(await tinted(article)).toBe(true);
    await turn(badges, true);
    await expect.poll(() => badgeCount(article)).toBe(2);

    const marker = popup.getByRole('switch', { name: 'Opinion section marker' });
    await turn(marker, false);
    await expect.poll(() => tinted(article)).toBe(false);
    expect(await badgeCount(article)).toBe(2);
    await turn(marker, true);
    await expect.poll(() => tinted(article)).toBe(true);

    for (const [name, field] of [
      ['Highlight figures', 'highlightFigures'],
      ['Open the summary by itself', 'panelAutoOpen'],
    ] as const) {
      const toggle = popup.getByRole('switch', { name });
      const before = await toggle.isChecked();
      await turn(toggle, !before);
      await expect.poll(async () => (await storedSettings())[field]).toBe(!before);
      await turn(toggle, before);
      await expect.poll(async () => (await storedSettings())[field]).toBe(before);
    }

    const everywhere = popup.getByRole('switch', { name: 'On for all sites' });
    await turn(everywhere, false);
    await expect.poll(() => markCount(article)).toBe(0);
    expect(await tinted(article)).toBe(false);
    await popup.getByText('Opinion Lens is off.', { exact: false }).waitFor();
    await turn(everywhere, true);
    await expect.poll(() => badgeCount(article)).toBe(2);
    expect((await badgesOn(article)).map((badge) => badge.kind)).toEqual(['facts', 'opinion']);

    const thisSite = popup.getByRole('switch', { name: 'On for 127.0.0.1' });
    await turn(thisSite, false);
    await expect.poll(() => markCount(article)).toBe(0);
    expect(await tinted(article)).toBe(false);
    await popup.getByText('Off on this site.', { exact: false }).waitFor();
    await expect.poll(() => worker().evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId)).toBe('');
    expect((await storedSettings()).disabledSites).toEqual(['127.0.0.1']);
    await Promise.all([popup.close(), article.close()]);
  });

  it('keeps a site off across a browser restart, and turns it back on from the options page', async () => {
    await browser.close({ keepProfile: true });
    browser = await launch();
    const url = site.origin + ARTICLE_PATH;
    const { page: article } = await openPage(browser.context, url);
    const answer = () =>
      worker().evaluate(async () => {
        const [tab] = await chrome.tabs.query({ active: true });
        return chrome.tabs.sendMessage(tab!.id!, { type: 'opinion-lens:get-report' }).catch(() => null);
      });
    await expect.poll(async () => (await answer())?.active).toBe(false);
    expect(await markCount(article)).toBe(0);

    const tabId = await worker().evaluate(async () => (await chrome.tabs.query({ active: true }))[0]!.id!);
    const popup = await openPopup(tabId);
    await popup.getByText('Off on this site.', { exact: false }).waitFor();
    expect(await popup.getByRole('switch', { name: /^On for/ }).nth(1).isChecked()).toBe(false);
    await popup.close();

    const { page: options } = await openPage(browser.context, `chrome-extension://${browser.extensionId}/options.html`);
    await options.getByRole('button', { name: 'Remove 127.0.0.1' }).click();
    await expect.poll(() => badgeCount(article)).toBe(2);
    expect(await options.getByText('None: Opinion Lens runs on every site.').isVisible()).toBe(true);
    await Promise.all([options.close(), article.close()]);
  });

  it('tells the reader when a tab has no content script', async () => {
    const { page: blank } = await openPage(browser.context, 'about:blank');
    const tabId = await worker().evaluate(async () => (await chrome.tabs.query({ active: true }))[0]!.id!);
    const popup = await openPopup(tabId);
    await popup.getByText('Opinion Lens can’t read this tab.', { exact: false }).waitFor();
    expect(await popup.getByRole('switch', { name: 'On for this site' }).isDisabled()).toBe(true);
    await Promise.all([popup.close(), blank.close()]);
  });

  it('round-trips the settings through an exported file, and refuses a broken one', async () => {
    const { page: options, errors } = await openPage(browser.context, `chrome-extension://${browser.extensionId}/options.html`);
    await options.emulateMedia({ reducedMotion: 'reduce' });
    await options.getByLabel('Heading text').fill('  Our   View ');
    await options.getByLabel('Label as').selectOption('opinion');
    await options.getByRole('button', { name: 'Add label' }).click();
    await options.getByLabel('Turn off on a site').fill('https://Paper.Example/world');
    await options.getByRole('button', { name: 'Add site' }).click();
    await turn(options.getByRole('radio', { name: 'Dark' }), true);
    await expect.poll(async () => (await storedSettings()).theme).toBe('dark');
    const saved = await storedSettings();
    expect(saved).toMatchObject({ customLabels: [{ text: 'Our View', kind: 'opinion' }], disabledSites: ['paper.example'] });

    const [download] = await Promise.all([options.waitForEvent('download'), options.getByRole('button', { name: 'Export settings' }).click()]);
    expect(download.suggestedFilename()).toBe('opinion-lens-settings.json');
    const exported = readFileSync((await download.path())!, 'utf8');
    expect(JSON.parse(exported)).toEqual(saved);

    await options.getByRole('button', { name: 'Reset to defaults…' }).click();
    await options.getByRole('alertdialog').getByRole('button', { name: 'Reset', exact: true }).click();
    await expect.poll(async () => (await storedSettings()).customLabels).toEqual([]);
    await options.getByText('Settings reset to the defaults.').waitFor();

    const fileInput = options.locator('input[type=file]');
    await fileInput.setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{"enabled": tru') });
    await options.getByText('broken.json is not a JSON file. Nothing was changed.').waitFor();
    expect((await storedSettings()).customLabels).toEqual([]);

    await fileInput.setInputFiles({ name: 'opinion-lens-settings.json', mimeType: 'application/json', buffer: Buffer.from(exported) });
    await options.getByText('Settings imported from opinion-lens-settings.json.').waitFor();
    expect(await storedSettings()).toEqual(saved);
    await options.getByText('paper.example', { exact: true }).waitFor();

    await turn(options.getByRole('radio', { name: 'Match the system' }), true);
    await checkAndShoot(options, 'options');
    expect(errors).toEqual([]);
    await options.close();
  });
});
