// Chromium as launchWithExtension starts it (same flags, viewport and loopback-only network), but with no extension.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import { CHROMIUM } from '../browser';

const LOOPBACK = /^(?:https?|wss?):\/\/127\.0\.0\.1[:/]/;

/** The baseline browser for "with the extension and without" comparisons. */
export async function launchWithoutExtension(): Promise<{ context: BrowserContext; close: () => Promise<void> }> {
  const profileDir = mkdtempSync(join(tmpdir(), 'opinion-lens-plain-'));
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: CHROMIUM,
    headless: false,
    viewport: { width: 1200, height: 900 },
    args: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
  });
  await context.route('**/*', (route) => {
    const url = route.request().url();
    return LOOPBACK.test(url) || url.startsWith('data:') ? route.continue() : route.abort();
  });
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(profileDir, { recursive: true, force: true });
    },
  };
}
