// Splits a paragraph into sentences, mending the segmenter's breaks after abbreviations and initials.

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
const NEXT_START = /^\s*["“'‘(]*(\S)/u;
/** Used where Intl.Segmenter is missing; the whitespace stays with the sentence before the break, as the segmenter does. */
const FALLBACK_BREAK = /(?<=[.!?…][)"”'’]*\s+)(?=["“'‘(¿¡]*[\p{Lu}\p{N}])/u;

let segmenters: Map<string, Intl.Segmenter> | null = null;

function segmenterFor(locale: string): Intl.Segmenter | null {
  if (typeof Intl === 'undefined' || typeof Intl.Segmenter !== 'function') return null;
  segmenters ??= new Map();
  let segmenter = segmenters.get(locale);
  if (!segmenter) {
    try {
      segmenter = new Intl.Segmenter(locale, { granularity: 'sentence' });
    } catch {
      segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });
    }
    segmenters.set(locale, segmenter);
  }
  return segmenter;
}

function rawSegments(text: string, locale: string): string[] {
  const segmenter = segmenterFor(locale);
  if (!segmenter) return text.split(FALLBACK_BREAK);
  return Array.from(segmenter.segment(text), (part) => part.segment);
}

/** Whether a break between `before` and `after` falls inside a sentence. */
function isFalseBreak(before: string, after: string): boolean {
  const last = LAST_WORD.exec(before);
  if (!last) return false;
  const word = last[1]!.toLowerCase();
  const next = NEXT_START.exec(after)?.[1] ?? '';
  const lowerOrDigit = /[\p{Ll}\p{N}]/u.test(next);
  if (TITLES.has(word)) return true;
  if (/^\p{Lu}$/u.test(last[1]!)) return /\p{Lu}/u.test(next);
  return ABBREVIATIONS.has(word) && lowerOrDigit;
}

/** Sentences of `text`, trimmed, in order; empty input gives no sentences. */
export function splitSentences(text: string, locale = 'en'): string[] {
  const sentences: string[] = [];
  let pending = '';
  for (const segment of rawSegments(text, locale)) {
    if (pending && !isFalseBreak(pending, segment)) {
      sentences.push(pending);
      pending = '';
    }
    pending += segment;
  }
  if (pending) sentences.push(pending);
  return sentences.map((sentence) => sentence.trim()).filter((sentence) => sentence.length > 0);
}
