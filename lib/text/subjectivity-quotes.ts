// Quotations in a paragraph, and its sentences read with them blanked, for the opinion-language analysis: quoted speech is the speaker's words, not the writer's.
import { splitSentences } from './sentences';

/** A quotation: offsets of its opening and closing marks in the paragraph (`end` is past the closing mark, or the paragraph's end). */
export interface QuotationSpan { start: number; end: number; closed: boolean }

const LETTER = /[\p{L}\p{M}\p{N}]/u;
/** Every mark that may open or close a quotation; text between them is skipped in one regex step. */
const QUOTE_MARKS = /["“”«»„‘’']/u;
const isLetter = (char: string | undefined) => char !== undefined && LETTER.test(char);
const isSpace = (char: string | undefined) => char === undefined || /\s/u.test(char);
/** Marks that may stand before an opening quote: nothing, a space, a bracket, a dash or another opening quote. */
const opensAfter = (char: string | undefined) => char === undefined || /[\s([{—–\-/“"‘«„]/u.test(char);

/** The closing mark of an opening one, and whether a single-quote closer needs a non-letter after it (’ is also the apostrophe). */
const CLOSERS: Record<string, { close: readonly string[]; single: boolean }> = {
  '“': { close: ['”'], single: false },
  '„': { close: ['“', '”'], single: false },
  '«': { close: ['»'], single: false },
  '"': { close: ['"'], single: false },
  '‘': { close: ['’'], single: true },
  "'": { close: ["'"], single: true },
};

/** How far a straight ' may reach for its closer: it is more often an apostrophe, so a long search would rarely pay. */
const STRAIGHT_SINGLE_REACH = 300;

/** Where the quote opened at `start` closes: the next closing mark; for single quotes, one with no letter after it (not "It’s"). */
function closingAt(text: string, start: number): number {
  const { close, single } = CLOSERS[text[start]!]!;
  const limit = text[start] === "'" ? Math.min(text.length, start + STRAIGHT_SINGLE_REACH) : text.length;
  for (let at = start + 1; at < limit; at++) {
    if (!close.includes(text[at]!) || isSpace(text[at - 1])) continue;
    if (!single || !isLetter(text[at + 1])) return at;
  }
  return -1;
}

/**
 * The quotations of a paragraph, in order and not nested: “…”, „…“, «…», "…", ‘…’ (an apostrophe inside, as in ‘It’s…’,
 * does not close it) and '…' between non-letters. A quotation may run over several sentences; one left open runs to the
 * paragraph's end (news style leaves a quote open when it continues in the next paragraph), except a straight ' with no
 * closer, which is more often an apostrophe. A ” or » with no opening before it closes a quotation that began before
 * the paragraph. Linear in the paragraph's length: a straight ' looks at most 300 characters ahead for its closer.
 */
export function quotationSpans(paragraph: string): QuotationSpan[] {
  const spans: QuotationSpan[] = [];
  const marks = new RegExp(QUOTE_MARKS.source, 'gu');
  for (let found = marks.exec(paragraph); found; found = marks.exec(paragraph)) {
    const at = found.index;
    const mark = found[0];
    if ((mark === '”' || mark === '»') && spans.length === 0 && !isSpace(paragraph[at - 1])) {
      spans.push({ start: 0, end: at + 1, closed: true });
      continue;
    }
    if (!CLOSERS[mark] || !opensAfter(paragraph[at - 1]) || isSpace(paragraph[at + 1])) continue;
    if (mark === "'" && !isLetter(paragraph[at + 1])) continue;
    const close = closingAt(paragraph, at);
    if (close < 0 && mark === "'") continue;
    const end = close < 0 ? paragraph.length : close + 1;
    spans.push({ start: at, end, closed: close >= 0 });
    marks.lastIndex = end;
  }
  return spans;
}

/** The paragraph with every quotation's words blanked to spaces; marks, length and offsets are kept. */
export function maskQuotations(paragraph: string, spans: readonly QuotationSpan[] = quotationSpans(paragraph)): string {
  let masked = '';
  let from = 0;
  for (const { start, end, closed } of spans) {
    const innerStart = start === 0 && paragraph[0] !== undefined && !CLOSERS[paragraph[0]] ? 0 : start + 1;
    const innerEnd = closed ? end - 1 : end;
    masked += paragraph.slice(from, innerStart) + paragraph.slice(innerStart, innerEnd).replace(/\S/gu, ' ');
    from = innerEnd;
  }
  return masked + paragraph.slice(from);
}

/** A sentence as read: its text, the same text with quoted words blanked, and its closed quotations (offsets in `masked`). */
export interface ReadSentence { sentence: string; masked: string; quotes: { start: number; end: number }[] }

/**
 * The paragraph's sentences (lib/text/sentences.ts, in `locale`) with their quotations blanked. Quotations are found over
 * the whole paragraph, so one that spans sentences or is left open is blanked in each; `quotes` lists only those that
 * open and close within the sentence. A sentence the splitter changed is read on its own.
 */
export function readParagraph(paragraph: string, locale: string): ReadSentence[] {
  const spans = quotationSpans(paragraph);
  const masked = maskQuotations(paragraph, spans);
  let cursor = 0;
  let next = 0;
  return splitSentences(paragraph, locale).map((sentence) => {
    const at = paragraph.indexOf(sentence, cursor);
    if (at < 0) return readSentence(sentence);
    cursor = at + sentence.length;
    // Spans are in order and do not overlap: those that end within this sentence are behind `next` afterwards.
    const quotes: ReadSentence['quotes'] = [];
    for (; next < spans.length && spans[next]!.end <= cursor; next++) {
      const span = spans[next]!;
      if (span.closed && span.start >= at) quotes.push({ start: span.start - at, end: span.end - at });
    }
    return { sentence, masked: masked.slice(at, cursor), quotes };
  });
}

/** One sentence read on its own: quotations are found within it only. */
export function readSentence(sentence: string): ReadSentence {
  const spans = quotationSpans(sentence);
  return { sentence, masked: maskQuotations(sentence, spans), quotes: spans.filter((span) => span.closed) };
}
