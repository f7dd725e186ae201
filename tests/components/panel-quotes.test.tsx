import { cleanup, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { Panel } from '../../components/panel/Panel';
import { carriesOwnMarks, withoutEnclosingMarks } from '../../components/panel/format';
import { analyzeText } from '../../lib/text/analysis';
import type { ArticleReport } from '../../lib/types';
import { readTextFixture } from '../helpers/text-fixtures';

afterEach(cleanup);

describe('quotation marks in the panel', () => {
  it('drops the one pair of marks enclosing a whole quotation, for the <q> that adds its own', () => {
    expect(withoutEnclosingMarks('“We stay,”')).toBe('We stay');
    expect(withoutEnclosingMarks('„Wir bleiben“')).toBe('Wir bleiben');
    expect(withoutEnclosingMarks('"Stay put."')).toBe('Stay put.');
    expect(withoutEnclosingMarks('“Go,” she said, “now.”')).toBe('“Go,” she said, “now.”');
    expect(withoutEnclosingMarks('the pier would stay shut.')).toBe('the pier would stay shut.');
  });

  it('shows a claim that is itself a quotation inside one pair of marks only', () => {
    const analysis = analyzeText(readTextFixture('quoted-claims.txt'));
    const report: ArticleReport = { url: null, pageType: { kind: 'news', evidence: [] }, sections: [], sources: analysis.sources, figures: [], contested: [], cues: [] };
    render(<Panel report={report} theme="auto" truncatedAt={null} onClose={() => {}} onJump={() => {}} />);
    const quotes = within(screen.getByRole('complementary')).getAllByText((_, element) => element?.tagName === 'Q');
    expect(quotes.length).toBeGreaterThan(0);
    for (const quote of quotes) {
      const text = quote.textContent ?? '';
      expect(/^[“"„«]/.test(text) && /[”"“»]$/.test(text), text).toBe(false);
    }
    expect(quotes.map((quote) => quote.textContent)).toEqual(expect.arrayContaining(['The crossing is closed until the storm passes.', 'We have never cancelled so many sailings']));
  });

  it('adds no marks of its own to a claim that opens or closes with a quotation mark it keeps', () => {
    expect(carriesOwnMarks('“Read what the charter says” about the ferries')).toBe(true);
    expect(carriesOwnMarks('the crossing was “a lifeline,”')).toBe(true);
    expect(carriesOwnMarks('The crossing is closed until the storm passes.')).toBe(false);
    const analysis = analyzeText([
      { kind: 'facts', paragraphs: ['“Read what the charter says” about the ferries, Ines Korver said on Monday.', 'The harbour board said the crossing is closed until the storm passes.'] },
    ]);
    const report: ArticleReport = { url: null, pageType: { kind: 'news', evidence: [] }, sections: [], sources: analysis.sources, figures: [], contested: [], cues: [] };
    render(<Panel report={report} theme="auto" truncatedAt={null} onClose={() => {}} onJump={() => {}} />);
    const quotes = within(screen.getByRole('complementary')).getAllByText((_, element) => element?.tagName === 'Q');
    const own = quotes.find((quote) => (quote.textContent ?? '').startsWith('“Read what the charter says”'));
    const plain = quotes.find((quote) => (quote.textContent ?? '').startsWith('the crossing is closed'));
    expect(own?.className).toBe('own-marks');
    expect(plain).toBeDefined();
    expect(plain?.className ?? '').toBe('');
  });
});
