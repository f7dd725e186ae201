import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Panel } from '../../components/panel/Panel';
import { formatPercent } from '../../components/panel/format';
import type { ArticleReport } from '../../lib/types';

const readReport = (name: string): ArticleReport =>
  JSON.parse(readFileSync(join(import.meta.dirname, '../fixtures/reports', name), 'utf8'));
const report = readReport('fare-march.json');
const estimated = readReport('estimate.json');

const FACTS_SENTENCE = "The plan is plainly unfair to the city's poorest riders.";

afterEach(cleanup);

function renderPanel(data: ArticleReport) {
  const onJump = vi.fn();
  render(<Panel report={data} theme="auto" truncatedAt={null} onClose={vi.fn()} onJump={onJump} />);
  return { onJump };
}

function part(heading: string): HTMLElement {
  return screen.getByRole('heading', { name: heading, level: 3 }).parentElement as HTMLElement;
}

describe('opinion language in the panel', () => {
  it('comes after the sections outline and before the sources', () => {
    renderPanel(report);
    const parts = screen.getAllByRole('heading', { level: 3 }).map((heading) => heading.textContent);
    expect(parts.slice(1, 4)).toEqual(['Sections', 'Opinion language', 'Sources']);
  });

  it('warns about the Facts section’s flagged sentence, with its cue words by kind, and jumps to it', () => {
    const { onJump } = renderPanel(report);
    const language = part('Opinion language');
    expect(within(language).getByRole('heading', { level: 4 }).textContent).toBe('⚠Opinion language in the Facts section “The Facts”');
    const buttons = within(language).getAllByRole('button');
    expect(buttons).toHaveLength(1);
    expect(within(buttons[0]!).getByText(FACTS_SENTENCE)).toBeTruthy();
    expect([...buttons[0]!.querySelectorAll('.cue')].map((chip) => chip.textContent)).toEqual([
      'evaluative: unfair',
      'intensifier: plainly',
    ]);
    fireEvent.click(buttons[0]!);
    expect(onJump).toHaveBeenCalledWith({ sentence: FACTS_SENTENCE, section: 0 });
  });

  it('leaves the Opinion section’s opinion language out of the warnings', () => {
    renderPanel(report);
    expect(within(part('Opinion language')).queryByText(/glaring/)).toBeNull();
  });

  it('warns only about strong-tier sentences: weaker wording in a Facts section is not listed', () => {
    renderPanel({ ...report, cues: report.cues.map((cue) => (cue.section === 0 ? { ...cue, strong: false } : cue)) });
    expect(within(part('Opinion language')).getByText('No strong opinion language found in the Facts sections.')).toBeTruthy();
    cleanup();
    renderPanel({ ...report, cues: report.cues.map((cue) => ({ ...cue, strong: true })) });
    expect(within(part('Opinion language')).getAllByRole('button')).toHaveLength(1);
  });

  it('says plainly when the Facts sections read as reporting, or when there is no Facts section', () => {
    renderPanel({ ...report, cues: report.cues.filter((cue) => cue.section !== 0) });
    expect(within(part('Opinion language')).getByText('No strong opinion language found in the Facts sections.')).toBeTruthy();
    cleanup();
    renderPanel({ ...report, sections: report.sections.filter((section) => section.kind !== 'facts') });
    expect(screen.getByText('This page has no Facts section to check for opinion language.')).toBeTruthy();
  });

  it('shows each section’s share of sentences with opinion wording, as text and as a labelled meter', () => {
    renderPanel(report);
    const sections = part('Sections');
    expect(within(sections).getByText('sentences with opinion wording: 12%')).toBeTruthy();
    expect(within(sections).getByText('sentences with opinion wording: 78%')).toBeTruthy();
    const meter = screen.getByRole('meter', { name: 'Share of sentences in “Opinion” with opinion wording' });
    expect([meter.getAttribute('aria-valuenow'), meter.getAttribute('aria-valuemin'), meter.getAttribute('aria-valuemax')]).toEqual([
      '78',
      '0',
      '100',
    ]);
    expect(meter.getAttribute('aria-valuetext')).toBe('78%');
    expect(screen.getByRole('meter', { name: 'Share of sentences in “The Facts” with opinion wording' }).getAttribute('aria-valuenow')).toBe('12');
  });

  it('has no opinion-language part, meter or estimate on a page with neither sections nor an estimate', () => {
    renderPanel({ ...estimated, estimate: undefined });
    expect(screen.queryByRole('heading', { name: 'Opinion language' })).toBeNull();
    expect(screen.queryByRole('heading', { name: 'Opinion estimate' })).toBeNull();
    expect(screen.queryByRole('meter')).toBeNull();
  });
});

describe('opinion estimate in the panel', () => {
  it('is marked as an estimate, with the share and the counts', () => {
    renderPanel(estimated);
    const estimate = part('Opinion estimate');
    expect(within(estimate).getByText(/^Estimate:/).textContent).toBe(
      'Estimate: about 23% of sentences read as opinion (14 of 61). This is a word-based guess, not a label from the publisher.',
    );
    expect(screen.queryByRole('heading', { name: 'Opinion language' })).toBeNull();
  });

  it('lists the sentences that read most like opinion with their cue kinds, and jumps to them', () => {
    const { onJump } = renderPanel(estimated);
    const list = screen.getByRole('list', { name: 'Sentences that read most like opinion' });
    const buttons = within(list).getAllByRole('button');
    expect(buttons.map((button) => [...button.querySelectorAll('.cue')].map((chip) => chip.textContent))).toEqual([
      ['evaluative', 'stance'],
      ['prescriptive'],
    ]);
    fireEvent.click(buttons[1]!);
    expect(onJump).toHaveBeenCalledWith({ sentence: 'The council must reverse this decision before the summer.' });
  });

  it('says so when no sentence reads as opinion', () => {
    renderPanel({ ...estimated, estimate: { share: 0, sentences: 12, opinionSentences: 0, top: [] } });
    expect(within(part('Opinion estimate')).getByText('No sentence reads as opinion.')).toBeTruthy();
    expect(screen.getByText(/^Estimate: about 0% of sentences read as opinion \(0 of 12\)\./)).toBeTruthy();
  });
});

describe('percent formatting', () => {
  it('rounds a share to a whole percentage in the locale', () => {
    expect(formatPercent(0.784, 'en-US')).toBe('78%');
    expect(formatPercent(0, 'en-US')).toBe('0%');
    expect(formatPercent(1, 'en-US')).toBe('100%');
  });
});
