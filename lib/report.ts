// Builds the ArticleReport for a document: headings → sections → page type → text analysis.
import type { ArticleReport, SectionSummary } from './types';
import { createLabelMatcher, type CustomLabel } from './labels';
import { findSectionHeadings } from './headings';
import { computeSections, firstWords, type DetectedSection } from './sections';
import { classifyPage, readPageSignals } from './page-type';
import { analyzeText } from './analysis';

export interface ReportOptions {
  url?: string | null;
  customLabels?: readonly CustomLabel[];
  /** Most text blocks read across the page (a cap for huge pages). */
  maxParagraphs?: number;
}

export interface PageAnalysis {
  report: ArticleReport;
  /** Live DOM handles for the content script; not part of the serialisable report. */
  sections: DetectedSection[];
  /** True when the page's own markup or URL says it is opinion. */
  markupSaysOpinion: boolean;
  /** True when the paragraph cap cut the analysis short. */
  truncated: boolean;
}

export const DEFAULT_MAX_PARAGRAPHS = 400;

export function emptyReport(url: string | null = null): ArticleReport {
  return { url, pageType: { kind: 'unknown', evidence: [] }, sections: [], sources: [], figures: [], contested: [] };
}

/** The page's URL as it names itself: canonical link, else og:url. */
export function declaredUrl(document: Document): string | null {
  const canonical = document.querySelector('link[rel~="canonical"][href]')?.getAttribute('href');
  const og = document.querySelector('meta[property="og:url"][content]')?.getAttribute('content');
  return canonical?.trim() || og?.trim() || null;
}

/** Analyses a document; a malformed page yields an empty report, never an exception. */
export function analyzePage(document: Document, options: ReportOptions = {}): PageAnalysis {
  const url = options.url === undefined ? safely(() => declaredUrl(document), null) : options.url;
  try {
    return analyzeOrThrow(document, url, options);
  } catch {
    return { report: emptyReport(url), sections: [], markupSaysOpinion: false, truncated: false };
  }
}

export function buildArticleReport(document: Document, options: ReportOptions = {}): ArticleReport {
  return analyzePage(document, options).report;
}

function analyzeOrThrow(document: Document, url: string | null, options: ReportOptions): PageAnalysis {
  const matcher = createLabelMatcher(options.customLabels);
  const scope = document.body ?? document.documentElement;
  const headings = scope ? findSectionHeadings(scope, matcher) : [];
  const sections = computeSections(headings, { maxParagraphs: options.maxParagraphs ?? DEFAULT_MAX_PARAGRAPHS });
  const signals = readPageSignals(document, url);
  const pageType = classifyPage(signals, sections.map((section) => section.kind));
  const text = analyzeText(
    sections.map((section) => ({ kind: section.kind, paragraphs: section.paragraphs })),
    { locale: document.documentElement?.lang || undefined },
  );
  const summaries: SectionSummary[] = sections.map((section, index) => ({
    kind: section.kind,
    label: section.label,
    paragraphs: section.blocks.length,
    firstWords: firstWords(section),
    sources: text.perSection[index]?.sources ?? 0,
    contested: text.perSection[index]?.contested ?? 0,
  }));
  return {
    report: {
      url,
      pageType,
      sections: summaries,
      sources: text.sources,
      figures: text.figures,
      contested: text.contested,
    },
    sections,
    markupSaysOpinion: signals.some((signal) => signal.kind === 'opinion'),
    truncated: sections.some((section) => section.truncated),
  };
}

function safely<T>(read: () => T, fallback: T): T {
  try {
    return read();
  } catch {
    return fallback;
  }
}
