// The sentences of an analysed text read with their quotations blanked, for the opinion-language analysis: quoted speech is the speaker's words, not the writer's.
import type { AnalysedText } from './document';
import { maskQuotations, quotationSpans } from './quotations';

/** A sentence as read: its text, the same text with quoted words blanked, and its closed quotations (offsets in `masked`). */
export interface ReadSentence { sentence: string; masked: string; quotes: { start: number; end: number }[] }

/**
 * The analysed text's sentences with their quotations blanked. Quotations are the analysed text's, found over each whole
 * paragraph, so one that spans sentences or is left open is blanked in each; `quotes` lists only those that open and close
 * within the sentence. A sentence the splitter changed (its text is not at its offset) is read on its own.
 */
export function readSentences(text: AnalysedText): ReadSentence[] {
  const masked = text.paragraphs.map((paragraph, index) => maskQuotations(paragraph, text.quotations[index]));
  const unmasked = masked.map((paragraph, index) => paragraph === text.paragraphs[index]);
  return text.sentences.map(({ text: sentence, paragraph, start }) => {
    const end = start + sentence.length;
    if (text.paragraphs[paragraph]!.slice(start, end) !== sentence) return readSentence(sentence);
    const quotes = text.quotations[paragraph]!
      .filter((span) => span.closed && span.start >= start && span.end <= end)
      .map((span) => ({ start: span.start - start, end: span.end - start }));
    // A paragraph without quotations is its own masked text: the sentence itself, not a copy of it.
    return { sentence, masked: unmasked[paragraph] ? sentence : masked[paragraph]!.slice(start, end), quotes };
  });
}

/** One sentence read on its own: quotations are found within it only. */
export function readSentence(sentence: string): ReadSentence {
  const spans = quotationSpans(sentence);
  return { sentence, masked: maskQuotations(sentence, spans), quotes: spans.filter((span) => span.closed) };
}
