import { describe, expect, it } from 'vitest';
import { analyzePage } from '../../lib/report';
import { fixtureDocument, parseHtml } from '../helpers/fixtures';

describe('analyzePage with wholeArticle', () => {
  it('reads an unlabelled article’s body as one body: sources, figures and contests at section 0, scope article', () => {
    const { report, articleBlocks } = analyzePage(fixtureDocument('article-no-labels.html'), { wholeArticle: true });
    expect(report.scope).toBe('article');
    expect(articleBlocks).toHaveLength(4);
    expect(report.sections).toEqual([]);
    expect(report.sources.map((source) => source.name)).toEqual(expect.arrayContaining(["Brookmere Commuters' Alliance"]));
    expect(report.figures.map((figure) => [figure.value, figure.section])).toEqual(
      expect.arrayContaining([[212000000, 0], [260000000, 0]]),
    );
    expect(report.contested[0]?.claims.map((claim) => claim.value)).toEqual(expect.arrayContaining([212000000, 260000000]));
    expect(report.figures.map((figure) => figure.sentence).join(' ')).not.toMatch(/Members read on|9 Mill Lane/);
  });

  it('keeps today’s report without the option, and on a page with labelled sections', () => {
    const plain = analyzePage(fixtureDocument('article-no-labels.html')).report;
    expect(plain).not.toHaveProperty('scope');
    expect([plain.sources, plain.figures]).toEqual([[], []]);
    const labelled = analyzePage(fixtureDocument('demo-article.html'), { wholeArticle: true }).report;
    expect(labelled).toEqual(analyzePage(fixtureDocument('demo-article.html')).report);
  });

  it('gives the estimate from the same body when both are asked for', () => {
    const { report } = analyzePage(fixtureDocument('column-no-labels.html'), { wholeArticle: true, estimate: true });
    expect(report.scope).toBe('article');
    expect(report.estimate?.sentences).toBe(4);
    expect(report.cues.length).toBeGreaterThan(0);
  });

  it('never throws: a page Readability cannot read yields an empty whole-article report', () => {
    const empty = analyzePage(parseHtml('<p>Hi.</p>'), { url: null, wholeArticle: true }).report;
    expect(empty).toEqual({ url: null, pageType: { kind: 'unknown', evidence: [] }, sections: [], sources: [], figures: [], contested: [], cues: [], scope: 'article' });
  });

  it('keeps the whole-article scope on a page that hides its body: nothing is read, and the wording is the article’s', () => {
    const { report } = analyzePage(fixtureDocument('hidden-body.html'), { wholeArticle: true });
    expect(report.scope).toBe('article');
    expect(report.sources).toEqual([]);
    const shown = fixtureDocument('hidden-body.html');
    shown.getElementById('flicker-guard')!.remove();
    expect(analyzePage(shown, { wholeArticle: true }).report.sources.map((source) => source.name)).toContain('Mara Quinlan');
  });
});

describe('a last section that nothing on the page bounds', () => {
  it('ends with the article body that Readability finds, not with the page', () => {
    const document = fixtureDocument('cms-one-section-no-container.html');
    const { report, sections } = analyzePage(document);
    expect(report.sections.map(({ kind, paragraphs }) => [kind, paragraphs])).toEqual([['opinion', 2]]);
    expect(sections[0]?.paragraphs.join(' ')).not.toMatch(/Elsewhere in the paper|Letters to the editor/);
    expect(report).not.toHaveProperty('scope');
  });
});
