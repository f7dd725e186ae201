import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { findSectionHeadings } from '../../../lib/page/headings';
import { createLabelMatcher } from '../../../lib/page/labels';
import { computeSections } from '../../../lib/page/sections';
import { analyseSentence, analyseSubjectivity, type CueKind } from '../../../lib/text/subjectivity';
import { SUBJECTIVITY_PATTERNS_EN } from '../../../lib/vocabulary/subjectivity-en';
import { SUBJECTIVITY_PATTERNS_ES } from '../../../lib/vocabulary/subjectivity-es';
import { fixtureDocument } from '../../helpers/fixtures';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const ARTICLES = join(ROOT, 'tests', 'fixtures', 'subjectivity', 'articles');
const SEED = join(ROOT, '..', 'shared', 'seed', 'article.txt');

/** Fixture articles: "## facts" / "## opinion" lines head the sections, blank lines separate paragraphs. */
function readArticle(name: string): { kind: string; paragraphs: string[] }[] {
  const text = readFileSync(join(ARTICLES, name), 'utf8');
  return [...text.matchAll(/^## (\w+)\n([\s\S]*?)(?=^## |(?![\s\S]))/gm)].map(([, kind, body]) => ({
    kind: kind!,
    paragraphs: body!.split(/\n\s*\n/).map((paragraph) => paragraph.trim()).filter(Boolean),
  }));
}

const wordsOf = (sentence: string, kind: CueKind, language?: string) =>
  analyseSentence(sentence, language).cues.find((cue) => cue.kind === kind)?.words ?? [];

describe('analyseSentence: cue kinds', () => {
  it.each<[CueKind, string, string[]]>([
    ['evaluative', 'The new stadium deal is a shameful giveaway and a textbook case of wishful thinking.', ['shameful', 'wishful thinking']],
    ['prescriptive', 'The council ought to publish the contract, and residents deserve to see it.', ['ought to', 'deserve']],
    ['prescriptive', 'It is high time the league dealt with ticket touts.', ['it is high time']],
    ['stance', 'In my view, the committee has clearly overreached.', ['in my view', 'clearly']],
    ['intensifier', 'The plan is utterly and genuinely confused.', ['utterly', 'genuinely']],
    ['absolute', 'Nobody on the board ever reads the reports, and nothing changes.', ['nobody', 'nothing']],
    ['rhetorical', 'Make no mistake: this so-called reform is a tax rise.', ['make no mistake', 'so-called']],
  ])('finds %s cues', (kind, sentence, words) => {
    expect(wordsOf(sentence, kind)).toEqual(words);
    expect(analyseSentence(sentence).opinion).toBe(true);
  });

  it('treats a question the writer asks as rhetorical framing', () => {
    expect(wordsOf('Who, exactly, asked for another car park?', 'rhetorical')).toEqual(['?']);
  });

  it('treats a short unattributed quote as scare quotes', () => {
    expect(wordsOf('The ministry calls this a plan; its “savings” are imaginary.', 'rhetorical')).toEqual([]);
    expect(wordsOf('The bill’s “safeguards” protect no one.', 'rhetorical')).toEqual(['“safeguards”']);
  });

  it('counts intensifiers and absolutes at half weight, so one alone does not flag a sentence', () => {
    const result = analyseSentence('The bridge has never been closed for this long.');
    expect(result.cues).toEqual([{ kind: 'absolute', words: ['never'] }]);
    expect(result).toMatchObject({ opinion: false, score: 0.25 });
  });

  it('scores the neutral news sentence at zero', () => {
    expect(analyseSentence('The storm destroyed 300 homes and cut power to 90,000 households.')).toEqual({
      sentence: 'The storm destroyed 300 homes and cut power to 90,000 households.',
      score: 0,
      opinion: false,
      strong: false,
      cues: [],
    });
  });

  it('does not read "US" as the pronoun "us"', () => {
    expect(wordsOf('The US embassy reopened on Monday.', 'stance')).toEqual([]);
    expect(wordsOf('None of us should accept this.', 'stance')).toEqual(['us']);
  });
});

