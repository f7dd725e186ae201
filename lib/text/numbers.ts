// Reads numbers as written: numerals in English and continental formats, spelled numbers in en, es, fr, de, it and pt.

import { NUMBER_LANGUAGES, NUMBER_WORDS, type NumberLanguage, type NumberWords } from '../vocabulary/number-words';
import { DECIMAL_COMMA_LANGUAGES, DECIMAL_POINT_REGIONS, GLUED_UNITS, HYPHENATED_MEASURES } from '../vocabulary/units';
import { escapeRegExp } from '../regexp';
import type { Token } from './sentences';

export interface NumberFormat {
  language: NumberLanguage;
  decimalComma: boolean;
}

/** A number read from a sentence, before deciding whether it is a figure. */
export interface NumberReading {
  start: number;
  end: number;
  value: number;
  /** Digits only: the shape of a year. */
  plain: boolean;
  spelled: boolean;
  /** "m", "k", "bn" or a unit ("MB") glued to the numeral ("40m", "1.4m", "3MB"). */
  suffix?: string;
  /** A spelled number that is as often another word ("one", Italian "sei"): a figure only before a counted thing. */
  ambiguous?: boolean;
}

/**
 * Thousands groups are capped at five (10^18) so a run of digit groups costs linear time; operands of a formula
 * ("10^5 * 300") are left out. A glued scale ("40m", "2bn") or unit ("3MB") is read with the numeral, and a hyphen may
 * join a measure ("300-pound"), never anything else ("10-year", "F-16").
 */
const NUMERAL = new RegExp(
  String.raw`(?<![\p{L}\p{N}_\-/.,:#^*]|[*^×+]\s)(\d{1,3}(?:(?:[ \u00A0\u202F]\d{3}){1,5}(?!\d)|(?:,\d{3}){1,5}|(?:\.\d{3}){1,5})(?:[.,]\d+)?|\d+(?:[.,]\d+)?)` +
    `(k|m|bn|${GLUED_UNITS.map(escapeRegExp).join('|')})?` +
    String.raw`(?![\p{L}\p{N}/:^*]|-(?!(?:${HYPHENATED_MEASURES.map(escapeRegExp).join('|')})(?![\p{L}\-]))|[.,]\d|\s[*^×=+])`,
  'gu',
);

type PieceKind = 'unit' | 'multiplier' | 'scale' | 'one' | 'joiner';
interface Piece {
  kind: PieceKind;
  value: number;
}

/** One language's number words, ready for lookup; built once per language. */
interface Lexicon {
  words: NumberWords;
  // Maps, not objects: a word like "constructor" must not find Object.prototype.
  pieces: Map<string, Piece>;
  /** Sticky alternation of every piece, longest first, for words written as one ("zweiundzwanzig"). */
  compound: RegExp | null;
  /** The first two letters of every piece: most words start with none of them, and are no number. */
  starts: Set<string>;
  collectives: Set<string>;
  ambiguous: Set<string>;
}

