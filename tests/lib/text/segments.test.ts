import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { CERTAIN_BREAK, ONE_SEGMENT } from '../../../lib/text/segments';

describe('ONE_SEGMENT', () => {
  it('only takes text that Intl.Segmenter leaves as one sentence', () => {
    const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });
    expect(ONE_SEGMENT.test('The council met on Monday.” ')).toBe(true);
    expect(ONE_SEGMENT.test('It met. Then it voted.')).toBe(false);
    const alphabet = fc.constantFrom(...'aB .!?…"”\'’)(“\n\u2028 1x。؟।\u2024‼'.split(''));
    fc.assert(
      fc.property(fc.array(alphabet, { minLength: 1, maxLength: 14 }).map((chars) => chars.join('')), (text) => {
        if (ONE_SEGMENT.test(text)) expect([...segmenter.segment(text)].map((part) => part.segment)).toEqual([text]);
      }),
      { numRuns: 5000 },
    );
  });
});

describe('CERTAIN_BREAK', () => {
  it('only cuts where Intl.Segmenter breaks too', () => {
    const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });
    expect([...'It met. “Then” it voted! Mr. Ruiz left.'.matchAll(CERTAIN_BREAK)].map((match) => match.index)).toEqual([6, 23, 27]);
    const alphabet = fc.constantFrom(...'aBÉ .!?…"”\'’)(“‘¿¡\n\u2028 1]»'.split(''));
    fc.assert(
      fc.property(fc.array(alphabet, { minLength: 1, maxLength: 16 }).map((chars) => chars.join('')), (text) => {
        const breaks = new Set([...segmenter.segment(text)].map((part) => part.index));
        for (const match of text.matchAll(CERTAIN_BREAK)) expect([text, breaks.has(match.index + match[0].length)]).toEqual([text, true]);
      }),
      { numRuns: 5000 },
    );
  });
});
