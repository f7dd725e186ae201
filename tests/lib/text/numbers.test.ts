import { describe, expect, it } from 'vitest';
import { findFigures } from '../../../lib/text/figures';

const values = (sentence: string, locale?: string) => findFigures(sentence, locale).map(({ value, text }) => [value, text]);

describe('spelled numbers in six languages', () => {
  it.each([
    ['en', 'A dozen boats, two hundred and five nets and three thousand crates arrived.', [[12, 'A dozen'], [205, 'two hundred and five'], [3000, 'three thousand']]],
    ['es', 'Llegaron dos mil barcos, mil redes, una docena de grúas y treinta y dos cajas.', [[2000, 'dos mil'], [1000, 'mil'], [12, 'una docena'], [32, 'treinta y dos']]],
    ['fr', 'Il y avait quatre-vingt-dix bateaux, une dizaine de grues, un millier de caisses et deux cents filets.', [[90, 'quatre-vingt-dix'], [10, 'une dizaine'], [1000, 'un millier'], [200, 'deux cents']]],
    ['de', 'Es kamen zweiundzwanzig Boote, siebzehntausend Kisten und zwei Millionen Netze.', [[22, 'zweiundzwanzig'], [17000, 'siebzehntausend'], [2e6, 'zwei Millionen']]],
    ['it', 'Arrivarono ventitré barche, tremila casse e duecentomila reti.', [[23, 'ventitré'], [3000, 'tremila'], [200000, 'duecentomila']]],
    ['pt', 'Chegaram vinte e três barcos, dois mil caixotes e duzentos e cinquenta redes.', [[23, 'vinte e três'], [2000, 'dois mil'], [250, 'duzentos e cinquenta']]],
  ])('%s', (locale, sentence, expected) => {
    expect(values(sentence, locale)).toEqual(expected);
  });

  it('keeps the two ends of a spelled range apart', () => {
    expect(values('Entre dos mil y tres mil personas marcharon.', 'es')).toEqual([[2000, 'dos mil'], [3000, 'tres mil']]);
    expect(values('Between two thousand and three thousand people marched.')).toEqual([[2000, 'two thousand'], [3000, 'three thousand']]);
    expect(values('Foram dois mil e quinhentos manifestantes.', 'pt')).toEqual([[2500, 'dois mil e quinhentos']]);
  });

  it('reads a number word that is another word only before a counted thing', () => {
    expect(values('Sei barche sono arrivate, ma tu sei in ritardo.', 'it')).toEqual([[6, 'Sei']]);
    expect(values('Only one ferry sailed.')).toEqual([[1, 'one']]);
  });

  it('takes "one" for 1 only where it counts something', () => {
    expect(values('One of the ferries, no one aboard, someone said, one day later, the one allowing it, one said.')).toEqual([]);
  });

  it('does not read hyphenated compounds that are not tens and a unit', () => {
    expect(values('A one-two punch for the two-state plan.')).toEqual([]);
    expect(values('Forty-four barges docked.')).toEqual([[44, 'Forty-four']]);
  });

  it('does not read a run of plural scales as a figure', () => {
    expect(values('Millions of people watched; millones de personas.', 'es')).toEqual([]);
  });
});

describe('numerals with a glued scale, and ranges', () => {
  it('scales "m", "bn" and "k" without a currency sign, but not a length', () => {
    expect(values('The guild said 1.4m passengers and 2bn trips, with 40k cars, ran the 100m sprint.')).toEqual([
      [1_400_000, '1.4m'], [2e9, '2bn'], [40_000, '40k'],
    ]);
  });

  it('reads a glued unit and a hyphenated measure, but no other hyphenated number', () => {
    expect(values('A 300-pound lid, a 3MB app and 40kg of salt; a 10-year note and F-16 jets.')).toEqual([[300, '300'], [3, '3MB'], [40, '40kg']]);
  });

  it('gives both ends of a range the unit and scale one of them shows', () => {
    expect(findFigures('Losses could reach $31bn to 36bn, or between 3 and 5 million homes.').map(({ value, unit, counts }) => [value, unit, counts])).toEqual([
      [31e9, 'USD', undefined], [36e9, 'USD', undefined], [3e6, undefined, 'homes'], [5e6, undefined, 'homes'],
    ]);
    expect(findFigures('Fares will rise between 9 and 12 percent.').map(({ value, unit }) => [value, unit])).toEqual([[9, 'percent'], [12, 'percent']]);
  });

  it('reads scale words and abbreviations in other languages', () => {
    expect(values('Le projet coûte 2,5 milliards et 28 millions.', 'fr')).toEqual([[2.5e9, '2,5 milliards'], [28e6, '28 millions']]);
    expect(values('Das kostet 3,2 Mrd. Euro und 40 Millionen.', 'de').map(([value]) => value)).toEqual([3.2e9, 40e6]);
  });
});
