import { describe, expect, it } from 'vitest';
import { readArticleBody, warmUpArticleBody } from '../../../lib/page/article-body';
import { fixtureDocument, parseHtml } from '../../helpers/fixtures';

const firstWords = (paragraphs: string[]) => paragraphs.map((text) => text.split(' ').slice(0, 4).join(' '));

describe('readArticleBody', () => {
  it('reads the article body’s paragraphs in order, without byline, caption, share text, hidden or related text', () => {
    expect(firstWords(readArticleBody(fixtureDocument('article-no-labels.html'), 400).paragraphs)).toEqual([
      'The extension of Brookmere\'s',
      'The authority said the',
      'The Brookmere Commuters\' Alliance',
      'Work on the bridge',
    ]);
  });

  it('warms the parser up on an article of its own, leaving the page and the reading unchanged', () => {
    const document = fixtureDocument('article-no-labels.html');
    const before = document.documentElement.outerHTML;
    const cold = readArticleBody(fixtureDocument('article-no-labels.html'), 400).paragraphs;
    warmUpArticleBody(document);
    warmUpArticleBody(document);
    expect(document.documentElement.outerHTML).toBe(before);
    expect(readArticleBody(document, 400).paragraphs).toEqual(cold);
  });

  it('reads leaf list items and quotes, and one paragraph per quote that holds paragraphs', () => {
    const document = parseHtml(
      '<article><h1>Flood defences</h1><p>The agency listed the three towns it will protect first this winter, it said on Friday.</p>' +
        '<ul><li>Marlow Bridge, where the river broke its banks twice last year.</li><li>Eddington and its low-lying school.</li></ul>' +
        '<blockquote><p>We cannot protect every street at once, and we will not pretend to.</p></blockquote>' +
        '<p>The agency said the work would take until spring, and that it had hired 40 more engineers for it.</p></article>',
    );
    expect(firstWords(readArticleBody(document, 400).paragraphs)).toEqual([
      'The agency listed the', 'Marlow Bridge, where the', 'Eddington and its low-lying', 'We cannot protect every', 'The agency said the',
    ]);
    expect(readArticleBody(document, 2).paragraphs).toHaveLength(2);
  });

  it('gives the page’s own elements the paragraphs were read from, to locate sentences in the page', () => {
    const document = fixtureDocument('article-no-labels.html');
    const { blocks } = readArticleBody(document, 400);
    expect(blocks).toHaveLength(4);
    expect(blocks.every((block) => block.ownerDocument === document && document.body.contains(block))).toBe(true);
    expect(blocks[2]?.textContent).toMatch(/^The Brookmere Commuters' Alliance disputed/);
  });

  it('leaves the page itself untouched and reads a shadow root passed in', () => {
    const document = fixtureDocument('article-no-labels.html');
    const before = document.body.innerHTML;
    readArticleBody(document, 400);
    expect(document.body.innerHTML).toBe(before);
    const host = parseHtml('<div id="host"></div>').getElementById('host')!;
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.innerHTML = document.querySelector('article')!.outerHTML;
    expect(readArticleBody(shadow, 400).paragraphs.length).toBeGreaterThanOrEqual(4);
  });

  it('finds nothing on a page without an article, and never throws', () => {
    expect(readArticleBody(parseHtml('<nav><a href="/">Home</a></nav>'), 400)).toEqual({ paragraphs: [], blocks: [] });
    const broken = parseHtml('<p>x</p>');
    Object.defineProperty(broken, 'documentElement', { get: () => { throw new Error('hostile page'); } });
    expect(readArticleBody(broken, 400)).toEqual({ paragraphs: [], blocks: [] });
  });
});
