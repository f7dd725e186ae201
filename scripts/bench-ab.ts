// `npm run bench:ab -- BASE_DIR`: this checkout against another one of the project (e.g. a worktree of 76768f0) in
// Chromium. Each checkout's bundle runs in its own tab of the same page, and each tab times its analysis and
// Readability's parse there, as `npm run bench` does; the two tabs take turns, batch by batch. Prints each side's
// ratio to Readability and B ÷ A of those ratios: the seed's full analysis and detection, the largest pages' text
// analysis. Prints, never fails.
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { chromium, type Page } from 'playwright-core';
import { CHROMIUM, ROOT, SEED_HTML, serve } from './browser';
import { CORPUS_DIR, withoutScripts } from './corpus';

type Measure = 'full' | 'text' | 'detect';
const MEASURE_NAMES: Record<Measure, string> = { full: 'full analysis', text: 'text analysis', detect: 'detection alone' };
const PAGES: [string, string, Measure[]][] = [
  ['seed article', SEED_HTML, ['full', 'detect']],
  ...['yahoo-2', 'yahoo-3', 'yahoo-1', 'guardian-1', 'wikipedia-2'].map((name): [string, string, Measure[]] => [`${name}.html`, join(CORPUS_DIR, `${name}.html`), ['text']]),
];
/** Rounds per measure: in each, both tabs time one batch of the analysis and one of Readability's parse. */
const ROUNDS = Number(process.env.BENCH_AB_BATCHES ?? 60);
/** About how long one batch lasts: calls per batch are set once per measure, from a first timing in A's tab. */
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

async function bundle(root: string): Promise<string> {
  const paths = modulePaths(root);
  const result = await build({
    entryPoints: [join(ROOT, 'scripts/bench/ab-entry.ts')],
    bundle: true, format: 'iife', platform: 'browser', target: 'chrome120', minify: true, write: false, logLevel: 'error',
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
const scripts = { A: await bundle(base), B: await bundle(ROOT) };
const site = await serve(Object.fromEntries(pages.map(([name, file]) => [`/${encodeURIComponent(name)}`, withoutScripts(file)])));
const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu', '--disable-quic'] });
const context = await browser.newContext();
await context.route('**/*', (route) => (route.request().resourceType() === 'document' && route.request().url().startsWith(site.origin) ? route.continue() : route.abort()));

/** A tab of the page with one checkout's bundle, warmed up: 30 calls of each measure and a few parses. */
async function tabWith(url: string, script: string, measures: Measure[]): Promise<Page> {
  const tab = await context.newPage();
  await tab.goto(url, { waitUntil: 'load' });
  await tab.addScriptTag({ content: script });
  await tab.evaluate(`(() => { const lens = globalThis.BENCH_AB; for (const m of ${JSON.stringify(measures)}) for (let i = 0; i < 30; i += 1) lens[m](); lens.readability(3); })()`);
  return tab;
}

/** ms per call of `measure` and of Readability's parse, one batch each (`calls` calls, `parses` parses), in alternating order. */
const batch = (tab: Page, measure: Measure, calls: number, parses: number, readabilityFirst: boolean): Promise<{ work: number; readability: number }> =>
  tab.evaluate(`(() => {
    const lens = globalThis.BENCH_AB;
    const work = () => { const t = performance.now(); for (let i = 0; i < ${calls}; i += 1) lens.${measure}(); return (performance.now() - t) / ${calls}; };
    const readability = () => lens.readability(${parses}) / ${parses};
    if (${readabilityFirst}) { const r = readability(); return { work: work(), readability: r }; }
    const w = work();
    return { work: w, readability: readability() };
  })()`);

const median = (list: number[]) => [...list].sort((x, y) => x - y)[list.length >> 1]!;
console.log(`bench:ab — A: ${base}, B: ${ROOT}; each in its own tabs (two pairs, opened in both orders), ${ROUNDS} rounds of batches of about ${BATCH_MS} ms, the tabs taking turns.`);
console.log('Ratio: ms of the measure ÷ ms of Readability\'s parse of the same page, in the same tab and round (median of the rounds); B ÷ A: the median over rounds of B\'s ratio ÷ A\'s.');
console.log(['page', 'measure', 'A ms', 'B ms', 'Readability ms (A tab / B tab)', 'A ratio', 'B ratio', 'B ÷ A'].join('\t'));
try {
  for (const [name, , measures] of pages) {
    const url = `${site.origin}/${encodeURIComponent(name)}`;
    // Of two tabs of a page, the one opened second may run a little slower: two pairs, one opened A first, one B first.
    const pairs: Record<'A' | 'B', Page>[] = [];
    for (const order of [['A', 'B'], ['B', 'A']] as const) {
      const pair = {} as Record<'A' | 'B', Page>;
      for (const side of order) pair[side] = await tabWith(url, scripts[side], measures);
      pairs.push(pair);
    }
    try {
      for (const measure of measures) {
        const probe = await batch(pairs[0]!.A, measure, 5, 1, false);
        const calls = Math.max(1, Math.round(BATCH_MS / Math.max(probe.work, 0.005)));
        const parses = Math.max(1, Math.round(BATCH_MS / Math.max(probe.readability, 0.005)));
        const rounds: { A: { work: number; readability: number }; B: { work: number; readability: number } }[] = [];
        for (let round = 0; round < ROUNDS; round += 1) {
          const order = round % 2 ? (['A', 'B'] as const) : (['B', 'A'] as const);
          const times = {} as (typeof rounds)[number];
          const tabs = pairs[(round >> 1) % 2]!;
          for (const side of order) times[side] = await batch(tabs[side], measure, calls, parses, round % 8 >= 4);
          rounds.push(times);
        }
        const ratio = (side: 'A' | 'B') => median(rounds.map((round) => round[side].work / round[side].readability));
        const paired = median(rounds.map((round) => round.B.work / round.B.readability / (round.A.work / round.A.readability)));
        const ms = (side: 'A' | 'B', key: 'work' | 'readability') => median(rounds.map((round) => round[side][key]));
        console.log([
          name, MEASURE_NAMES[measure], ms('A', 'work').toFixed(3), ms('B', 'work').toFixed(3),
          `${ms('A', 'readability').toFixed(2)} / ${ms('B', 'readability').toFixed(2)}`, ratio('A').toFixed(3), ratio('B').toFixed(3), paired.toFixed(2),
        ].join('\t'));
      }
    } finally {
      for (const pair of pairs) for (const tab of Object.values(pair)) await tab.close();
    }
  }
} finally {
  await browser.close();
  await site.close();
}
