import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_MAX_PARAGRAPHS, SectionCache, allSteps, completeAnalysisInSteps, pageLanguage, type PageAnalysis, type ReportOptions } from '../../lib/report';
import { detectPage } from '../../lib/page/detect';
import { readArticleBody } from '../../lib/page/article-body';
import { analyseSections } from '../../lib/text/document';
import { analyzeTexts } from '../../lib/text/analysis';
import { subjectivityOf } from '../../lib/text/subjectivity';
import { FIXTURE_PAGES, fixtureDocument, parseHtml } from '../helpers/fixtures';

const CASES_DIR = resolve(process.env.CASES_DIR ?? join(import.meta.dirname, '..', '..', '..', 'shared', 'cases'));
const CORPUS_DIR = resolve(process.env.CORPUS_DIR ?? join(import.meta.dirname, '..', '..', '..', 'shared', 'corpus'));
/** Real pages up to this size are compared whole-article too (Readability under happy-dom is slow on larger ones). */
const MAX_CORPUS_BYTES = 150_000;

/** 600 sentences: sources, pronoun follow-ups, quotations over two sentences, figures, opinion wording of varied strength. */
const LONG_TEXT = Array.from({ length: 100 }, (_, index) =>
  [
    `The Dunmere water board said gauge ${index} read ${40 + (index % 7)} centimetres on Monday.`,
    `Councillor Ada Fenwick said it read ${30 + (index % 5)} centimetres.`,
    `She said the board was "plainly wrong. It always is," and demanded a recount.`,
    `This is a shameful, reckless failure and the board must resign${index % 3 === 0 ? ' at once' : ''}.`,
    `Frankly, we think the gauges are ${index % 2 === 0 ? 'absurdly' : 'very'} unreliable!`,
    `The river trust counted ${index + 12} flooded homes.`,
  ].join(' '),
).join(' ');

/** Runs every step; returns the analysis and how many steps it took. */
function drain(steps: Generator<void, PageAnalysis>): { analysis: PageAnalysis; steps: number } {
  for (let count = 0; ; count += 1) {
    const step = steps.next();
    if (step.done) return { analysis: step.value, steps: count };
  }
}

/**
 * Asserts that the stepped analysis (a cache given) equals the analysis of all sections in one call of the text
 * analysis and of the opinion-language analysis, as the report was built before it was stepped.
 */
function expectSameAsOneCall(document: Document, options: ReportOptions = {}, cache = new SectionCache()): PageAnalysis {
  const detected = detectPage(document, null);
  const { analysis } = drain(completeAnalysisInSteps(document, detected, options, cache));
  const { report } = analysis;
  const language = pageLanguage(document);
  const texts = report.scope === 'article' ? [{ kind: null, paragraphs: readArticleBody(document, DEFAULT_MAX_PARAGRAPHS)!.paragraphs }] : analysis.sections.map((section) => ({ kind: section.kind, paragraphs: section.paragraphs }));
  const analysed = analyseSections(texts, language || 'en');
  const text = analyzeTexts(analysed);
  const opinion = subjectivityOf(analysed, { language });
  expect(report.sources).toEqual(text.sources);
  expect(report.figures).toEqual(text.figures);
  expect(report.contested).toEqual(text.contested);
  expect(report.cues).toEqual(opinion.cues);
  expect(report.sections.map((section) => [section.sources, section.contested, section.subjectivity])).toEqual(
    analysis.sections.map((_, index) => [text.perSection[index]!.sources, text.perSection[index]!.contested, opinion.sectionScores[index]]),
  );
  if (report.scope === 'article' && options.estimate && opinion.estimate.sentences > 0) expect(report.estimate).toEqual(opinion.estimate);
  return analysis;
}

const htmlFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? htmlFiles(join(dir, entry.name)) : entry.name.endsWith('.html') ? [join(dir, entry.name)] : [],
  );

