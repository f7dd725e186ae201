import { describe, expect, it } from 'vitest';
import { analyzeText, type TextAnalysis } from '../../../lib/text/analysis';
import { readSeedSections, readTextFixture, SEED_PRESENT } from '../../helpers/text-fixtures';

/** The report's core fields; statements and section indexes are checked on their own below. */
function core(analysis: TextAnalysis): TextAnalysis {
  return {
    ...analysis,
    sources: analysis.sources.map(({ statements: _statements, ...source }) => source),
    figures: analysis.figures.map(({ section: _section, ...figure }) => figure),
    contested: analysis.contested.map((group) => ({ ...group, claims: group.claims.map(({ section: _section, ...claim }) => claim) })),
  };
}

const analyse = (name: string, locale?: string) => core(analyzeText(readTextFixture(name), { locale }));
const quoteOf = (analysis: TextAnalysis, fragment: string) => analysis.sentences.find((s) => s.text.includes(fragment))!.text;

describe('analyzeText on the fixtures', () => {
  it('crowd: police and organisers disagree on the turnout', () => {
    const analysis = analyse('crowd.txt');
    const police = quoteOf(analysis, 'Maria Okafor');
    const organisers = quoteOf(analysis, 'Fair Fares Coalition');
    expect(analysis.sources).toEqual([
      { name: 'Maria Okafor', role: 'Police spokesperson', claims: 1 },
      { name: 'Fair Fares Coalition', role: 'organisers', claims: 1 },
    ]);
    expect(analysis.figures).toEqual([
      { value: 2000, text: '2,000', counts: 'people', source: 'Maria Okafor', sentence: police },
      { value: 15000, text: '15,000', counts: 'people', source: 'Fair Fares Coalition', sentence: organisers },
    ]);
    expect(analysis.contested).toEqual([
      {
        about: 'people (crowd)',
        claims: [
          { source: 'Maria Okafor', value: 2000, quote: police },
          { source: 'Fair Fares Coalition', value: 15000, quote: organisers },
        ],
      },
    ]);
    expect(analysis.perSection).toEqual([{ sources: 2, contested: 1 }, { sources: 0, contested: 0 }]);
  });

  it('casualties: two sides, two numbers, and a figure with one source', () => {
    const analysis = analyse('casualties.txt');
    expect(analysis.sources).toEqual([
      { name: 'rebel command', claims: 1 },
      { name: 'Defence Ministry', claims: 1 },
      { name: 'Red Cross', claims: 1 },
    ]);
    expect(analysis.figures.map(({ value, counts, source }) => ({ value, counts, source }))).toEqual([
      { value: 40, counts: 'government soldiers', source: 'rebel command' },
      { value: 12, counts: 'soldiers', source: 'Defence Ministry' },
      { value: 35, counts: 'rebels', source: 'Defence Ministry' },
      { value: 85, counts: 'wounded civilians', source: 'Red Cross' },
    ]);
    expect(analysis.contested.map(({ about, claims }) => ({ about, claims: claims.map((c) => [c.source, c.value]) }))).toEqual([
      { about: 'government soldiers killed', claims: [['rebel command', 40], ['Defence Ministry', 12]] },
    ]);
  });

  it('budget: two costings contested, the population figure alone', () => {
    const analysis = analyse('budget.txt');
    expect(analysis.sources).toEqual([
      { name: 'Helen Park', role: 'Mayor', claims: 1 },
      { name: 'Taxpayers Alliance', claims: 1 },
      { name: 'Omar Haddad', role: "council's finance director", claims: 1 },
    ]);
    expect(analysis.figures.map(({ value, text, unit, counts, source }) => ({ value, text, unit, counts, source }))).toEqual([
      { value: 1_200_000, text: '1.2 million', unit: undefined, counts: 'residents', source: undefined },
      { value: 40_000_000, text: '$40 million', unit: 'USD', counts: undefined, source: 'Helen Park' },
      { value: 65_000_000, text: '$65 million', unit: 'USD', counts: undefined, source: 'Taxpayers Alliance' },
      { value: 12_000_000, text: '$12 million', unit: 'USD', counts: undefined, source: 'Omar Haddad' },
    ]);
    expect(analysis.contested).toEqual([
      {
        about: 'library cost (USD)',
        claims: [
          { source: 'Helen Park', value: 40_000_000, unit: 'USD', quote: quoteOf(analysis, 'Helen Park') },
          { source: 'Taxpayers Alliance', value: 65_000_000, unit: 'USD', quote: quoteOf(analysis, 'Taxpayers Alliance') },
        ],
      },
    ]);
    expect(analysis.perSection).toEqual([{ sources: 3, contested: 1 }, { sources: 0, contested: 0 }]);
  });

  it('health: a repeated count is not contested', () => {
    const analysis = analyse('health.txt');
    expect(analysis.sources).toEqual([
      { name: 'regional health department', claims: 2 },
      { name: 'Dr. Ana Ruiz', claims: 2 },
    ]);
    expect(analysis.figures.map(({ value, text, unit, counts, source }) => ({ value, text, unit, counts, source }))).toEqual([
      { value: 1240, text: '1,240', unit: undefined, counts: 'confirmed measles cases', source: 'regional health department' },
      { value: 1240, text: '1,240', unit: undefined, counts: 'cases', source: 'Dr. Ana Ruiz' },
      { value: 12, text: '12%', unit: 'percent', counts: undefined, source: 'Dr. Ana Ruiz' },
      { value: 30, text: '30', unit: undefined, counts: 'schools', source: 'regional health department' },
    ]);
    expect(analysis.contested).toEqual([]);
  });

  it('fares: the mayor and the union give different rises', () => {
    const analysis = analyse('fares.txt');
    expect(analysis.sources).toEqual([
      { name: 'Lena Brandt', role: 'Mayor', claims: 2 },
      { name: "transit workers' union", claims: 1 },
    ]);
    expect(analysis.contested).toEqual([
      {
        about: 'fare rise (percent)',
        claims: [
          { source: 'Lena Brandt', value: 12, unit: 'percent', quote: 'Fares will rise by 12 percent, the mayor said.' },
          { source: "transit workers' union", value: 30, unit: 'percent', quote: quoteOf(analysis, 'disputed') },
        ],
      },
    ]);
  });

  it('protesta (Spanish): police and organisers disagree', () => {
    const analysis = analyse('protesta.txt', 'es');
    expect(analysis.sources).toEqual([
      { name: 'policía', claims: 1 },
      { name: 'organizadores', claims: 1 },
      { name: 'Ana López', role: 'portavoz', claims: 1 },
    ]);
    expect(analysis.figures.map(({ value, text, counts, source }) => ({ value, text, counts, source }))).toEqual([
      { value: 2000, text: '2.000', counts: 'personas', source: 'policía' },
      { value: 15000, text: '15.000', counts: 'personas', source: 'organizadores' },
    ]);
    expect(analysis.contested.map(({ about, claims }) => ({ about, claims: claims.map((c) => [c.source, c.value]) }))).toEqual([
      { about: 'personas (crowd)', claims: [['policía', 2000], ['organizadores', 15000]] },
    ]);
  });

  it('non-figures: years, dates, times, durations, ordinals and identifiers are not reported', () => {
    const analysis = analyse('non-figures.txt');
    expect(analysis.sentences).toHaveLength(8);
    expect(analysis.figures).toEqual([]);
    expect(analysis.contested).toEqual([]);
  });

  it('lists every sentence with its section', () => {
    const analysis = analyse('crowd.txt');
    expect(analysis.sentences.map((s) => s.section)).toEqual([0, 0, 0, 0, 1]);
    expect(analysis.sentences[4]).toEqual({ section: 1, text: 'The council should listen to riders before it is too late.' });
  });
});