describe('analyseSentence: attributed and quoted speech', () => {
  it.each([
    'The minister warned that the country must cut spending.',
    'Officials insisted the figures were accurate.',
    'Critics called it a damning report.',
    'Opposition leaders condemned the decision, calling it a betrayal of voters.',
    'The union slammed the offer as insulting.',
    'The plan is a disgrace, the opposition leader said on Tuesday.',
    '“This is an utterly shameful decision,” said the chair of the patients’ association.',
    'According to the coalition, the scheme is a costly fiasco.',
    'El ministro advirtió de que el Gobierno debe recortar el gasto.',
    'La oposición calificó la medida de "vergonzosa".',
  ])('does not flag: %s', (sentence) => {
    expect(analyseSentence(sentence)).toMatchObject({ opinion: false, cues: [] });
  });

  it('keeps the writer’s own view after an attribution’s clause ends', () => {
    expect(wordsOf('The minister insists the scheme works, but it is plainly a fiasco.', 'evaluative')).toEqual(['fiasco']);
    expect(wordsOf('The minister insists the scheme works, but it is plainly a fiasco.', 'stance')).toEqual(['plainly']);
  });

  it('keeps cues when the writer frames the reported act ("it is high time that nations reject…")', () => {
    expect(wordsOf('It is high time that voters reject this hypocritical budget.', 'evaluative')).toEqual(['hypocritical']);
  });

  it('keeps first-person reporting verbs as the writer’s stance', () => {
    expect(wordsOf('We warned that this reckless plan would fail.', 'evaluative')).toEqual(['reckless']);
  });
});

describe('analyseSentence: opinion patterns', () => {
  it.each<[CueKind, string, string, string]>([
    ['evaluative', 'en', 'Sacking a manager after seven games is the kind of panic that keeps a club in the bottom half.', 'sacking … is'],
    ['evaluative', 'en', 'The new levy is neither fair nor effective.', 'is … fair'],
    ['evaluative', 'en', 'A second consultation will not solve a problem the council created.', 'will not solve'],
    ['evaluative', 'en', 'It is tempting to blame the weather.', 'it is tempting'],
    ['rhetorical', 'en', 'Nurses are not asking for luxury; they are asking to be able to pay rent.', 'not … they are'],
    ['rhetorical', 'en', 'Consider the cost of doing nothing.', 'consider'],
    ['stance', 'en', 'Granted, the budget is tight.', 'granted'],
    ['evaluative', 'es', 'Cerrar la central sin una alternativa para la comarca es condenarla al olvido.', 'cerrar … es'],
    ['rhetorical', 'es', 'La inseguridad no se combate con titulares, sino con más medios para la policía.', 'no … sino'],
    ['rhetorical', 'es', 'Nadie puede defender una espera de seis meses.', 'nadie puede defender'],
  ])('finds a %s pattern in (%s) "%s"', (kind, language, sentence, words) => {
    expect(wordsOf(sentence, kind, language)).toContain(words);
    expect(analyseSentence(sentence, language).opinion).toBe(true);
  });

  it.each([
    ['en', 'Building work on the new terminal is expected to finish in May.'],
    ['en', 'Spending on defence is set to rise to 2.5 percent of GDP by 2030.'],
    ['en', 'Addressing the conference, the president said the talks had gone well.'],
    ['en', 'During the match, there was a minute’s silence for the victims.'],
    ['en', 'The injury is not serious, and he is expected to play on Saturday.'],
    ['en', 'He was granted bail and will appear in court next month.'],
    ['en', 'Congress passed a stopgap spending bill to avoid a shutdown.'],
    ['en', 'Drivers must pay the toll before midnight or face a fine of 50 euros.'],
    ['en', 'Under the new rules, landlords must give tenants six months’ notice.'],
    ['es', 'El partido no se celebrará el lunes, sino el martes.'],
    ['es', 'Ayer el Congreso aprobó la reforma con 180 votos.'],
    ['es', 'El intento de golpe fallido dejó 12 muertos.'],
  ])('leaves neutral news unflagged (%s): %s', (language, sentence) => {
    expect(analyseSentence(sentence, language).opinion).toBe(false);
  });

  it('counts an exclamation of the writer’s own, and contractions of cue words', () => {
    expect(wordsOf('What a waste of a good idea!', 'rhetorical')).toEqual(['!']);
    expect(wordsOf('“Get out!” the guard shouted.', 'rhetorical')).toEqual([]);
    expect(wordsOf('We’re told the scheme pays for itself.', 'stance')).toEqual(["we're"]);
  });

  it('has well-formed pattern data: every pattern starts at a known list, and every placeholder names a list', () => {
    for (const { lists, patterns } of [SUBJECTIVITY_PATTERNS_EN, SUBJECTIVITY_PATTERNS_ES]) {
      for (const pattern of patterns) {
        expect(pattern.at === 'start' || pattern.at in lists, `${pattern.name}: at ${pattern.at}`).toBe(true);
        for (const [, name] of pattern.source.matchAll(/\{([a-z][A-Za-z]*)\}/g)) expect(lists, pattern.name).toHaveProperty(name!);
      }
    }
  });
});

