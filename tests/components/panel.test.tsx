import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Panel } from '../../components/panel/Panel';
import { formatFigure, formatSpread, shortQuote } from '../../components/panel/format';
import type { ArticleReport } from '../../lib/types';

const report: ArticleReport = JSON.parse(readFileSync(join(import.meta.dirname, '../fixtures/reports/fare-march.json'), 'utf8'));
const empty: ArticleReport = { url: null, pageType: { kind: 'unknown', evidence: [] }, sections: [], sources: [], figures: [], contested: [], cues: [] };

afterEach(cleanup);

function renderPanel(data: ArticleReport, overrides: Partial<Parameters<typeof Panel>[0]> = {}) {
  const onClose = vi.fn();
  const onJump = vi.fn();
  render(<Panel report={data} theme="auto" truncatedAt={null} onClose={onClose} onJump={onJump} {...overrides} />);
  return { onClose, onJump };
}

describe('Panel', () => {
  it('is a labelled complementary landmark with headings and focus on its title', () => {
    renderPanel(report);
    const landmark = screen.getByRole('complementary', { name: 'Opinion Lens: article summary' });
    expect(within(landmark).getAllByRole('heading').map((heading) => heading.textContent)).toEqual(
      expect.arrayContaining(['Page type', 'Sections', 'Opinion language', 'Sources', 'Contested figures', 'Figures from one source']),
    );
    expect(document.activeElement?.textContent).toBe('Opinion Lens');
  });

  it('shows the page type with its evidence and the sections outline', () => {
    renderPanel(report);
    expect(screen.getByText('Mixed: reporting and opinion')).toBeTruthy();
    expect(screen.getByText('sections: facts, opinion')).toBeTruthy();
    const outline = screen.getByRole('button', { name: /The Facts/ });
    expect(outline.textContent).toBe('FACTSThe Facts3 paragraphsReporting, as the publisher labels it.');
  });

  it('lists sources with role, claim count, verb and quote, and jumps to the sentence', () => {
    const { onJump } = renderPanel(report);
    expect(screen.getByRole('heading', { name: /Maria Okafor · Police spokesperson 1 claim/ })).toBeTruthy();
    fireEvent.click(screen.getByText('2,000 people took part in the march'));
    expect(onJump).toHaveBeenCalledWith({ sentence: 'Police spokesperson Maria Okafor said 2,000 people took part in the march.', section: 0 });
  });

  it('shows each contested group with both sources, values and the spread', () => {
    renderPanel(report);
    const group = screen.getByRole('heading', { name: /people at the march/ });
    expect(group.textContent).toContain('2,000 vs 15,000, 7.5×');
    const claims = within(group.parentElement as HTMLElement).getAllByRole('button').map((button) => button.textContent);
    expect(claims[0]).toMatch(/^2,000Maria Okafor/);
    expect(claims[1]).toMatch(/^15,000Fair Fares Coalition/);
  });

  it('lists the figures outside any contest separately', () => {
    renderPanel(report);
    const figures = screen.getByRole('heading', { name: 'Figures from one source' }).parentElement as HTMLElement;
    expect(within(figures).getAllByRole('button').map((button) => button.textContent)).toEqual(['$40 millionfinance office']);
  });

  it('says plainly what was not found', () => {
    renderPanel(empty);
    for (const text of [
      'The page gives no signal of its own.',
      'No labelled sections (such as Facts, Opinion or Analysis) on this page.',
      'No named sources found in the labelled sections.',
      'No figure is given different values by different sources.',
      'No other figures found.',
    ]) {
      expect(screen.getByText(text)).toBeTruthy();
    }
  });

  it('notes a truncated analysis', () => {
    renderPanel(empty, { truncatedAt: 400 });
    expect(screen.getByText('Long page: analysed the first 400 paragraphs.')).toBeTruthy();
  });

  it('closes with Escape and with the close button', () => {
    const { onClose } = renderPanel(report);
    fireEvent.keyDown(screen.getByRole('complementary'), { key: 'Escape' });
    fireEvent.click(screen.getByRole('button', { name: 'Close the summary' }));
    expect(onClose).toHaveBeenCalledTimes(2);
  });

  it('applies the theme setting', () => {
    renderPanel(report, { theme: 'dark' });
    expect(screen.getByRole('complementary').className).toContain('theme-dark');
  });
});

describe('panel formatting', () => {
  it('formats values, currencies, percentages and spreads', () => {
    expect(formatFigure(2000, undefined, 'en-US')).toBe('2,000');
    expect(formatFigure(12, '%', 'en-US')).toBe('12%');
    expect(formatFigure(40_000_000, 'USD', 'en-US')).toBe('$40M');
    expect(formatFigure(23, 'personnel', 'en-US')).toBe('23 personnel');
    expect(formatSpread([58, 23], undefined, 'en-US')).toBe('58 vs 23, 2.5×');
    expect(formatSpread([0, 5], undefined, 'en-US')).toBe('0 vs 5, –×');
  });

  it('cuts long quotes at a word boundary', () => {
    expect(shortQuote('a '.repeat(100), 20)).toBe('a a a a a a a a a a…');
    expect(shortQuote('  short   quote ')).toBe('short quote');
  });
});
