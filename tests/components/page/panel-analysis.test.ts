import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { DetectedPage } from '../../../lib/page/detect';
import { DEFAULT_SETTINGS } from '../../../lib/settings/settings';
import { parseHtml } from '../../helpers/fixtures';

const calls = vi.hoisted(() => ({ analyzePage: [] as unknown[], completeAnalysis: [] as unknown[] }));
vi.mock('../../../lib/report', async (original) => {
  const real = await original<typeof import('../../../lib/report')>();
  return {
    ...real,
    analyzePageInSteps: (...args: Parameters<typeof real.analyzePageInSteps>) => {
      calls.analyzePage.push(args[1]);
      return real.analyzePageInSteps(...args);
    },
    completeAnalysisInSteps: (...args: Parameters<typeof real.completeAnalysisInSteps>) => {
      calls.completeAnalysis.push(args[1]);
      return real.completeAnalysisInSteps(...args);
    },
  };
});
const { analysisFor } = await import('../../../components/page/panel-analysis');
const { detectPage } = await import('../../../lib/page/detect');

const UNLABELLED = `<!doctype html><html lang="en"><body><article><h1>Library hours extended</h1>
<p>The town library will open until 8pm on weekdays from June, the council said on Tuesday.</p></article></body></html>`;
const LABELLED = `<!doctype html><html lang="en"><body><article><h1>Toll rise</h1><h2>The Facts:</h2>
<p>The bridge trust said on Monday that the toll would rise to £3 in March.</p></article></body></html>`;

function detected(html: string): { page: DetectedPage; document: Document } {
  const document = parseHtml(html, 'https://marrowby.example/news/x');
  vi.stubGlobal('document', document);
  return { page: detectPage(document, 'https://marrowby.example/news/x'), document };
}

describe('the analysis behind the page UI', () => {
  beforeEach(() => {
    calls.analyzePage.length = 0;
    calls.completeAnalysis.length = 0;
  });

  it('asks for the whole article when the panel opens on a page without labelled sections', () => {
    const { page } = detected(UNLABELLED);
    expect(page.sections).toHaveLength(0);
    analysisFor(page, DEFAULT_SETTINGS, true);
    expect(calls.analyzePage).toEqual([expect.objectContaining({ wholeArticle: true, url: 'https://marrowby.example/news/x' })]);
  });

  it('reads only the detected sections for badges, and for the panel on a labelled page', () => {
    const { page: unlabelled } = detected(UNLABELLED);
    analysisFor(unlabelled, DEFAULT_SETTINGS, false);
    const { page: labelled } = detected(LABELLED);
    analysisFor(labelled, DEFAULT_SETTINGS, true);
    expect(calls.analyzePage).toEqual([]);
    expect(calls.completeAnalysis).toHaveLength(2);
  });
});
