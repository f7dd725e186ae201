import { describe, expect, it } from 'vitest';
import { findContested, type SourcedFigure } from '../../../lib/text/contested';
import { findFigures } from '../../../lib/text/figures';

/** Each [source, sentence] pair gives the sentence's figures, all said by that source; sentences are numbered in order. */
function sourced(...said: [string | undefined, string][]): SourcedFigure[] {
  return said.flatMap(([source, sentence], sentenceIndex) =>
    findFigures(sentence).map((mention) => ({ mention, sentence, sentenceIndex, source })),
  );
}

const summary = (figures: SourcedFigure[]) =>
  findContested(figures).map(({ contested, members }) => ({
    about: contested.about,
    claims: contested.claims.map(({ source, value, unit }) => (unit ? [source, value, unit] : [source, value])),
    members,
  }));

describe('findContested', () => {
  it('groups the same counted thing from two sources, leaving a different thing out', () => {
    const figures = sourced(
      ['rebels', 'The rebels claimed to have killed 40 government soldiers.'],
      ['army', 'The army disputed these figures, stating 12 of its soldiers died while killing 35 rebels.'],
    );
    expect(summary(figures)).toEqual([{ about: 'government soldiers killed', claims: [['rebels', 40], ['army', 12]], members: [0, 1] }]);
  });

  it('needs a crowd context before "people" and "protesters" are one count', () => {
    const crowd = sourced(['police', 'Police said 2,000 people joined the march.'], ['organisers', 'Organisers said 15,000 protesters took part.']);
    expect(summary(crowd)).toEqual([{ about: 'people (crowd)', claims: [['police', 2000], ['organisers', 15000]], members: [0, 1] }]);
    const unrelated = sourced(['council', 'The council said 2,000 people live in the valley.'], ['union', 'The union said 15,000 protesters are expected.']);
    expect(summary(unrelated)).toEqual([]);
  });

  it('groups percentages by the topic before them', () => {
    const figures = sourced(['mayor', 'Fares will rise by 12 percent, the mayor said.'], ['union', 'The union said fares would rise by 30 percent.']);
    expect(summary(figures)).toEqual([{ about: 'fare rise (percent)', claims: [['mayor', 12, 'percent'], ['union', 30, 'percent']], members: [0, 1] }]);
  });

  it('groups money only in the same unit', () => {
    const same = sourced(['mayor', 'The mayor said the library would cost $40 million.'], ['alliance', 'The alliance estimated the library would cost $65 million.']);
    expect(summary(same)).toEqual([{ about: 'library cost (USD)', claims: [['mayor', 40e6, 'USD'], ['alliance', 65e6, 'USD']], members: [0, 1] }]);
    const mixed = sourced(['mayor', 'The mayor said the library would cost $40 million.'], ['alliance', 'The alliance estimated the library would cost €65 million.']);
    expect(summary(mixed)).toEqual([]);
  });

  it('lets a dispute word link figures whose topic differs', () => {
    const figures = sourced(['mayor', 'The mayor said the budget is $40 million.'], ['alliance', 'The alliance rejected that, putting it at $65 million.']);
    expect(summary(figures).map((group) => group.claims)).toEqual([[['mayor', 40e6, 'USD'], ['alliance', 65e6, 'USD']]]);
  });

  it('does not contest a figure repeated by another source, one given once, or one without a source', () => {
    expect(summary(sourced(['department', 'The department said 1,240 cases were recorded.'], ['doctor', 'The doctor said the 1,240 cases matched.']))).toEqual([]);
    expect(summary(sourced(['department', 'The department said 1,240 cases were recorded.']))).toEqual([]);
    expect(summary(sourced(['department', 'The department said 1,240 cases were recorded.'], [undefined, 'Another 900 cases were found.']))).toEqual([]);
  });

  it('keeps different outcomes apart', () => {
    const figures = sourced(['army', 'The army said 12 soldiers were killed.'], ['rebels', 'The rebels said 30 soldiers were wounded.']);
    expect(summary(figures)).toEqual([]);
  });

  it('quotes the sentence of each claim', () => {
    const figures = sourced(['police', 'Police said 2,000 people joined the march.'], ['organisers', 'Organisers said 15,000 people joined the march.']);
    expect(findContested(figures)[0]!.contested.claims.map((claim) => claim.quote)).toEqual([
      'Police said 2,000 people joined the march.',
      'Organisers said 15,000 people joined the march.',
    ]);
  });
});
