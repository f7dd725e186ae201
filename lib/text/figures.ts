// Finds the figures in a sentence (counts, money, percentages) and what each counts, leaving out years, dates, times, durations, ordinals and identifiers.

import { REPORTING_VERBS } from '../vocabulary/reporting';
import {
  COUNT_STOP_WORDS, CURRENCY_PREFIXES, CURRENCY_SUFFIXES, DETERMINERS, DURATION_WORDS,
  IDENTIFIER_WORDS, IRREGULAR_PLURALS, MONTH_NAMES_EN, MONTH_NAMES_ES, PERCENT_UNIT, PERCENT_WORDS,
  S_ENDING_SINGULARS, SCALE_SUFFIXES, TIME_PREFIXES, TIME_SUFFIXES, TOPIC_FILLER_WORDS,
  WEEKDAY_NAMES, YEAR_CONTEXT_WORDS,
} from '../vocabulary/units';
import { numberFormat, readNumbers, scaleOf, type NumberReading } from './numbers';
import { tokenize, tokenIndexAt, type Token } from './sentences';

/** A number on its way to being a figure, with the unit found around it. */
interface Candidate extends NumberReading {
  unit?: string;
}

/** A figure as found in one sentence; offsets are UTF-16 indices into that sentence. */
export interface FigureMention {
  value: number;
  /** As printed: "58", "2,000", "$40 million", "twenty-three", "12 percent". */
  text: string;
  /** ISO currency code where the sign is unambiguous ("$" is read as USD), "percent", or absent for plain counts. */
  unit?: string;
  /** The counted thing: "Pakistani military personnel", "people". */
  counts?: string;
  start: number;
  end: number;
}

const CURRENCY_BEFORE = new RegExp(`(?:^|[^\\p{L}])(${alternation(Object.keys(CURRENCY_PREFIXES))})\\s?$`, 'u');
const PERCENT_AFTER = new RegExp(`\\s?(?:${alternation(PERCENT_WORDS)})(?![\\p{L}])`, 'iuy');
const CURRENCY_AFTER = new RegExp(`\\s?(?:de\\s+)?(${alternation(Object.keys(CURRENCY_SUFFIXES))})(?![\\p{L}])`, 'uy');

const COUNT_STOPS = new Set([...COUNT_STOP_WORDS, ...WEEKDAY_NAMES, ...MONTH_NAMES_ES]);
const REPORTING = new Set(REPORTING_VERBS);
const MONTHS_EN = new Set(MONTH_NAMES_EN);
const MONTHS_ES = new Set(MONTH_NAMES_ES);
const DURATIONS = new Set(DURATION_WORDS);
const TIMES_AFTER = new Set(TIME_SUFFIXES);
const TIMES_BEFORE = new Set(TIME_PREFIXES);
const IDENTIFIERS = new Set(IDENTIFIER_WORDS);
const DETERMINER_SET = new Set(DETERMINERS);
const FILLERS = new Set([...TOPIC_FILLER_WORDS, ...COUNT_STOP_WORDS]);
const IRREGULAR = new Set(IRREGULAR_PLURALS);
const S_SINGULARS = new Set(S_ENDING_SINGULARS);
const YEAR_CONTEXT = new Set(YEAR_CONTEXT_WORDS);
/** Verb forms end a counted phrase after its first word ("people gathered", "personas heridas"). */
const VERB_LIKE = /^\p{Ll}{3,}(?:ed|ing|aron|ieron|aban|ían|ado|ada|ados|adas|ido|ida|idos|idas)$/u;
/** Finite verbs are dropped even as the only word ("2,000 attended"); Spanish participles stay, being nouns as often ("300 heridos"). */
const FINITE_VERB = /^\p{Ll}{3,}(?:ed|ing|aron|ieron|aban|ían)$/u;
const ADVERB = /^\p{Ll}{3,}(?<![ipb])ly$/u;

