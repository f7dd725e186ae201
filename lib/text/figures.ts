// Finds the figures in a sentence (counts, money, percentages) and what each counts, leaving out years, dates, times, durations, ordinals and identifiers.

import { WEEKDAY_NAMES, MONTH_NAMES_OTHER } from '../vocabulary/dates';
import { REPORTING_VERBS } from '../vocabulary/reporting';
import {
  COUNT_QUALIFIERS, COUNT_STOP_WORDS, CURRENCY_PREFIXES, CURRENCY_SUFFIXES, DETERMINERS, IRREGULAR_PLURALS, LENGTH_CONTEXT_WORDS,
  MEASURE_NOUNS, PERCENT_UNIT, PERCENT_WORDS, S_ENDING_SINGULARS, SCALE_SUFFIXES,
} from '../vocabulary/units';
import { isNotAFigure, type Candidate } from './non-figures';
import { numberFormat, readNumbers, scaleOf, type NumberFormat, type NumberReading } from './numbers';
import { tokenize, tokenIndexAt, type Token } from './sentences';
import { escapeRegExp } from '../regexp';

/** A figure as found in one sentence; offsets are UTF-16 indices into that sentence. */
export interface FigureMention {
  value: number;
  /** As printed: "58", "2,000", "$40 million", "twenty-three", "12 percent", "1.4m". */
  text: string;
  /** ISO currency code where the sign is unambiguous ("$" is read as USD), "percent", or absent for plain counts. */
  unit?: string;
  /** The counted thing: "Pakistani military personnel", "people", "miles of water mains". */
  counts?: string;
  start: number;
  end: number;
}

const alternation = (words: readonly string[]) => [...words].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|');
const CURRENCY_BEFORE = new RegExp(`(?:^|[^\\p{L}])(${alternation(Object.keys(CURRENCY_PREFIXES))})\\s?$`, 'u');
const PERCENT_AFTER = new RegExp(`\\s?(?:${alternation(PERCENT_WORDS)})(?![\\p{L}])`, 'iuy');
const CURRENCY_AFTER = new RegExp(`\\s?(?:de\\s+)?(${alternation(Object.keys(CURRENCY_SUFFIXES))})(?![\\p{L}])`, 'uy');
/** Words between the two ends of a range: "31bn to 36bn", "between 9 and 12", "3 a 5", "10 bis 12". */
export const RANGE_LINK = /^\s*(?:to|and|or|-|–|a|y|e|et|à|bis|und)\s*$/u;

const COUNT_STOPS = new Set([...COUNT_STOP_WORDS, ...WEEKDAY_NAMES, ...MONTH_NAMES_OTHER]);
const REPORTING = new Set(REPORTING_VERBS);
const DETERMINER_SET = new Set(DETERMINERS);
const IRREGULAR = new Set(IRREGULAR_PLURALS);
const S_SINGULARS = new Set(S_ENDING_SINGULARS);
const MEASURES = new Set(MEASURE_NOUNS);
const LENGTH_CONTEXT = new Set(LENGTH_CONTEXT_WORDS);
const ONE_QUALIFIERS = new Set(COUNT_QUALIFIERS);
/** Verb forms end a counted phrase after its first word ("people gathered", "personas heridas"). */
const VERB_LIKE = /^\p{Ll}{3,}(?:ed|ing|aron|ieron|aban|ían|ado|ada|ados|adas|ido|ida|idos|idas)$/u;
/** Finite verbs are dropped even as the only word ("2,000 attended"); "-ing" words and Spanish participles stay, being nouns as often ("one sailing", "300 heridos"). */
const FINITE_VERB = /^\p{Ll}{3,}(?:ed|aron|ieron|aban|ían)$/u;
const ADVERB = /^\p{Ll}{3,}(?<![ipb])ly$/u;

/** A plural noun heads its phrase, so the phrase ends with it ("40 percent of households agree"). */
function isPluralHead(token: Token): boolean {
  const word = token.lower;
  if (IRREGULAR.has(word)) return true;
  return word.length > 3 && /s$/.test(word) && !/(?:ss|us|is)$/.test(word) && !S_SINGULARS.has(word);
}

