import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../../lib/text/analysis';
import { readTextFixture } from '../../helpers/text-fixtures';

describe('figures: product names and vulgar fractions', () => {
  it('reads no figure inside a product name, a mixed number with its fraction, and a duration as no figure', () => {
    const figures = analyzeText(readTextFixture('figures-names-fractions.txt')).figures;
    expect(figures.map(({ value, text }) => [value, text])).toEqual([
      [3.5, '3 ½'],
      [0.75, '¾'],
      [40, '40'],
    ]);
  });
});
