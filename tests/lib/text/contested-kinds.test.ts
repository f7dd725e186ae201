import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../../lib/text/analysis';
import { findContested, type SourcedFigure } from '../../../lib/text/contested';
import { findFigures } from '../../../lib/text/figures';
import { readTextFixture } from '../../helpers/text-fixtures';

/** Each [source, sentence] pair gives the sentence's figures, all said by that source; sentences are numbered in order. */
function sourced(...said: [string | undefined, string][]): SourcedFigure[] {
  return said.flatMap(([source, sentence], sentenceIndex) =>
    findFigures(sentence).map((mention) => ({ mention, sentence, sentenceIndex, source })),
  );
}

const claimsOf = (figures: SourcedFigure[]) => findContested(figures).map(({ contested }) => contested.claims.map(({ source, value }) => [source, value]));
const contestedIn = (fixture: string) =>
  analyzeText(readTextFixture(fixture)).contested.map(({ about, claims }) => ({ about, claims: claims.map(({ source, value }) => [source, value]) }));

describe('findContested: kinds of contest', () => {
  it('pairs near-synonym counted things, and a bare figure with the one it answers', () => {
    expect(contestedIn('contested-synonyms.txt')).toEqual([
      { about: 'militants killed', claims: [['navy spokeswoman', 45], ['coastal authority', 11]] },
      { about: 'residents', claims: [['Relief volunteers', 2100], ['island council', 5400]] },
      { about: 'commuters', claims: [['rail board', 18000], ['travellers\' association', 26000]] },
    ]);
  });

  it('reads "one" and "2.3m" as figures, and keeps money contests in their currency', () => {
    expect(contestedIn('figures-forms.txt').map(({ claims }) => claims)).toEqual([
      [['ferry company', 6], ["seafarers' guild", 1]],
      [["seafarers' guild", 2_300_000], ['ferry company', 910_000]],
      [['harbour board', 1.8e9], ['county auditor', 2.9e9]],
    ]);
  });

  it('reads "it was 28 percent full" as the quantity the sentence before measured, from another source only', () => {
    expect(claimsOf(sourced(
      ['water board', 'The water board said the Kelder reservoir was 41 percent full on Monday.'],
      ['anglers', 'The anglers said it was 28 percent full.'],
    ))).toEqual([[['water board', 41], ['anglers', 28]]]);
    // The same source saying it twice contests nothing; nor does a pronoun with a topic of its own ("it was 28 percent cheaper").
    expect(claimsOf(sourced(['water board', 'The water board said the reservoir was 41 percent full.'], ['water board', 'It said it was 28 percent full.']))).toEqual([]);
    expect(claimsOf(sourced(['water board', 'The water board said the reservoir was 41 percent full.'], ['anglers', 'The anglers said bait sales rose 28 percent.']))).toEqual([]);
  });

  it('lets a dispute word that names the other source reach back past two sentences', () => {
    expect(contestedIn('contested-far-dispute.txt').map(({ claims }) => claims)).toEqual([[['returns office', 48.2], ["Ratepayers' League", 31]]]);
  });

  it('links a dispute word across its paragraph when paragraphs are given, and not beyond', () => {
    const figures = sourced(
      ['board', 'The board said turnout was 48 percent.'],
      [undefined, 'Counting ended late.'],
      [undefined, 'Observers were present.'],
      ['league', 'The league rejected this, saying 31 percent of voters took part.'],
    );
    expect(claimsOf(figures)).toEqual([]);
    expect(claimsOf(figures.map((figure) => ({ ...figure, paragraph: 0 })))).toEqual([[['board', 48], ['league', 31]]]);
  });

  it('carries each sentence\'s paragraph into the grouping: a dispute word four sentences on links within its paragraph only', () => {
    expect(contestedIn('contested-paragraph-dispute.txt').map(({ claims }) => claims)).toEqual([[['water authority', 62], ["anglers' club", 40]]]);
    expect(contestedIn('contested-paragraph-apart.txt')).toEqual([]);
  });

  it('never pairs a total with one of its parts', () => {
    expect(contestedIn('contested-total-part.txt')).toEqual([]);
    const sameTopic = sourced(
      ['firm', 'The firm said total losses would cost insurers $12bn.'],
      ['rival', 'The rival said wheat losses alone would cost insurers $3bn.'],
    );
    expect(claimsOf(sameTopic)).toEqual([]);
  });

  it('never pairs a difference ("4 seats smaller", "300 more", "by", "up") with a count, but pairs two differences', () => {
    expect(contestedIn('contested-differences.txt')).toEqual([{ about: 'sale rose (percent)', claims: [['festival office', 15], ["orchestra's treasurer", 9]] }]);
    const margin = sourced(['party', 'The party said it won 180 seats.'], ['alliance', 'The alliance said the margin was 3 seats narrower.']);
    expect(claimsOf(margin)).toEqual([]);
    const gap = sourced(['party', 'The party said it won 180 seats.'], ['alliance', 'The alliance said it trailed by a margin of 3 seats.']);
    expect(claimsOf(gap)).toEqual([]);
  });

  it('never pairs a rate with a count over another period', () => {
    expect(contestedIn('contested-rates.txt')).toEqual([]);
  });

  it('contests both sides once each has its source, a "while" clause and "put it at" included', () => {
    const crowd = sourced(
      ['Organisers', "Organisers of Sunday's march against the closure of the Dunmore clinic claimed that as many as 7,200 people took part."],
      ['police spokesman', 'A police spokesman said 1,900 people had marched.'],
    );
    expect(claimsOf(crowd)).toEqual([[['Organisers', 7200], ['police spokesman', 1900]]]);
    const sentence = 'The clinic trust estimated the ward\'s running cost at £2.6m a year, while campaigners put it at £1.7m.';
    const [trust, campaigners] = findFigures(sentence);
    const split: SourcedFigure[] = [
      { mention: trust!, sentence, sentenceIndex: 0, source: 'clinic trust' },
      { mention: campaigners!, sentence, sentenceIndex: 0, source: 'campaigners' },
    ];
    expect(claimsOf(split)).toEqual([[['clinic trust', 2.6e6], ['campaigners', 1.7e6]]]);
  });

  it('keeps different counted things apart even in one sentence', () => {
    const figures = sourced(['army', 'The army said 40 soldiers were killed.'], ['rebels', 'The rebels said 40 militants and 12 civilians were killed.']);
    expect(claimsOf(figures)).toEqual([]);
  });
});

