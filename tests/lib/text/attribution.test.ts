import { describe, expect, it } from 'vitest';
import { findAttributions, type Attribution } from '../../../lib/text/attribution';
import { mergeSources } from '../../../lib/text/sources';
import { splitSentences } from '../../../lib/text/sentences';
import { readSeedSections, SEED_PRESENT } from '../../helpers/text-fixtures';

type Shape = Pick<Attribution, 'name' | 'role' | 'verb' | 'claim'>;
const shapesIn = (locale: string, ...sentences: string[]): Shape[] =>
  findAttributions(sentences, locale).map(({ name, role, verb, claim }) => (role ? { name, role, verb, claim } : { name, verb, claim }));
const shapes = (...sentences: string[]): Shape[] => shapesIn('en', ...sentences);

describe('findAttributions: who says what', () => {
  it.each<[string, Shape]>([
    ['Ruritania’s Finance Minister, Olga Brandt, stated that the budget was balanced.', { name: 'Olga Brandt', role: "Ruritania's Finance Minister", verb: 'stated', claim: 'the budget was balanced.' }],
    ['Police spokesperson Maria Okafor said 2,000 people joined the march.', { name: 'Maria Okafor', role: 'Police spokesperson', verb: 'said', claim: '2,000 people joined the march.' }],
    ['The organisers, the Fair Fares Coalition, said 15,000 people took part.', { name: 'Fair Fares Coalition', role: 'organisers', verb: 'said', claim: '15,000 people took part.' }],
    ['Local media reported that the bridge had closed.', { name: 'Local media', verb: 'reported', claim: 'the bridge had closed.' }],
    ['Some 300 homes were destroyed, according to the ministry.', { name: 'ministry', verb: 'according to', claim: 'Some 300 homes were destroyed' }],
    ['According to Police spokesperson Maria Okafor, the march was peaceful.', { name: 'Maria Okafor', role: 'Police spokesperson', verb: 'According to', claim: 'the march was peaceful.' }],
    ['Governor Ruth Amadi told reporters the roads would reopen.', { name: 'Ruth Amadi', role: 'Governor', verb: 'told reporters', claim: 'the roads would reopen.' }],
    ['A study commissioned by the Taxpayers Alliance estimated the stadium would cost $65 million.', { name: 'Taxpayers Alliance', verb: 'estimated', claim: 'the stadium would cost $65 million.' }],
    ['“We have counted 1,240 cases,” said Dr. Ana Ruiz, the clinic’s director.', { name: 'Dr. Ana Ruiz', role: "clinic's director", verb: 'said', claim: '“We have counted 1,240 cases,”' }],
    ['Fares will rise by 12 percent, the mayor said.', { name: 'mayor', verb: 'said', claim: 'Fares will rise by 12 percent' }],
    ['The rebels’ Interior Ministry promised a decisive response.', { name: "rebels' Interior Ministry", verb: 'promised', claim: 'a decisive response.' }],
  ])('%s', (sentence, expected) => {
    expect(shapes(sentence)).toEqual([expected]);
  });

  it.each<[string, Shape]>([
    ['Según el ministerio, 300 casas fueron destruidas.', { name: 'ministerio', verb: 'Según', claim: '300 casas fueron destruidas.' }],
    ['«No hubo heridos», dijo la portavoz Ana López.', { name: 'Ana López', role: 'portavoz', verb: 'dijo', claim: '«No hubo heridos»' }],
    ['El cambio es necesario, afirmó el alcalde.', { name: 'alcalde', verb: 'afirmó', claim: 'El cambio es necesario' }],
  ])('in Spanish: %s', (sentence, expected) => {
    expect(shapesIn('es', sentence)).toEqual([expected]);
  });

  it('finds a participle speaker after "with" and names the owner of a possessive role', () => {
    const [attribution] = findAttributions(['Attacks continued, with the rebels claiming to have killed 40 soldiers.']);
    expect(attribution).toMatchObject({ name: 'rebels', verb: 'claiming', claim: 'to have killed 40 soldiers.' });
    const [minister] = findAttributions(['Ruritania’s Defence Minister, Ivo Sandor, issued threats, warning of reprisals.']);
    expect(minister).toMatchObject({ name: 'Ivo Sandor', role: "Ruritania's Defence Minister", affiliation: 'Ruritania', verb: 'warning', claim: 'of reprisals.' });
  });

  it('gives one attribution per speaker in a sentence, the claim running to the end', () => {
    expect(shapes('The army disputed these figures, stating 12 of its soldiers died while killing 35 rebels.')).toEqual([
      { name: 'army', verb: 'disputed', claim: 'these figures, stating 12 of its soldiers died while killing 35 rebels.' },
    ]);
  });

  it('ends a claim where the next speaker is named', () => {
    expect(shapes('Police put the number at 2,000, while the union put the figure at 30,000.')).toEqual([
      { name: 'Police', verb: 'put the number at', claim: '2,000' },
      { name: 'union', verb: 'put the figure at', claim: '30,000.' },
    ]);
  });

  it('marks role-only and pronoun speakers, and the sentence each comes from', () => {
    const found = findAttributions(['The mayor said fares would rise.', 'She added that buses would run later.']);
    expect(found.map(({ sentence, name, roleOnly, pronoun }) => ({ sentence, name, roleOnly, pronoun }))).toEqual([
      { sentence: 0, name: 'mayor', roleOnly: true, pronoun: undefined },
      { sentence: 1, name: 'She', roleOnly: undefined, pronoun: true },
    ]);
  });

  it('reads "found that" as a report of a study, a body or a role, not as what a person found out', () => {
    expect(shapes('The harbour inquiry found that the crane had been overloaded.')).toEqual([
      { name: 'harbour inquiry', verb: 'found', claim: 'the crane had been overloaded.' },
    ]);
    expect(shapes('The port authority found that two berths were unsafe.').map(({ name }) => name)).toEqual(['port authority']);
    expect(shapes('Okonkwo found that most of the tenants had already left.')).toEqual([]);
    expect(shapes('Later she found that neighbours, old and young, had signed the petition.')).toEqual([]);
    expect(shapes('Later Okonkwo found that many neighbours told reporters the petition was unfair.').map(({ name, verb }) => [name, verb])).toEqual([
      ['many neighbours', 'told reporters'],
    ]);
  });

  it('passes over an aside that describes the speaking group instead of taking it for a role', () => {
    expect(shapes('Many residents, young and old, told the council the plan was unfair.')).toEqual([
      { name: 'Many residents', verb: 'told', claim: 'the plan was unfair.' },
    ]);
    expect(shapes('Several ferry pilots, both local and foreign, said the channel was too shallow.')).toEqual([
      { name: 'Several ferry pilots', verb: 'said', claim: 'the channel was too shallow.' },
    ]);
    expect(shapes('The dairy farmers, most of them retired, said the frost had ruined the pasture.').map(({ name, role }) => [name, role])).toEqual([['dairy farmers', undefined]]);
    expect(shapes('Lena Ortiz, director of the office of planning and zoning, said the permit was late.').map(({ role }) => role)).toEqual([
      'director of the office of planning and zoning',
    ]);
  });

  it('normalises line breaks inside a name', () => {
    expect(findAttributions(['Police spokesperson Maria\nOkafor said the march was calm.'])[0]).toMatchObject({ name: 'Maria Okafor', role: 'Police spokesperson' });
  });

  it('gives claim offsets into the original sentence', () => {
    const sentence = 'The rebels’ spokesman said 40 soldiers died.';
    const [attribution] = findAttributions([sentence]);
    expect(sentence.slice(attribution!.claimStart, attribution!.claimEnd)).toBe('40 soldiers died.');
  });

  it.each([
    ['a passive reporting verb', '1,240 cases had been recorded since January.'],
    ['a noun that looks like a verb', 'The gap between the two estimates is wide.'],
    ['a possessive before a noun', 'The rebels’ claims were false.'],
    ['an object of a preposition', 'It is time that nations in the south reject the plan.'],
    ['an adjective use', 'An estimated 2,000 people came.'],
  ])('finds no speaker in %s', (_, sentence) => {
    expect(findAttributions([sentence])).toEqual([]);
  });
});

