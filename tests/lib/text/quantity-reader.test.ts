import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findContested, type SourcedFigure } from '../../../lib/text/contested';
import { findFigures } from '../../../lib/text/figures';
import { quantityReader } from '../../../lib/text/quantity';

/** Sentences of our own whose figures borrow from their neighbours: ranges, answers to an earlier figure, bare numbers. */
const POOL = [
  'About 3,300 people had fled the valley by Sunday.',
  'The provincial office said 12,600.',
  'The harbour board put it at 9,000.',
  'Between 400 and 600 breaks a year hit the old mains.',
  'The union said 30 percent of drivers would strike.',
  'Fares will rise by 12 percent, the mayor said.',
  'The council disputed that figure, saying 2,100 homes were flooded.',
  'Residents counted 48 boats in the bay, and the coastguard said 31.',
  'The ferry company said 5 sailings a week would be cut.',
  'Police said 2,000 people joined the march; organisers said 15,000 protesters took part.',
];
const SOURCES = [undefined, 'council', 'union', 'police', 'harbour board'];

function figuresOf(picks: [number, number][]): SourcedFigure[] {
  return picks.flatMap(([sentence, source], sentenceIndex) =>
    findFigures(POOL[sentence]!).map((mention) => ({ mention, sentence: POOL[sentence]!, sentenceIndex, paragraph: sentenceIndex >> 1, source: SOURCES[source] })),
  );
}

describe('quantityReader', () => {
  it('gives each figure the same features whichever figures are asked first', () => {
    const article = fc.array(fc.tuple(fc.nat(POOL.length - 1), fc.nat(SOURCES.length - 1)), { minLength: 1, maxLength: 8 });
    fc.assert(
      fc.property(article, fc.infiniteStream(fc.nat()), (picks, order) => {
        const figures = figuresOf(picks);
        const inOrder = quantityReader(figures);
        // The sentence's words are read on demand: compared by what they hold.
        const plain = (features: ReturnType<typeof inOrder>) => ({ ...features, words: [...features.words()] });
        const expected = figures.map((_, index) => plain(inOrder(index)));
        const shuffled = quantityReader(figures);
        const asked = [...figures.keys()].sort(() => (order.next().value % 3) - 1);
        for (const index of asked) expect(plain(shuffled(index))).toEqual(expected[index]);
      }),
      { numRuns: 200 },
    );
  });

  it('lets a sourced answer take its counted thing from an unsourced figure before it', () => {
    const figures = figuresOf([[0, 0], [1, 1], [2, 4]]);
    const featuresOf = quantityReader(figures);
    expect(featuresOf(2).head).toBe('people');
    expect(findContested(figures).map(({ contested }) => contested.claims.map((claim) => [claim.source, claim.value]))).toEqual([
      [['council', 12600], ['harbour board', 9000]],
    ]);
  });

  it('gives the low end of a range the rate of its high end', () => {
    const featuresOf = quantityReader(figuresOf([[3, 1]]));
    expect([featuresOf(0).rate, featuresOf(1).rate]).toEqual(['year', 'year']);
  });

  it('reads dispute words and phrases as whole words, in any case and in each language', () => {
    const disputes = (sentence: string) => quantityReader(findFigures(sentence).map((mention) => ({ mention, sentence, sentenceIndex: 0, source: 'board' })))(0).disputes;
    expect(disputes('The harbour board put the figure at 9,000 boats.')).toBe(true);
    expect(disputes('However, the board counted 9,000 boats.')).toBe(true);
    expect(disputes('La junta, sin embargo, contó 9.000 barcos.')).toBe(true);
    expect(disputes('The board put the boats at 9,000.')).toBe(false);
    expect(disputes('The undisputed count was 9,000 boats.')).toBe(false);
    expect(disputes('The board counted 9,000 boats, which nobody disputed.')).toBe(true);
  });
});
