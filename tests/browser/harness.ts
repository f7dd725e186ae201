// Real-browser test helpers on top of scripts/browser: open pages, read badges, write screenshots.
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
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