describe('analyzeText on odd input', () => {
  it('returns empty results, one perSection entry per section', () => {
    expect(analyzeText([])).toEqual({ sources: [], figures: [], contested: [], perSection: [], sentences: [] });
    expect(analyzeText([{ kind: null, paragraphs: [] }, { kind: 'opinion', paragraphs: ['', '   '] }])).toEqual({
      sources: [], figures: [], contested: [], perSection: [{ sources: 0, contested: 0 }, { sources: 0, contested: 0 }], sentences: [],
    });
  });

  it('survives values that break the types', () => {
    const garbage = [null, { kind: 'facts', paragraphs: [42, null, 'Police said 2,000 people came.'] }, { paragraphs: 'nope' }] as never;
    const analysis = analyzeText(garbage, { locale: 7 as never });
    expect(analysis.figures.map((f) => f.value)).toEqual([2000]);
    expect(analysis.perSection).toEqual([{ sources: 0, contested: 0 }, { sources: 1, contested: 0 }, { sources: 0, contested: 0 }]);
    expect(analyzeText(undefined as never)).toEqual({ sources: [], figures: [], contested: [], perSection: [], sentences: [] });
  });
});

describe('where each claim stands', () => {
  it('keeps every statement of a source with its verb, claim, sentence and section, and the section of each figure', () => {
    const analysis = analyzeText(readTextFixture('crowd.txt'));
    expect(analysis.sources[0]?.statements).toEqual([
      {
        verb: 'said',
        quote: 'about 2,000 people joined the march.',
        sentence: 'Police spokesperson Maria Okafor said about 2,000 people joined the march.',
        section: 0,
      },
    ]);
    expect(analysis.figures.map((figure) => figure.section)).toEqual(analysis.figures.map(() => 0));
    expect(analysis.contested[0]?.claims.map((claim) => claim.section)).toEqual([0, 0]);
  });

  it('lists one statement per source and sentence, as many as the claims it counts', () => {
    const analysis = analyzeText([{ kind: 'facts', paragraphs: [
      'Ines Varga, the board’s operations director, said crews were on site within the hour.',
      'She added that closing the valve could freeze the old pipes, she said.',
    ] }]);
    const [source] = analysis.sources;
    expect(source?.claims).toBe(2);
    expect(source?.statements?.map(({ verb, quote }) => [verb, quote])).toEqual([
      ['said', 'crews were on site within the hour.'],
      ['added', 'closing the valve could freeze the old pipes'],
    ]);
  });

  it('takes no demand for a report: "the council must reject this plan"', () => {
    const analysis = analyzeText([{ kind: 'opinion', paragraphs: ['Riverton deserves better, and the council must reject this plan.'] }]);
    expect(analysis.sources).toEqual([]);
  });
});

describe.skipIf(!SEED_PRESENT)('analyzeText on the seed article', () => {
  const analysis = SEED_PRESENT ? analyzeText(readSeedSections()) : null!;

  it('names its sources', () => {
    const names = analysis.sources.map((source) => source.name);
    expect(names).toEqual(expect.arrayContaining(['Attaullah Tarar', 'Afghan media', 'Taliban', 'Pakistan', 'Khawaja Asif']));
    expect(analysis.sources.find((source) => source.name === 'Attaullah Tarar')?.role).toContain('Information Minister');
  });

  it('contests 58 (Taliban) against 23 (Pakistan), leaving 200 out', () => {
    expect(analysis.contested).toHaveLength(1);
    const claims = analysis.contested[0]!.claims.map(({ source, value }) => [source, value]);
    expect(claims).toEqual([['Taliban', 58], ['Pakistan', 23]]);
    const terrorists = analysis.figures.find((figure) => figure.value === 200);
    expect(terrorists).toMatchObject({ source: 'Pakistan', counts: 'Taliban-affiliated terrorists' });
  });

  it('does not take the year, the date or the duration for figures', () => {
    expect(analysis.figures.map((figure) => figure.text)).toEqual(['58', '23', '200']);
  });
});
