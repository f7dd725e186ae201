import { describe, expect, it } from 'vitest';
import { findAttributions } from '../../../lib/text/attribution';
import { analyseParagraphs } from '../../../lib/text/document';
import { grammarFor } from '../../../lib/text/phrases';
import { nameSource } from '../../../lib/text/source-names';
import { mergeSources } from '../../../lib/text/sources';

/** The merged source of each attribution in the paragraphs, as "mention → source". */
function resolved(...paragraphs: string[]): string[] {
  const attributions = findAttributions(analyseParagraphs(paragraphs));
  const { sources, sourceOf } = mergeSources(attributions);
  return attributions.map((attribution, i) => `${attribution.name} → ${sourceOf[i] === null ? '(none)' : sources[sourceOf[i]!]!.name}`);
}

describe('nameSource', () => {
  const english = grammarFor('en');

  it.each([
    ['the county lawyer', { name: 'county lawyer', roleOnly: true, kind: 'person' }],
    ['Mrs. Adeyemi', { name: 'Mrs. Adeyemi', kind: 'person', gender: 'f' }],
    ['the water board', { name: 'water board', kind: 'body' }],
    ['Halden Foods', { name: 'Halden Foods' }],
    ['Environmental Protection officials', { name: 'Environmental Protection officials', roleOnly: true, kind: 'body' }],
  ])('describes %s', (phrase, expected) => {
    expect(nameSource(english, phrase)).toEqual(expected);
  });

  it('splits a title and an apposition into the role', () => {
    expect(nameSource(english, 'Senator Mark Warner', 'a Virginia Democrat')).toMatchObject({ name: 'Mark Warner', role: 'Senator; Virginia Democrat' });
    expect(nameSource(english, 'the spokeswoman', 'Mia Hart')).toMatchObject({ name: 'Mia Hart', role: 'spokeswoman', gender: 'f' });
  });

  it.each(['Thursday', 'No group', 'this', '40', 'the number'])('names no source in %s', (phrase) => {
    expect(nameSource(english, phrase)).toBeNull();
  });

  it('drops an elided article', () => {
    expect(nameSource(grammarFor('fr'), "L'intersyndicale")).toMatchObject({ name: 'intersyndicale' });
  });
});

describe('mergeSources', () => {
  it('gives "she" the woman named before, not the man named since', () => {
    expect(resolved('Ms. Ortega said the plan was late. Piet Kramer said it was on time. She said the dates had moved.')).toEqual([
      'Ms. Ortega → Ms. Ortega',
      'Piet Kramer → Piet Kramer',
      'She → Ms. Ortega',
    ]);
  });

  it('gives "he" the latest person not known to be a woman, and never a body', () => {
    expect(resolved('Mr. Lund said the dam was safe. The river board said it was not. He added that engineers had checked.')).toEqual([
      'Mr. Lund → Mr. Lund',
      'river board → river board',
      'He → Mr. Lund',
    ]);
  });

  it('gives "it" the body just named and "they" a group', () => {
    expect(resolved('Mayor Ines Holt said the market would move. Tarn Bakeries said it would stay. It added that rents were too high.')).toEqual([
      'Ines Holt → Ines Holt',
      'Tarn Bakeries → Tarn Bakeries',
      'It → Tarn Bakeries',
    ]);
    expect(resolved('Firefighters said the blaze was out. They added that nobody was hurt.')).toEqual(['Firefighters → Firefighters', 'They → Firefighters']);
  });

  it('keeps two bodies with the same head noun apart', () => {
    const { sources } = mergeSources(findAttributions(['Harbour Gas officials said 12 leaks were found.', 'Water Board officials said 3 mains broke.']));
    expect(sources.map((source) => source.name)).toEqual(['Harbour Gas officials', 'Water Board officials']);
  });

  it('joins a role-only mention to the body it names', () => {
    expect(resolved('Harbour Gas officials said 12 leaks were found. Officials said repairs would take a week.')).toEqual([
      'Harbour Gas officials → Harbour Gas officials',
      'Officials → Harbour Gas officials',
    ]);
  });
});
