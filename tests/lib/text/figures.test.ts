import { describe, expect, it } from 'vitest';
import { findFigures } from '../../../lib/text/figures';
import { splitSentences } from '../../../lib/text/sentences';
import { readTextFixture } from '../../helpers/text-fixtures';

const brief = (sentence: string, locale?: string) =>
  findFigures(sentence, locale).map(({ value, text, unit, counts }) => ({ value, text, unit, counts }));

describe('findFigures: numerals', () => {
  it.each([
    ['The rebels said they killed 58 Pakistani military personnel in the raid.', 58, '58', 'Pakistani military personnel'],
    ['The army said 23 of its personnel died.', 23, '23', 'personnel'],
    ['It neutralised 200 Taliban-affiliated terrorists.', 200, '200', 'Taliban-affiliated terrorists'],
    ['Police said 2,000 people attended.', 2000, '2,000', 'people'],
    ['Officials confirmed 1,240 confirmed measles cases.', 1240, '1,240', 'confirmed measles cases'],
    ['The storm destroyed 300 homes, officials said.', 300, '300', 'homes'],
    ['Some 15 000 people marched.', 15000, '15 000', 'people'],
    ['Some 15\u202F000 people marched.', 15000, '15\u202F000', 'people'],
    ['Inflation reached 2.5 points.', 2.5, '2.5', 'points'],
  ])('%s', (sentence, value, text, counts) => {
    expect(brief(sentence)).toEqual([{ value, text, unit: undefined, counts }]);
  });

  it('reads a scale word after a numeral', () => {
    expect(brief('The city has 1.2 million residents.')).toEqual([{ value: 1_200_000, text: '1.2 million', unit: undefined, counts: 'residents' }]);
  });

  it('reads money with the sign before or the currency word after, as ISO codes', () => {
    expect(brief('It will cost $40 million, or €3 billion, or 40 dollars, or US$5m.')).toEqual([
      { value: 40_000_000, text: '$40 million', unit: 'USD', counts: undefined },
      { value: 3_000_000_000, text: '€3 billion', unit: 'EUR', counts: undefined },
      { value: 40, text: '40 dollars', unit: 'USD', counts: undefined },
      { value: 5_000_000, text: 'US$5m', unit: 'USD', counts: undefined },
    ]);
  });

  it('reads percentages in every spelling, counting only what "of" names', () => {
    expect(brief('Fares rise 12 percent, 12%, 7 % and 3 per cent; 40 percent of households agree.')).toEqual([
      { value: 12, text: '12 percent', unit: 'percent', counts: undefined },
      { value: 12, text: '12%', unit: 'percent', counts: undefined },
      { value: 7, text: '7 %', unit: 'percent', counts: undefined },
      { value: 3, text: '3 per cent', unit: 'percent', counts: undefined },
      { value: 40, text: '40 percent', unit: 'percent', counts: 'households' },
    ]);
  });

  it('reads continental formats when the locale writes decimal commas', () => {
    expect(brief('Según la policía, 2.000 personas y un 12,5 por ciento, con 2 millones de euros.', 'es')).toEqual([
      { value: 2000, text: '2.000', unit: undefined, counts: 'personas' },
      { value: 12.5, text: '12,5 por ciento', unit: 'percent', counts: undefined },
      { value: 2_000_000, text: '2 millones de euros', unit: 'EUR', counts: undefined },
    ]);
    expect(brief('It weighed 3.000 tonnes.')[0]!.value).toBe(3);
    expect(brief('It weighed 3.000 tonnes.', 'de-DE')[0]!.value).toBe(3000);
    expect(brief('Asistieron 2,000 personas.', 'es-MX')[0]!.value).toBe(2000);
  });
});

