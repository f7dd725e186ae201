// Every real page in CORPUS_DIR in Chromium, with the extension and without: no extension error, no badge, same layout.
import type { BrowserContext, CDPSession, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithoutExtension } from '../../scripts/bench/plain-browser';
import { corpusPath, loadCorpus, withoutScripts, type CorpusEntry } from '../../scripts/corpus';
import { launchWithExtension, serve, type ExtensionBrowser } from './harness';

const corpus = loadCorpus();
/** An opinion column: served under /news/opinion/ it gets a page badge, which proves the content script ran. */
const OPINION_PAGE = 'herald-sun-1.html';
const TABS_AT_ONCE = 6;
const MAX_BLOCKS = 200;
const SUMMARY_TIMEOUT_MS = 15_000;

interface Visit {
  /** Errors thrown or logged by the extension's code in this page. */
  errors: string[];
  /** True when Chromium created the extension's isolated world in the page. */
  injected: boolean;
  blocks: string[];
  badges: number;
  pageBadges: number;
}

interface PageResult {
  page: string;
  on: Visit;
  off: Visit;
  /** What the content script told the background: null when it never reported. */
  summary: TabSummary | null;
}

interface TabSummary {
  sections: number;
  pageKind: string;
  markupSaysOpinion: boolean;
}

const routeOf = (entry: CorpusEntry) => (entry.page === OPINION_PAGE ? `/news/opinion/${entry.page}` : `/corpus/${entry.page}`);

let extension: ExtensionBrowser;
let plain: Awaited<ReturnType<typeof launchWithoutExtension>>;
let site: Awaited<ReturnType<typeof serve>>;
const results: PageResult[] = [];

describe.skipIf(!corpus)('the corpus of real pages in Chromium', () => {
  beforeAll(async () => {
    const entries = corpus ?? [];
    site = await serve(Object.fromEntries(entries.map((entry) => [routeOf(entry), withoutScripts(corpusPath(entry))])));
    extension = await launchWithExtension();
    plain = await launchWithoutExtension();
    const queue = [...entries];
    const worker = async () => {
      for (let entry = queue.shift(); entry; entry = queue.shift()) results.push(await comparePage(entry));
    };
    await Promise.all(Array.from({ length: TABS_AT_ONCE }, worker));
    results.sort((a, b) => a.page.localeCompare(b.page));
  }, 300_000);

  afterAll(async () => {
    await extension?.close();
    await plain?.close();
    await site?.close();
  });

  it('loads every page', () => {
    expect(results.map((result) => result.page)).toEqual((corpus ?? []).map((entry) => entry.page).sort((a, b) => a.localeCompare(b)));
  });

  it('runs the content script to the end on every page, with no error from the extension', () => {
    const problems = results.flatMap(({ page, on, summary }) => [
      ...(on.injected ? [] : [`${page}: content script not injected`]),
      ...(summary ? [] : [`${page}: the content script never reported its analysis`]),
      ...on.errors.map((error) => `${page}: ${error}`),
    ]);
    expect(problems).toEqual([]);
  });

  it('finds no section and puts no section badge on any page', () => {
    const problems = results.flatMap(({ page, on, summary }) => [
      ...(on.badges > 0 ? [`${page}: ${on.badges} section badge(s)`] : []),
      ...(summary && summary.sections > 0 ? [`${page}: ${summary.sections} section(s)`] : []),
    ]);
    expect(problems).toEqual([]);
  });

  it('gives the opinion column its page badge, and no other page one', () => {
    const withPageBadge = results.filter((result) => result.on.pageBadges > 0).map((result) => result.page);
    expect(withPageBadge).toEqual([OPINION_PAGE]);
    const column = results.find((result) => result.page === OPINION_PAGE);
    expect(column?.summary?.pageKind).toBe('opinion');
    // A badge in the title may move what follows it; that page is left out of the layout check below.
    console.log(`${OPINION_PAGE} with its page badge: ${layoutDifference(OPINION_PAGE, column?.on.blocks ?? [], column?.off.blocks ?? [])[0] ?? 'no block moved'}`);
  });

  it('leaves the layout of every page as it is without the extension', () => {
    const problems = results
      .filter((result) => result.page !== OPINION_PAGE)
      .flatMap(({ page, on, off }) => layoutDifference(page, on.blocks, off.blocks));
    expect(problems).toEqual([]);
    const compared = results.filter((result) => result.page !== OPINION_PAGE && result.off.blocks.length > 0);
    console.log(`layout: ${compared.reduce((sum, result) => sum + result.off.blocks.length, 0)} boxes identical on ${compared.length} pages`);
    expect(compared.length).toBeGreaterThan(results.length / 2);
  });
});

async function comparePage(entry: CorpusEntry): Promise<PageResult> {
  const url = site.origin + routeOf(entry);
  await listenForSummaries(extension.context);
  const [on, off] = await Promise.all([
    visit(extension.context, url, async (page) => {
      const summary = await waitForSummary(extension.context, url);
      if (summary?.markupSaysOpinion) await page.waitForSelector('[data-opinion-lens="page-badge"]', { timeout: 5_000 }).catch(() => undefined);
      return summary;
    }),
    visit(plain.context, url, async () => null),
  ]);
  return { page: entry.page, on: on.visit, off: off.visit, summary: on.extra };
}

