// Quotation spans of a paragraph and the paragraph with quoted words blanked: the one quotation finder every annotator reads (through lib/text/document.ts).

/** A quotation: offsets of its opening and closing marks in the paragraph (`end` is past the closing mark, or the paragraph's end). */
export interface QuotationSpan { start: number; end: number; closed: boolean }

const LETTER = /[\p{L}\p{M}\p{N}]/u;
/** Every mark that may open or close a quotation; text between them is skipped in one regex step. */
const QUOTE_MARKS = /["“”«»‹›„‘’']/u;
const isLetter = (char: string | undefined) => char !== undefined && LETTER.test(char);
const isSpace = (char: string | undefined) => char === undefined || /\s/u.test(char);
/** Marks that may stand before an opening quote: nothing, a space, a bracket, a dash or another opening quote. */
const opensAfter = (char: string | undefined) => char === undefined || /[\s([{—–\-/“"‘«„]/u.test(char);

/** The closing mark of an opening one, and whether a single-quote closer needs a non-letter after it (’ is also the apostrophe). */
const CLOSERS: Record<string, { close: readonly string[]; single: boolean }> = {
  '“': { close: ['”'], single: false },
  '„': { close: ['“', '”'], single: false },
  '«': { close: ['»'], single: false },
  '‹': { close: ['›'], single: false },
  '"': { close: ['"'], single: false },
  '‘': { close: ['’'], single: true },
  "'": { close: ["'"], single: true },
};

/** Guillemets point the way they go, so French spacing inside them (« non ») still opens and closes a quotation. */
const GUILLEMETS = '«»‹›';

/** How far a straight ' may reach for its closer: it is more often an apostrophe, so a long search would rarely pay. */
const STRAIGHT_SINGLE_REACH = 300;

/** Where the quote opened at `start` closes: the next closing mark; for single quotes, one with no letter after it (not "It’s"). */
function closingAt(text: string, start: number): number {
  const { close, single } = CLOSERS[text[start]!]!;
  const limit = text[start] === "'" ? Math.min(text.length, start + STRAIGHT_SINGLE_REACH) : text.length;
  for (let at = start + 1; at < limit; at++) {
    if (!close.includes(text[at]!) || (isSpace(text[at - 1]) && !GUILLEMETS.includes(text[at]!))) continue;
    if (!single || !isLetter(text[at + 1])) return at;
  }
  return -1;
}

/**
 * The quotations of a paragraph, in order and not nested: “…”, „…“, «…» (spaced or not), ‹…›, "…", ‘…’ (an apostrophe inside, as in ‘It’s…’,
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
    if ((mark === '»' || (mark === '”' && !isSpace(paragraph[at - 1]))) && spans.length === 0) {
      spans.push({ start: 0, end: at + 1, closed: true });
      continue;
    }
    if (!CLOSERS[mark] || !opensAfter(paragraph[at - 1]) || (isSpace(paragraph[at + 1]) && !GUILLEMETS.includes(mark))) continue;
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
    // Per UTF-16 code unit (no u flag), so a blanked astral character keeps its length and every offset holds.
    masked += paragraph.slice(from, innerStart) + paragraph.slice(innerStart, innerEnd).replace(/\S/g, ' ');
    from = innerEnd;
  }
  return masked + paragraph.slice(from);
}
