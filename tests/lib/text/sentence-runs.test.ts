import { describe, expect, it } from 'vitest';
import { readSectionText, readSentenceRun } from '../../../lib/text/analysis';
import { analyseSections } from '../../../lib/text/document';

describe('a long section read in runs of sentences', () => {
  it('attributes a claim whose quotation ends the run before, as the whole section does', () => {
    // The quotation is the last sentence of the first run; "Tomas Reyl said." opens the next one.
    const filler = Array.from({ length: 9 }, (_, index) => `The ferry left the pier at ${index + 1} o'clock.`).join(' ');
    const [text] = analyseSections([{ kind: 'facts', paragraphs: [`${filler} “The pier will reopen in May.” Tomas Reyl said.`] }], 'en');
    const whole = readSectionText(text!).attributions;
    const split = text!.sentences.findIndex((sentence) => sentence.text.startsWith('Tomas Reyl'));
    const runs = [...readSentenceRun(text!, 0, split).attributions, ...readSentenceRun(text!, split, text!.sentences.length).attributions];
    expect(whole.some((attribution) => /pier will reopen/.test(attribution.claim))).toBe(true);
    expect(runs).toEqual(whole);
  });
});
