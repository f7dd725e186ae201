import { describe, expect, it } from 'vitest';
import { findSectionHeadings } from '../../../lib/page/headings';
import { createLabelMatcher } from '../../../lib/page/labels';
import { computeSections } from '../../../lib/page/sections';
import { fixtureDocument, parseHtml } from '../../helpers/fixtures';

const matcher = createLabelMatcher();
/** Each section as [kind, label, run-in, the paragraphs' first four words]. */
const sectionsOf = (document: Document | ShadowRoot) =>
  computeSections(findSectionHeadings(document instanceof Document ? document.body : document, matcher), { maxParagraphs: 400 }).map(
    (section) => [section.kind, section.label, section.heading.runIn, section.paragraphs.map((text) => text.split(' ').slice(0, 4).join(' '))],
  );

describe('labels in real CMS markup', () => {
  it('reads a label ended by <br> inside its paragraph, plain or bold, and not a line that only starts like one', () => {
    const sections = sectionsOf(fixtureDocument('cms-br-labels.html'));
    expect(sections).toEqual([
      ['facts', 'The Facts', true, ['Pelham Ford\'s council voted', 'The vote was seven']],
      ['analysis', 'Analysis', true, ['The vote settles a', 'Opinion polls showed the', 'Opinion Coming soon.']],
    ]);
  });

  it('puts the badge after the label: its bold element, or the <br> that ends a plain label', () => {
    const headings = findSectionHeadings(fixtureDocument('cms-br-labels.html').body, matcher);
    expect(headings.map((heading) => heading.labelElement.localName)).toEqual(['br', 'strong']);
  });

  it('reads each <br>-separated run of a body without paragraphs as a block, and two labels in one block', () => {
    const document = fixtureDocument('cms-br-runs.html');
    const sections = computeSections(findSectionHeadings(document.body, matcher), { maxParagraphs: 400 });
    expect(sections.map((section) => [section.kind, section.paragraphs.length])).toEqual([['facts', 2], ['opinion', 1]]);
    expect(sections[1]?.paragraphs[0]).toMatch(/^Eleven weeks was far too long/);
    expect(sections.flatMap((section) => section.paragraphs).join(' ')).not.toMatch(/Posted by|Opinion:/);
  });

  it('reads run-in labels bold by inline style (bold or 600+), not a normal-weight one', () => {
    expect(sectionsOf(fixtureDocument('cms-css-bold.html'))).toEqual([
      ['facts', 'Facts', true, ['The leisure centre will']],
      ['opinion', 'Opinion', true, ['Early swims are a', 'Analysis: the early sessions']],
    ]);
  });

  it('reads a heading whose text links to its own id, not one that links elsewhere', () => {
    expect(sectionsOf(fixtureDocument('cms-self-links.html')).map(([kind, label]) => [kind, label])).toEqual([
      ['facts', 'The Facts'],
      ['opinion', 'Opinion'],
    ]);
  });

  it('takes kicker, rubric and section-title headings below the headline, not a kicker above it or in a card', () => {
    expect(sectionsOf(fixtureDocument('cms-chrome-classes.html')).map(([kind, label]) => [kind, label])).toEqual([
      ['facts', 'THE FACTS'],
      ['analysis', 'Analysis'],
      ['opinion', 'Opinion'],
    ]);
  });

  it('searches open shadow roots in place, and reads a shadow root passed in as the scope', () => {
    const document = fixtureDocument('cms-shadow-root.html');
    const expected = [
      ['facts', 'The Facts', false, ['The borough will install']],
      ['opinion', 'Opinion', false, ['Lighting the path is']],
    ];
    expect(sectionsOf(document)).toEqual(expected);
    expect(sectionsOf(document.querySelector('story-body')!.shadowRoot!)).toEqual(expected);
  });
});

describe('section boundaries', () => {
  it('leaves share bars, sign-up boxes, bios, related links, post footers, comments, pagers and footers out', () => {
    expect(sectionsOf(fixtureDocument('cms-boundaries.html'))).toEqual([
      ['facts', 'The Facts', false, ['The parish has 31', 'The clerk said no']],
      ['opinion', 'Opinion', false, ['The parish should split']],
    ]);
  });

  it('ends the last section with the story when the page has no article or main', () => {
    const document = parseHtml(
      '<div class="story"><h2>The Facts</h2><p>The pier reopened on Sunday.</p><h2>Opinion</h2><p>About time too.</p></div>' +
        '<div class="teasers"><p>Elsewhere today: the school fete raised a record sum.</p></div>',
    );
    expect(sectionsOf(document).map(([kind, , , paragraphs]) => [kind, paragraphs])).toEqual([
      ['facts', ['The pier reopened on']],
      ['opinion', ['About time too.']],
    ]);
  });

  it('reads no text the reader cannot see: hidden attribute, inline style, the page style sheet', () => {
    expect(sectionsOf(fixtureDocument('cms-hidden.html'))).toEqual([
      ['facts', 'The Facts', false, ['Dredging of the inner', 'A note the print']],
    ]);
  });
});
