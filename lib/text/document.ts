// The analysed text of one section or article body: its sentences, tokens with offsets, quotation spans and paragraph index, made once and read by every annotator.

import { quotationSpans, type QuotationSpan } from './quotations';
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
  /** Quotation spans of each paragraph, in paragraph offsets (lib/text/quotations.ts). */
  readonly quotations: readonly (readonly QuotationSpan[])[];
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
        .filter((span) => span.start < from && span.end > start)
        .map((span) => [Math.max(span.start, start) - start, Math.min(span.end, from) - start] as const);
      sentences.push({ text, paragraph: index, start, tokens: tokenize(text), quotes });
    }
  });
  return { locale, paragraphs, sentences, quotations };
}

/** Paragraph strings of a section ({ paragraphs: string[] }), whatever the caller passed: anything else gives none. */
export function paragraphsOf(section: unknown): string[] {
  const paragraphs = (section as { paragraphs?: unknown } | null)?.paragraphs;
  return Array.isArray(paragraphs) ? paragraphs.filter((p): p is string => typeof p === 'string') : [];
}

/** One analysed text per section, in order: what report.ts builds once and every annotator reads. */
export function analyseSections(sections: readonly unknown[], locale = 'en'): AnalysedText[] {
  return (Array.isArray(sections) ? sections : []).map((section) => analyseParagraphs(paragraphsOf(section), locale));
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
    sentences: sentences.map((text, index) => ({
      text, paragraph: index, start: 0, tokens: tokenize(text), quotes: quotations[index]!.map((span) => [span.start, span.end] as const),
    })),
    quotations,
  };
}

/** The quotation holding `offset` of sentence `index`, as a [start, end) piece in each sentence it spans; empty when the offset is not quoted. */
export function quotationPieces(text: AnalysedText, index: number, offset: number): { sentence: number; start: number; end: number }[] {
  const sentence = text.sentences[index];
  if (!sentence) return [];
  const at = sentence.start + offset;
  const span = text.quotations[sentence.paragraph]?.find(({ start, end }) => start <= at && at < end);
  if (!span) return [];
  const pieces: { sentence: number; start: number; end: number }[] = [];
  text.sentences.forEach((other, k) => {
    const [start, end] = [span.start - other.start, span.end - other.start];
    if (other.paragraph === sentence.paragraph && start < other.text.length && end > 0) pieces.push({ sentence: k, start: Math.max(0, start), end: Math.min(other.text.length, end) });
  });
  return pieces;
}
