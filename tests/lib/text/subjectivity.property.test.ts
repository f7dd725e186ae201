import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyseSentence, analyseSubjectivity } from '../../../lib/text/subjectivity';
import { maskQuotations, quotationSpans } from '../../../lib/text/quotations';

/** Text built from cue words, attribution verbs, quote marks and punctuation reaches more branches than random characters alone. */
const piece = fc.oneof(
  fc.string({ unit: 'binary' }),
  fc.constantFrom(
    'must', 'deeply', 'never', 'we', 'US', 'glaring', 'damning indictment', 'it is high time', 'so-called', 'warned',
    'said', ', said the minister', 'according to', '“', '”', '"', "'", '‘', '’', '«', '»', '?', '¿', ';', ' — ', ', but',
    'debe', 'nosotros', 'vergonzosa', 'según', 'advirtió', '.', '\n', ' ', 'Dr.', 'ly', '-', '*',
  ),
);
const text = fc.array(piece, { maxLength: 30 }).map((parts) => parts.join(' '));
const sections = fc.array(fc.record({ paragraphs: fc.array(text, { maxLength: 4 }) }), { maxLength: 4 });
const language = fc.option(fc.constantFrom('en', 'es', 'es-MX', 'fr', '', 'EN'), { nil: undefined });

describe('subjectivity properties', () => {
  it('analyseSubjectivity never throws, keeps scores in [0, 1] and returns JSON-serialisable data', () => {
    fc.assert(
      fc.property(sections, language, (input, lang) => {
        const result = analyseSubjectivity(input, { language: lang });
        expect(result.sectionScores).toHaveLength(input.length);
        for (const score of [...result.sectionScores, result.estimate.share, ...result.estimate.top.map((top) => top.score)]) {
          expect(score).toBeGreaterThanOrEqual(0);
          expect(score).toBeLessThanOrEqual(1);
        }
        expect(result.estimate.opinionSentences).toBeLessThanOrEqual(result.estimate.sentences);
        expect(result.cues.every((cue) => cue.section >= 0 && cue.section < input.length && cue.words.length > 0)).toBe(true);
        expect(JSON.parse(JSON.stringify(result))).toEqual(result);
      }),
      { numRuns: 300 },
    );
  });

  it('analyseSentence never throws and flags exactly the sentences scoring at least one half', () => {
    fc.assert(
      fc.property(text, language, (sentence, lang) => {
        const result = analyseSentence(sentence, lang);
        expect(result.score).toBeGreaterThanOrEqual(0);
        expect(result.score).toBeLessThanOrEqual(1);
        expect(result.opinion).toBe(result.score >= 0.5);
        expect(!result.strong || (result.opinion && result.score >= 0.75)).toBe(true);
        expect(JSON.parse(JSON.stringify(result))).toEqual(result);
      }),
      { numRuns: 500 },
    );
  });

  it('finds quotations in order, without overlap, and masks them keeping the length and every character outside them', () => {
    fc.assert(
      fc.property(text, (paragraph) => {
        const spans = quotationSpans(paragraph);
        spans.forEach((span, index) => {
          expect(span.start).toBeLessThan(span.end);
          expect(span.end).toBeLessThanOrEqual(paragraph.length);
          if (index > 0) expect(span.start).toBeGreaterThanOrEqual(spans[index - 1]!.end);
        });
        const masked = maskQuotations(paragraph, spans);
        expect(masked).toHaveLength(paragraph.length);
        // Inside a quotation: between its marks, or from the paragraph's start for one opened before the paragraph.
        const inside = (at: number) =>
          spans.some((span) => (at > span.start || span.start === 0) && at < span.end - (span.closed ? 1 : 0));
        for (let at = 0; at < paragraph.length; at++) if (!inside(at)) expect(masked[at]).toBe(paragraph[at]);
      }),
      { numRuns: 300 },
    );
  });

  it('survives input that is not what the types promise', () => {
    for (const input of [null, undefined, 'text', [{}], [{ paragraphs: 'x' }], [{ paragraphs: [1, null, 'We must act.'] }]]) {
      expect(() => JSON.stringify(analyseSubjectivity(input as never))).not.toThrow();
    }
    expect(analyseSentence(undefined as never)).toEqual({ sentence: '', score: 0, opinion: false, strong: false, cues: [] });
  });

  it('finishes on long repetitive input (the test timeout guards against runaway matching)', () => {
    const long = `${'so so so so '.repeat(5000)}“${'a '.repeat(5000)} ${'very '.repeat(5000)}`;
    expect(analyseSubjectivity([{ paragraphs: [long] }]).sectionScores).toEqual([0]);
    const apostrophes = "He said 'it is fine. ".repeat(20000);
    expect(analyseSubjectivity([{ paragraphs: [apostrophes] }]).sectionScores).toEqual([0]);
  });
});