describe('findFigures: spelled numbers', () => {
  it('reads English spelled numbers up to thousands', () => {
    expect(brief('Twenty-three people were hurt, two hundred and five homes flooded and three thousand residents fled.')).toEqual([
      { value: 23, text: 'Twenty-three', unit: undefined, counts: 'people' },
      { value: 205, text: 'two hundred and five', unit: undefined, counts: 'homes' },
      { value: 3000, text: 'three thousand', unit: undefined, counts: 'residents' },
    ]);
  });

  it('reads Spanish spelled numbers', () => {
    expect(brief('Hubo veintitrés heridos, doscientos detenidos y treinta y dos casas dañadas.', 'es')).toEqual([
      { value: 23, text: 'veintitrés', unit: undefined, counts: 'heridos' },
      { value: 200, text: 'doscientos', unit: undefined, counts: 'detenidos' },
      { value: 32, text: 'treinta y dos', unit: undefined, counts: 'casas' },
    ]);
  });

  it('takes "one" and "a" as numbers only before a scale word', () => {
    expect(brief('A million people watched, one hundred left, and the one allowing it was one of them.')).toEqual([
      { value: 1_000_000, text: 'A million', unit: undefined, counts: 'people' },
      { value: 100, text: 'one hundred', unit: undefined, counts: undefined },
    ]);
  });

  it('does not read "once" as eleven in English', () => {
    expect(brief('Once again the council met.')).toEqual([]);
  });

  it('knows no number words from the object prototype', () => {
    expect(brief('The constructor said toString and valueOf hasOwnProperty people.')).toEqual([]);
    expect(brief('El constructor dijo toString y valueOf personas.', 'es')).toEqual([]);
  });
});

describe('findFigures: offsets', () => {
  it('gives the offsets of the printed figure', () => {
    const sentence = 'The plan costs $40 million, officials said.';
    const [figure] = findFigures(sentence);
    expect(sentence.slice(figure!.start, figure!.end)).toBe('$40 million');
  });
});

describe('findFigures: what is not a figure', () => {
  it.each([
    ['years', 'The line opened in 1998, closed since 2015 and reopened in May 2025.'],
    ['a year standing alone', '2023 was a hard year.'],
    ['dates', 'On October 19, 2025, and on 19 October, and on 10/19/2025, and el 19 de octubre.'],
    ['times', 'It opened at 3 pm, at 10:30 and at 7 a.m.'],
    ['durations', 'The talks lasted four days, the two-year plan 3 hours, and the 58-year-old waited 12 weeks.'],
    ['ordinals and ranks', 'It was the first, the 2nd and the third, ranked 5th, ranked No. 1.'],
    ['identifiers', 'Take bus number 9 or Route 66 to Flight 370, see Article 5, Chapter 11 and page 12.'],
    ['names with numbers', 'During COVID-19 the G20 bought F-16 jets and B-52s.'],
    ['references with a determiner', 'The two nations and the three sides met.'],
    ['a month word that is a verb is still no date', 'As many as 30 may have died.'],
  ])('%s', (_, sentence) => {
    const found = findFigures(sentence, sentence.includes(' el ') ? 'es' : 'en');
    if (sentence.startsWith('As many')) expect(found.map((f) => f.value)).toEqual([30]);
    else expect(found).toEqual([]);
  });

  it('finds nothing in the non-figures fixture', () => {
    const sentences = readTextFixture('non-figures.txt').flatMap((section) => section.paragraphs.flatMap((p) => splitSentences(p)));
    expect(sentences).toHaveLength(8);
    expect(sentences.flatMap((sentence) => findFigures(sentence))).toEqual([]);
  });
});