function lexiconOf(words: NumberWords): Lexicon {
  const pieces = new Map<string, Piece>();
  const add = (entries: Iterable<[string, number]>, kind: PieceKind) => {
    for (const [word, value] of entries) if (!pieces.has(word)) pieces.set(word, { kind, value });
  };
  add(Object.entries(words.units), 'unit');
  add(Object.entries(words.multipliers), 'multiplier');
  add(Object.entries(words.scales), 'scale');
  add(words.ones.map((word) => [word, 1]), 'one');
  add(words.joiners.map((word) => [word, 0]), 'joiner');
  const alternation = [...pieces.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|');
  return {
    words,
    pieces,
    compound: words.compounds ? new RegExp(`(?:${alternation})`, 'uy') : null,
    starts: new Set([...pieces.keys()].map((piece) => piece.slice(0, 2))),
    collectives: new Set(words.collectives),
    ambiguous: new Set(words.ambiguous),
  };
}

const LEXICONS = new Map(NUMBER_LANGUAGES.map((language) => [language, lexiconOf(NUMBER_WORDS[language])]));
const lexicon = (format: NumberFormat) => LEXICONS.get(format.language)!;

/** The value of a scale word after a numeral ("million" → 1e6, "Millionen", "mil"), if it is one. */
export function scaleOf(word: string, format: NumberFormat): number | undefined {
  const piece = lexicon(format).pieces.get(word);
  return piece?.kind === 'scale' ? piece.value : undefined;
}

export function numberFormat(locale: string): NumberFormat {
  let format = formats.get(locale);
  if (format) return format;
  const [language = 'en', region = ''] = locale.toLowerCase().split(/[-_]/);
  format = Object.freeze({
    language: (NUMBER_LANGUAGES as readonly string[]).includes(language) ? (language as NumberLanguage) : 'en',
    decimalComma: DECIMAL_COMMA_LANGUAGES.includes(language) && !DECIMAL_POINT_REGIONS.includes(region),
  });
  // Asked once per sentence: a page has one or two locales, a hostile caller many (then nothing more is kept).
  if (formats.size < MAX_FORMATS) formats.set(locale, format);
  return format;
}

const formats = new Map<string, NumberFormat>();
const MAX_FORMATS = 64;

/** Reads "1,240", "3.000", "15 000", "2.5" and "1.234,5"; one separator before exactly three digits groups thousands unless the locale makes it a decimal mark. */
function parseNumeral(raw: string, decimalComma: boolean): number {
  const digits = raw.replace(/[ \u00A0\u202F]/g, '');
  const commas = digits.split(',').length - 1;
  const dots = digits.split('.').length - 1;
  const threeAfter = (mark: string) => digits.length - digits.lastIndexOf(mark) - 1 === 3;
  let decimalMark: ',' | '.' | null = null;
  if (commas && dots) decimalMark = digits.lastIndexOf(',') > digits.lastIndexOf('.') ? ',' : '.';
  else if (commas === 1 && !(threeAfter(',') && !decimalComma)) decimalMark = ',';
  else if (dots === 1 && !(threeAfter('.') && decimalComma)) decimalMark = '.';
  const groupMark = decimalMark ? (decimalMark === ',' ? '.' : ',') : commas ? ',' : '.';
  const grouped = digits.split(groupMark).join('');
  return Number(decimalMark ? grouped.replace(decimalMark, '.') : grouped);
}

/** The pieces of a number word: one piece, tens and unit hyphenated ("twenty-three"), or pieces written together ("duecentomila"); null for any other word. */
function piecesOf(word: string, lex: Lexicon): Piece[] | null {
  const piece = lex.pieces.get(word);
  if (piece) return [piece];
  if (lex.compound) {
    if (!lex.starts.has(word.slice(0, 2))) return null;
    const joined = word.replace(/-/g, '');
    const found: Piece[] = [];
    let at = 0;
    lex.compound.lastIndex = 0;
    for (let match = lex.compound.exec(joined); match; match = lex.compound.exec(joined)) {
      found.push(lex.pieces.get(match[0])!);
      at = lex.compound.lastIndex;
    }
    return at === joined.length && found.length > 1 ? found : null;
  }
  if (!word.includes('-')) return null;
  // Only tens and a unit are hyphenated ("twenty-three"); "one-two punch" and "two-state" are not numbers.
  const [tens, unit, ...rest] = word.split('-').map((part) => lex.pieces.get(part));
  const isTens = tens?.kind === 'unit' && tens.value >= 20 && tens.value < 100 && tens.value % 10 === 0;
  return isTens && unit?.kind === 'unit' && unit.value >= 1 && unit.value <= 9 && !rest.length ? [tens, unit] : null;
}

/** Whether a word is a number word on its own: a single article, joiner or collective ("une", "et", "dizaine") is not. */
function isNumberWord(word: string, lex: Lexicon): boolean {
  const piece = lex.pieces.get(word);
  if (piece) return piece.kind !== 'one' && piece.kind !== 'joiner' && !lex.collectives.has(word);
  // Any other number word is two pieces or more ("twenty-three", "duecentomila").
  return piecesOf(word, lex) !== null;
}

/** Value of spelled words: "two hundred and five" → 205, "dos mil millones" → 2e9, "quatre-vingt-dix" → 90. */
function spelledValue(pieces: readonly Piece[]): number {
  let total = 0;
  let current = 0;
  for (const { kind, value } of pieces) {
    if (kind === 'scale') {
      if (current === 0 && total > 0) total *= value;
      else total += (current || 1) * value;
      current = 0;
    } else if (kind === 'multiplier') current = (current || 1) * value;
    else if (kind === 'one') current += 1;
    else current += value;
  }
  return total + current;
}

/** Every numeral starts with an ASCII digit: a sentence without one is not searched. */
const DIGIT = /\d/;

/** Unicode vulgar fractions and their values. */
const VULGAR_FRACTIONS: Record<string, number> = { '¼': 0.25, '½': 0.5, '¾': 0.75, '⅓': 1 / 3, '⅔': 2 / 3, '⅛': 0.125, '⅜': 0.375, '⅝': 0.625, '⅞': 0.875 };
const VULGAR = /[¼½¾⅓⅔⅛⅜⅝⅞]/u;
/** A whole number and a vulgar fraction, written together or apart ("6½", "6 ½"), or a fraction alone ("½ mile"). */
const MIXED_NUMERAL = /(?<![\p{L}\p{N}_\-/.,:#^*])(?:(\d+)[ \u00A0\u202F]?)?([¼½¾⅓⅔⅛⅜⅝⅞])(?![\p{L}\p{N}])/gu;

/** "6 ½ minutes" → 6.5, "¾ of voters" → 0.75: mixed numbers with a vulgar fraction; none when the sentence has no fraction sign. */
function readMixedNumerals(sentence: string): NumberReading[] {
  if (!VULGAR.test(sentence)) return [];
  return Array.from(sentence.matchAll(MIXED_NUMERAL), (match) => ({
    start: match.index,
    end: match.index + match[0].length,
    value: Number(match[1] ?? 0) + VULGAR_FRACTIONS[match[2]!]!,
    plain: false,
    spelled: false,
  }));
}

function readNumerals(sentence: string, format: NumberFormat): NumberReading[] {
  const mixed = readMixedNumerals(sentence);
  if (!DIGIT.test(sentence)) return mixed;
  const whole = Array.from(sentence.matchAll(NUMERAL), (match) => {
    const reading: NumberReading = {
      start: match.index,
      end: match.index + match[0].length,
      value: parseNumeral(match[1]!, format.decimalComma),
      plain: /^\d+$/.test(match[0]),
      spelled: false,
    };
    if (match[2]) reading.suffix = match[2];
    return reading;
  });
  // A whole number read with its fraction is one reading: "6 ½" is 6.5, not 6.
  return mixed.length ? [...whole.filter((reading) => !mixed.some((m) => m.start <= reading.start && reading.end <= m.end)), ...mixed] : whole;
}

/**
 * A joiner joins a smaller number to tens, a multiplier or a scale ("two hundred and five", "treinta y dos"), or to any
 * number in Portuguese; never a number that reaches the same scale again ("entre dos mil y tres mil" is a range).
 */
function joins(previous: Piece, tokens: readonly Token[], from: number, lex: Lexicon): boolean {
  const next = piecesOf(tokens[from]?.lower ?? '', lex)?.[0];
  if (!next || next.value >= previous.value || !isNumberWord(tokens[from]!.lower, lex)) return false;
  for (let k = from; k < tokens.length && isNumberWord(tokens[k]!.lower, lex); k++) {
    if (piecesOf(tokens[k]!.lower, lex)!.some((piece) => piece.kind === 'scale' && piece.value >= previous.value)) return false;
  }
  if (lex.words.joinAfterAny) return true;
  return previous.kind !== 'unit' || (previous.value >= 20 && previous.value % 10 === 0);
}

function readSpelled(tokens: readonly Token[], format: NumberFormat): NumberReading[] {
  const lex = lexicon(format);
  const found: NumberReading[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const first = tokens[i]!.lower;
    const piece = lex.pieces.get(first);
    // Most words are neither a piece nor can be pieces written together or hyphenated (see piecesOf).
    if (!piece && !(lex.compound ? lex.starts.has(first.slice(0, 2)) : first.includes('-'))) continue;
    const next = piece?.kind === 'one' ? lex.pieces.get(tokens[i + 1]?.lower ?? '') : undefined;
    const beforeScale = next?.kind === 'scale' || next?.kind === 'multiplier';
    if (!beforeScale && !isNumberWord(first, lex)) continue;
    const pieces = [...piecesOf(first, lex)!];
    let j = i + 1;
    for (; j < tokens.length; j++) {
      const word = tokens[j]!.lower;
      if ((j === i + 1 && beforeScale) || isNumberWord(word, lex)) pieces.push(...piecesOf(word, lex)!);
      else if (lex.pieces.get(word)?.kind !== 'joiner' || !joins(pieces[pieces.length - 1]!, tokens, j + 1, lex)) break;
    }
    // "millions" alone is no figure; "mil" and "hundred" alone are.
    const vague = pieces.every((piece) => piece.kind === 'scale' && piece.value >= 1e6);
    if (!vague) {
      const reading: NumberReading = { start: tokens[i]!.start, end: tokens[j - 1]!.end, value: spelledValue(pieces), plain: false, spelled: true };
      if (j === i + 1 && lex.ambiguous.has(first)) reading.ambiguous = true;
      found.push(reading);
    }
    i = j - 1;
  }
  return found;
}

/** Numerals and spelled numbers of a sentence, in order of position. */
export function readNumbers(sentence: string, tokens: readonly Token[], format: NumberFormat): NumberReading[] {
  return [...readNumerals(sentence, format), ...readSpelled(tokens, format)].sort((a, b) => a.start - b.start);
}