describe('analyseSentence: Spanish', () => {
  it('uses the Spanish lists when asked or when the sentence reads as Spanish', () => {
    const sentence = 'Es hora de que el Ayuntamiento deje de mirar hacia otro lado; su gestión es lamentable.';
    expect(analyseSentence(sentence, 'es').cues).toEqual([
      { kind: 'evaluative', words: ['mirar hacia otro lado', 'lamentable'] },
      { kind: 'prescriptive', words: ['es hora de'] },
    ]);
    expect(analyseSentence(sentence).cues).toEqual(analyseSentence(sentence, 'es-ES').cues);
  });

  it('matches accented words as whole words and takes any ending after a wildcard', () => {
    expect(wordsOf('Una gestión vergonzosa y francamente ridícula.', 'evaluative', 'es')).toEqual(['vergonzosa', 'ridícula']);
    expect(wordsOf('¿Hasta cuándo vamos a esperar?', 'rhetorical', 'es')).toEqual(['hasta cuándo', '?']);
  });

  it('leaves neutral Spanish news unflagged', () => {
    expect(analyseSentence('El paro bajó en 32.000 personas en mayo, según los datos del Ministerio.').opinion).toBe(false);
  });
});

describe('analyseSubjectivity', () => {
  const articles = readdirSync(ARTICLES).filter((name) => name.endsWith('.txt'));

  it('has at least three fixture articles', () => {
    expect(articles.length).toBeGreaterThanOrEqual(3);
  });

  it.each(articles)('scores the Opinion section of %s well above its Facts section', (name) => {
    const sections = readArticle(name);
    const { sectionScores, cues } = analyseSubjectivity(sections);
    const score = (kind: string) => sectionScores[sections.findIndex((section) => section.kind === kind)]!;
    expect(score('opinion')).toBeGreaterThan(score('facts') + 0.3);
    expect(cues.every((cue) => sections[cue.section]!.kind === 'opinion')).toBe(true);
  });

  it.each(['demo-article.html', 'es.html', 'label-blocks.html', 'run-in-labels.html'])(
    'scores every Opinion section above every Facts section of the project page %s',
    (page) => {
      const sections = computeSections(findSectionHeadings(fixtureDocument(page).body, createLabelMatcher()), { maxParagraphs: 400 });
      const { sectionScores } = analyseSubjectivity(sections);
      const scoresOf = (kind: string) => sectionScores.filter((_, index) => sections[index]!.kind === kind);
      expect(Math.min(...scoresOf('opinion'))).toBeGreaterThan(Math.max(...scoresOf('facts')));
    },
  );

  it('estimates the opinion share over all the text and lists the strongest sentences', () => {
    const { estimate, sectionScores } = analyseSubjectivity(readArticle('schools.txt'));
    expect(sectionScores).toHaveLength(2);
    expect(estimate).toMatchObject({ sentences: 9, opinionSentences: 3, share: 0.333 });
    expect(estimate.top[0]).toMatchObject({ score: 1, kinds: ['evaluative', 'prescriptive', 'stance'] });
  });

  it('returns empty results for empty or malformed input', () => {
    expect(analyseSubjectivity([])).toEqual({ cues: [], sectionScores: [], estimate: { share: 0, sentences: 0, opinionSentences: 0, top: [] } });
    expect(analyseSubjectivity([{ paragraphs: [] }, null as never]).sectionScores).toEqual([0, 0]);
  });
});

describe.skipIf(!existsSync(SEED))('the seed article', () => {
  const text = existsSync(SEED) ? readFileSync(SEED, 'utf8') : '';
  const between = (start: string, end?: string) => {
    const from = text.indexOf(start) + start.length;
    return text.slice(from, end ? text.indexOf(end, from) : undefined).split('\n').map((line) => line.trim()).filter(Boolean);
  };
  const sections = [{ paragraphs: between('The Facts:', '\nOpinion:') }, { paragraphs: between('\nOpinion:') }];
  const result = analyseSubjectivity(sections);

  it('scores the Opinion section well above the Facts section', () => {
    expect(result.sectionScores[1]).toBeGreaterThan(0.6);
    expect(result.sectionScores[0]).toBeLessThan(0.1);
  });

  it('flags the loaded language of the Opinion section', () => {
    const words = result.cues.filter((cue) => cue.section === 1).flatMap((cue) => cue.words);
    expect(words).toEqual(expect.arrayContaining(['glaring', 'damning indictment', 'it is high time', 'hypocritical', 'deserve']));
  });

  it('does not read the Defense Minister’s reported "warning" as opinion', () => {
    const sentence = result.cues.find((cue) => cue.sentence.includes('Khawaja Asif'));
    expect(sentence).toBeUndefined();
    expect(analyseSentence(sections[0]!.paragraphs.join(' ').match(/[^.]*Khawaja Asif[^.]*\./)![0]).cues).toEqual([]);
  });
});
