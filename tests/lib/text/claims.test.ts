// Claim content helpers: unmatched quotation marks at a claim's ends, the next paragraph after a colon.
import { describe, expect, it } from 'vitest';
import { balanceQuotes, contentAfterColon } from '../../../lib/text/claims';
import { analyseParagraphs } from '../../../lib/text/document';

const balanced = (claim: string) => {
  const [start, end] = balanceQuotes(claim, 0, claim.length);
  return claim.slice(start, end);
};

describe('balanceQuotes', () => {
  it('drops a closing mark whose quotation opened before the claim, and the comma it leaves', () => {
    expect(balanced('it is in the tens of thousands,"')).toBe('it is in the tens of thousands');
    expect(balanced('We want to stand together against this,”')).toBe('We want to stand together against this');
  });

  it('drops an opening mark whose quotation runs on past the claim', () => {
    expect(balanced('“Nobody was told.')).toBe('Nobody was told.');
    expect(balanced('"Nobody came.')).toBe('Nobody came.');
  });

  it('keeps matched marks, and a first mark whose partner is inside', () => {
    expect(balanced('the plan was “a disgrace”')).toBe('the plan was “a disgrace”');
    expect(balanced('“Listen,” she said, “that field is mine.')).toBe('“Listen,” she said, “that field is mine.');
    expect(balanced('"Stop," he said, "now."')).toBe('"Stop," he said, "now."');
  });
});

describe('contentAfterColon', () => {
  it('gives the next paragraph when a paragraph ends with a colon, else nothing', () => {
    const text = analyseParagraphs(['Late in the evening, the warden said:', '“The gate stays shut.”', 'She left. Nobody said more.']);
    expect(contentAfterColon(text, 0)).toBe('“The gate stays shut.”');
    expect(contentAfterColon(text, 1)).toBeUndefined();
    expect(contentAfterColon(text, 3)).toBeUndefined();
  });

  it('takes only the quotation that opens the next paragraph', () => {
    const text = analyseParagraphs(['The warden said:', '“The gate stays shut,” she told the crowd. Then she left.']);
    expect(contentAfterColon(text, 0)).toBe('“The gate stays shut,”');
  });
});
