import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { analyzeText, type SectionText } from '../../../lib/text/analysis';

const kind = fc.constantFrom<SectionText['kind']>('facts', 'opinion', 'analysis', null);
const sectionsOf = (paragraph: fc.Arbitrary<string>) =>
  fc.array(fc.record({ kind, paragraphs: fc.array(paragraph, { maxLength: 4 }) }), { maxLength: 4 });

/** Text made of the pieces the analysis looks for, in any order. */
const numberish = fc
  .array(
    fc.oneof(
      fc.constantFrom('2,000', '15.000', '1.2 million', '$40m', '12%', 'por ciento', 'twenty-three', 'one', 'a', 'mil', 'millones', '1999', 'No.', '#', 'October', '19', '10:30', 'COVID-19', '-', '’s', '“', '”', ',', '.', '?'),
      fc.constantFrom('said', 'according to', 'según', 'put the number at', 'disputed', 'stating', 'claiming', 'told reporters', 'dijo', 'the', 'Police', 'Mayor', 'Dr.', 'Ana', 'with', 'that', 'people', 'personnel', 'of its', 'he', 'She'),
      fc.integer({ min: -1e6, max: 1e12 }).map(String),
      fc.string({ maxLength: 6 }),
    ),
    { maxLength: 40 },
  )
  .map((parts) => parts.join(' '));

function assertWellFormed(sections: SectionText[], locale?: string): void {
  const analysis = analyzeText(sections, locale ? { locale } : undefined);
  expect(JSON.parse(JSON.stringify(analysis))).toStrictEqual(analysis);
  expect(analysis.perSection).toHaveLength(sections.length);
  // The defensive fallback returns no sentences: text in, sentences out shows the analysis itself did not throw.
  const hasText = sections.some((section) => section.paragraphs.some((paragraph) => /\S/.test(paragraph)));
  expect(analysis.sentences.length > 0).toBe(hasText);
  for (const figure of analysis.figures) expect(Number.isFinite(figure.value)).toBe(true);
  for (const group of analysis.contested) expect(new Set(group.claims.map((claim) => claim.source)).size).toBeGreaterThan(1);
}

describe('analyzeText, for any input', () => {
  it('never throws and returns JSON-safe data for arbitrary strings', () => {
    fc.assert(fc.property(sectionsOf(fc.string({ maxLength: 200 })), (sections) => assertWellFormed(sections)), { numRuns: 300 });
  });

  it('does the same for grapheme and full-unicode strings', () => {
    fc.assert(fc.property(sectionsOf(fc.string({ unit: 'grapheme', maxLength: 80 })), (sections) => assertWellFormed(sections)), { numRuns: 100 });
    fc.assert(fc.property(sectionsOf(fc.string({ unit: 'binary', maxLength: 80 })), (sections) => assertWellFormed(sections)), { numRuns: 100 });
  });

  it('does the same for text built from numbers and reporting verbs, in any locale', () => {
    fc.assert(
      fc.property(sectionsOf(numberish), fc.constantFrom(undefined, 'en', 'es', 'de-DE', 'es-MX', 'xx-invalid-!!'), (sections, locale) => assertWellFormed(sections, locale)),
      { numRuns: 400 },
    );
  });
});
