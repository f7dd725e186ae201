// Turns bench measurements into printed tables: per page, summary ratios with budgets, and the README's markdown table.
import type { MutationCost } from './mutations';
import type { PageResult } from './pages';

export interface Spread {
  count: number;
  median: number;
  p90: number;
  max: number;
}

export interface BundleSize {
  bytes: number;
  gzipped: number;
}

export interface Budget {
  name: string;
  measured: string;
  pass: boolean;
}

export function spread(values: number[]): Spread {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (fraction: number) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(fraction * sorted.length) - 1))] ?? NaN;
  const middle = sorted.length >> 1;
  const median = sorted.length % 2 ? (sorted[middle] ?? NaN) : ((sorted[middle - 1] ?? NaN) + (sorted[middle] ?? NaN)) / 2;
  return { count: sorted.length, median, p90: at(0.9), max: sorted.at(-1) ?? NaN };
}

export const ms = (value: number) => (value < 1 ? value.toFixed(3) : value < 100 ? value.toFixed(2) : value.toFixed(0));
export const ratio = (value: number) => (!Number.isFinite(value) ? 'n/a' : value < 0.1 ? value.toFixed(4) : value.toFixed(2));
export const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

export function table(header: string[], rows: string[][]): string {
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => (row[column] ?? '').length)));
  const line = (cells: string[]) => cells.map((cell, column) => (column === 0 ? cell.padEnd(widths[column] ?? 0) : cell.padStart(widths[column] ?? 0))).join('  ');
  return [line(header), widths.map((width) => '-'.repeat(width)).join('  '), ...rows.map(line)].join('\n');
}

export function pageTable(results: PageResult[]): string {
  return table(
    ['page', 'KB', 'text nodes', 'sections', 'analysis ms', 'first run ms', 'TreeWalker ms', 'Readability ms', 'analysis/TreeWalker', 'analysis/Readability'],
    results.map((result) => [
      result.name,
      (result.bytes / 1024).toFixed(0),
      String(result.textNodes),
      String(result.sections),
      ms(result.analysis),
      ms(result.analysisFirst),
      ms(result.walk),
      ms(result.readability),
      ratio(result.analysis / result.walk),
      ratio(result.analysis / result.readability),
    ]),
  );
}

export function mutationTable(cost: MutationCost): string {
  return table(
    ['second', 'nodes appended', 'script ms with', 'script ms without', 'extra script ms', 'task ms with', 'task ms without', 'task ratio with/without'],
    cost.seconds.map((second) => [
      String(second.second),
      String(second.appended),
      ms(second.scriptWith),
      ms(second.scriptWithout),
      ms(second.scriptWith - second.scriptWithout),
      ms(second.taskWith),
      ms(second.taskWithout),
      ratio(second.taskWith / second.taskWithout),
    ]),
  );
}

export interface Summary {
  noSections: Spread;
  againstReadability: Spread;
  corpusAgainstReadability: Spread;
  seed: PageResult | undefined;
  /** The largest corpus pages, for the text analysis read over their whole article. */
  largest: PageResult[];
  bundle: BundleSize | null;
  mutations: MutationCost | null;
}

const LARGEST = 5;

export function summarise(results: PageResult[], bundle: BundleSize | null, mutations: MutationCost | null): Summary {
  return {
    noSections: spread(results.filter((result) => result.sections === 0).map((result) => result.analysis / result.walk)),
    againstReadability: spread(results.map((result) => result.analysis / result.readability)),
    corpusAgainstReadability: spread(results.filter((result) => result.corpus).map((result) => result.analysis / result.readability)),
    seed: results.find((result) => result.name === 'seed article'),
    largest: results.filter((result) => result.corpus).sort((a, b) => b.bytes - a.bytes).slice(0, LARGEST),
    bundle,
    mutations,
  };
}

