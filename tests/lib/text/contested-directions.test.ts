import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../../lib/text/analysis';
import { readTextFixture } from '../../helpers/text-fixtures';

describe('findContested: differences', () => {
  it('never pairs changes that go opposite ways or cover different periods; pairs the same change', () => {
    const contested = analyzeText(readTextFixture('contested-directions.txt')).contested;
    expect(contested.map(({ claims }) => claims.map(({ source, value }) => [source, value]))).toEqual([
      [['tourism board', 7], ["innkeepers' guild", 3]],
    ]);
  });
});
