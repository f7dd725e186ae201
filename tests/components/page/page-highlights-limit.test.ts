import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { HIGHLIGHT_ELEMENT_LIMIT, PageHighlights } from '../../../components/page/page-highlights';

/** happy-dom has no CSS Custom Highlight API: a registry and a Highlight as a set of ranges stand in. */
beforeEach(() => {
  vi.stubGlobal('CSS', { highlights: new Map() });
  vi.stubGlobal('Highlight', class extends Set<Range> {});
});

afterEach(() => {
  vi.unstubAllGlobals();
  document.documentElement.replaceChildren(document.createElement('head'), document.createElement('body'));
});

/** A document of exactly `count` elements (html, head and body included). */
function documentOf(count: number): Range {
  const filler = Array.from({ length: count - 4 }, () => document.createElement('span'));
  const paragraph = document.createElement('p');
  paragraph.textContent = 'The trust said 41,000 cars crossed each week.';
  document.body.replaceChildren(paragraph, ...filler);
  expect(document.getElementsByTagName('*').length).toBe(count);
  const range = document.createRange();
  range.selectNodeContents(paragraph);
  return range;
}

describe('highlights on large pages', () => {
  it(`are shown on a page of ${HIGHLIGHT_ELEMENT_LIMIT} elements`, () => {
    const range = documentOf(HIGHLIGHT_ELEMENT_LIMIT);
    expect(new PageHighlights().set('opinion-lens-flash', [range])).toBe(true);
  });

  it('are not shown on a page of one element more, and no style sheet is added there', () => {
    const range = documentOf(HIGHLIGHT_ELEMENT_LIMIT + 1);
    expect(new PageHighlights().set('opinion-lens-flash', [range])).toBe(false);
    expect(document.querySelector('style')).toBeNull();
  });
});
