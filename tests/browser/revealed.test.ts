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
    '/fold/hidden': FIXTURE_PAGES + 'fold-hidden-attribute.html',
    '/fold/style': FIXTURE_PAGES + 'fold-inline-style.html',
    '/fold/class': FIXTURE_PAGES + 'fold-class.html',
    '/fold/toggle': FIXTURE_PAGES + 'fold-toggle-state.html',
    '/fold/sheet': FIXTURE_PAGES + 'fold-style-sheet.html',
    '/fold/details': FIXTURE_PAGES + 'fold-details.html',
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

  /** Opens the page, sees no badge while its sections are folded away, clicks "Read the full story", sees them badged. */
  const badgesOnceClicked = async (path: string) => {
    const { page, errors } = await openPage(browser.context, `${site.origin}${path}`);
    // Nothing is labelled while the sections are folded away (the reader cannot see them).
    await page.waitForTimeout(800);
    expect(await page.evaluate(badgeKinds)).toBe('[]');
    await page.click('#full-story');
    await waitForKinds(page, ['facts', 'opinion']);
    expect(errors).toEqual([]);
    await page.close();
  };

  it('badges sections in a container that a "Read the full story" button reveals', () => badgesOnceClicked('/news/library'));

  // A folded "Read the full story" container, each revealed by a click or by a timer: folded by its `hidden` attribute,
  // its inline display:none, a class on it, or (toggle) a style sheet rule on its button's aria-expanded, with aria-hidden.
  const folds = [
    { fold: 'hidden', folded: "document.getElementById('story-rest').hidden" },
    { fold: 'style', folded: "document.getElementById('story-rest').style.display === 'none'" },
    { fold: 'class', folded: "document.getElementById('story-rest').classList.contains('folded')" },
    { fold: 'toggle', folded: "document.getElementById('full-story').getAttribute('aria-expanded') === 'false'" },
  ];
  for (const { fold, folded } of folds) {
    it(`badges a container folded by ${fold} once a click reveals it, not before`, () => badgesOnceClicked(`/fold/${fold}`));

    it(`badges a container folded by ${fold} once a timer reveals it`, async () => {
      const { page, errors } = await openPage(browser.context, `${site.origin}/fold/${fold}?reveal=timer`);
      // While the container is folded its labels are never read.
      const whileFolded = await page.evaluate(`${folded} ? (${badgeKinds.toString()})() : '[]'`);
      expect(whileFolded).toBe('[]');
      await page.waitForFunction(`!(${folded})`);
      await waitForKinds(page, ['facts', 'opinion']);
      expect(errors).toEqual([]);
      await page.close();
    });
  }

  // A fold kept by a style sheet rule that the page lifts while the <style> stays: its text emptied, its text node's
  // data emptied, or its sheet disabled (which no mutation reports).
  for (const way of ['text', 'data', 'disabled']) {
    it(`badges a container folded by a <style> whose rule is lifted (${way}) on a timer`, async () => {
      const { page, errors } = await openPage(browser.context, `${site.origin}/fold/sheet?reveal=${way}`);
      const folded = "getComputedStyle(document.getElementById('story-rest')).display === 'none'";
      expect(await page.evaluate(`${folded} ? (${badgeKinds.toString()})() : '[]'`)).toBe('[]');
      await page.waitForFunction(`!(${folded})`);
      await waitForKinds(page, ['facts', 'opinion']);
      expect(errors).toEqual([]);
      await page.close();
    });
  }

  it('badges a container folded by a <style> whose text a click empties', () => badgesOnceClicked('/fold/sheet'));

  // No labelled section is visible at load, so the analysis is first warmed up after the reader's click (a real one:
  // Chromium then gave the page no idle period for seconds); the revealed sections still get their badges.
  it('badges the sections of a <details> the reader opens on a page with none visible at load', async () => {
    const { page, errors } = await openPage(browser.context, `${site.origin}/fold/details`);
    await page.waitForTimeout(800);
    expect(await page.evaluate(badgeKinds)).toBe('[]');
    await page.click('#full-story');
    expect(await page.evaluate(() => (document.getElementById('story-rest') as HTMLDetailsElement).open)).toBe(true);
    await expect.poll(() => page.evaluate(badgeKinds), { timeout: 15_000 }).toBe(JSON.stringify(['facts', 'opinion']));
    expect(errors).toEqual([]);
    await page.close();
  });
});