export function budgets(summary: Summary): Budget[] {
  const list: Budget[] = [];
  if (summary.noSections.count > 0) {
    list.push({ name: 'pages with no sections: median analysis < 2× TreeWalker', measured: `${ratio(summary.noSections.median)}×`, pass: summary.noSections.median < 2 });
  }
  if (summary.seed) {
    // A ratio within the same run: absolute times on a shared machine vary 1–4 ms.
    const seed = summary.seed.analysis / summary.seed.readability;
    // Detection alone (finding the labels, which any labelling must do) shows how much of the ratio no text analysis can remove.
    const detection = `; detection alone ${ratio(summary.seed.detection / summary.seed.readability)}`;
    // The platform's sentence segmenter over the article's text alone: how far under the budget any reading of the text can go.
    const floor = `; Intl.Segmenter alone over its text ${ratio(summary.seed.segmentation / summary.seed.readability)}`;
    list.push({ name: 'seed article: full analysis ≤ 1/10 of Readability’s parse', measured: `${ratio(seed)} (${ms(summary.seed.analysis)} ms vs ${ms(summary.seed.readability)} ms${detection}${floor})`, pass: seed <= 0.1 });
  }
  if (summary.corpusAgainstReadability.count > 0) {
    const worst = summary.corpusAgainstReadability.max;
    list.push({ name: 'every corpus page: analysis < 1/20 of Readability', measured: `max ${ratio(worst)} (1/${(1 / worst).toFixed(0)})`, pass: worst < 1 / 20 });
  }
  if (summary.bundle) {
    list.push({ name: 'content script < 25 KB gzipped', measured: kb(summary.bundle.gzipped), pass: summary.bundle.gzipped < 25 * 1024 });
  }
  return list;
}

export function budgetLines(list: Budget[]): string {
  return list.map((budget) => `${budget.pass ? 'PASS' : 'MISS'}  ${budget.name}: ${budget.measured}`).join('\n');
}

/** The table the README shows. */
export function markdownSummary(summary: Summary): string {
  const rows: string[] = ['| Measure | Median | p90 | Max | Budget |', '| --- | ---: | ---: | ---: | --- |'];
  const spreadRow = (name: string, value: Spread, budget: string) =>
    rows.push(`| ${name} (${value.count} pages) | ${ratio(value.median)} | ${ratio(value.p90)} | ${ratio(value.max)} | ${budget} |`);
  if (summary.noSections.count > 0) spreadRow('Analysis ÷ one TreeWalker text pass, pages with no sections', summary.noSections, 'median < 2');
  if (summary.againstReadability.count > 0) spreadRow('Analysis ÷ Readability parse, all pages', summary.againstReadability, 'each corpus page < 0.05');
  if (summary.seed) {
    rows.push(`| Seed article, full analysis ÷ Readability's parse (${ms(summary.seed.analysis)} ms; first run ${ms(summary.seed.analysisFirst)} ms) | ${ratio(summary.seed.analysis / summary.seed.readability)} | | | ≤ 0.1 |`);
    rows.push(`| Seed article, detection alone ÷ Readability's parse (${ms(summary.seed.detection)} ms) | ${ratio(summary.seed.detection / summary.seed.readability)} | | | |`);
    rows.push(`| Seed article, its text split into sentences by Intl.Segmenter alone ÷ Readability's parse (${ms(summary.seed.segmentation)} ms) | ${ratio(summary.seed.segmentation / summary.seed.readability)} | | | |`);
  }
  for (const page of summary.largest) {
    rows.push(`| Text analysis of ${page.name} (${kb(page.bytes)}), its article read as one section: ms and ÷ TreeWalker | ${ms(page.text)} ms | | ${ratio(page.text / page.walk)}× | |`);
  }
  if (summary.bundle) {
    rows.push(`| Content script, minified / gzipped | ${kb(summary.bundle.bytes)} / ${kb(summary.bundle.gzipped)} | | | < 25 KB gzipped |`);
  }
  if (summary.mutations) {
    const extra = summary.mutations.seconds.filter((second) => second.appended > 0).map((second) => second.scriptWith - second.scriptWithout);
    const spreadExtra = spread(extra);
    rows.push(`| Extra script ms per second while the page appends 1000 nodes/s (5 s) | ${ms(spreadExtra.median)} | | ${ms(spreadExtra.max)} | flat |`);
  }
  return rows.join('\n');
}