describe('completeAnalysisInSteps', () => {
  const fixtures = readdirSync(FIXTURE_PAGES).filter((name) => name.endsWith('.html'));

  it.each(fixtures)('equals the one-call analysis on the fixture %s', (name) => {
    expectSameAsOneCall(fixtureDocument(name));
  });

  it('takes one step per section at least, so a caller can yield between sections', () => {
    const sections = Array.from({ length: 40 }, (_, index) => `<h2>The Facts:</h2><p>The Tollerby ward ${index} council said ${index + 3} homes were flooded.</p>`);
    const document = parseHtml(`<html lang="en"><body><article><h1>Floods</h1>${sections.join('')}</article></body></html>`);
    const detected = detectPage(document, null);
    expect(detected.sections).toHaveLength(40);
    expect(drain(completeAnalysisInSteps(document, detected)).steps).toBeGreaterThanOrEqual(40);
  });

  it('reads again only the sections whose text changed, with the same result as a fresh analysis', () => {
    const document = fixtureDocument('semafor-style.html');
    const cache = new SectionCache();
    const before = expectSameAsOneCall(document, {}, cache);
    const first = before.sections[0]!;
    const kept = allSteps(cache.part(before.sections[1]!.paragraphs, 'en'));
    first.blocks[0]!.textContent = 'Councillor Ada Fenwick said 312 homes in Tollerby were flooded, while the river trust said 280 were.';
    const after = expectSameAsOneCall(document, {}, cache);
    expect(after.report.sources.map((source) => source.name)).toContain('Ada Fenwick');
    expect(allSteps(cache.part(after.sections[1]!.paragraphs, 'en'))).toBe(kept);
  });

  it('reads a long section in runs of sentences, with the same result as in one piece', () => {
    const document = parseHtml(`<html lang="en"><body><article><h1>Gauges</h1><h2>The Facts:</h2><p>${LONG_TEXT}</p><h2>Opinion:</h2><p>${LONG_TEXT}</p></article></body></html>`);
    const detected = detectPage(document, null);
    expect(detected.sections[0]!.paragraphs.join(' ').length).toBeGreaterThan(30_000);
    const { analysis, steps } = drain(completeAnalysisInSteps(document, detected));
    // Two sections of 600 sentences, each read in runs: many more steps than sections.
    expect(steps).toBeGreaterThan(10);
    expect(analysis.report.cues.length).toBeGreaterThan(0);
    expectSameAsOneCall(document);
  });

  it('gives a long article body the one-call estimate, read in runs of sentences', () => {
    const document = parseHtml(`<html lang="en"><body><main><article><h1>Gauges</h1>${`<p>${LONG_TEXT}</p>`.repeat(2)}</article></main></body></html>`);
    const analysis = expectSameAsOneCall(document, { wholeArticle: true, estimate: true });
    expect(analysis.report.scope).toBe('article');
    expect(analysis.report.estimate?.top.length).toBe(5);
  });

  it('equals the one-call analysis of a whole article (scope "article") with its estimate', () => {
    const analysis = expectSameAsOneCall(fixtureDocument('column-no-labels.html'), { wholeArticle: true, estimate: true });
    expect(analysis.report.scope).toBe('article');
  });

  it.skipIf(!existsSync(CASES_DIR))('equals the one-call analysis on every fault case page (CASES_DIR)', () => {
    const pages = htmlFiles(CASES_DIR);
    expect(pages.length).toBeGreaterThan(0);
    for (const page of pages) expectSameAsOneCall(parseHtml(readFileSync(page, 'utf8')));
  });

  it.skipIf(!existsSync(join(CORPUS_DIR, 'index.json')))('equals the one-call analysis on real pages, whole article (CORPUS_DIR)', () => {
    const pages = readdirSync(CORPUS_DIR).filter((name) => name.endsWith('.html') && statSync(join(CORPUS_DIR, name)).size <= MAX_CORPUS_BYTES);
    expect(pages.length).toBeGreaterThan(0);
    for (const page of pages) expectSameAsOneCall(parseHtml(readFileSync(join(CORPUS_DIR, page), 'utf8')), { wholeArticle: true, estimate: true });
  }, 240_000);
});