function alternation(words: readonly string[]): string {
  return [...words].sort((a, b) => b.length - a.length).map((w) => w.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')).join('|');
}

function isMonth(token: Token | undefined): boolean {
  if (!token) return false;
  return MONTHS_ES.has(token.lower) || (MONTHS_EN.has(token.lower) && /^\p{Lu}/u.test(token.text));
}

/** The word before position `index`, stepping over an abbreviation's period or a "#" ("No. 1"). */
function wordBefore(tokens: readonly Token[], index: number): Token | undefined {
  const previous = tokens[index - 1];
  if (previous && (previous.text === '.' || previous.text === '#')) return tokens[index - 2];
  return previous;
}

/** A plural noun heads its phrase, so the phrase ends with it ("40 percent of households agree"). */
function isPluralHead(token: Token): boolean {
  const word = token.lower;
  if (IRREGULAR.has(word)) return true;
  return word.length > 3 && /s$/.test(word) && !/(?:ss|us|is)$/.test(word) && !S_SINGULARS.has(word);
}

/** The counted thing after a figure: up to four words, through "of its", stopping at verbs, prepositions and punctuation. */
function countedThing(tokens: readonly Token[], from: number): string | undefined {
  let j = from;
  if (tokens[j]?.lower === 'of' || tokens[j]?.lower === 'de') {
    j += DETERMINER_SET.has(tokens[j + 1]?.lower ?? '') || /^(?:the|la|el)$/.test(tokens[j + 1]?.lower ?? '') ? 2 : 1;
  }
  const words: Token[] = [];
  for (; j < tokens.length && words.length < 4; j++) {
    const token = tokens[j]!;
    if (!/^[\p{L}\p{M}]/u.test(token.text) || /\p{N}/u.test(token.text) || COUNT_STOPS.has(token.lower)) break;
    const previous = words[words.length - 1];
    if (previous) {
      if (REPORTING.has(token.lower)) break;
      if (VERB_LIKE.test(token.text) && !ADVERB.test(previous.text)) break;
      if (ADVERB.test(token.text) || (/^\p{Lu}/u.test(token.text) && /^\p{Ll}/u.test(previous.text))) break;
    }
    words.push(token);
    if (isPluralHead(token)) break;
  }
  while (words.length && FINITE_VERB.test(words[words.length - 1]!.text)) words.pop();
  return words.length ? words.map((w) => w.text.replace(/’/g, "'")).join(' ') : undefined;
}

/** Extends a candidate over a scale word, a percent sign or a currency word after it. */
function extendUnits(sentence: string, tokens: readonly Token[], candidate: Candidate): void {
  const next = tokens[tokenIndexAt(tokens, candidate.end)];
  const scale = next && !candidate.spelled && next.start - candidate.end <= 1 ? scaleOf(next.lower) : undefined;
  if (next && scale !== undefined) {
    const after = tokens[tokenIndexAt(tokens, next.end)];
    const billions = next.lower === 'mil' && after && /^millones$|^millón$/.test(after.lower);
    candidate.value *= billions ? 1e9 : scale;
    candidate.end = billions ? after.end : next.end;
    candidate.plain = false;
  }
  PERCENT_AFTER.lastIndex = candidate.end;
  const percent = PERCENT_AFTER.exec(sentence);
  if (percent && !candidate.unit) {
    candidate.unit = PERCENT_UNIT;
    candidate.end += percent[0].length;
    candidate.plain = false;
    return;
  }
  CURRENCY_AFTER.lastIndex = candidate.end;
  const currency = CURRENCY_AFTER.exec(sentence);
  if (currency && !candidate.unit) {
    candidate.unit = CURRENCY_SUFFIXES[currency[1]!];
    candidate.end += currency[0].length;
    candidate.plain = false;
  }
}

/** Whether the number names a time, a date, a duration, a year or a thing rather than counting. */
function isNotAFigure(tokens: readonly Token[], candidate: Candidate, counts: string | undefined): boolean {
  const at = tokenIndexAt(tokens, candidate.start);
  const before = wordBefore(tokens, at);
  const after = tokens[tokenIndexAt(tokens, candidate.end)];
  const beforeLower = before?.lower ?? '';
  if (!candidate.unit) {
    if (after && (TIMES_AFTER.has(after.lower) || DURATIONS.has(after.lower))) return true;
    if (TIMES_BEFORE.has(beforeLower) && !candidate.spelled && candidate.value <= 24) return true;
  }
  const dayOfMonth = Number.isInteger(candidate.value) && candidate.value >= 1 && candidate.value <= 31;
  if (dayOfMonth && !candidate.unit) {
    const afterAfter = tokens[tokenIndexAt(tokens, candidate.end) + 1];
    if (isMonth(before) || isMonth(after) || (after?.lower === 'de' && isMonth(afterAfter))) return true;
  }
  if (candidate.plain && candidate.value >= 1900 && candidate.value <= 2100) {
    const dateComma = tokens[at - 1]?.text === ',' && isMonth(tokens[at - 3]);
    if (YEAR_CONTEXT.has(beforeLower) || isMonth(before) || dateComma || !counts) return true;
  }
  if (candidate.spelled) return DETERMINER_SET.has(beforeLower) && candidate.value < 100;
  if (IDENTIFIERS.has(beforeLower) || tokens[at - 1]?.text === '#') return !candidate.unit;
  const namedThing = before && /^\p{Lu}/u.test(before.text) && !FILLERS.has(beforeLower) && !isMonth(before);
  return Boolean(namedThing && !counts && !candidate.unit && before.end === candidate.start - 1);
}

/** A currency sign before the numeral ("$40", "US$5m") joins the figure; a glued "m" or "bn" scales only money. */
function withCurrencyPrefix(sentence: string, reading: NumberReading): Candidate | null {
  const currency = reading.spelled ? null : CURRENCY_BEFORE.exec(sentence.slice(Math.max(0, reading.start - 5), reading.start));
  if (!currency) return reading.suffix ? null : { ...reading };
  const signStart = reading.start - currency[0].length + currency[0].indexOf(currency[1]!);
  const value = reading.value * (reading.suffix ? SCALE_SUFFIXES[reading.suffix]! : 1);
  return { ...reading, start: signStart, value, plain: false, unit: CURRENCY_PREFIXES[currency[1]!] };
}

/** Figures in one sentence, in order. `locale` decides how "3.000" reads and which spelled numbers are known. */
export function findFigures(sentence: string, locale = 'en'): FigureMention[] {
  const tokens = tokenize(sentence);
  const figures: FigureMention[] = [];
  let covered = 0;
  for (const reading of readNumbers(sentence, tokens, numberFormat(locale))) {
    // A figure's unit may contain a number word ("por ciento"): that word is no figure of its own.
    if (reading.start < covered) continue;
    const candidate = withCurrencyPrefix(sentence, reading);
    if (!candidate) continue;
    extendUnits(sentence, tokens, candidate);
    covered = candidate.end;
    const counts = countedThing(tokens, tokenIndexAt(tokens, candidate.end));
    if (!Number.isFinite(candidate.value) || isNotAFigure(tokens, candidate, counts)) continue;
    const figure: FigureMention = { value: candidate.value, text: sentence.slice(candidate.start, candidate.end), start: candidate.start, end: candidate.end };
    if (candidate.unit) figure.unit = candidate.unit;
    // Money and percentages count something only when "of" says so ("12 percent of households").
    if (counts && (!candidate.unit || /^(?:of|de)\s/i.test(sentence.slice(candidate.end).trimStart()))) figure.counts = counts;
    figures.push(figure);
  }
  return figures;
}
