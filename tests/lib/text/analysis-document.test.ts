import { describe, expect, it } from 'vitest';
import { analyzeText, analyzeTexts } from '../../../lib/text/analysis';
import { analyseParagraphs, analyseSections, isQuoted, quotationPieces } from '../../../lib/text/document';
import { analyseSubjectivity, subjectivityOf } from '../../../lib/text/subjectivity';

describe('analyseParagraphs', () => {
  const text = analyseParagraphs(['“Every vote counts. I’m warning you,” the leader said. Staff agreed.', 'A second paragraph.']);

  it('gives each sentence its paragraph, offset and tokens', () => {
    expect(text.sentences.map(({ text: sentence, paragraph, start }) => [sentence, paragraph, start])).toEqual([
      ['“Every vote counts.', 0, 0],
      ['I’m warning you,” the leader said.', 0, 20],
      ['Staff agreed.', 0, 55],
      ['A second paragraph.', 1, 0],
    ]);
    expect(text.sentences[2]!.tokens.map((token) => token.text)).toEqual(['Staff', 'agreed', '.']);
  });

  it('carries a quotation across the sentences it spans', () => {
    const [first, second, third] = text.sentences;
    expect(isQuoted(first!, 1)).toBe(true);
    expect(isQuoted(second!, 0)).toBe(true);
    expect(isQuoted(second!, second!.text.indexOf('the leader'))).toBe(false);
    expect(third!.quotes).toEqual([]);
    expect(quotationPieces(text, 1, 0)).toEqual([
      { sentence: 0, start: 0, end: first!.text.length },
      { sentence: 1, start: 0, end: second!.text.indexOf('”') + 1 },
    ]);
  });

  it('reads empty input as no sentences', () => {
    expect(analyseParagraphs([]).sentences).toEqual([]);
    expect(analyseParagraphs(['', '  ']).sentences).toEqual([]);
  });
});

describe('one analysed text for every annotator', () => {
  const sections = [
    { kind: 'facts' as const, paragraphs: ['“The levee held. It’s a relief,” said Nora Quill, the county engineer. Crews counted 41 breaches, she said.'] },
    { kind: 'opinion' as const, paragraphs: ['The council’s plan is a disgrace, and voters deserve better.'] },
  ];
  const analysed = analyseSections(sections, 'en');

  it('gives attribution, figures and opinion language the same results as reading the sections afresh', () => {
    expect(analyzeTexts(analysed)).toEqual(analyzeText(sections, { locale: 'en' }));
    expect(subjectivityOf(analysed, { language: 'en' })).toEqual(analyseSubjectivity(sections, { language: 'en' }));
  });

  it('keeps the quoted sentence out of the opinion cues and credits the quote to its speaker', () => {
    expect(new Set(subjectivityOf(analysed, { language: 'en' }).cues.map((cue) => cue.section))).toEqual(new Set([1]));
    expect(analyzeTexts(analysed).sources.map((source) => source.name)).toContain('Nora Quill');
  });
});