interface CountedThing {
  text: string;
  plural: boolean;
}

/** The counted thing after a figure: up to four words, through "of its", stopping at verbs, prepositions and punctuation; a measure goes on through "of". */
function countedThing(tokens: readonly Token[], from: number): CountedThing | undefined {
  let j = from;
  if (tokens[j]?.lower === 'of' || tokens[j]?.lower === 'de') {
    j += DETERMINER_SET.has(tokens[j + 1]?.lower ?? '') || /^(?:the|la|el)$/.test(tokens[j + 1]?.lower ?? '') ? 2 : 1;
  }
  const words: Token[] = [];
  for (; j < tokens.length && words.length < 4; j++) {
    const token = tokens[j]!;
    if (!/^[\p{L}\p{M}]/u.test(token.text) || /\p{N}/u.test(token.text) || COUNT_STOPS.has(token.lower)) break;
    const previous = words[words.length - 1];
    // A reporting verb is no counted thing ("one said"), though a participle may describe one ("1,240 confirmed cases").
    if (REPORTING.has(token.lower) && (previous || !token.lower.endsWith('ed'))) break;
    if (previous) {
      if (VERB_LIKE.test(token.text) && !ADVERB.test(previous.text)) break;
      if (ADVERB.test(token.text) || (/^\p{Lu}/u.test(token.text) && /^\p{Ll}/u.test(previous.text))) break;
    }
    words.push(token);
    if (isPluralHead(token)) break;
  }
  while (words.length && FINITE_VERB.test(words[words.length - 1]!.text)) words.pop();
  if (!words.length) return undefined;
  const last = words[words.length - 1]!;
  const text = words.map((w) => w.text.replace(/’/g, "'")).join(' ');
  const afterLast = tokenIndexAt(tokens, last.end);
  if (words.length === 1 && MEASURES.has(last.lower) && tokens[afterLast]?.lower === 'of') {
    const inner = countedThing(tokens, afterLast);
    if (inner) return { text: `${text} of ${inner.text}`, plural: true };
  }
  return { text, plural: isPluralHead(last) };
}