/** Opens a page (served without its own scripts, so its layout is the same on every load), waits, then reads it. */
async function visit<T>(context: BrowserContext, url: string, settle: (page: Page) => Promise<T>): Promise<{ visit: Visit; extra: T }> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  const watch = watchExtensionErrors(page, cdp, `chrome-extension://${extension.extensionId}`);
  await cdp.send('Runtime.enable');
  await page.goto(url, { waitUntil: 'load' });
  const extra = await settle(page);
  // Blocked images settle (broken or not) at their own pace; read the layout once every one has.
  await page.waitForFunction(() => [...document.images].every((image) => image.complete), undefined, { timeout: 10_000 }).catch(() => undefined);
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  const blocks = await page.evaluate(readBlocks, MAX_BLOCKS);
  const badges = await page.locator('[data-opinion-lens="badge"]').count();
  const pageBadges = await page.locator('[data-opinion-lens="page-badge"]').count();
  await cdp.detach();
  await page.close();
  return { visit: { errors: [...watch.errors], injected: watch.injected(), blocks, badges, pageBadges }, extra };
}

/**
 * Only our extension's failures: exceptions and console errors in its isolated world, or with its origin in the stack.
 * The page's own errors do not count (its scripts' resources are missing), nor its links to other extensions' files.
 */
function watchExtensionErrors(page: Page, cdp: CDPSession, origin: string): { errors: Set<string>; injected: () => boolean } {
  const errors = new Set<string>();
  const worlds = new Set<number>();
  cdp.on('Runtime.executionContextCreated', ({ context }) => {
    if (context.origin === origin) worlds.add(context.id);
  });
  cdp.on('Runtime.exceptionThrown', ({ exceptionDetails }) => {
    const text = exceptionDetails.exception?.description ?? exceptionDetails.text;
    if (worlds.has(exceptionDetails.executionContextId ?? -1) || text.includes(origin)) errors.add(`exception: ${text}`);
  });
  cdp.on('Runtime.consoleAPICalled', ({ type, executionContextId, args }) => {
    if ((type === 'error' || type === 'assert') && worlds.has(executionContextId)) {
      errors.add(`console.${type}: ${args.map((arg) => arg.description ?? String(arg.value)).join(' ')}`);
    }
  });
  page.on('pageerror', (error) => {
    if (error.stack?.includes(origin)) errors.add(`page error: ${error.stack}`);
  });
  page.on('console', (message) => {
    if (message.type() === 'error' && (message.location().url.startsWith(origin) || message.text().includes(origin))) {
      errors.add(`console.error: ${message.text()}`);
    }
  });
  return { errors, injected: () => worlds.size > 0 };
}

/** Page boxes in document coordinates: the page's own text blocks and images, in document order. */
function readBlocks(limit: number): string[] {
  const boxes: string[] = [];
  for (const element of document.body?.querySelectorAll('p, h1, h2, h3, h4, h5, h6, li, img, table, div') ?? []) {
    if (boxes.length >= limit) break;
    if (element.closest('[data-opinion-lens]')) continue;
    const ownText = [...element.childNodes].some((node) => node.nodeType === Node.TEXT_NODE && node.textContent?.trim());
    if (element.tagName === 'DIV' && !ownText) continue;
    const box = element.getBoundingClientRect();
    boxes.push(`${element.tagName.toLowerCase()} ${box.x + scrollX},${box.y + scrollY} ${box.width}×${box.height}`);
  }
  return boxes;
}

function layoutDifference(page: string, on: string[], off: string[]): string[] {
  if (on.length !== off.length) return [`${page}: ${on.length} blocks with the extension, ${off.length} without`];
  const first = on.findIndex((box, index) => box !== off[index]);
  if (first < 0) return [];
  const moved = on.filter((box, index) => box !== off[index]).length;
  return [`${page}: ${moved} block(s) moved; first, block ${first}: ${off[first]} → ${on[first]}`];
}

/** Records, in the extension's service worker, what each tab's content script reports (test instrumentation only). */
async function listenForSummaries(context: BrowserContext): Promise<void> {
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  await worker.evaluate(() => {
    const scope = globalThis as unknown as WorkerScope;
    if (scope.corpusSummaries) return;
    const summaries: Record<string, TabSummary> = {};
    scope.corpusSummaries = summaries;
    scope.chrome.runtime.onMessage.addListener((message, sender) => {
      const url = sender.tab?.url;
      if (message?.type === 'opinion-lens:tab-summary' && url) summaries[url] = message as TabSummary;
    });
  });
}

interface WorkerScope {
  corpusSummaries?: Record<string, TabSummary>;
  chrome: { runtime: { onMessage: { addListener: (listener: (message: { type?: string }, sender: { tab?: { url?: string } }) => void) => void } } };
}

async function waitForSummary(context: BrowserContext, url: string): Promise<TabSummary | null> {
  const deadline = Date.now() + SUMMARY_TIMEOUT_MS;
  while (Date.now() < deadline) {
    const worker = context.serviceWorkers()[0];
    const summary = await worker?.evaluate((tab) => (globalThis as unknown as WorkerScope).corpusSummaries?.[tab] ?? null, url).catch(() => null);
    if (summary) return summary;
    await new Promise((done) => setTimeout(done, 100));
  }
  return null;
}
