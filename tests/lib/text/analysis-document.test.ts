import { describe, expect, it } from 'vitest';
import { analyseParagraphs, isQuoted, quotationPieces, quotationSpans } from '../../../lib/text/document';

const quotedTexts = (paragraph: string) => quotationSpans(paragraph).map(([start, end]) => paragraph.slice(start, end));

describe('quotationSpans', () => {
  it.each([
    ['straight double marks', 'He said "the bridge is shut" and left.', ['"the bridge is shut"']],
    ['curly double marks', 'She called it “a disgrace” twice.', ['“a disgrace”']],
    ['guillemets', 'Il a dit « non » hier.', ['« non »']],
    ['low-high German marks', 'Sie sagte „nein“ dazu.', ['„nein“']],
    ['curly single marks with an apostrophe inside', '‘It’s a proud day,’ said the coach.', ['‘It’s a proud day,’']],
    ['straight single marks', "He called it 'a fiasco' again.", ["'a fiasco'"]],
    ['an apostrophe alone', "The mayor's office didn't reply.", []],
    ['a quotation left open runs to the end', '“We will rebuild. Nobody leaves', ['“We will rebuild. Nobody leaves']],
  ])('%s', (_, paragraph, expected) => {
    expect(quotedTexts(paragraph)).toEqual(expected);
  });
});

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
