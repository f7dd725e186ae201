// A paragraph's raw sentence segments as Intl.Segmenter gives them, the segmenter asked only where a break is in doubt.

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

/** Where the segmenter would break anyway: a terminal mark, space, then a capital. */
const SURE_BREAK = /[.!?…]["”'’)]*\s+(?=["“'‘(¿¡]*\p{Lu})/gu;
const CHUNK_LENGTH = 500;

/** V8's segmenter slows down more than linearly on long strings, so long text is fed to it in chunks cut at sure breaks. */
function chunks(text: string): string[] {
  const parts: string[] = [];
  let start = 0;
  while (text.length - start > CHUNK_LENGTH) {
    SURE_BREAK.lastIndex = start + CHUNK_LENGTH;
    const next = SURE_BREAK.exec(text);
    if (!next) break;
    const end = next.index + next[0].length;
    parts.push(text.slice(start, end));
    start = end;
  }
  parts.push(text.slice(start));
  return parts;
}

/**
 * Text that the segmenter leaves whole: UAX #29 breaks a sentence only after a terminator (STerm, ATerm) or a line
 * break, and here none comes before a final run of terminators, closing quotes or brackets and spaces. Many news
 * paragraphs are one sentence; they skip the segmenter. tests/lib/text/segments.test.ts checks it against Intl.Segmenter.
 */
export const ONE_SEGMENT = /^[^.!?…\p{Sentence_Terminal}\u2024\uFE52\uFF0E\n\r\u0085\u2028\u2029]*(?:[.!?]+["”'’)]*)?[^\S\n\r\u2028\u2029]*$/u;

/**
 * Breaks the segmenter always makes (UAX #29 SB11, SB8 not applying): ".", "!" or "?", closing marks, spaces without a
 * line break, then a capital, perhaps after opening marks. tests/lib/text/segments.test.ts checks it against Intl.Segmenter.
 */
export const CERTAIN_BREAK = /[.!?]["”'’)]*[^\S\n\r\u2028\u2029]+(?=["“'‘(¿¡]*\p{Lu})/gu;

/** The text cut after each certain break. */
function pieces(text: string): string[] {
  const parts: string[] = [];
  let start = 0;
  for (const match of text.matchAll(CERTAIN_BREAK)) {
    parts.push(text.slice(start, match.index + match[0].length));
    start = match.index + match[0].length;
  }
  parts.push(text.slice(start));
  return parts;
}

/** The segmenter's segments, asked only of the pieces between certain breaks that may break inside (most do not). */
export function rawSegments(text: string, locale: string): string[] {
  const segmenter = segmenterFor(locale);
  if (!segmenter) return text.split(FALLBACK_BREAK);
  return chunks(text).flatMap(pieces).flatMap((piece) =>
    piece && ONE_SEGMENT.test(piece) ? [piece] : Array.from(segmenter.segment(piece), (part) => part.segment));
}