describe('findFigures: dates, years and lines that are not figures', () => {
  it.each([
    ['a range of days', 'The fair runs from 14 to 16 September.'],
    ['a pair of days', 'Stewards mark the course on 3 and 4 September.'],
    ['a pair after the month', 'The bridge closes on September 12 and 13.'],
    ['days joined by "or"', 'The regatta is planned for 20 or 21 September.'],
    ['years before 1900', 'The boathouse was built in 1802 and enlarged in 1871 after a fire.'],
    ['a copyright line', '© 2026 Oxhollow Gazette Ltd.'],
    ['a copyright word', 'Copyright 2026 Oxhollow Gazette.'],
    ['a year before a singular noun', 'She lost the 2022 mayoral race.'],
    ['an apostrophe year', 'He ran again in ’98.'],
    ['ages set off by commas', 'Tamsin Orley, 64, and Bram Keel, 31, sailed.'],
    ['a street number', 'The office is at 12 Quay Street, Wrenmouth.'],
    ['the operands of a formula', 'That gives 2^15 and 10^3 * 40 cells.'],
    ['the low end of a duration range', 'The works take two or three weeks.'],
    ['a duration with a qualifier', 'That means two more years of talks.'],
    ['a number word inside a name', 'They walked along Ninety Mile Beach.'],
  ])('%s', (_, sentence) => {
    expect(findFigures(sentence)).toEqual([]);
  });

  it.each([
    ['fr', 'Le marché ouvrira le 18 octobre.'],
    ['de', 'Das Fest beginnt am 19. Januar in Kelbach.'],
    ['es', 'La feria abrirá el 2 de mayo.'],
    ['it', 'La fiera chiude il 5 giugno.'],
    ['pt', 'A feira abre em 3 de março.'],
    ['de', 'Das Team stieg in die 3. Liga ab und feiert zum 5. Mal, um 15 Uhr.'],
    ['de', 'Die Messe öffnet am 3. Okt. in Kelbach.'],
    ['fr', 'Le marché ouvrira le 18 févr. à Vassieux.'],
    ['es', 'La feria abrirá el 19 ene. en Olmedilla.'],
    ['it', 'La fiera chiude il 5 genn. a Torrazza.'],
    ['pt', 'A feira abre em 3 fev. em Vilarinho.'],
  ])('dates, times and ordinals in %s', (locale, sentence) => {
    expect(findFigures(sentence, locale)).toEqual([]);
  });

  it('still reads a year-sized count and a formula result', () => {
    expect(brief('Crews cleared 1500 homes in 1871.').map(({ value }) => value)).toEqual([1500]);
    expect(brief('That is 10^5 * 300 = 30,000,000 lists.').map(({ value }) => value)).toEqual([30_000_000]);
  });

  it('finds only the visitor count in the dates fixture', () => {
    const sentences = readTextFixture('figures-dates.txt').flatMap((section) => section.paragraphs.flatMap((p) => splitSentences(p)));
    const figures = sentences.flatMap((sentence) => findFigures(sentence));
    expect(figures.map(({ value, counts }) => [value, counts])).toEqual([[3150, 'visitors']]);
  });

  it('names what a measure counts after "of"', () => {
    expect(brief('The utility maintains 6,500 miles of water mains.')[0]!.counts).toBe('miles of water mains');
  });
});

describe('findFigures: lessons from the corpus', () => {
  it('keeps a change and its result apart: "rose 8.8 per cent to £395m" is no range', () => {
    expect(brief('Revenue dipped 8.8 per cent to £395.2m.').map(({ value, unit }) => [value, unit])).toEqual([[8.8, 'percent'], [395_200_000, 'GBP']]);
  });

  it('reads a glued "m" before one thing as a length', () => {
    expect(brief("The artist's 7m statue and a 4790k chip stood beside 1.2m visitors.").map(({ value }) => value)).toEqual([1_200_000]);
  });

  it('steps over the period of an abbreviated month', () => {
    expect(brief('By Ines Moro FEB. 23, 2024')).toEqual([]);
    expect(brief('The vote is on Sept. 5 in Harrow.')).toEqual([]);
  });

  it('leaves out vague scales and fractions', () => {
    expect(brief('They imported a few thousand decks and nearly one quarter of the crates.')).toEqual([]);
  });

  it('takes "one" where a count is expected, not as a pronoun or an article-like word', () => {
    expect(brief('It is one instance of a problem, and one user wrote about it.')).toEqual([]);
    expect(brief('Pick at least one topic; the board said one ferry sailed.').map(({ value, counts }) => [value, counts])).toEqual([[1, 'topic'], [1, 'ferry']]);
  });
});

describe('findFigures: the counted thing is a noun phrase', () => {
  it.each([
    ['en', 'The board said 12 were hurt and 40 attended, while 7 of them left.', [undefined, undefined, undefined]],
    ['fr', 'La préfecture a compté 6 400 et les syndicats 21 000 dans la rue.', [undefined, undefined]],
    ['de', 'Die Polizei zählte 4.200 und die Veranstalter 17.000 auf dem Platz.', [undefined, undefined]],
    ['it', 'La questura ne ha contati 3.800 mentre gli organizzatori 25.600 in piazza.', [undefined, undefined]],
    ['pt', 'A Guarda contou 5.600 e os organizadores 31.400 na avenida.', [undefined, undefined]],
    ['it', 'Il sindaco ha detto che 14 posti letto saranno riaperti.', ['posti letto']],
    ['fr', 'Selon la préfecture, 300 policiers étaient mobilisés.', ['policiers']],
  ])('%s: no preposition, conjunction or verb is counted', (locale, sentence, counts) => {
    expect(findFigures(sentence, locale).map((figure) => figure.counts)).toEqual(counts);
  });
});
