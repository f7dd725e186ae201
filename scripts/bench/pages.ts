// Per-page timings in Chromium: our analysis, a TreeWalker pass and Readability, on pages served without their scripts.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { CHROMIUM, serve } from '../browser';
import { withoutScripts } from '../corpus';
import type { BenchOptions, PageTimings } from './in-page';

export interface BenchPage {
  name: string;
  /** Where it is served: the path can carry the page type (/news/opinion/…). */
  path: string;
  file: string;
  bytes: number;
  /** The corpus of real pages, as opposed to our own articles. */
  corpus: boolean;
}

export interface PageResult extends BenchPage, PageTimings {}

/** One IIFE of lib/report's analyzePage, a TreeWalker pass and Readability, built into a temporary folder. */
export async function buildInPageBundle(): Promise<{ file: string; remove: () => void }> {
  const folder = mkdtempSync(join(tmpdir(), 'opinion-lens-bench-'));
  const file = join(folder, 'in-page.js');
  await build({
    entryPoints: [join(import.meta.dirname, 'in-page.ts')],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'chrome120',
    minify: true,
    outfile: file,
    logLevel: 'warning',
  });
  return { file, remove: () => rmSync(folder, { recursive: true, force: true }) };
}

/** Measures every page in turn, one tab at a time so that pages do not compete for the CPU. */
export async function measurePages(
  pages: BenchPage[],
  options: BenchOptions,
  onPage: (result: PageResult) => void = () => undefined,
): Promise<PageResult[]> {
  const bundle = await buildInPageBundle();
  const site = await serve(Object.fromEntries(pages.map((page) => [page.path, withoutScripts(page.file)])));
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu', '--disable-quic'] });
  const context = await browser.newContext({ viewport: { width: 1200, height: 900 }, bypassCSP: true });
  // Only the document itself is fetched: the page's images, styles and frames would make timings depend on the network.
  await context.route('**/*', (route) => (route.request().resourceType() === 'document' && route.request().url().startsWith(site.origin) ? route.continue() : route.abort()));
  const results: PageResult[] = [];
  try {
    for (const page of pages) {
      const tab = await context.newPage();
      await tab.goto(site.origin + page.path, { waitUntil: 'load' });
      await tab.addScriptTag({ path: bundle.file });
      const timings = await tab.evaluate(
        (benchOptions) => (globalThis as unknown as { openLensBench: { measure: (o: BenchOptions) => PageTimings } }).openLensBench.measure(benchOptions),
        options,
      );
      await tab.close();
      const result = { ...page, ...timings };
      results.push(result);
      onPage(result);
    }
  } finally {
    await browser.close();
    await site.close();
    bundle.remove();
  }
  return results;
}
