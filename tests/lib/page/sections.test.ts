import { describe, expect, it } from 'vitest';
import { findSectionHeadings } from '../../../lib/page/headings';
import { createLabelMatcher } from '../../../lib/page/labels';
import { computeSections, firstWords } from '../../../lib/page/sections';
import { fixtureDocument, parseHtml } from '../../helpers/fixtures';

const sectionsOf = (document: Document, maxParagraphs = 400) =>
  computeSections(findSectionHeadings(document.body, createLabelMatcher()), { maxParagraphs });

describe('computeSections', () => {
  it('runs each section to the next labelled heading or the end of the article', () => {
    const sections = sectionsOf(fixtureDocument('demo-article.html'));
    expect(sections.map(({ kind, blocks }) => [kind, blocks.length])).toEqual([
      ['facts', 3],
      ['opinion', 2],
    ]);
    expect(firstWords(sections[0]!)).toBe('Protesters filled Market Square on Saturday ahead of next week\'s council vote…');
  });

  it('counts the run-in labelled paragraph as the first block, its label removed', () => {
    const sections = sectionsOf(fixtureDocument('run-in-labels.html'));
    expect(sections.map((section) => section.blocks.length)).toEqual([2, 2]);
    expect(sections[0]?.paragraphs[0]).toBe(
      'The ministry published the results of the national school tests on Monday. Pass rates fell in most regions.',
    );
    expect(sections[1]?.paragraphs[0]).toMatch(/^The decline is/);
  });

  it('counts label-block sections separately', () => {
    expect(sectionsOf(fixtureDocument('label-blocks.html')).map((section) => section.blocks.length)).toEqual([2, 1, 1, 1, 2]);
  });

  it('drops a heading with no body text after it', () => {
    expect(sectionsOf(fixtureDocument('exclusions.html'))).toEqual([]);
  });

  it('skips asides, figures and tables inside a section and stops at the article end', () => {
    const document = parseHtml(`<main><article><h2>Analysis</h2>
      <p>One.</p><aside><p>Related.</p></aside><figure><figcaption>Cap</figcaption></figure>
      <blockquote><p>Quoted.</p></blockquote><ul><li>Item one</li><li>Item <b>two</b></li></ul>
      <div><div>Loose text block</div></div></article><p>Outside the article.</p></main>`);
    const [section] = sectionsOf(document);
    expect(section?.paragraphs).toEqual(['One.', 'Quoted.', 'Item one', 'Item two', 'Loose text block']);
  });

  it('stops at the paragraph cap and marks the section truncated', () => {
    const body = Array.from({ length: 30 }, (_, i) => `<p>Paragraph ${i}.</p>`).join('');
    const [section] = sectionsOf(parseHtml(`<article><h2>Facts</h2>${body}</article>`), 10);
    expect(section?.blocks).toHaveLength(10);
    expect(section?.truncated).toBe(true);
  });
});

describe('the paragraph cap', () => {
  it('finds every labelled section past the cap, each with its first block only, left out of the analysis', () => {
    const sections = sectionsOf(fixtureDocument('briefing-many-sections.html'), 5);
    expect(sections.map((section) => section.kind)).toEqual(['facts', 'opinion', 'analysis', 'facts', 'opinion', 'facts', 'analysis', 'opinion']);
    expect(sections.map((section) => section.blocks.length)).toEqual([2, 2, 1, 1, 1, 1, 1, 1]);
    expect(sections.map((section) => section.truncated)).toEqual([false, false, true, true, true, true, true, true]);
    expect(sections.map((section) => section.beyondCap ?? false)).toEqual([false, false, false, true, true, true, true, true]);
    expect(sections[5]?.paragraphs).toEqual(['Shopkeeper Noor Abiola said deliveries to the island will come on alternate days.']);
  });
});
