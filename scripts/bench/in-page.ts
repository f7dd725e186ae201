// The benchmark's in-page bundle: times our analysis, a plain TreeWalker pass and Readability on the live page.
import { Readability } from '@mozilla/readability';
import { detectPage } from '../../lib/page/detect';
import { DEFAULT_MAX_PARAGRAPHS, completeAnalysis } from '../../lib/report';
import { analyzeText } from '../../lib/text/analysis';
import { analyseSubjectivity } from '../../lib/text/subjectivity';
import { articleText } from '../../lib/page/article-text';
import { forgetRecentText } from '../../lib/text/sentences';

export interface PageTimings {
  /** Median ms of the extension's work, as the content script does it: detection, then the full analysis only where there is something to show. */
  analysis: number;
  /** Median ms of the text analysis (sources, figures, contests, opinion language) over the page's article text read as one section. */
  text: number;
  /** Median ms of detection alone (finding the labels, the page type): the part of `analysis` every page pays. */
  detection: number;
  /**
   * Median ms of the platform's part of any reading of the text: the article's paragraphs split into sentences by
   * Intl.Segmenter, nothing of ours but collecting the paragraphs (a floor no analysis of the text goes under).
   */
  segmentation: number;
  /** The very first analysis in this page (cold caches and JIT). */
  analysisFirst: number;
  /** Median ms of one TreeWalker pass over the body's text. */
  walk: number;
  /** Median ms of Readability's parse, the document clone excluded. */
  readability: number;
  sections: number;
  pageKind: string;
  textNodes: number;
}

export interface BenchOptions {
  runs: number;
  warmups: number;
}

/** Below this a sample is repeated in a loop: page timers are coarse (0.1 ms without cross-origin isolation). */
const MIN_SAMPLE_MS = 5;
const MAX_REPEAT = 4096;

let sink = 0;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

/** A timed piece of work: `run(repeat)` does it `repeat` times and returns the ms it took. */
type Sampler = (repeat: number) => number;

/** How many calls make one sample rise above the page timer's resolution. */
function calibrate(run: Sampler): number {
  let repeat = 1;
  while (repeat < MAX_REPEAT) {
    // The fastest of three: one slow sample (a GC, a busy machine) must not stop the calibration early.
    const fastest = Math.min(run(repeat), run(repeat), run(repeat));
    if (fastest >= MIN_SAMPLE_MS) break;
    repeat *= fastest > 0 ? Math.min(8, Math.max(2, Math.ceil(MIN_SAMPLE_MS / fastest))) : 8;
  }
  return repeat;
}

/** Warm-up goes on past the given count until this much time is spent (or MAX_WARMUP_CALLS): enough for the JIT to optimise. */
const WARMUP_MS = 50;
const MAX_WARMUP_CALLS = 200;

function warm(run: Sampler, warmups: number): void {
  let spent = 0;
  for (let calls = 0; calls < warmups || (spent < WARMUP_MS && calls < MAX_WARMUP_CALLS); calls += 1) spent += run(1);
}

/** Rounds in which every sampler takes its turn; each turn is a run of consecutive samples. */
const ROUNDS = 3;

/**
 * Median ms per call of each sampler. All are warmed up and calibrated first, so that none is favoured by going
 * later (a warmer JIT, DOM wrappers already made); then each takes a few consecutive samples in turn, for
 * `ROUNDS` rounds, so that a busy moment of the machine is spread over all of them while one measure's garbage
 * (Readability's clones) is not collected inside another's samples.
 */
function timeMedians<K extends string>(samplers: Record<K, Sampler>, { runs, warmups }: BenchOptions): Record<K, number> {
  const entries = Object.entries(samplers) as [K, Sampler][];
  for (const [, run] of entries) warm(run, warmups);
  const repeats = entries.map(([, run]) => calibrate(run));
  const samples = entries.map((): number[] => []);
  const perTurn = Math.ceil(runs / ROUNDS);
  for (let round = 0; round < ROUNDS; round += 1) {
    entries.forEach(([, run], index) => {
      const repeat = repeats[index] ?? 1;
      for (let sample = 0; sample < perTurn; sample += 1) samples[index]?.push(run(repeat) / repeat);
    });
  }
  return Object.fromEntries(entries.map(([name], index) => [name, median(samples[index] ?? [])])) as Record<K, number>;
}

