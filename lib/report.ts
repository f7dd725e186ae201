// Builds the ArticleReport: the cheap detection, then the article's sources, figures, contests and opinion language.
import type { ArticleReport, SectionSummary } from './types';
import { DEFAULT_MAX_PARAGRAPHS, declaredUrl, detectPage, documentOf, scopeOf, summaryReport, type DetectOptions, type DetectedPage } from './page/detect';
import { boundByArticleBody, firstWords, type DetectedSection } from './page/sections';
import { analyzeTexts, mergeReadings } from './text/analysis';
import { analyseSections } from './text/document';
import { analyseSubjectivity, subjectivityLanguage, subjectivityWarmUp, type SubjectivityResult } from './text/subjectivity';
import { SectionCache, type SectionPart } from './section-cache';
import { splitSentences } from './text/sentences';
import { articleText } from './page/article-text';
import { readArticleBody, warmUpArticleBody } from './page/article-body';

export { DEFAULT_MAX_PARAGRAPHS, declaredUrl, SectionCache };

export interface ReportOptions extends DetectOptions {
  /** On a page without labelled sections, estimate how much of the article reads as opinion. */
  estimate?: boolean;
  /**
   * On a page without labelled sections, analyse the article body that Mozilla Readability finds (on a clone of the
   * page) as one body: sources, figures, contests and cues then carry section index 0, and `report.scope` is
   * 'article'. Costly (Readability): for the reader opening the panel and the report CLI, never the detection pass.
   */
  wholeArticle?: boolean;
}

export interface PageAnalysis extends DetectedPage {
  report: ArticleReport;
  sections: DetectedSection[];
  /** With scope 'article': the page's own elements the article body was read from, to locate its sentences. */
  articleBlocks?: Element[];
}

/** Analyses a document (or one shadow root); a malformed page yields an empty report, never an exception. */
export function analyzePage(root: Document | ShadowRoot, options: ReportOptions = {}): PageAnalysis {
  return allSteps(analyzePageInSteps(root, options));
}

/** analyzePage as steps: detection in one, then completeAnalysisInSteps's (a `cache` keeps each section's analysis). */
export function* analyzePageInSteps(root: Document | ShadowRoot, options: ReportOptions = {}, cache?: SectionCache): Generator<void, PageAnalysis> {
  const url = options.url === undefined ? safely(() => declaredUrl(documentOf(root)), null) : options.url;
  const detected = detectPage(root, url, options);
  yield;
  try {
    return yield* completeAnalysisInSteps(root, detected, options, cache);
  } catch {
    return { ...detected, report: summaryReport(detected) };
  }
}

