// The analysed text of one section or article body: its sentences, tokens with offsets, quotation spans and paragraph index, made once and read by every annotator.

import { splitSentences, tokenize, type Token } from './sentences';

/** One sentence of an analysed text. Offsets are UTF-16 code units into `text` unless said otherwise. */
export interface AnalysedSentence {
  readonly text: string;
  /** Index of the paragraph that holds it. */
  readonly paragraph: number;
  /** Offset of the sentence's first character in its paragraph. */
  readonly start: number;
  readonly tokens: readonly Token[];
  /** [start, end) spans of the sentence inside quotation marks, marks included; a quotation may run in from an earlier sentence or on past this one. */
  readonly quotes: readonly (readonly [number, number])[];
}

export interface AnalysedText {
  readonly locale: string;
  readonly paragraphs: readonly string[];
  readonly sentences: readonly AnalysedSentence[];
  /** Quotation spans of each paragraph, in paragraph offsets (see quotationSpans). */
  readonly quotations: readonly (readonly [number, number])[][];
}

/** Marks that always open a quotation, with the marks that may close it. */
const OPENERS: Record<string, string> = { '“': '”"', '„': '“”"', '«': '»', '‹': '›', '‘': '’' };
const LETTER = /[\p{L}\p{N}]/u;
/** Every mark that may open or close a quotation; the scan jumps from one to the next. */
const QUOTE_MARK = /["'“”„«»‹›‘’]/g;
const SPACE_BEFORE = /[\s([{\u2014\u2013-]/u;

/**
 * Quotation spans of a paragraph, outermost only: curly, guillemet and low-high marks, and straight marks read by
 * their surroundings (a straight mark after a space or at the start opens). A single closing mark followed by a
 * letter is an apostrophe ("‘It’s late’"); a quotation left open runs to the end of the paragraph.
 */
export function quotationSpans(paragraph: string): [number, number][] {
  const spans: [number, number][] = [];
  let open = -1;
  let closers = '';
  QUOTE_MARK.lastIndex = 0;
  for (let found = QUOTE_MARK.exec(paragraph); found; found = QUOTE_MARK.exec(paragraph)) {
    const i = found.index;
    const char = found[0];
    const before = i === 0 ? ' ' : paragraph[i - 1]!;
    const after = paragraph[i + 1] ?? ' ';
    if (open >= 0) {
      const single = closers === '’' || closers === "'";
      if (closers.includes(char) && !(single && LETTER.test(after))) {
        spans.push([open, i + 1]);
        open = -1;
      }
      continue;
    }
    if (OPENERS[char] !== undefined && (char !== '‘' || !LETTER.test(before))) [open, closers] = [i, OPENERS[char]!];
    else if (char === '"' && SPACE_BEFORE.test(before)) [open, closers] = [i, '"”'];
    else if (char === "'" && SPACE_BEFORE.test(before) && LETTER.test(after)) [open, closers] = [i, "'"];
  }
  if (open >= 0) spans.push([open, paragraph.length]);
  return spans;
}

/** The paragraphs' sentences with tokens and quotation spans; empty or non-string paragraphs give no sentences. */
export function analyseParagraphs(paragraphs: readonly string[], locale = 'en'): AnalysedText {
  const sentences: AnalysedSentence[] = [];
  const quotations = paragraphs.map(quotationSpans);
  paragraphs.forEach((paragraph, index) => {
    const spans = quotations[index]!;
    let from = 0;
    for (const text of splitSentences(paragraph, locale)) {
      const start = Math.max(0, paragraph.indexOf(text, from));
      from = start + text.length;
      const quotes = spans
        .filter(([open, close]) => open < from && close > start)
        .map(([open, close]) => [Math.max(open, start) - start, Math.min(close, from) - start] as const);
      sentences.push({ text, paragraph: index, start, tokens: tokenize(text), quotes });
    }
  });
  return { locale, paragraphs, sentences, quotations };
}

/** Whether the sentence's character at `offset` lies inside a quotation (its marks included). */
export function isQuoted(sentence: AnalysedSentence, offset: number): boolean {
  return sentence.quotes.some(([start, end]) => start <= offset && offset < end);
}

/** An analysed text whose sentences are the strings given, one paragraph each, for callers that split text themselves. */
export function analyseSentences(sentences: readonly string[], locale = 'en'): AnalysedText {
  const quotations = sentences.map(quotationSpans);
  return {
    locale,
    paragraphs: sentences,
    sentences: sentences.map((text, index) => ({ text, paragraph: index, start: 0, tokens: tokenize(text), quotes: quotations[index]! })),
    quotations,
  };
}

/** The quotation holding `offset` of sentence `index`, as a [start, end) piece in each sentence it spans; empty when the offset is not quoted. */
export function quotationPieces(text: AnalysedText, index: number, offset: number): { sentence: number; start: number; end: number }[] {
  const sentence = text.sentences[index];
  if (!sentence) return [];
  const at = sentence.start + offset;
  const span = text.quotations[sentence.paragraph]?.find(([start, end]) => start <= at && at < end);
  if (!span) return [];
  const pieces: { sentence: number; start: number; end: number }[] = [];
  text.sentences.forEach((other, k) => {
    const [start, end] = [span[0] - other.start, span[1] - other.start];
    if (other.paragraph === sentence.paragraph && start < other.text.length && end > 0) pieces.push({ sentence: k, start: Math.max(0, start), end: Math.min(other.text.length, end) });
  });
  return pieces;
}