/** Times `work` done `repeat` times. */
function clocked(work: () => void): (repeat: number) => number {
  return (repeat) => {
    const start = performance.now();
    for (let i = 0; i < repeat; i += 1) work();
    return performance.now() - start;
  };
}

function walkText(): number {
  const walker = document.createTreeWalker(document.body ?? document.documentElement, NodeFilter.SHOW_TEXT);
  let nodes = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    sink += (node as Text).data.length;
    nodes += 1;
  }
  return nodes;
}

/** Readability changes the document it reads, so each parse gets a fresh clone, made before the clock starts. */
export function readabilityParses(repeat: number): number {
  const clones = Array.from({ length: repeat }, () => document.cloneNode(true) as Document);
  const start = performance.now();
  for (const clone of clones) sink += new Readability(clone).parse()?.length ?? 0;
  return performance.now() - start;
}

/**
 * The content script's work (entrypoints/content/lens.ts): cheap detection everywhere, reading the text only where
 * needed. The sentences and tokens kept from the previous call are forgotten first, so that each call does the whole
 * analysis, as on a page seen for the first time.
 */
export function extensionWork(url: string) {
  forgetRecentText();
  const detected = detectPage(document, url);
  return detected.sections.length > 0 || detected.markupSaysOpinion ? completeAnalysis(document, detected) : { ...detected, report: null };
}

/** Detection alone, as the content script runs it on every page: the labels and the page type, no text read. */
export function detection(url: string): number {
  forgetRecentText();
  return detectPage(document, url).sections.length;
}

/** What the analysis costs where a page is all one labelled section: its article text, paragraph cap applied. */
export function textAnalysis(): number {
  forgetRecentText();
  const paragraphs = articleText(document.body ?? document.documentElement, DEFAULT_MAX_PARAGRAPHS);
  const sections = [{ kind: 'facts' as const, paragraphs }];
  return analyzeText(sections).figures.length + analyseSubjectivity(sections).cues.length;
}

const sentenceSegmenter = new Intl.Segmenter('en', { granularity: 'sentence' });
const paragraphsRead = new WeakMap<Document, string[]>();

/** The article's paragraphs (read once per document, not timed) split into sentences by the platform alone. */
export function segmentationAlone(): number {
  let paragraphs = paragraphsRead.get(document);
  if (!paragraphs) paragraphsRead.set(document, (paragraphs = articleText(document.body ?? document.documentElement, DEFAULT_MAX_PARAGRAPHS)));
  let sentences = 0;
  for (const paragraph of paragraphs) for (const sentence of sentenceSegmenter.segment(paragraph)) sentences += sentence.segment.length > 0 ? 1 : 0;
  return sentences;
}

function measure(options: BenchOptions): PageTimings {
  const url = location.href;
  const firstStart = performance.now();
  const first = extensionWork(url);
  const analysisFirst = performance.now() - firstStart;
  const timings = timeMedians(
    {
      analysis: clocked(() => (sink += extensionWork(url).sections.length)),
      text: clocked(() => (sink += textAnalysis())),
      detection: clocked(() => (sink += detection(url))),
      segmentation: clocked(() => (sink += segmentationAlone())),
      walk: clocked(walkText),
      readability: readabilityParses,
    },
    options,
  );
  return {
    ...timings,
    analysisFirst,
    sections: first.sections.length,
    pageKind: first.pageType.kind,
    textNodes: walkText(),
  };
}

/** The page's report as one call of the analysis gives it (null where the content script would show nothing), for tests to compare. */
const report = () => extensionWork(location.href).report;

(globalThis as unknown as { openLensBench: unknown }).openLensBench = { measure, report };
