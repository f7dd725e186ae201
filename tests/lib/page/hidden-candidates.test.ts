import { describe, expect, it } from 'vitest';
import { findSectionHeadings, headingsBroughtBy } from '../../../lib/page/headings';
import { detectPage } from '../../../lib/page/detect';
import { createLabelMatcher } from '../../../lib/page/labels';
import { parseHtml } from '../../helpers/fixtures';

const matcher = createLabelMatcher();

const PAGE = `<html><head><style>.folded { display: none }</style></head><body><article>
<h1>Harbour cranes to be replaced</h1>
<h2 id="shown">The Facts:</h2>
<p>The port authority approved new cranes for the western quay on Monday.</p>
<div id="rest" class="folded">
  <h2 id="folded">Opinion:</h2>
  <p>The authority should have asked the dock workers before buying anything.</p>
</div>
<p id="inline" style="visibility: hidden">Analysis</p>
<p>Nothing here says the cranes will arrive before winter, the minutes show.</p>
<nav hidden><p>Opinion</p></nav>
<p hidden id="plain">A hidden paragraph with no label in it at all.</p>
</article></body></html>`;

describe('hidden heading candidates', () => {
  it('reports the blocks with label-like text it skipped as hidden, and only those', () => {
    const document = parseHtml(PAGE);
    const hidden = new Set<Element>();
    const found = findSectionHeadings(document.body, matcher, hidden);
    expect(found.map((heading) => heading.label)).toEqual(['The Facts']);
    expect([...hidden].map((block) => block.id).sort()).toEqual(['folded', 'inline']);
  });

  it('finds nothing new when nothing is hidden, and a revealed candidate reads as a heading', () => {
    const document = parseHtml(PAGE);
    document.getElementById('rest')!.classList.remove('folded');
    const hidden = new Set<Element>();
    const brought = headingsBroughtBy(document.getElementById('folded')!, matcher, hidden);
    expect(brought.map(({ kind, label }) => ({ kind, label }))).toEqual([{ kind: 'opinion', label: 'Opinion' }]);
    expect(hidden.size).toBe(0);
  });

  it('fills the candidates through detectPage, whose result is unchanged', () => {
    const document = parseHtml(PAGE);
    const hiddenCandidates = new Set<Element>();
    const withSet = detectPage(document, null, { hiddenCandidates });
    const without = detectPage(document, null);
    expect(withSet.sections.map((section) => section.kind)).toEqual(without.sections.map((section) => section.kind));
    expect(hiddenCandidates.size).toBe(2);
  });
});
