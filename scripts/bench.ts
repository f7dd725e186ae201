// `npm run bench`: our analysis against a TreeWalker pass and Readability in Chromium, bundle size, mutation cost,
// live-page scenarios with and without the extension. Prints, never fails.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { EXTENSION_DIR, ROOT, SEED_HTML } from './browser';
import { CORPUS_DIR, corpusPath, loadCorpus } from './corpus';
import { measureMutationCost } from './bench/mutations';
import { measurePages, type BenchPage } from './bench/pages';
import { budgetLines, budgets, kb, markdownSummary, ms, mutationTable, pageTable, ratio, summarise, type BundleSize } from './bench/summary';
import { measureScenarios } from './bench/scenarios';
import { scenarioBudgets, scenarioMarkdown, scenarioTable } from './bench/scenario-summary';

const RUNS = 15;
const WARMUPS = 3;
const DEMO_ARTICLE = join(ROOT, 'tests/fixtures/pages/demo-article.html');
const CONTENT_SCRIPT = join(EXTENSION_DIR, 'content-scripts/content.js');
/** The one corpus page whose URL says what it is: served where its URL says, it is an opinion page. */
const OPINION_PAGE = 'herald-sun-1.html';

const page = (name: string, path: string, file: string, corpus: boolean): BenchPage => ({ name, path, file, bytes: statSync(file).size, corpus });

const corpus = loadCorpus();
/** BENCH_PAGES=regex measures only the pages whose names match (the summary then covers just those). */
const only = process.env.BENCH_PAGES ? new RegExp(process.env.BENCH_PAGES) : null;
/** BENCH_SCENARIOS=regex runs only the live-page scenarios whose names match; BENCH_ONLY=scenarios skips everything else. */
const onlyScenarios = process.env.BENCH_SCENARIOS ? new RegExp(process.env.BENCH_SCENARIOS) : null;
const scenariosOnly = process.env.BENCH_ONLY === 'scenarios';
const allPages: BenchPage[] = [
  ...(existsSync(SEED_HTML) ? [page('seed article', '/seed', SEED_HTML, false)] : []),
  page('demo article', '/news/transit-fare-march', DEMO_ARTICLE, false),
  ...(corpus ?? []).map((entry) =>
    page(entry.page, entry.page === OPINION_PAGE ? `/news/opinion/${entry.page}` : `/corpus/${entry.page}`, corpusPath(entry), true),
  ),
];
const pages = scenariosOnly ? [] : allPages.filter((page) => !only || only.test(page.name));

console.log(`Opinion Lens bench: median of ${RUNS} runs after ${WARMUPS} warm-ups, per page, in Chromium; page scripts stripped, network off.`);
if (!corpus) console.log(`CORPUS_DIR absent (${CORPUS_DIR}): benching the seed and demo articles only.`);
if (!existsSync(SEED_HTML)) console.log(`notice: no seed article at ${SEED_HTML}.`);
console.log(`${pages.length} pages${only ? ` (BENCH_PAGES=${only.source})` : ''}.\n`);

let done = 0;
const results = await measurePages(pages, { runs: RUNS, warmups: WARMUPS }, (result) => {
  done += 1;
  if (done % 10 === 0 || done === pages.length) console.error(`  measured ${done}/${pages.length} pages`);
  if (!Number.isFinite(result.analysis)) console.error(`  ${result.name}: no timing`);
});
console.log(pageTable(results));

const bundle = contentScriptSize();
let mutations: Awaited<ReturnType<typeof measureMutationCost>> | null = null;
if (only || scenariosOnly) {
  console.log(`\nnotice: ${scenariosOnly ? 'BENCH_ONLY=scenarios' : 'BENCH_PAGES'} set: no mutation-observer run.`);
} else if (existsSync(join(EXTENSION_DIR, 'manifest.json'))) {
  mutations = await measureMutationCost(DEMO_ARTICLE);
} else {
  console.log(`\nnotice: no build at ${EXTENSION_DIR} (run "npm run build"): no bundle size, no mutation-observer run.`);
}

const summary = summarise(results, bundle, mutations);
console.log('\nSummary');
console.log(`  pages with no sections (${summary.noSections.count}), analysis ÷ TreeWalker: median ${ratio(summary.noSections.median)}, p90 ${ratio(summary.noSections.p90)}, max ${ratio(summary.noSections.max)}`);
console.log(`  all pages (${summary.againstReadability.count}), analysis ÷ Readability: median ${ratio(summary.againstReadability.median)}, p90 ${ratio(summary.againstReadability.p90)}, max ${ratio(summary.againstReadability.max)}`);
if (summary.seed) console.log(`  seed article, full analysis: ${ms(summary.seed.analysis)} ms (first run ${ms(summary.seed.analysisFirst)} ms)`);
if (bundle) console.log(`  content script: ${kb(bundle.bytes)} minified, ${kb(bundle.gzipped)} gzipped (${bundle.gzipped} bytes)`);

if (mutations) {
  console.log(`\nMutation observer: the demo article appends 1000 plain paragraphs a second for 5 s, then 1 s of nothing (median of ${mutations.rounds} runs each)`);
  console.log(mutationTable(mutations));
  console.log(`  long tasks (over 50 ms): ${mutations.longTasksWith} with the extension, ${mutations.longTasksWithout} without, over all runs`);
  console.log(
    `  long tasks from navigation to the badges (the first analysis): ${mutations.loadLongTasksWith} with the extension (longest ${ms(mutations.longestLoadTaskWith)} ms), ` +
      `${mutations.loadLongTasksWithout} without (longest ${ms(mutations.longestLoadTaskWithout)} ms), over all runs`,
  );
}

const scenarios = existsSync(join(EXTENSION_DIR, 'manifest.json')) ? await measureScenarios(onlyScenarios, (name) => console.error(`  scenario done: ${name}`)) : null;
if (scenarios) {
  console.log('\nLive-page scenarios, each with the extension and without it in the same run (one run each; long tasks over 50 ms). "Without": Chromium with a control extension whose content scripts, declared as ours, do nothing.');
  console.log(scenarioTable(scenarios.costs));
}

console.log('\nBudgets (printed, never enforced)');
console.log(budgetLines([...budgets(summary), ...(scenarios ? scenarioBudgets(scenarios.costs, scenarios.finals) : [])]));
const overReadability = results.filter((result) => result.corpus && result.analysis * 20 >= result.readability);
if (overReadability.length > 0) {
  console.log(`  corpus pages at or over 1/20 of Readability: ${overReadability.length} of ${results.filter((result) => result.corpus).length}`);
  for (const result of overReadability) {
    console.log(`    ${result.name} (${kb(result.bytes)}, ${result.textNodes} text nodes): ${ms(result.analysis)} ms vs ${ms(result.readability)} ms, ratio ${ratio(result.analysis / result.readability)}`);
  }
}
console.log('\nFor the README:\n');
console.log(markdownSummary(summary));
if (scenarios) console.log(`\n${scenarioMarkdown(scenarios.costs)}`);

function contentScriptSize(): BundleSize | null {
  if (!existsSync(CONTENT_SCRIPT)) return null;
  const code = readFileSync(CONTENT_SCRIPT);
  return { bytes: code.length, gzipped: gzipSync(code, { level: 9 }).length };
}
