import { afterEach, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { LATIN_LETTERS, LATIN_NUMBERS, LATIN_TEXT, lowerTokens, splitSentences, tokenize, tokenIndexAt } from '../../../lib/text/sentences';

describe('splitSentences', () => {
  it('splits plain sentences and trims them', () => {
    expect(splitSentences('Police said so.  The march ended at noon! Was it peaceful? Yes.')).toEqual([
      'Police said so.',
      'The march ended at noon!',
      'Was it peaceful?',
      'Yes.',
    ]);
  });

  it('keeps titles with the name that follows', () => {
    expect(splitSentences('“We counted them,” said Dr. Ana Ruiz. Mr. Smith and Mrs. Lee agreed with Gen. Shah and Prof. Wu.')).toEqual([
      '“We counted them,” said Dr. Ana Ruiz.',
      'Mr. Smith and Mrs. Lee agreed with Gen. Shah and Prof. Wu.',
    ]);
  });

  it('keeps "No." with its number and initials with the surname', () => {
    expect(splitSentences('It ranked No. 1 again. J. K. Rowling wrote it.')).toEqual(['It ranked No. 1 again.', 'J. K. Rowling wrote it.']);
  });

  it('joins after U.S., vs. and etc. only before a lowercase word or a digit', () => {
    expect(splitSentences('They asked to stop U.S. drone flights. Talks moved to the U.S. The next round failed.')).toEqual([
      'They asked to stop U.S. drone flights.',
      'Talks moved to the U.S.',
      'The next round failed.',
    ]);
    expect(splitSentences('Buses, trams etc. were late. It was Leeds vs. 3 rivals.')).toEqual(['Buses, trams etc. were late.', 'It was Leeds vs. 3 rivals.']);
  });

  it('keeps "the U.N." with the name it opens ("the U.N. Security Council"), not with a new sentence', () => {
    expect(splitSentences('The envoy told the U.N. Security Council that 40 trucks were stuck. He asked for a corridor.')).toEqual([
      'The envoy told the U.N. Security Council that 40 trucks were stuck.',
      'He asked for a corridor.',
    ]);
    expect(splitSentences('The ferry was built by the U.K. In 1990 it was sold.')).toEqual(['The ferry was built by the U.K.', 'In 1990 it was sold.']);
  });

  it('handles Spanish with the locale', () => {
    expect(splitSentences('Según la Sra. López, hubo 2.000 personas. ¿Cuántas eran?', 'es')).toEqual([
      'Según la Sra. López, hubo 2.000 personas.',
      '¿Cuántas eran?',
    ]);
  });

  it('keeps a German day number and its dot with the month name ("am 19. Januar")', () => {
    expect(splitSentences('Die Wache meldete am 19. Januar 240 Festnahmen. Der Stadtrat widersprach.', 'de')).toEqual([
      'Die Wache meldete am 19. Januar 240 Festnahmen.',
      'Der Stadtrat widersprach.',
    ]);
    expect(splitSentences('Bis zum 1. August fahren 40 Busse. Vom 3. Okt. 2024 an fahren mehr.', 'de')).toEqual([
      'Bis zum 1. August fahren 40 Busse.',
      'Vom 3. Okt. 2024 an fahren mehr.',
    ]);
    // A number that ends a sentence before any other capitalised word still ends it.
    expect(splitSentences('Gezählt wurden 19. Danach kam niemand.', 'de')).toHaveLength(2);
  });

  it.each([
    ['fr', 'Le 19 janv. 2025, la mairie a compté 900 cyclistes. Les clubs en ont vu 1 400.'],
    ['es', 'El 19 de ene. de 2025 hubo 300 detenidos. La alcaldía lo negó.'],
    ['it', 'Il 19 genn. 2025 la questura ha contato 3.000 persone. Gli organizzatori ne hanno visti di più.'],
    ['pt', 'Em 3 set. 2024 a polícia contou 300 pessoas. Os organizadores falaram em mil.'],
  ])('keeps %s dates with an abbreviated month in one sentence', (locale, text) => {
    expect(splitSentences(text, locale)).toHaveLength(2);
  });

  it('splits a long paragraph exactly as its sentences one by one', () => {
    const sentences = [
      'Dr. Ana Ruiz said 1,240 cases were recorded.',
      'They asked to stop U.S. drone flights.',
      '“Why now?” asked Mr. Lee.',
      'J. K. Rowling was not there.',
    ];
    const paragraph = Array.from({ length: 200 }, (_, i) => sentences[i % sentences.length]).join(' ');
    expect(paragraph.length).toBeGreaterThan(5000);
    expect(splitSentences(paragraph)).toEqual(Array.from({ length: 200 }, (_, i) => sentences[i % sentences.length]));
  });

  it('returns nothing for empty or blank text', () => {
    expect(splitSentences('')).toEqual([]);
    expect(splitSentences('   \n ')).toEqual([]);
  });

  describe('without Intl.Segmenter', () => {
    const original = Intl.Segmenter;
    afterEach(() => {
      Object.defineProperty(Intl, 'Segmenter', { value: original, configurable: true, writable: true });
    });

    it('falls back to a regex splitter with the same repairs', () => {
      Object.defineProperty(Intl, 'Segmenter', { value: undefined, configurable: true, writable: true });
      expect(splitSentences('Dr. Ana Ruiz said 12%. The mayor disagreed! “Why?” asked Mr. Lee. ok.')).toEqual([
        'Dr. Ana Ruiz said 12%.',
        'The mayor disagreed!',
        '“Why?” asked Mr. Lee. ok.',
      ]);
    });
  });
});

describe('tokenize', () => {
  it('keeps hyphenated words, possessives and dotted abbreviations whole', () => {
    expect(tokenize("The workers' union’s Taliban-affiliated count at 3 p.m. in the U.S.").map((t) => t.text)).toEqual([
      'The', "workers'", 'union’s', 'Taliban-affiliated', 'count', 'at', '3', 'p.m.', 'in', 'the', 'U.S.',
    ]);
  });

  it('gives offsets into the sentence and lowercase text with straight apostrophes', () => {
    const [first, second] = tokenize('Pakistan’s 58');
    expect(first).toEqual({ text: 'Pakistan’s', lower: "pakistan's", start: 0, end: 10, opens: 'letter' });
    expect(second).toEqual({ text: '58', lower: '58', start: 11, end: 13, opens: 'number' });
  });

  it('says what each token opens with, in any script', () => {
    const opens = (sentence: string) => tokenize(sentence).map((token) => `${token.text}:${token.opens}`);
    expect(opens('Ёлка ٣٤ é, — ²')).toEqual(['Ёлка:letter', '٣٤:number', 'é:letter', ',:other', '—:other', '²:number']);
    expect(opens('\u0301a')[0]).toBe('\u0301a:mark');
  });

  it('spells out exactly the letters and numbers of the Latin fast path', () => {
    const letter = new RegExp(`^[${LATIN_LETTERS}]$`);
    const number = new RegExp(`^[${LATIN_NUMBERS}]$`);
    for (let code = 0; code <= 0x206f; code += 1) {
      const char = String.fromCharCode(code);
      if (!LATIN_TEXT.test(char)) continue;
      expect([char, letter.test(char)]).toEqual([char, /^\p{L}$/u.test(char)]);
      expect([char, number.test(char)]).toEqual([char, /^\p{N}$/u.test(char)]);
      expect([char, /^\p{M}$/u.test(char)]).toEqual([char, false]);
    }
  });

  it('tokenizes Latin text the same on the fast path and the Unicode one', () => {
    const alphabet = fc.constantFrom(...'aZé ß-’\'.,;s2³½ “”—…\u00d7'.split(''));
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 40 }).map((chars) => chars.join('')), (sentence) => {
        // A CJK character sends the whole sentence down the Unicode path; the tokens before it must not change.
        const unicode = tokenize(`${sentence} 一`).slice(0, -1);
        expect(tokenize(sentence)).toEqual(unicode);
      }),
    );
  });

  it('lists the same lower forms without making tokens', () => {
    expect(lowerTokens('The Mayor’s ÉLAN, İstanbul')).toEqual(['the', "mayor's", 'élan', ',', 'i̇stanbul']);
    const alphabet = fc.constantFrom(...'aZÉ ß-’\'.,İs2 “”一'.split(''));
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 40 }).map((chars) => chars.join('')), (text) => {
        expect(lowerTokens(text)).toEqual(tokenize(text).map((token) => token.lower));
      }),
    );
  });

  it('finds the first token at or after an offset', () => {
    const tokens = tokenize('said 2,000 people');
    expect(tokens[tokenIndexAt(tokens, 10)]!.text).toBe('people');
    expect(tokenIndexAt(tokens, 0)).toBe(0);
    expect(tokenIndexAt(tokens, 100)).toBe(tokens.length);
  });
});
