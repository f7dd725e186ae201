// Decides when a number names a date, year, time, duration, age, address, name or thing rather than counting something.

import { COPYRIGHT_WORDS, DAY_LINK_WORDS, MONTH_NAMES_EN, MONTH_NAMES_OTHER } from '../vocabulary/dates';
import {
  COUNT_STOP_WORDS, DETERMINERS, DURATION_QUALIFIERS, DURATION_WORDS, IDENTIFIER_WORDS, STREET_WORDS, TIME_PREFIXES, TIME_SUFFIXES,
  FRACTION_WORDS, SINGULAR_DETERMINERS, TOPIC_FILLER_WORDS, VAGUE_QUANTIFIERS, YEAR_CONTEXT_WORDS,
} from '../vocabulary/units';
import type { NumberReading } from './numbers';
import { tokenIndexAt, type Token } from './sentences';

/** A number on its way to being a figure, with the unit found around it. */
export interface Candidate extends NumberReading {
  unit?: string;
  /** The scale a word or suffix gave it ("bn" → 1e9), so the other end of a range can take it. */
  scale?: number;
}

const MONTHS_EN = new Set(MONTH_NAMES_EN);
const MONTHS_OTHER = new Set(MONTH_NAMES_OTHER);
const DAY_LINKS = new Set(DAY_LINK_WORDS);
const COPYRIGHT = new Set(COPYRIGHT_WORDS);
const DURATIONS = new Set(DURATION_WORDS);
const TIMES_AFTER = new Set(TIME_SUFFIXES);
const TIMES_BEFORE = new Set(TIME_PREFIXES);
const IDENTIFIERS = new Set(IDENTIFIER_WORDS);
const DETERMINER_SET = new Set(DETERMINERS);
const SINGULAR_DETERMINER_SET = new Set(SINGULAR_DETERMINERS);
const STREETS = new Set(STREET_WORDS);
const FILLERS = new Set([...TOPIC_FILLER_WORDS, ...COUNT_STOP_WORDS]);
const YEAR_CONTEXT = new Set(YEAR_CONTEXT_WORDS);
const VAGUE = new Set(VAGUE_QUANTIFIERS);
const FRACTIONS = new Set(FRACTION_WORDS);
const STREET_REACH = 4;
const QUALIFIED_DURATION = new Set(DURATION_QUALIFIERS);

/** A month name: English ones only capitalised ("May 5", not "30 may"), the others in any case ("18 octobre"). */
export function isMonth(token: Token | undefined): boolean {
  if (!token) return false;
  return MONTHS_OTHER.has(token.lower) || (MONTHS_EN.has(token.lower) && /^\p{Lu}/u.test(token.text));
}

const isDayNumber = (token: Token | undefined) => Boolean(token && /^\d{1,2}$/.test(token.text) && Number(token.text) >= 1 && Number(token.text) <= 31);

/** The month right after a day: "9 August", "19. Januar", "3 de março". */
function monthAfter(tokens: readonly Token[], index: number): boolean {
  const next = tokens[index];
  if (next?.text === '.' || next?.lower === 'de' || next?.lower === 'di') return isMonth(tokens[index + 1]);
  return isMonth(next);
}

/**
 * Whether the day-sized number at tokens[at] is a day of a date, alone or in a pair or range of days:
 * "August 9 and 10", "9 to 11 August", "on 2 and 3 August", "16 or 17 August", "19. Januar".
 */
function isDay(tokens: readonly Token[], at: number, after: number): boolean {
  const abbreviated = tokens[at - 1]?.text === '.' && isMonth(tokens[at - 2]);
  if (isMonth(tokens[at - 1]) || abbreviated || monthAfter(tokens, after)) return true;
  const linkAfter = DAY_LINKS.has(tokens[after]?.lower ?? '');
  if (linkAfter && isDayNumber(tokens[after + 1]) && monthAfter(tokens, after + 2)) return true;
  const linkBefore = DAY_LINKS.has(tokens[at - 1]?.lower ?? '');
  return linkBefore && isDayNumber(tokens[at - 2]) && isMonth(tokens[at - 3]);
}

/** "Parata, 75, has" and "Yoon, 63, a former prosecutor": a small number set off by commas after a name is an age. */
function isAge(tokens: readonly Token[], at: number, after: number, candidate: Candidate): boolean {
  if (!candidate.plain || candidate.value > 120) return false;
  const closes = tokens[after]?.text === ',' || tokens[after]?.text === ')' || tokens[after] === undefined;
  return tokens[at - 1]?.text === ',' && /^\p{Lu}/u.test(tokens[at - 2]?.text ?? '') && closes;
}

/** "4 Corn Street": a number before a capitalised name that ends in a street word within a few words. */
function isStreetNumber(tokens: readonly Token[], after: number): boolean {
  for (let i = after; i < after + STREET_REACH && i < tokens.length; i++) {
    const token = tokens[i]!;
    if (!/^\p{Lu}/u.test(token.text)) return false;
    if (STREETS.has(token.lower) && i > after) return true;
  }
  return false;
}

