// Splits a paragraph into sentences (mending the segmenter's breaks after abbreviations, initials and day numbers) and a sentence into tokens.
import { MONTH_NAMES_EN, MONTH_NAMES_OTHER } from '../vocabulary/dates';
import { rawSegments } from './segments';

/** Titles always precede a name, so a break after them is always wrong ("Dr. Ana Ruiz"). */
const TITLES = new Set([
  'dr', 'mr', 'mrs', 'ms', 'st', 'gen', 'sen', 'rep', 'gov', 'prof', 'no', 'lt', 'col', 'capt',
  'sgt', 'rev', 'hon', 'sr', 'sra', 'srta', 'dra', 'lic', 'ing',
]);

/** Abbreviations that may also end a sentence; a break after them is wrong only before a lowercase word or a digit. */
const ABBREVIATIONS = new Set([
  'u.s', 'u.k', 'u.n', 'e.u', 'vs', 'etc', 'e.g', 'i.e', 'approx', 'inc', 'corp', 'ltd', 'co',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'a.m',
  'p.m', 'ee.uu', 'jr', 'est', 'dept', 'univ', 'fig', 'vol', 'pp', 'cf',
]);

const LAST_WORD = /(?:^|[\s("“'‘])([\p{L}.]+)\.["”'’)]*\s*$/u;
/** "the U.N.", "the U.S." at the end of the text before a break: an initialism used as a name's modifier. */
const THE_INITIALISM = /(?:^|\s)the\s+(?:\p{L}\.){2,}["”'’)]*\s*$/iu;
/**
 * Words that open a sentence after "the U.S." ends one ("… in the U.S. The next day"); another capitalised word after
 * "the U.N." continues its name ("the U.N. General Assembly", "the U.S. Senate").
 */
const SENTENCE_OPENERS = new Set([
  'the', 'a', 'an', 'he', 'she', 'it', 'they', 'we', 'i', 'you', 'this', 'that', 'these', 'those', 'there', 'but', 'and',
  'or', 'so', 'yet', 'in', 'on', 'at', 'for', 'as', 'after', 'before', 'when', 'while', 'if', 'since', 'his', 'her',
  'its', 'their', 'our', 'my', 'some', 'many', 'most', 'one', 'no', 'not', 'what', 'why', 'how', 'who', 'still',
]);
const QUOTED_END = /[?!]+["”'’»]+\s*$/u;
const NEXT_START = /^\s*["“'‘(]*(\S)/u;
/** A day number and its dot, as German writes dates ("am 19. Januar"). */
const DAY_DOT = /(?:^|[\s(])(?:0?[1-9]|[12]\d|3[01])\.\s*$/u;
const NEXT_WORD = /^\s*(\p{L}+)/u;
const MONTHS = new Set([...MONTH_NAMES_EN, ...MONTH_NAMES_OTHER]);

/** Any non-ASCII character, or an ASCII one that may follow a last word: a dot, a closing mark or a space. */
const mayTrail = (code: number) => code >= 128 || code === 46 || code === 34 || code === 39 || code === 41 || code === 32 || (code >= 9 && code <= 13);
/** Any non-ASCII character, or an ASCII letter or dot. */
const mayBeInWord = (code: number) => code >= 128 || code === 46 || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);

/**
 * Where LAST_WORD's match can start at the earliest: the character before the final run of letters and dots that only
 * closing marks, dots and spaces follow. Reading from there gives the same match as reading `text` whole, without the
 * regex trying every position of a long segment (that character is no letter, so `^` cannot match there).
 */
function lastWordFrom(text: string): number {
  let at = text.length;
  while (at > 0 && mayTrail(text.charCodeAt(at - 1))) at--;
  while (at > 0 && mayBeInWord(text.charCodeAt(at - 1))) at--;
  return Math.max(0, at - 1);
}
/** Whether a break between `before` and `after` falls inside a sentence. */
function isFalseBreak(before: string, after: string): boolean {
  const next = NEXT_START.exec(after)?.[1] ?? '';
  // “Why now?” asked Mr. Lee: a quoted question or exclamation runs on into a lowercase word.
  if (QUOTED_END.test(before) && /\p{Ll}/u.test(next)) return true;
  // "am 19. Januar", "bis zum 1. August": a day number's dot before a month name ends no sentence.
  if (DAY_DOT.test(before) && MONTHS.has(NEXT_WORD.exec(after)?.[1]?.toLowerCase() ?? '')) return true;
  const last = LAST_WORD.exec(before.slice(lastWordFrom(before)));
  if (!last) return false;
  const word = last[1]!.toLowerCase();
  const lowerOrDigit = /[\p{Ll}\p{N}]/u.test(next);
  if (TITLES.has(word)) return true;
  // Only the text's end is read: a long segment is not scanned whole.
  if (word.includes('.') && /\p{Lu}/u.test(next) && THE_INITIALISM.test(before.slice(-40))) return !SENTENCE_OPENERS.has(NEXT_WORD.exec(after)?.[1]?.toLowerCase() ?? '');
  if (/^\p{Lu}$/u.test(last[1]!)) return /\p{Lu}/u.test(next);
  return ABBREVIATIONS.has(word) && lowerOrDigit;
}

/** Sentences of `text`, trimmed, in order; empty input gives no sentences. */
export function splitSentences(text: string, locale = 'en'): string[] {
  // A page analysed again (the detection pass, then the reader's panel) splits its paragraphs once.
  // Keyed by locale, then by the paragraph itself, whose hash the engine keeps: no key string to build and hash per call.
  let byText = recentSplits.get(locale);
  if (!byText) recentSplits.set(locale, (byText = new Map()));
  const cached = byText.get(text);
  if (cached) return cached;
  const sentences = split(text, locale);
  Object.freeze(sentences);
  if (byText.size >= RECENT_LIMIT) byText.clear();
  byText.set(text, sentences);
  return sentences;
}

const recentSplits = new Map<string, Map<string, string[]>>();

function split(text: string, locale: string): string[] {
  const sentences: string[] = [];
  let pending: string[] = [];
  for (const segment of rawSegments(text, locale)) {
    // The break falls between the last segment and this one, so the last segment alone decides.
    if (pending.length && !isFalseBreak(pending[pending.length - 1]!, segment)) {
      sentences.push(pending.join(''));
      pending = [];
    }
    pending.push(segment);
  }
  if (pending.length) sentences.push(pending.join(''));
  return sentences.map((sentence) => sentence.trim()).filter((sentence) => sentence.length > 0);
}

/** A word, a number or a single punctuation mark of a sentence, with its offsets. Shared between callers: never changed. */
export interface Token {
  readonly text: string;
  readonly lower: string;
  readonly start: number;
  readonly end: number;
  /** What its first character is: a letter, a combining mark, a digit (any script's), or something else. */
  readonly opens: 'letter' | 'mark' | 'number' | 'other';
}

const LETTER_START = /^\p{L}/u;
const MARK_START = /^\p{M}/u;
const NUMBER_START = /^\p{N}/u;

/** The class of a token's first character, without a regex for plain ASCII. */
function opening(text: string): Token['opens'] {
  const code = text.charCodeAt(0);
  if ((code >= 97 && code <= 122) || (code >= 65 && code <= 90)) return 'letter';
  if (code >= 48 && code <= 57) return 'number';
  if (code < 128) return 'other';
  return LETTER_START.test(text) ? 'letter' : MARK_START.test(text) ? 'mark' : NUMBER_START.test(text) ? 'number' : 'other';
}

/**
 * Words with inner hyphens or apostrophes (and the plural possessive "workers'"), dotted abbreviations ("a.m.", "U.S."),
 * single letters, digit runs, then any other single character; `letter`, `mark` and `number` are character classes.
 */
function tokenPattern(letter: string, mark: string, number: string, flags: string): RegExp {
  const wordChar = `${letter}${mark}`;
  return new RegExp(
    [
      `[${wordChar}]{2,}(?:[-'’][${wordChar}${number}]+)*(?:(?<=s)['’](?![${letter}${number}]))?`,
      `[${letter}](?:\\.[${letter}])+\\.?`,
      `[${wordChar}](?:[-'’][${wordChar}${number}]+)*`,
      `[${number}]+(?:[-'’][${wordChar}${number}]+)*`,
      '\\S',
    ].join('|'),
    flags,
  );
}

const TOKEN = tokenPattern('\\p{L}', '\\p{M}', '\\p{N}', 'gu');
/**
 * Most sentences are Latin letters and general punctuation only: there, the same pattern with the letters and
 * numbers of U+0000–U+024F spelled out (that range has no combining marks) runs several times faster than
 * Unicode property classes. tests/lib/sentences.test.ts checks the classes against \p{L}, \p{M} and \p{N}.
 */
export const LATIN_TEXT = /^[\u0000-\u024F\u2000-\u206F]*$/;
export const LATIN_LETTERS = 'A-Za-z\\u00AA\\u00B5\\u00BA\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u024F';
export const LATIN_NUMBERS = '0-9\\u00B2\\u00B3\\u00B9\\u00BC-\\u00BE';
const LATIN_TOKEN = tokenPattern(LATIN_LETTERS, '', LATIN_NUMBERS, 'g');

/** A token's `lower`: lower case, with straight apostrophes. */
const lowerForm = (text: string) => {
  const lower = text.toLowerCase();
  return lower.includes('’') ? lower.replace(/’/g, "'") : lower;
};

/** All the token texts in one native match: tokens are separated by whitespace only (the last alternative takes any other character). */
const tokenTexts = (sentence: string) => sentence.match(LATIN_TEXT.test(sentence) ? LATIN_TOKEN : TOKEN) ?? [];

/**
 * A token's `lower` from the lowered sentence. Lower-casing keeps offsets unless a character changes length ("İ"),
 * and then each token is lowered on its own. Most tokens are lower case already: they share their text, not a copy.
 */
const lowerOf = (text: string, start: number, lowered: string, sameOffsets: boolean) =>
  !sameOffsets ? lowerForm(text) : lowered.startsWith(text, start) ? text : lowered.slice(start, start + text.length);

/** Figures, attribution and contest-finding all read the same sentences; the cache spares tokenising each one three times. */
const recent = new Map<string, Token[]>();
const RECENT_LIMIT = 512;

/** Tokens of one sentence, in order; whitespace is dropped. The array is shared between callers, so it is frozen. */
export function tokenize(sentence: string): Token[] {
  const cached = recent.get(sentence);
  if (cached) return cached;
  const lowered = lowerForm(sentence);
  const sameOffsets = lowered.length === sentence.length;
  const tokens: Token[] = [];
  let from = 0;
  // Each token's offset is the next place its text occurs.
  for (const text of tokenTexts(sentence)) {
    const start = sentence.indexOf(text, from);
    from = start + text.length;
    tokens.push({ text, lower: lowerOf(text, start, lowered, sameOffsets), start, end: from, opens: opening(text) });
  }
  Object.freeze(tokens);
  if (recent.size >= RECENT_LIMIT) recent.clear();
  recent.set(sentence, tokens);
  return tokens;
}

/** The `lower` of each token tokenize(text) would give, without making or keeping tokens: for counting words in a long sample. */
export function lowerTokens(text: string): string[] {
  const lowered = lowerForm(text);
  const sameOffsets = lowered.length === text.length;
  let from = 0;
  return tokenTexts(text).map((token) => {
    const start = text.indexOf(token, from);
    from = start + token.length;
    return lowerOf(token, start, lowered, sameOffsets);
  });
}

/** Forgets the sentences and tokens kept from earlier analyses: the bench times each analysis from nothing. */
export function forgetRecentText(): void {
  recentSplits.clear();
  recent.clear();
}

/** Index of the first token starting at or after `offset` (tokens.length when none). */
export function tokenIndexAt(tokens: readonly Token[], offset: number): number {
  let low = 0;
  let high = tokens.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (tokens[middle]!.start < offset) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** Whether the tokens from `index` on read `words` (lower forms, in order): a multi-word cue or phrase at that token. */
export const wordsAt = (tokens: readonly Token[], index: number, words: readonly string[]): boolean =>
  words.every((word, k) => tokens[index + k]?.lower === word);

/** A token that starts with a letter or a combining mark. */
export const isWord = (token: Token | undefined): boolean => token !== undefined && (token.opens === 'letter' || token.opens === 'mark');
/** Capitalised, after an elided article too ("l’Arcep"). */
export const isCapitalised = (token: Token | undefined): boolean => Boolean(token && /^(?:[ldLD]['’])?\p{Lu}/u.test(token.text));