describe('mergeSources', () => {
  const merged = (...sentences: string[]) => mergeSources(findAttributions(sentences)).sources;

  it('links a surname, a titled surname and a role back to the full name', () => {
    expect(
      merged(
        'Ruritania’s Defence Minister, Ivo Sandor, said the army was ready.',
        'Sandor said talks were over.',
        'The minister said more troops would come.',
        '“We counted them,” said Dr. Ana Ruiz.',
        'Dr. Ruiz said the count was final.',
      ),
    ).toEqual([
      { name: 'Ivo Sandor', role: "Ruritania's Defence Minister", claims: 3 },
      { name: 'Dr. Ana Ruiz', claims: 2 },
    ]);
  });

  it('keeps a country apart from its minister', () => {
    expect(merged('Ruritania’s Defence Minister, Ivo Sandor, said the army was ready.', 'Ruritania disputed the figures.')).toEqual([
      { name: 'Ivo Sandor', role: "Ruritania's Defence Minister", claims: 1 },
      { name: 'Ruritania', claims: 1 },
    ]);
  });

  it('names an anonymous role when the full name comes later, and resolves pronouns', () => {
    const { sources, sourceOf } = mergeSources(
      findAttributions(['The mayor said fares would rise.', 'Mayor Lena Brandt said the rise was fair.', 'She added that buses would run later.']),
    );
    expect(sources).toEqual([{ name: 'Lena Brandt', role: 'Mayor', claims: 3 }]);
    expect(sourceOf).toEqual([0, 0, 0]);
  });

  it.each(['He said the figure was wrong.', 'It said nothing.'])('leaves a pronoun with nobody before it unattributed: %s', (sentence) => {
    const { sources, sourceOf } = mergeSources(findAttributions([sentence]));
    expect(sources).toEqual([]);
    expect(sourceOf).toEqual([null]);
  });

  it('counts one claim per sentence per source', () => {
    expect(merged('Police said 2,000 came, and police said it was calm.')).toEqual([{ name: 'Police', claims: 1 }]);
  });
});

describe('on the seed article', () => {
  it.skipIf(!SEED_PRESENT)('finds its speakers with their roles', () => {
    const sentences = readSeedSections().flatMap((section) => section.paragraphs.flatMap((p) => splitSentences(p)));
    const { sources } = mergeSources(findAttributions(sentences));
    const byName = new Map(sources.map((source) => [source.name, source]));
    expect(byName.get('Attaullah Tarar')?.role).toContain('Information Minister');
    expect(byName.get('Khawaja Asif')?.role).toContain('Defense Minister');
    for (const name of ['Afghan media', 'Taliban', 'Pakistan']) expect(byName.has(name)).toBe(true);
  });
});
