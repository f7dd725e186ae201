// Real-browser test helpers on top of scripts/browser: open pages, read badges, write screenshots.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page, Worker } from 'playwright-core';
import { ROOT } from '../../scripts/browser';

export { EXTENSION_DIR, SEED_HTML, launchWithExtension, serve, type ExtensionBrowser } from '../../scripts/browser';
export const ARTIFACTS = join(ROOT, 'artifacts');

/** Opens a page and records its errors; `errors` fills as the page runs. */
export async function openPage(context: BrowserContext, url: string): Promise<{ page: Page; errors: string[] }> {
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error' && /opinion.?lens|chrome-extension:/i.test(message.text())) errors.push(message.text());
  });
  await page.goto(url, { waitUntil: 'load' });
  return { page, errors };
}

/** Badge hosts on the page as { kind, text } in document order. */
export async function badgesOn(page: Page): Promise<{ kind: string | null; text: string }[]> {
  return page.$$eval('[data-opinion-lens="badge"]', (hosts) =>
    hosts.map((host) => ({
      kind: host.getAttribute('data-kind'),
      text: (host.shadowRoot?.querySelector('button')?.textContent ?? '').replace(/\s+/g, ' ').trim(),
    })),
  );
}

export function screenshotPath(name: string): string {
  return join(ARTIFACTS, name);
}

/** True when Xvfb and xdotool are installed (.ci/run installs them); prints a notice when not. */
export function hasXvfb(): boolean {
  const found = ['/usr/bin/Xvfb', '/usr/bin/xdotool'].every((path) => existsSync(path));
  if (!found) console.log('notice: Xvfb or xdotool missing (apt-get install -y xvfb xdotool); the real-shortcut test is skipped.');
  return found;
}

/** A virtual X display for real key presses (browser accelerators such as extension commands). */
export async function startXvfb(): Promise<{ display: string; pressKeys: (keys: string) => void; stop: () => void }> {
  let number = 90 + Math.floor(Math.random() * 100);
  while (existsSync(`/tmp/.X${number}-lock`)) number += 1;
  const display = `:${number}`;
  const server = spawn('Xvfb', [display, '-screen', '0', '1280x900x24', '-nolisten', 'tcp'], { stdio: 'ignore' });
  for (let tries = 0; tries < 100 && !existsSync(`/tmp/.X11-unix/X${number}`); tries += 1) {
    await new Promise((done) => setTimeout(done, 50));
  }
  const env = { ...process.env, DISPLAY: display };
  return {
    display,
    pressKeys: (keys) => {
      const windows = execFileSync('xdotool', ['search', '--onlyvisible', '--class', 'chromium'], { env }).toString().trim().split('\n');
      execFileSync('xdotool', ['windowfocus', '--sync', windows.at(-1) ?? ''], { env });
      execFileSync('xdotool', ['key', '--clearmodifiers', keys], { env });
    },
    stop: () => server.kill(),
  };
}

/** The id of the tab whose content script reports this URL (tab URLs are hidden without the tabs permission). */
export async function tabIdOf(worker: Worker, url: string): Promise<number> {
  type Chrome = {
    tabs: {
      query(info: object): Promise<{ id?: number }[]>;
      sendMessage(tabId: number, message: unknown): Promise<{ report: { url: string | null } | null } | undefined>;
    };
  };
  const id = await worker.evaluate(async (wanted) => {
    const { chrome } = globalThis as unknown as { chrome: Chrome };
    for (const tab of await chrome.tabs.query({})) {
      const answer = await chrome.tabs.sendMessage(tab.id!, { type: 'opinion-lens:get-report' }).catch(() => null);
      if (answer?.report?.url === wanted) return tab.id!;
    }
    return null;
  }, url);
  if (id === null) throw new Error(`No tab reports ${url}`);
  return id;
}

/** What a tab's content script reports (its URL and section kinds) and the toolbar text, read in the service worker. */
export async function tabState(worker: Worker, tabId: number): Promise<{ url: string | null; kinds: string[]; toolbar: string }> {
  type Chrome = {
    tabs: { sendMessage(tabId: number, message: unknown): Promise<{ report: { url: string | null; sections: { kind: string }[] } | null } | undefined> };
    action: { getBadgeText(details: { tabId: number }): Promise<string> };
  };
  return worker.evaluate(async (id) => {
    const { chrome } = globalThis as unknown as { chrome: Chrome };
    const answer = await chrome.tabs.sendMessage(id, { type: 'opinion-lens:get-report' }).catch(() => undefined);
    const toolbar = await chrome.action.getBadgeText({ tabId: id });
    return { url: answer?.report?.url ?? null, kinds: answer?.report?.sections.map((section) => section.kind) ?? [], toolbar };
  }, tabId);
}

/** Starts counting the badge elements inserted into the page from now on; read the count with `badgeInsertions`. */
export function countBadgeInsertions(page: Page): Promise<void> {
  return page.evaluate(() => {
    const scope = window as unknown as { badgeInsertions: number };
    scope.badgeInsertions = 0;
    new MutationObserver((records) => {
      for (const record of records) for (const node of record.addedNodes) if ((node as Element).localName === 'opinion-lens-badge') scope.badgeInsertions += 1;
    }).observe(document, { childList: true, subtree: true });
  });
}

export const badgeInsertions = (page: Page) => page.evaluate(() => (window as unknown as { badgeInsertions: number }).badgeInsertions);
