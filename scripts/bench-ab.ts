// `npm run bench:ab -- BASE_DIR`: this checkout against another one of the project (e.g. a worktree of 76768f0) in
// Chromium, both bundles in the same page, batches interleaved: the seed's full analysis and the largest pages' text
// analysis, each checkout's ms per call and their ratio. Both read the same page, so the ratio is also the ratio of
// their ratios to Readability's parse. Prints, never fails.
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { CHROMIUM, ROOT, SEED_HTML, serve } from './browser';
import { CORPUS_DIR, withoutScripts } from './corpus';

const PAGES: [string, string, 'full' | 'text'][] = [
  ['seed article', SEED_HTML, 'full'],
  ...['yahoo-2', 'yahoo-3', 'yahoo-1', 'guardian-1', 'wikipedia-2'].map((name): [string, string, 'text'] => [`${name}.html`, join(CORPUS_DIR, `${name}.html`), 'text']),
];
/** Interleaved batches per measure, and the ms a batch lasts (calls per batch are set once, from a first timing). */
const BATCHES = Number(process.env.BENCH_AB_BATCHES ?? 40);
const BATCH_MS = 30;

/** Where each module the entry imports is in a checkout: today's layout (lib/page, lib/text) or the older flat lib/. */
function modulePaths(root: string): Record<string, string> {
  const pick = (...candidates: string[]) => candidates.map((path) => join(root, path)).find(existsSync) ?? join(root, candidates[0]!);
  return {
    '../../lib/page/detect': pick('lib/page/detect.ts', 'lib/detect.ts'),
    '../../lib/report': pick('lib/report.ts'),
    '../../lib/text/analysis': pick('lib/text/analysis.ts', 'lib/analysis.ts'),
    '../../lib/text/subjectivity': pick('lib/text/subjectivity.ts', 'lib/subjectivity.ts'),
    '../../lib/page/article-text': pick('lib/page/article-text.ts', 'lib/article-text.ts'),
    '../../lib/text/sentences': pick('lib/text/sentences.ts', 'lib/sentences.ts'),
  };
}

async function bundle(root: string, slot: string): Promise<string> {
  const paths = modulePaths(root);
  const result = await build({
    entryPoints: [join(ROOT, 'scripts/bench/ab-entry.ts')],
    bundle: true, format: 'iife', platform: 'browser', target: 'chrome120', minify: true, write: false, logLevel: 'error',
    banner: { js: `globalThis.BENCH_AB_SLOT = ${JSON.stringify(slot)};` },
    nodePaths: [join(root, 'node_modules'), join(ROOT, 'node_modules')],
    plugins: [{ name: 'checkout', setup: (b) => b.onResolve({ filter: /^\.\.\/\.\.\/lib\// }, (args) => (args.importer.endsWith('in-page.ts') && paths[args.path] ? { path: paths[args.path]! } : undefined)) }],
  });
  return result.outputFiles[0]!.text;
}

const base = process.argv[2] ? resolve(process.argv[2]) : null;
if (!base || !existsSync(join(base, 'lib/report.ts'))) {
  console.error('usage: npm run bench:ab -- BASE_DIR   (another checkout of the project, with its node_modules: `git worktree add ../base 76768f0 && cd ../base && npm ci`)');
  process.exit(2);
}
const pages = PAGES.filter(([, file]) => existsSync(file));
if (pages.length < PAGES.length) console.log(`notice: ${PAGES.length - pages.length} page(s) absent (seed ${SEED_HTML}, corpus ${CORPUS_DIR}): skipped.`);
const scripts = { A: await bundle(base, 'A'), B: await bundle(ROOT, 'B') };
const site = await serve(Object.fromEntries(pages.map(([name, file]) => [`/${encodeURIComponent(name)}`, withoutScripts(file)])));
const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu', '--disable-quic'] });
const context = await browser.newContext();
await context.route('**/*', (route) => (route.request().resourceType() === 'document' && route.request().url().startsWith(site.origin) ? route.continue() : route.abort()));
console.log(`bench:ab — A: ${base}, B: ${ROOT}; ${BATCHES} interleaved batches of about ${BATCH_MS} ms per measure; ms per call (min and median of the batches).`);
console.log(['page', 'measure', 'A min', 'B min', 'B ÷ A (min)', 'A median', 'B median', 'B ÷ A (median)'].join('\t'));
try {
  for (const [name, , kind] of pages) {
    const tab = await context.newPage();
    await tab.goto(`${site.origin}/${encodeURIComponent(name)}`, { waitUntil: 'load' });
    await tab.addScriptTag({ content: scripts.A });
    await tab.addScriptTag({ content: scripts.B });
    // A plain-JavaScript string: the page runs it as written (no helper a TypeScript transform would add).
    const result: { a: number[]; b: number[] } = await tab.evaluate(`(() => {
      const a = globalThis.A.${kind}, b = globalThis.B.${kind};
      for (let i = 0; i < 30; i += 1) { a(); b(); }
      const start = performance.now();
      for (let i = 0; i < 5; i += 1) { a(); b(); }
      const calls = Math.max(1, Math.round(${BATCH_MS} / Math.max((performance.now() - start) / 10, 0.005)));
      const times = { a: [], b: [] };
      const batch = (work, list) => { const t = performance.now(); for (let i = 0; i < calls; i += 1) work(); list.push((performance.now() - t) / calls); };
      for (let round = 0; round < ${BATCHES}; round += 1) {
        if (round % 2) { batch(a, times.a); batch(b, times.b); } else { batch(b, times.b); batch(a, times.a); }
      }
      return times;
    })()`);
    await tab.close();
    const median = (list: number[]) => [...list].sort((x, y) => x - y)[list.length >> 1]!;
    const [aMin, bMin, aMed, bMed] = [Math.min(...result.a), Math.min(...result.b), median(result.a), median(result.b)];
    console.log([name, kind === 'full' ? 'full analysis' : 'text analysis', aMin.toFixed(3), bMin.toFixed(3), (bMin / aMin).toFixed(2), aMed.toFixed(3), bMed.toFixed(3), (bMed / aMed).toFixed(2)].join('\t'));
  }
} finally {
  await browser.close();
  await site.close();
}