describe('findContested: measures', () => {
  it('pairs a measure with the same unit, and keeps measures of different things apart', () => {
    const path = sourced(
      ['council', 'The council said 17 metres of the path had been undermined.'],
      ['riders', 'The riders rejected that figure, saying 60 metres were unsafe.'],
    );
    expect(claimsOf(path)).toEqual([[['council', 17], ['riders', 60]]]);
    const pipes = sourced(
      ['utility', 'The utility maintains 6,500 miles of water mains.'],
      ['agency', 'The agency said it maintains 7,500 miles of sewer lines.'],
    );
    expect(claimsOf(pipes)).toEqual([]);
  });
});

describe('findContested: distances', () => {
  it('does not pair two distances in one unit that measure different things', () => {
    const figures = sourced(
      ['agency', 'The capsule broke up at an altitude of 190 kilometers, the agency said.'],
      ['residents', 'Residents said they saw a flash more than 3,600 kilometers east of the capital.'],
    );
    expect(claimsOf(figures)).toEqual([]);
  });
});

describe('findContested: totals', () => {
  it('still pairs "a total of" with a plain count of the same thing', () => {
    const figures = sourced(['rebels', 'The rebels said a total of 58 soldiers were killed.'], ['army', 'The army said 23 soldiers were killed.']);
    expect(claimsOf(figures)).toEqual([[['rebels', 58], ['army', 23]]]);
  });
});
