import { describe, expect, it } from 'vitest';
import { analyzePage, buildArticleReport, declaredUrl } from '../../lib/report';
import { fixtureDocument, parseHtml } from '../helpers/fixtures';

describe('buildArticleReport', () => {
  it('reports the demo article’s sections, page type and URL from its canonical link', () => {
    const report = buildArticleReport(fixtureDocument('demo-article.html'));
    expect(report.url).toBe('http://127.0.0.1/news/transit-fare-march');
    expect(report.pageType).toEqual({ kind: 'mixed', evidence: ['sections: facts, opinion'] });
    expect(report.sections.map(({ kind, label, paragraphs }) => ({ kind, label, paragraphs }))).toEqual([
      { kind: 'facts', label: 'The Facts', paragraphs: 3 },
      { kind: 'opinion', label: 'Opinion', paragraphs: 2 },
    ]);
    expect(JSON.parse(JSON.stringify(report))).toEqual(report);
  });

  it('prefers the given URL, then canonical, then og:url', () => {
    expect(buildArticleReport(fixtureDocument('demo-article.html'), { url: 'https://x.example/opinion/a' }).url).toBe(
      'https://x.example/opinion/a',
    );
    expect(declaredUrl(fixtureDocument('analysis-og.html'))).toBe('https://paper.example/politics/2026/what-the-result-means');
    expect(declaredUrl(parseHtml('<p>no url</p>'))).toBeNull();
  });

  it('says whether the page’s own markup calls it opinion', () => {
    expect(analyzePage(fixtureDocument('opinion-jsonld.html')).markupSaysOpinion).toBe(true);
    expect(analyzePage(fixtureDocument('demo-article.html')).markupSaysOpinion).toBe(false);
  });

  it('yields an empty report for a page it cannot read, never an exception', () => {
    const broken = parseHtml('<p>x</p>');
    Object.defineProperty(broken, 'body', { get: () => { throw new Error('hostile page'); } });
    const analysis = analyzePage(broken, { url: 'https://x.example/' });
    expect(analysis.report).toEqual({
      url: 'https://x.example/', pageType: { kind: 'unknown', evidence: [] }, sections: [], sources: [], figures: [], contested: [], cues: [],
    });
  });

  it('reads malformed markup without throwing', () => {
    const report = buildArticleReport(parseHtml('<h2>Facts<p>Unclosed <b>bold <i>text</p></h2><div><h2>Opinion:</div>Stray text after.<table><td>x'));
    expect(Array.isArray(report.sections)).toBe(true);
  });

  it('scores each section’s opinion language and lists the cues', () => {
    const report = buildArticleReport(fixtureDocument('demo-article.html'));
    const [facts, opinion] = report.sections;
    expect(opinion!.subjectivity).toBeGreaterThan(facts!.subjectivity + 0.3);
    expect(facts!.opinionSentences).toBe(0);
    expect(opinion!.opinionSentences).toBeGreaterThan(0);
    expect(report.cues.every((cue) => cue.section === 1)).toBe(true);
    expect(report.cues.flatMap((cue) => cue.words)).toEqual(expect.arrayContaining(['glaring', 'it is high time']));
  });

  it('estimates opinion on a page without sections only when asked', () => {
    const document = parseHtml(`<article><h1>Stadium</h1>
      <p>The city council approved the stadium deal on Tuesday by seven votes to four after a long debate.</p>
      <p>This is a shameful giveaway, and the council should be ashamed of squandering public money on it.</p>
      <p>Construction is expected to begin next spring and last about two years, officials said.</p></article>`);
    expect(buildArticleReport(document).estimate).toBeUndefined();
    const { estimate } = buildArticleReport(document, { estimate: true });
    expect(estimate?.sentences).toBe(3);
    expect(estimate?.opinionSentences).toBe(1);
    expect(estimate?.top[0]?.sentence).toMatch(/^This is a shameful giveaway/);
    expect(buildArticleReport(fixtureDocument('demo-article.html'), { estimate: true }).estimate).toBeUndefined();
  });

  it('applies the paragraph cap across the page', () => {
    const body = Array.from({ length: 50 }, (_, i) => `<p>Paragraph ${i} of the report.</p>`).join('');
    const analysis = analyzePage(parseHtml(`<article><h2>Facts</h2>${body}<h2>Opinion</h2>${body}</article>`), { maxParagraphs: 60 });
    expect(analysis.report.sections.map((section) => section.paragraphs)).toEqual([50, 10]);
    expect(analysis.truncated).toBe(true);
  });

  it('reports every labelled section past the paragraph cap, reading only the sources before it', () => {
    const analysis = analyzePage(fixtureDocument('briefing-many-sections.html'), { maxParagraphs: 5 });
    expect(analysis.report.sections).toHaveLength(8);
    expect(analysis.truncated).toBe(true);
    const names = analysis.report.sources.map((source) => source.name).join(' | ');
    expect(names).toContain('Ilse Brandt');
    expect(names).not.toContain('Ruairi Venn');
    expect(names).not.toContain('Noor Abiola');
    // Without the cap the same page names them all.
    const whole = analyzePage(fixtureDocument('briefing-many-sections.html')).report.sources.map((source) => source.name).join(' | ');
    for (const name of ['Ilse Brandt', 'Ruairi Venn', 'Noor Abiola']) expect(whole).toContain(name);
  });
});

