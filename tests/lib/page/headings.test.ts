import { describe, expect, it, vi } from 'vitest';
import { findSectionHeadings, headingsBroughtBy } from '../../../lib/page/headings';
import { createLabelMatcher } from '../../../lib/page/labels';
import { fixtureDocument, parseHtml } from '../../helpers/fixtures';

const matcher = createLabelMatcher();
const headingsOf = (document: Document) =>
  findSectionHeadings(document.body, matcher).map(({ kind, label, runIn }) => ({ kind, label, runIn }));

describe('findSectionHeadings', () => {
  it('finds h2 headings and ignores menus, related lists and the footer', () => {
    expect(headingsOf(fixtureDocument('demo-article.html'))).toEqual([
      { kind: 'facts', label: 'The Facts', runIn: false },
      { kind: 'opinion', label: 'Opinion', runIn: false },
    ]);
  });

  it('finds short label blocks: bold paragraph, label div, upper case, numbered, "Our opinion"', () => {
    expect(headingsOf(fixtureDocument('label-blocks.html'))).toEqual([
      { kind: 'facts', label: 'The Facts', runIn: false },
      { kind: 'opinion', label: 'Opinion', runIn: false },
      { kind: 'facts', label: 'THE FACTS', runIn: false },
      { kind: 'analysis', label: 'Analysis', runIn: false },
      { kind: 'opinion', label: 'Our opinion', runIn: false },
    ]);
  });

  it('finds bold run-in labels followed by a colon, not a bold word opening a sentence', () => {
    expect(headingsOf(fixtureDocument('run-in-labels.html'))).toEqual([
      { kind: 'facts', label: 'Facts', runIn: true },
      { kind: 'opinion', label: 'Opinion', runIn: true },
    ]);
  });

  it('ignores links, navigation, site chrome, captions, controls, asides, tables and headline prefixes', () => {
    // The trailing "Analysis" heading has no body after it: sections.test.ts checks it yields no section.
    expect(headingsOf(fixtureDocument('exclusions.html'))).toEqual([
      { kind: 'analysis', label: 'Analysis', runIn: false },
    ]);
  });

  it.each([
    ['es.html', ['facts', 'Los hechos'], ['opinion', 'Opinión']],
    ['fr.html', ['facts', 'Les faits'], ['analysis', 'Analyse']],
    ['de.html', ['facts', 'Die Fakten'], ['opinion', 'Meinung']],
    ['pt.html', ['facts', 'Os fatos'], ['analysis', 'Análise']],
    ['it.html', ['facts', 'I fatti'], ['opinion', 'Opinione']],
  ])('reads the labels of %s', (file, first, second) => {
    expect(headingsOf(fixtureDocument(file)).map(({ kind, label }) => [kind, label])).toEqual([first, second]);
  });

  it('accepts the reader’s own labels from settings', () => {
    const document = parseHtml('<article><h3>Straight news</h3><p>The bridge opened today.</p><h3>Our take</h3><p>It is ugly.</p></article>');
    const custom = createLabelMatcher([
      { text: 'Straight news', kind: 'facts' },
      { text: 'Our take', kind: 'opinion' },
    ]);
    expect(findSectionHeadings(document.body, custom).map((heading) => heading.kind)).toEqual(['facts', 'opinion']);
    expect(findSectionHeadings(document.body, matcher)).toEqual([]);
  });

  it('finds role=heading elements and labels split over inline elements', () => {
    const document = parseHtml(
      '<article><div role="heading" aria-level="2">Analysis —</div><p>Text.</p><h2>The <em>Facts</em></h2><p>Text.</p></article>',
    );
    expect(headingsOf(document)).toEqual([
      { kind: 'analysis', label: 'Analysis', runIn: false },
      { kind: 'facts', label: 'The Facts', runIn: false },
    ]);
  });

  it('goes on past skipped subtrees, however deep they end, and finds labels after them', () => {
    const document = parseHtml(
      '<nav><a href="/opinion">Opinion</a></nav><div><div><ul><li><b>The Facts</b></li></ul></div></div>' +
        '<h2>The Facts:</h2><p>The bridge opened.</p><div><table><tr><td>Opinion</td></tr></table></div>' +
        '<p>, </p><h2>\u00a0Opinion</h2><p>It is ugly.</p><footer><h2>Analysis</h2></footer>',
    );
    expect(headingsOf(document)).toEqual([
      { kind: 'facts', label: 'The Facts', runIn: false },
      { kind: 'opinion', label: 'Opinion', runIn: false },
    ]);
  });

  it('lets a custom label that opens with punctuation through the first-character check', () => {
    const document = parseHtml('<article><h3>(Our take)</h3><p>It is ugly.</p><h3>• Our take</h3><p>Still ugly.</p></article>');
    const custom = createLabelMatcher([{ text: '(Our take)', kind: 'opinion' }]);
    expect(findSectionHeadings(document.body, custom).map((heading) => heading.label)).toEqual(['(Our take)']);
  });

  it('finds the heading that added text makes of its parent, and none in added text that is no label', () => {
    const document = parseHtml('<article><h2 id="h">Loading…</h2><p>The bridge opened today.</p></article>');
    const heading = document.getElementById('h')!;
    heading.textContent = 'The Facts:';
    expect(headingsBroughtBy(heading.firstChild!, matcher).map((found) => found.kind)).toEqual(['facts']);
    heading.textContent = 'Latest news';
    expect(headingsBroughtBy(heading.firstChild!, matcher)).toEqual([]);
    expect(headingsBroughtBy(document.querySelector('article')!, matcher)).toEqual([]);
    expect(headingsBroughtBy(document.createTextNode('Opinion'), matcher)).toEqual([]);
  });
});

describe('findSectionHeadings on a long page', () => {
  it('places the labels against the title without comparing document positions (happy-dom walks the tree per call)', () => {
    const entries = Array.from({ length: 60 }, (_, index) => `<h2>${index % 2 ? 'Opinion:' : 'The Facts:'}</h2><p>Entry ${index} of the harbour log, the office said.</p>`);
    const document = parseHtml(`<body><p class="kicker">Opinion</p><article><h2>Analysis:</h2><p>A kicker above the title.</p>` +
      `<h1>Harbour log</h1>${entries.join('')}</article></body>`);
    let node: object = document.body;
    while (!Object.hasOwn(node, 'compareDocumentPosition')) node = Object.getPrototypeOf(node);
    const compare = vi.spyOn(node as Node, 'compareDocumentPosition');
    const headings = findSectionHeadings(document.body, createLabelMatcher());
    expect(compare).not.toHaveBeenCalled();
    compare.mockRestore();
    expect(headings).toHaveLength(60);
    expect(headings[0]?.label).toBe('The Facts');
  });
});
