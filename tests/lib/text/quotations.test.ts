import { describe, expect, it } from 'vitest';
import { maskQuotations, quotationSpans } from '../../../lib/text/quotations';

const quoted = (text: string) => quotationSpans(text).map(({ start, end }) => text.slice(start, end));

describe('quotationSpans', () => {
  it.each([
    ['double curly', 'She said “we will win” and left.', ['“we will win”']],
    ['straight double', 'He called it "a mess" twice.', ['"a mess"']],
    ['guillemets', 'Il a dit «c’est fini» hier.', ['«c’est fini»']],
    ['German', 'Er sagte „das reicht“ dann.', ['„das reicht“']],
    ['single curly with an apostrophe inside', '‘It’s ours,’ she said.', ['‘It’s ours,’']],
    ['straight single', "He said 'no way' again.", ["'no way'"]],
    ['French spaced guillemets', 'Il a dit « non » hier.', ['« non »']],
    ['single guillemets', 'Elle a dit ‹ jamais › deux fois.', ['‹ jamais ›']],
    ['German low-high with a closing ”', 'Sie sagte „nein” dazu.', ['„nein”']],
  ])('finds %s quotes', (_, text, spans) => {
    expect(quoted(text)).toEqual(spans);
  });

  it('runs a quotation over several sentences, and one left open to the paragraph’s end', () => {
    expect(quoted('‘We tried. We failed,’ he said.')).toEqual(['‘We tried. We failed,’']);
    const open = 'He added: ‘Nobody believed us.';
    expect(quotationSpans(open)).toEqual([{ start: open.indexOf('‘'), end: open.length, closed: false }]);
  });

  it('leaves apostrophes alone: possessives, contractions and a straight quote with no closer', () => {
    expect(quoted('The players’ union said it’s the fans’ decision.')).toEqual([]);
    expect(quoted("Rock 'n' roll isn't dead, the '90s band's singer said.")).toEqual(["'n'"]);
    expect(quoted("It was 'the best year.")).toEqual([]);
  });

  it('closes a quotation opened before the paragraph', () => {
    expect(quoted('and then we left,” she said.')).toEqual(['and then we left,”']);
    expect(quoted('et nous sommes partis », a-t-elle dit.')).toEqual(['et nous sommes partis »']);
  });

  it('leaves a straight double mark between spaces alone', () => {
    expect(quoted('Screens of 27 " and 32 " sold out.')).toEqual([]);
  });
});

describe('maskQuotations', () => {
  it('blanks the quoted words and keeps the marks, the length and every offset', () => {
    const text = '‘It’s ours,’ she said, “really.”';
    const masked = maskQuotations(text);
    expect(masked).toHaveLength(text.length);
    expect(masked).toBe(`‘${' '.repeat('It’s ours,'.length)}’ she said, “${' '.repeat('really.'.length)}”`);
  });

  it('blanks from the start up to a closing mark with no opening', () => {
    expect(maskQuotations('we left,” she said.')).toBe(`${' '.repeat('we left,'.length)}” she said.`);
  });
});
