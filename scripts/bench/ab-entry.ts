// The A/B bench's in-page entry: the content script's work and the text analysis of one checkout, exposed as
// globalThis[BENCH_AB_SLOT] (the two checkouts' bundles share one page). scripts/bench-ab.ts points these imports at
// the checkout measured, in its own layout (the flat lib/ of the day issues #12 and #13 were filed included).
import * as detect from '../../lib/page/detect';
import * as report from '../../lib/report';
import * as analysis from '../../lib/text/analysis';
import * as subjectivity from '../../lib/text/subjectivity';
import * as articleText from '../../lib/page/article-text';
import * as sentences from '../../lib/text/sentences';

const DEFAULT_MAX_PARAGRAPHS = 400;

/** Detection, then the full analysis where there is something to show (as scripts/bench/in-page.ts times it). */
function full(): number {
  sentences.forgetRecentText();
  const found = detect.detectPage(document, location.href);
  return found.sections.length > 0 || found.markupSaysOpinion ? report.completeAnalysis(document, found).sections.length : 0;
}

/** The page's article text read as one section (as scripts/bench/in-page.ts times it). */
function text(): number {
  sentences.forgetRecentText();
  const paragraphs = articleText.articleText(document.body, DEFAULT_MAX_PARAGRAPHS);
  const sections = [{ kind: 'facts' as const, paragraphs }];
  return analysis.analyzeText(sections).figures.length + subjectivity.analyseSubjectivity(sections).cues.length;
}

(globalThis as unknown as Record<string, unknown>)[(globalThis as unknown as { BENCH_AB_SLOT: string }).BENCH_AB_SLOT] = { full, text };