/** A year: "in 1788", "May 2025", "© 2025", "’91", or a plain 19xx/20xx that counts no plural thing ("the 2022 presidential election"). */
function isYear(sentence: string, tokens: readonly Token[], at: number, candidate: Candidate, countsPlural: boolean): boolean {
  if (!candidate.plain) return false;
  if (/^\d{2}$/.test(sentence.slice(candidate.start, candidate.end)) && /['’]$/.test(sentence.slice(0, candidate.start))) return true;
  if (candidate.value < 1000 || candidate.value > 2100) return false;
  const before = tokens[at - 1];
  const dateComma = before?.text === ',' && isMonth(tokens[at - 3]);
  // After "in" or a month a year is usual; "in 1500 homes" still counts, but "In 2025 prices rose" does not.
  if (YEAR_CONTEXT.has(before?.lower ?? '') || isMonth(before) || dateComma) return candidate.value >= 1900 || !countsPlural;
  return candidate.value >= 1900 && !countsPlural;
}

/** Whether token `index` is a duration word ("days", "years"). */
function isDurationAt(tokens: readonly Token[], index: number): boolean {
  return DURATIONS.has(tokens[index]?.lower ?? '');
}

/**
 * Whether the number names a time, a date, a duration, a year, an age, an address or a thing rather than counting.
 * `counts` is the counted thing found after it; `countsPlural` says whether that phrase ends in a plural noun;
 * `language` is the text's language subtag ("en", "de").
 */
export function isNotAFigure(
  sentence: string, tokens: readonly Token[], candidate: Candidate, counts: string | undefined, countsPlural: boolean, language: string,
): boolean {
  const at = tokenIndexAt(tokens, candidate.start);
  const afterIndex = tokenIndexAt(tokens, candidate.end);
  const previous = tokens[at - 1];
  const before = previous && (previous.text === '.' || previous.text === '#') ? tokens[at - 2] : previous;
  const after = tokens[afterIndex];
  const beforeLower = before?.lower ?? '';
  if (COPYRIGHT.has(beforeLower) || (previous?.text === ')' && tokens[at - 2]?.lower === 'c')) return true;
  if (!candidate.unit) {
    // "four days", "two more years", and the low end of "two or three days".
    const ranged = DAY_LINKS.has(after?.lower ?? '') && /^[\p{L}\d]/u.test(tokens[afterIndex + 1]?.text ?? '') && isDurationAt(tokens, afterIndex + 2);
    const durationAfter = isDurationAt(tokens, afterIndex) || (QUALIFIED_DURATION.has(after?.lower ?? '') && isDurationAt(tokens, afterIndex + 1)) || ranged;
    if (durationAfter || TIMES_AFTER.has(after?.lower ?? '')) return true;
    if (TIMES_BEFORE.has(beforeLower) && !candidate.spelled && candidate.value <= 24) return true;
    if (!candidate.spelled && Number.isInteger(candidate.value) && candidate.value >= 1 && candidate.value <= 31 && isDay(tokens, at, afterIndex)) return true;
    if (isAge(tokens, at, afterIndex, candidate) || (candidate.plain && isStreetNumber(tokens, afterIndex))) return true;
  }
  if (isYear(sentence, tokens, at, candidate, countsPlural)) return true;
  // German writes ordinals with a period: "die 3. Liga", "zum 5. Mal".
  if (language === 'de' && candidate.plain && after?.text === '.' && /^\p{L}/u.test(tokens[afterIndex + 1]?.text ?? '')) return true;
  if (candidate.spelled) {
    if (VAGUE.has(beforeLower) || FRACTIONS.has(after?.lower ?? '')) return true;
    // "Ninety Mile Beach": a capitalised number word inside a name.
    const inName = at > 0 && /^\p{Lu}/u.test(tokens[at]!.text) && /^\p{Lu}/u.test(after?.text ?? '');
    const determined = DETERMINER_SET.has(beforeLower) && !(SINGULAR_DETERMINER_SET.has(beforeLower) && candidate.value > 1);
    return inName || (determined && candidate.value < 100);
  }
  if (IDENTIFIERS.has(beforeLower) || previous?.text === '#') return !candidate.unit;
  // German capitalises every noun, so there a capital before the number names nothing ("die Veranstalter 17.000").
  const namedThing = language !== 'de' && before && /^\p{Lu}/u.test(before.text) && !FILLERS.has(beforeLower) && !isMonth(before);
  // "PlayStation 4 Pro", "Boeing 737 Max": between two capitalised words, a number is part of a product's name (a
  // sentence's first word is capitalised anyway: "Environ 400 Français").
  const inName = at > 1 && !countsPlural && /^\p{Lu}/u.test(after?.text ?? '') && after!.start === candidate.end + 1;
  return Boolean(namedThing && (!counts || inName) && !candidate.unit && before.end === candidate.start - 1);
}
