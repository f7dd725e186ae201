// Gives a figure its source: the speaker whose claim covers it, or the speaker of the quotation it sits in when that quotation's cue is in another sentence.

import type { Attribution } from './attribution';
import { quotationPieces, type AnalysedText } from './document';

/** The attribution whose claim covers the offset, the one opened last winning (the board's claim inside the agency's report); -1 when none. */
function claimAt(attributions: readonly Attribution[], indexes: readonly number[], offset: number, end = offset + 1): number {
  let best = -1;
  for (const index of indexes) {
    const attribution = attributions[index]!;
    const covers = attribution.claimStart < end && offset < attribution.claimEnd;
    if (covers && (best < 0 || attribution.claimStart >= attributions[best]!.claimStart)) best = index;
  }
  return best;
}

/**
 * Index of the attribution that speaks the figure at `offset` of sentence `local` of `text` (`bySentence[local]`
 * lists the attributions of each sentence of that text): the claim covering it in its own sentence, else, inside a
 * quotation spanning sentences ("…," Mr Obama said. "If you look … it's less than 100."), the attribution whose claim
 * overlaps the same quotation, or a quotation right after a sentence with one quoted speaker. -1 when nobody speaks it.
 */
export function speakerOf(text: AnalysedText, attributions: readonly Attribution[], bySentence: readonly (readonly number[])[], local: number, offset: number): number {
  const own = claimAt(attributions, bySentence[local] ?? [], offset);
  if (own >= 0 || bySentence[local]?.length) return own;
  const pieces = quotationPieces(text, local, offset);
  for (const piece of pieces) {
    if (piece.sentence === local) continue;
    const speaker = claimAt(attributions, bySentence[piece.sentence] ?? [], piece.start, piece.end);
    if (speaker >= 0) return speaker;
  }
  // A quotation of its own right after a quoted speaker's sentence in the same paragraph continues that speaker.
  const before = local - 1;
  if (!pieces.length || text.sentences[before]?.paragraph !== text.sentences[local]!.paragraph) return -1;
  const quoting = (bySentence[before] ?? []).filter((index) => /["“”«»„]/.test(attributions[index]!.claim));
  return quoting.length === 1 ? quoting[0]! : -1;
}
