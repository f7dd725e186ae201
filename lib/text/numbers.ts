// Reads numbers as written: numerals in English and continental formats, spelled numbers in English and Spanish.

import {
  DECIMAL_COMMA_LANGUAGES, DECIMAL_POINT_REGIONS, HUNDREDS_WORDS, MULTIPLIER_WORDS, NUMBER_JOINERS,
  ONE_WORDS, SCALE_WORDS, SMALL_NUMBER_WORDS,
} from '../vocabulary/units';
import type { Token } from './sentences';

export interface NumberFormat {
  language: 'en' | 'es';
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
  /** "m", "k" or "bn" glued to the numeral ("40m"); only a currency sign makes it a scale. */
  suffix?: string;
}

/** Thousands groups are capped at five (10^18) so a run of digit groups costs linear time. */
const NUMERAL =
  /(?<![\p{L}\p{N}_\-/.,:#])(\d{1,3}(?:(?:[ \u00A0\u202F]\d{3}){1,5}(?!\d)|(?:,\d{3}){1,5}|(?:\.\d{3}){1,5})(?:[.,]\d+)?|\d+(?:[.,]\d+)?)(k|m|bn)?(?![\p{L}\p{N}\-/:]|[.,]\d)/gu;
// Maps, not objects: a word like "constructor" must not find Object.prototype.
const SMALL = { en: new Map(Object.entries(SMALL_NUMBER_WORDS.en)), es: new Map(Object.entries(SMALL_NUMBER_WORDS.es)) };
const HUNDREDS = new Map(Object.entries(HUNDREDS_WORDS));
const MULTIPLIERS = new Map(Object.entries(MULTIPLIER_WORDS));
const SCALES = new Map(Object.entries(SCALE_WORDS));
const ONES = new Set(ONE_WORDS);
const JOINERS = new Set(NUMBER_JOINERS);

/** The value of a scale word ("million" → 1e6), if it is one. */
export const scaleOf = (word: string): number | undefined => SCALES.get(word);

export function numberFormat(locale: string): NumberFormat {
  const [language = 'en', region = ''] = locale.toLowerCase().split(/[-_]/);
  return {
    language: language === 'es' ? 'es' : 'en',
    decimalComma: DECIMAL_COMMA_LANGUAGES.includes(language) && !DECIMAL_POINT_REGIONS.includes(region),
  };
}

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

function isNumberWord(word: string, format: NumberFormat): boolean {
  return (
    SMALL[format.language].has(word) || SCALES.has(word) ||
    (format.language === 'es' ? HUNDREDS.has(word) : MULTIPLIERS.has(word)) ||
    (format.language === 'en' && word.includes('-') && word.split('-').every((part) => SMALL.en.has(part)))
  );
}

/** Value of spelled words: "two hundred and five" → 205, "dos mil millones" → 2e9. */
function spelledValue(words: string[], format: NumberFormat): number {
  let total = 0;
  let current = 0;
  for (const word of words.flatMap((w) => w.split('-'))) {
    const scale = SCALES.get(word);
    const multiplier = MULTIPLIERS.get(word);
    if (scale !== undefined) {
      if (current === 0 && total > 0) total *= scale;
      else total += (current || 1) * scale;
      current = 0;
    } else if (multiplier !== undefined) current = (current || 1) * multiplier;
    else if (ONES.has(word)) current += 1;
    else current += SMALL[format.language].get(word) ?? HUNDREDS.get(word) ?? 0;
  }
  return total + current;
}

function readNumerals(sentence: string, format: NumberFormat): NumberReading[] {
  return Array.from(sentence.matchAll(NUMERAL), (match) => {
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
}

/** "and" joins after a hundred or a scale ("two hundred and five"), "y" after Spanish tens ("treinta y dos"). */
function joinsNumbers(previous: string, format: NumberFormat): boolean {
  if (format.language === 'en') return MULTIPLIERS.has(previous) || SCALES.has(previous);
  const value = SMALL.es.get(previous) ?? 0;
  return value >= 30 && value % 10 === 0;
}

function readSpelled(tokens: readonly Token[], format: NumberFormat): NumberReading[] {
  const found: NumberReading[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const first = tokens[i]!.lower;
    const next = tokens[i + 1]?.lower ?? '';
    const startsRun = isNumberWord(first, format) || (ONES.has(first) && (SCALES.has(next) || MULTIPLIERS.has(next)));
    if (!startsRun) continue;
    const words = [first];
    let j = i + 1;
    for (; j < tokens.length; j++) {
      const word = tokens[j]!.lower;
      if (isNumberWord(word, format)) words.push(word);
      else if (JOINERS.has(word) && joinsNumbers(words[words.length - 1]!, format) && isNumberWord(tokens[j + 1]?.lower ?? '', format)) continue;
      else break;
    }
    const countsSomething = words.some((word) => !SCALES.has(word)) && !(words.length === 1 && ONES.has(first));
    if (countsSomething) {
      found.push({ start: tokens[i]!.start, end: tokens[j - 1]!.end, value: spelledValue(words, format), plain: false, spelled: true });
    }
    i = j - 1;
  }
  return found;
}

/** Numerals and spelled numbers of a sentence, in order of position. */
export function readNumbers(sentence: string, tokens: readonly Token[], format: NumberFormat): NumberReading[] {
  return [...readNumerals(sentence, format), ...readSpelled(tokens, format)].sort((a, b) => a.start - b.start);
}
