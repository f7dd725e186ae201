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

/** Folded "read more" containers, each a way a page hides its labelled sections until the reader asks for them. */
const FOLDS = `<html><head><style>.toggle[aria-expanded="false"] + .more { display: none }</style></head><body><article>
<h1>Tram depot to move north</h1>
<p>The tram depot will move to the northern yards by the end of next year, the city said on Thursday.</p>
<div id="by-attribute" hidden><h2 id="attribute-label">The Facts:</h2><p>The move frees the old depot site for housing.</p></div>
<div style="display:none"><h2 id="style-label">Analysis:</h2><p>The yards are farther from the lines the trams serve most.</p></div>
<button class="toggle" aria-expanded="false">More</button>
<div class="more" aria-hidden="true"><h2 id="aria-label">Opinion:</h2><p>The city should keep a small depot in the centre.</p></div>
<div aria-hidden="true"><h2 id="visible-aria">Context:</h2><p>Decorative text that assistive technology never reads.</p></div>
<nav hidden><p id="menu-label">Opinion</p></nav>
</article></body></html>`;

describe('labels in a folded container', () => {
  it('are remembered as hidden candidates, whatever folds the container, and are never read while folded', () => {
    const document = parseHtml(FOLDS);
    const hidden = new Set<Element>();
    expect(findSectionHeadings(document.body, matcher, hidden)).toEqual([]);
    // aria-hidden alone (text shown, hidden from assistive technology) and hidden menus are excluded, not candidates.
    expect([...hidden].map((block) => block.id)).toEqual(['attribute-label', 'style-label', 'aria-label']);
  });

  it('read as headings once the container is revealed', () => {
    const document = parseHtml(FOLDS);
    document.getElementById('by-attribute')!.removeAttribute('hidden');
    const brought = headingsBroughtBy(document.getElementById('attribute-label')!, matcher);
    expect(brought.map(({ kind, label }) => ({ kind, label }))).toEqual([{ kind: 'facts', label: 'The Facts' }]);
  });
});
