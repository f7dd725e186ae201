import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findSectionHeadings, sectionHeadingWalk, type SectionHeading } from '../../../lib/page/headings';
import { detectPage, detectPageInSteps } from '../../../lib/page/detect';
import { createLabelMatcher } from '../../../lib/page/labels';
import { FIXTURE_PAGES, fixtureDocument, parseHtml } from '../../helpers/fixtures';

const matcher = createLabelMatcher();

/** Drains a step-wise walk, calling `between` after each step; returns the result and the number of steps. */
function drain<T>(walk: Generator<void, T>, between: (step: number) => void = () => undefined): { result: T; steps: number } {
  let steps = 0;
  for (let next = walk.next(); ; next = walk.next()) {
    steps += 1;
    if (next.done) return { result: next.value, steps };
    between(steps);
  }
}

/** A big invented page: a long sidebar of links and lists, and many labelled sections among plain paragraphs. */
function bigPage(sections: number): string {
  const parts: string[] = ['<article><h1>Harbour count in Tollerby</h1>'];
  for (let i = 0; i < sections; i += 1) {
    parts.push(i % 2 === 0 ? '<h2>The Facts:</h2>' : '<p><b>Opinion:</b> The Tollerby board moved too slowly on ward ' + i + '.</p>');
    for (let j = 0; j < 6; j += 1) parts.push(`<p>Ward ${i} counted ${j * 37 + i} ballots by <span>midnight</span>, the clerk said.</p>`);
  }
  parts.push('</article><aside><ul>');
  for (let i = 0; i < 2000; i += 1) parts.push(`<li><a href="/w/${i}">Ward ${i}</a> <em>results</em></li>`);
  parts.push('</ul></aside>');
  return `<!doctype html><html lang="en"><head><title>Count</title></head><body>${parts.join('')}</body></html>`;
}

const shape = (headings: SectionHeading[]) => headings.map(({ kind, label, block, labelElement, runIn, labelNode }) => ({ kind, label, block, labelElement, runIn, labelNode }));

describe('sectionHeadingWalk', () => {
  const fixtures = readdirSync(FIXTURE_PAGES).filter((name) => name.endsWith('.html'));

  it.each(fixtures)('finds the same headings as the one-shot walk on %s', (name) => {
    const document = fixtureDocument(name);
    const once = findSectionHeadings(document.body, matcher);
    expect(shape(drain(sectionHeadingWalk(document.body, matcher)).result)).toEqual(shape(once));
  });

  it('finds the same headings on a generated big page, in many steps', () => {
    const document = parseHtml(bigPage(300));
    const once = findSectionHeadings(document.body, matcher);
    const { result, steps } = drain(sectionHeadingWalk(document.body, matcher));
    expect(once).toHaveLength(300);
    expect(steps).toBeGreaterThan(10);
    expect(shape(result)).toEqual(shape(once));
  });

  it('starts again when the page removes the node it stands on between steps, and finds what is left', () => {
    const document = parseHtml(bigPage(200));
    const article = document.querySelector('article')!;
    let removed = false;
    const { result } = drain(sectionHeadingWalk(document.body, matcher), (step) => {
      // Two steps in, the walk stands inside the long article: the page replaces it with a shorter one.
      if (step !== 2) return;
      article.remove();
      document.body.insertAdjacentHTML('afterbegin', bigPage(4).replace(/^.*<body>|<\/body>.*$/g, ''));
      removed = true;
    });
    expect(removed).toBe(true);
    expect(shape(result)).toEqual(shape(findSectionHeadings(document.body, matcher)));
    expect(result).toHaveLength(4);
  });
});

describe('detectPageInSteps', () => {
  const same = (document: Document) => {
    const once = detectPage(document, 'https://example.org/a');
    const { result: stepped, steps } = drain(detectPageInSteps(document, 'https://example.org/a'));
    const plain = (page: typeof once) => ({
      ...page,
      sections: page.sections.map(({ heading, ...section }) => ({ ...section, heading: heading.block })),
    });
    expect(plain(stepped)).toEqual(plain(once));
    return steps;
  };

  it.each(readdirSync(FIXTURE_PAGES).filter((name) => name.endsWith('.html')))('gives the same detected page as detectPage on %s', (name) => {
    same(fixtureDocument(name));
  });

  it('gives the same sections on a big page, reading them over many steps and stopping at the paragraph cap', () => {
    const document = parseHtml(bigPage(120));
    const walkSteps = drain(sectionHeadingWalk(document.body, matcher)).steps;
    // 120 headings, 16 per step: the sections take steps of their own after the walk's.
    expect(same(document)).toBeGreaterThanOrEqual(walkSteps + 7);
    expect(detectPage(document, null).truncated).toBe(true);
  });

  it('gives the same sections where the headings stand in the body, with no article container', () => {
    same(parseHtml(bigPage(30).replace(/<\/?article>/g, '')));
  });
});
