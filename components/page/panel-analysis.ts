// Which analysis the page UI shows: the labelled sections, or — for a panel the reader opened on a page without
// any — the whole article.
import type { DetectedPage } from '../../lib/page/detect';
import { analyzePage, completeAnalysis, type PageAnalysis } from '../../lib/report';
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
  const options = { estimate: settings.opinionEstimate, customLabels: settings.customLabels };
  if (wantsWholeArticle(page, forPanel)) return analyzePage(document, { ...options, url: page.url, wholeArticle: true });
  return completeAnalysis(document, page, options);
}
