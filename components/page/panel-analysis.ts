// Which analysis the page UI shows: the labelled sections, or — for a panel the reader opened on a page without
// any — the whole article.
import type { DetectedPage } from '../../lib/page/detect';
import { allSteps, analyzePageInSteps, completeAnalysisInSteps, type PageAnalysis, type SectionCache } from '../../lib/report';
import type { Settings } from '../../lib/settings/settings';

/** True when the panel is wanted on a page without labelled sections: it then covers the whole article. */
export function wantsWholeArticle(page: DetectedPage, forPanel: boolean): boolean {
  return forPanel && page.sections.length === 0;
}

/**
 * The detected page's analysis. For the panel on a page without labelled sections, the whole article body
 * (analyzePage's `wholeArticle`, report.scope 'article'): run only when the reader opens the panel, never on load.
 * Otherwise the detected sections' text.
 */
export function analysisFor(page: DetectedPage, settings: Settings, forPanel: boolean): PageAnalysis {
  return allSteps(analysisStepsFor(page, settings, forPanel));
}

/** analysisFor as steps (lib/report.ts), each section's analysis kept in `cache` when given. */
export function analysisStepsFor(page: DetectedPage, settings: Settings, forPanel: boolean, cache?: SectionCache): Generator<void, PageAnalysis> {
  const options = { estimate: settings.opinionEstimate, customLabels: settings.customLabels };
  if (wantsWholeArticle(page, forPanel)) return analyzePageInSteps(document, { ...options, url: page.url, wholeArticle: true }, cache);
  return completeAnalysisInSteps(document, page, options, cache);
}