/** Runs every step of `steps` at once; their return value. */
export function allSteps<T>(steps: Iterator<void, T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

export function buildArticleReport(root: Document | ShadowRoot, options: ReportOptions = {}): ArticleReport {
  return analyzePage(root, options).report;
}

/** The language the page declares (its root's lang), or undefined: the analyses then fall back or guess. */
export const pageLanguage = (document: Document): string | undefined => document.documentElement?.lang || undefined;

/**
 * Reads the detected sections' text: sources, figures, contested figures, opinion language. On a page without
 * labelled sections, with `wholeArticle`, reads the article body instead (scope 'article'; see ReportOptions).
 * `cache` keeps each section's own analysis by its text, so a later call reads only sections that changed.
 */
export function completeAnalysis(root: Document | ShadowRoot, detected: DetectedPage, options: ReportOptions = {}, cache?: SectionCache): PageAnalysis {
  return allSteps(completeAnalysisInSteps(root, detected, options, cache));
}

/**
 * completeAnalysis as steps, for a caller that yields to the page between them (a page may have thousands of
 * sections): one step reads the article body if needed, then one step per section (its own analysis, or the
 * cached one), then one merges sources, figures and contests across sections. The result equals completeAnalysis's.
 * The article body read (Readability, when a section is unbounded or `wholeArticle`, after steps that warm the analysis
 * and the parser up: analysisWarmUp, warmUpArticleBody) and one huge section each stay one step.
 */
export function* completeAnalysisInSteps(
  root: Document | ShadowRoot,
  detected: DetectedPage,
  options: ReportOptions = {},
  cache: SectionCache = new SectionCache(),
): Generator<void, PageAnalysis> {
  const document = documentOf(root);
  const language = pageLanguage(document);
  const locale = language || 'en';
  const limit = options.maxParagraphs ?? DEFAULT_MAX_PARAGRAPHS;
  const unbounded = detected.sections[detected.sections.length - 1]?.endsAtRoot === true;
  const readsArticle = (options.wholeArticle && detected.sections.length === 0) || unbounded;
  if (readsArticle) {
    // A page without sections warmed up without the opinion patterns (the content script's warm-up goes by the
    // sections' length): they compile here a step each, then the article parser warms up, before the long reading.
    yield* analysisWarmUp(language, { patterns: true });
    warmUpArticleBody(document);
    yield;
  }
  const article = readsArticle ? readArticleBody(root, limit) : null;
  if (article) yield;
  // A last section that nothing on the page bounded ends with the article body (see boundByArticleBody).
  const sections = unbounded && article ? boundByArticleBody(detected.sections, article.blocks) : detected.sections;
  const body = options.wholeArticle && sections.length === 0 ? article?.paragraphs ?? [] : [];
  // A section found after the paragraph cap was spent is badged but not read (see DetectedSection.beyondCap).
  const texts = body.length > 0 ? [body] : sections.map((section) => (section.beyondCap ? [] : section.paragraphs));
  // One analysed text per section (sentences, tokens, quotations): attribution, figures and opinion language all read it.
  const parts: SectionPart[] = [];
  for (const paragraphs of texts) {
    parts.push(yield* cache.part(paragraphs, locale));
    yield;
  }
  const wordLists = subjectivityLanguage(parts.map((part) => part.text), language);
  const opinions: SubjectivityResult[] = [];
  for (const part of parts) {
    opinions.push(yield* cache.opinion(part, wordLists));
    yield;
  }
  const text = mergeReadings(parts.map((part) => part.reading), locale);
  const cues = opinions.flatMap((opinion, section) => opinion.cues.map((cue) => ({ ...cue, section })));
  const summaries: SectionSummary[] = sections.map((section, index) => ({
    kind: section.kind,
    label: section.label,
    paragraphs: section.blocks.length,
    firstWords: firstWords(section),
    sources: text.perSection[index]?.sources ?? 0,
    contested: text.perSection[index]?.contested ?? 0,
    subjectivity: opinions[index]?.sectionScores[0] ?? 0,
    opinionSentences: new Set(opinions[index]?.cues.filter((cue) => cue.strong).map((cue) => cue.sentence)).size,
  }));
  const scope = scopeOf(root);
  const estimate =
    options.estimate && sections.length === 0 && scope
      ? body.length > 0
        ? opinions[0]!.estimate
        : analyseSubjectivity([{ paragraphs: articleText(scope, limit) }], { language }).estimate
      : undefined;
  return {
    ...detected,
    sections,
    ...(body.length > 0 ? { articleBlocks: article?.blocks ?? [] } : {}),
    report: {
      url: detected.url,
      pageType: detected.pageType,
      sections: summaries,
      sources: text.sources,
      figures: text.figures,
      contested: text.contested,
      cues,
      // The whole article was asked for and read, even when it gave no text (a page that hides its body): the report's
      // wording (panel, popup) is the article's, never the labelled sections'.
      ...(options.wholeArticle && sections.length === 0 ? { scope: 'article' as const } : {}),
      ...(estimate && estimate.sentences > 0 ? { estimate } : {}),
    },
  };
}

/** A sentence with a source, a contest and figures: analysing it once compiles what every analysis needs. */
const WARM_UP_TEXT = 'Officials said 23 people were hurt on Monday. The group claims 58 were killed, which we must not ignore.';
/** Per locale, how far the warm-up went: every pattern, or only the segmenter, analysis and word lists. */
const warmedUp = new Map<string, 'all' | 'lists'>();

/**
 * The analysis's one-time costs (the sentence segmenter, the text analysis's first run, each opinion-language
 * pattern's compilation) as steps of a few milliseconds to some tens, for the content script to run in idle
 * time before a page's first analysis, which would otherwise be one long task. With `patterns` false the
 * patterns are left to compile where an analysis meets them: for a little text (a live blog's first entry),
 * which meets few. Changes no result.
 */
export function* analysisWarmUp(language: string | undefined, options: { patterns?: boolean } = {}): Generator<void> {
  const locale = language || 'en';
  const patterns = options.patterns ?? true;
  const done = warmedUp.get(locale);
  if (done === 'all' || (done === 'lists' && !patterns)) return;
  splitSentences(WARM_UP_TEXT, locale);
  yield;
  analyzeTexts(analyseSections([{ kind: 'facts', paragraphs: [WARM_UP_TEXT] }], locale));
  yield;
  yield* subjectivityWarmUp(locale, patterns);
  warmedUp.set(locale, patterns ? 'all' : 'lists');
}

function safely<T>(read: () => T, fallback: T): T {
  try {
    return read();
  } catch {
    return fallback;
  }
}
