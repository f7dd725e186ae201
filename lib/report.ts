// Builds the ArticleReport: the cheap detection, then the article's sources, figures, contests and opinion language.
import type { ArticleReport, SectionSummary } from './types';
import { DEFAULT_MAX_PARAGRAPHS, declaredUrl, detectPage, summaryReport, type DetectOptions, type DetectedPage } from './page/detect';
import { firstWords, type DetectedSection } from './page/sections';
import { analyzeText } from './text/analysis';
import { analyseSubjectivity, subjectivityWarmUp } from './text/subjectivity';
import { splitSentences } from './text/sentences';
import { articleText } from './page/article-text';

export { DEFAULT_MAX_PARAGRAPHS, declaredUrl };

export interface ReportOptions extends DetectOptions {
  /** On a page without labelled sections, estimate how much of the article reads as opinion. */
  estimate?: boolean;
  wholeArticle?: boolean;
}

export interface PageAnalysis extends DetectedPage {
  report: ArticleReport;
  sections: DetectedSection[];
}

/** Analyses a document; a malformed page yields an empty report, never an exception. */
export function analyzePage(document: Document, options: ReportOptions = {}): PageAnalysis {
  const url = options.url === undefined ? safely(() => declaredUrl(document), null) : options.url;
  const detected = detectPage(document, url, options);
  try {
    return completeAnalysis(document, detected, options);
  } catch {
    return { ...detected, report: summaryReport(detected) };
  }
}

export function buildArticleReport(document: Document, options: ReportOptions = {}): ArticleReport {
  return analyzePage(document, options).report;
}

/** The language the page declares (its root's lang), or undefined: the analyses then fall back or guess. */
export const pageLanguage = (document: Document): string | undefined => document.documentElement?.lang || undefined;

/** Reads the detected sections' text: sources, figures, contested figures, opinion language. */
export function completeAnalysis(document: Document, detected: DetectedPage, options: ReportOptions = {}): PageAnalysis {
  const { sections } = detected;
  const language = pageLanguage(document);
  const texts = sections.map((section) => ({ kind: section.kind, paragraphs: section.paragraphs }));
  const text = analyzeText(texts, { locale: language });
  const opinionLanguage = analyseSubjectivity(texts, { language });
  const summaries: SectionSummary[] = sections.map((section, index) => ({
    kind: section.kind,
    label: section.label,
    paragraphs: section.blocks.length,
    firstWords: firstWords(section),
    sources: text.perSection[index]?.sources ?? 0,
    contested: text.perSection[index]?.contested ?? 0,
    subjectivity: opinionLanguage.sectionScores[index] ?? 0,
    opinionSentences: new Set(opinionLanguage.cues.filter((cue) => cue.section === index).map((cue) => cue.sentence)).size,
  }));
  const scope = document.body ?? document.documentElement;
  const estimate =
    options.estimate && sections.length === 0 && scope
      ? analyseSubjectivity([{ paragraphs: articleText(scope, options.maxParagraphs ?? DEFAULT_MAX_PARAGRAPHS) }], { language }).estimate
      : undefined;
  return {
    ...detected,
    report: {
      url: detected.url,
      pageType: detected.pageType,
      sections: summaries,
      sources: text.sources,
      figures: text.figures,
      contested: text.contested,
      cues: opinionLanguage.cues,
      ...(estimate && estimate.sentences > 0 ? { estimate } : {}),
    },
  };
}

/** A sentence with a source, a contest and figures: analysing it once compiles what every analysis needs. */
const WARM_UP_TEXT = 'Officials said 23 people were hurt on Monday. The group claims 58 were killed, which we must not ignore.';
const warmedUp = new Set<string>();

/**
 * The analysis's one-time costs (the sentence segmenter, the text analysis's first run, each opinion-language
 * pattern's compilation) as steps of a few milliseconds to some tens, for the content script to run in idle
 * time before a page's first analysis, which would otherwise be one long task. Changes no result.
 */
export function* analysisWarmUp(language: string | undefined): Generator<void> {
  const locale = language || 'en';
  if (warmedUp.has(locale)) return;
  splitSentences(WARM_UP_TEXT, locale);
  yield;
  analyzeText([{ kind: 'facts', paragraphs: [WARM_UP_TEXT] }], { locale });
  yield;
  yield* subjectivityWarmUp(locale);
  warmedUp.add(locale);
}

function safely<T>(read: () => T, fallback: T): T {
  try {
    return read();
  } catch {
    return fallback;
  }
}