/** Extends a candidate over a scale word ("2 millones", "mil millones"), a percent sign or a currency word after it. */
function extendUnits(sentence: string, tokens: readonly Token[], candidate: Candidate, format: NumberFormat): void {
  const next = tokens[tokenIndexAt(tokens, candidate.end)];
  const scale = next && !candidate.spelled && next.start - candidate.end <= 1 ? scaleOf(next.lower, format) : undefined;
  if (next && scale !== undefined) {
    const after = tokens[tokenIndexAt(tokens, next.end)];
    const second = after ? scaleOf(after.lower, format) : undefined;
    const total = second !== undefined && second > scale ? scale * second : scale;
    candidate.value *= total;
    candidate.scale = total;
    candidate.end = second !== undefined && second > scale ? after!.end : next.end;
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

/** A currency sign before the numeral ("$40", "US$5m") joins the figure; a glued "m", "bn" or "k" scales it unless a length follows ("100m sprint"). */
function withPrefixAndSuffix(sentence: string, tokens: readonly Token[], reading: NumberReading): Candidate | null {
  const currency = reading.spelled ? null : CURRENCY_BEFORE.exec(sentence.slice(Math.max(0, reading.start - 5), reading.start));
  const candidate: Candidate = { ...reading };
  if (reading.suffix) {
    if (!currency && LENGTH_CONTEXT.has(tokens[tokenIndexAt(tokens, reading.end)]?.lower ?? '')) return null;
    const scale = SCALE_SUFFIXES[reading.suffix];
    if (scale !== undefined) {
      candidate.scale = scale;
      candidate.value = reading.value * scale;
    }
    candidate.plain = false;
  }
  if (currency) {
    candidate.start = reading.start - currency[0].length + currency[0].indexOf(currency[1]!);
    candidate.plain = false;
    candidate.unit = CURRENCY_PREFIXES[currency[1]!];
  }
  return candidate;
}

/**
 * An ambiguous number word counts before a counted thing that is no "of" phrase; "one" only where a number is expected: after a qualifier
 * ("only one train", "at least one") or as what a source said ("said one train"); not "one of the", "no one",
 * "the one", "one instance of this problem".
 */
function keepsAmbiguous(tokens: readonly Token[], candidate: Candidate, counts: CountedThing | undefined): boolean {
  const at = tokenIndexAt(tokens, candidate.start);
  const next = tokens[at + 1]?.lower;
  if (!counts || next === 'of' || next === 'de' || /^\p{Lu}/u.test(tokens[at + 1]?.text ?? '')) return false;
  // Other such words ("sei", "neuf") only need the counted thing.
  if (candidate.value !== 1) return true;
  const before = tokens[at - 1]?.lower ?? '';
  const reported = REPORTING.has(before) || (before === 'that' && REPORTING.has(tokens[at - 2]?.lower ?? ''));
  return reported || ONE_QUALIFIERS.has(before);
}

interface Found {
  candidate: Candidate;
  counts?: CountedThing;
}

/** The two ends of a range share what only one of them shows: "$31bn to 36bn", "between 3 and 5 million people", "9 to 12 percent". */
function shareRangeUnits(sentence: string, found: Found[]): void {
  for (let i = 0; i + 1 < found.length; i++) {
    const low = found[i]!;
    const high = found[i + 1]!;
    const [lowUnit, highUnit] = [low.candidate.unit, high.candidate.unit];
    // "rose 8.8 per cent to £395m" is a change and its result, not a range.
    if ((lowUnit && highUnit && lowUnit !== highUnit) || !RANGE_LINK.test(sentence.slice(low.candidate.end, high.candidate.start))) continue;
    if (!high.candidate.unit && low.candidate.unit && low.candidate.unit !== PERCENT_UNIT) high.candidate.unit = low.candidate.unit;
    if (!low.candidate.unit && high.candidate.unit) low.candidate.unit = high.candidate.unit;
    if (!low.candidate.scale && high.candidate.scale && low.candidate.value * high.candidate.scale <= high.candidate.value) {
      low.candidate.value *= high.candidate.scale;
    }
    if (!low.counts && high.counts) low.counts = high.counts;
  }
}

/** Figures in one sentence, in order. `locale` (BCP 47) decides how "3.000" reads and which spelled numbers are known (en, es, fr, de, it, pt). */
export function findFigures(sentence: string, locale = 'en'): FigureMention[] {
  const tokens = tokenize(sentence);
  const format = numberFormat(locale);
  const found: Found[] = [];
  let covered = 0;
  for (const reading of readNumbers(sentence, tokens, format)) {
    // A figure's unit may contain a number word ("por ciento"): that word is no figure of its own.
    if (reading.start < covered) continue;
    const candidate = withPrefixAndSuffix(sentence, tokens, reading);
    if (!candidate) continue;
    extendUnits(sentence, tokens, candidate, format);
    covered = candidate.end;
    const counts = countedThing(tokens, tokenIndexAt(tokens, candidate.end));
    if (!Number.isFinite(candidate.value) || isNotAFigure(sentence, tokens, candidate, counts?.text, counts?.plural ?? false, format.language)) continue;
    if (candidate.ambiguous && !keepsAmbiguous(tokens, candidate, counts)) continue;
    // A glued "m" or "k" before one thing is a length or a model ("a 7m statue", "4790k CPU"), not millions.
    if ((candidate.suffix === 'm' || candidate.suffix === 'k') && !candidate.unit && counts && !counts.plural) continue;
    found.push({ candidate, counts });
  }
  shareRangeUnits(sentence, found);
  return found.map(({ candidate, counts }) => {
    const figure: FigureMention = { value: candidate.value, text: sentence.slice(candidate.start, candidate.end), start: candidate.start, end: candidate.end };
    if (candidate.unit) figure.unit = candidate.unit;
    // Money and percentages count something only when "of" says so ("12 percent of households").
    if (counts && (!candidate.unit || /^(?:of|de)\s/i.test(sentence.slice(candidate.end).trimStart()))) figure.counts = counts.text;
    return figure;
  });
}
