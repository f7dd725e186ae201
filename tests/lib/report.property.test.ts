import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findSectionHeadings } from '../../lib/page/headings';
import { createLabelMatcher } from '../../lib/page/labels';
import { analyzePage } from '../../lib/report';
import { parseHtml } from '../helpers/fixtures';

const TAGS = ['div', 'p', 'h1', 'h2', 'h3', 'section', 'article', 'aside', 'nav', 'header', 'ul', 'li', 'b', 'strong', 'span', 'a', 'table', 'td', 'blockquote', 'figure', 'main'];
const TEXTS = ['The Facts:', 'Opinion', 'OPINION:', '2. Analysis', 'Our opinion', 'Los hechos', 'Meinung', 'Friday Facts #282',
  'Police said 2,000 people marched.', 'The organisers said 15,000 people joined.', 'It must change.', ' ', '', 'Opinion: a headline'];

/** Random markup trees built from article-ish tags and label-ish texts, sometimes left unclosed. */
const markup: fc.Arbitrary<string> = fc.letrec<{ node: string }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.constantFrom(...TEXTS),
    fc.tuple(fc.constantFrom(...TAGS), fc.array(tie('node'), { maxLength: 5 }), fc.boolean()).map(
      ([tag, children, closed]) => `<${tag}>${children.join('')}${closed ? `</${tag}>` : ''}`,
    ),
  ),
})).node;

const LABELS = ['The Facts:', 'Opinion', 'OPINION:', '2. Analysis', 'Our opinion', 'Los hechos', 'Meinung'];
const BODY = ['Police said 2,000 people marched.', 'The organisers said 15,000 people joined.', 'It must change.'];

/** A labelled section in one of the heading shapes, followed by body paragraphs. */
const labelledSection: fc.Arbitrary<string> = fc
  .tuple(fc.constantFrom('h2', 'h3', 'p', 'div'), fc.constantFrom(...LABELS), fc.array(fc.constantFrom(...BODY), { maxLength: 3 }))
  .map(([tag, label, body]) => `<${tag}>${label}</${tag}>${body.map((text) => `<p>${text}</p>`).join('')}`);

const position = (a: Node, b: Node) => a.compareDocumentPosition(b);

describe('analyzePage on generated DOM trees', () => {
  it('keeps its invariants: sections start at a detected heading, never overlap, and the report is serialisable', () => {
    let pagesWithSections = 0;
    fc.assert(
      fc.property(fc.array(fc.oneof(markup, labelledSection), { minLength: 1, maxLength: 6 }), (parts) => {
        const document = parseHtml(`<body>${parts.join('')}</body>`);
        const analysis = analyzePage(document, { url: null });
        const headings = findSectionHeadings(document.body, createLabelMatcher()).map((heading) => heading.block);
        const seen = new Set<Element>();
        if (analysis.sections.length > 0) pagesWithSections += 1;
        analysis.sections.forEach((section, index) => {
          expect(headings).toContain(section.heading.block);
          for (const block of section.blocks) {
            expect(seen.has(block)).toBe(false);
            seen.add(block);
            if (block !== section.heading.block) expect(position(section.heading.block, block) & 4).toBeTruthy();
          }
          const next = analysis.sections[index + 1];
          const last = section.blocks.at(-1);
          if (next && last && last !== next.heading.block) expect(position(last, next.heading.block) & 4).toBeTruthy();
        });
        expect(analysis.report.sections).toHaveLength(analysis.sections.length);
        expect(JSON.parse(JSON.stringify(analysis.report))).toEqual(analysis.report);
      }),
      { numRuns: 300 },
    );
    // The generator must exercise sections, or the invariants above say nothing.
    expect(pagesWithSections).toBeGreaterThan(20);
  }, 30_000);
});
