// Chromium as launchWithExtension starts it (same flags, viewport and loopback-only network), but with no extension.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import { CHROMIUM, EXTENSION_DIR, launchWithExtension, type ExtensionBrowser } from '../browser';

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

/**
 * The control for "which long tasks are the extension's": Chromium with an extension whose content scripts are
 * declared as the built extension's (same matches, run_at, frames; read from its manifest) but do nothing. Chromium
 * schedules a page's parsing and first frame differently when any extension injects a script (on the 2,000-section
 * page the page's own first style, layout and paint become one 55–63 ms task instead of two of about 45 and 16), so
 * against a browser without extensions that task would count as ours. Needs the build (npm run build).
 */
export async function launchControlExtension(): Promise<ExtensionBrowser> {
  const built = JSON.parse(readFileSync(join(EXTENSION_DIR, 'manifest.json'), 'utf8')) as { content_scripts?: Record<string, unknown>[] };
  const dir = mkdtempSync(join(tmpdir(), 'opinion-lens-control-'));
  writeFileSync(join(dir, 'nothing.js'), 'void 0;\n');
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify({
    manifest_version: 3,
    name: 'Opinion Lens bench control',
    version: '1.0',
    background: { service_worker: 'nothing.js' },
    content_scripts: (built.content_scripts ?? []).map((entry) => ({ ...entry, js: ['nothing.js'], css: [] })),
  }));
  const browser = await launchWithExtension({ extensionDir: dir });
  return {
    ...browser,
    close: async (options) => {
      await browser.close(options);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
