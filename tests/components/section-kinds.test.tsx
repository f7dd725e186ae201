import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { Badge } from '../../components/Badge';
import { BADGE_CSS } from '../../components/badge-styles';
import { KIND_COLOURS } from '../../components/kind-colours';
import { OptionsApp } from '../../components/options/OptionsApp';
import { Panel } from '../../components/panel/Panel';
import { PANEL_CSS } from '../../components/panel/panel-styles';
import { TabSummary } from '../../components/popup/TabSummary';
import { loadSettings } from '../../lib/settings/settings-storage';
import type { ArticleReport, SectionKind, SectionSummary } from '../../lib/types';

const KINDS: [SectionKind, string, string, string][] = [
  ['facts', 'FACTS', 'Facts', 'Reporting, as the publisher labels it.'],
  ['opinion', 'OPINION', 'Opinion', 'The writer’s opinion.'],
  ['analysis', 'ANALYSIS', 'Analysis', 'The writer’s interpretation of the news.'],
  ['context', 'CONTEXT', 'Context', 'Background to the story.'],
  ['perspectives', 'OTHER VIEWS', 'Other views', 'Other people’s views, not the writer’s.'],
  ['reading', 'FURTHER READING', 'Further reading', 'Stories from other outlets.'],
];

function section(kind: SectionKind, label: string): SectionSummary {
  return { kind, label, paragraphs: 2, firstWords: 'The harbour board met…', sources: 1, contested: 0, subjectivity: 0.2, opinionSentences: 3 };
}

const EMPTY: ArticleReport = { url: null, pageType: { kind: 'unknown', evidence: [] }, sections: [], sources: [], figures: [], contested: [], cues: [] };
const EVERY_KIND: ArticleReport = { ...EMPTY, sections: KINDS.map(([kind]) => section(kind, `Label ${kind}`)) };

beforeEach(() => fakeBrowser.reset());
afterEach(cleanup);

describe.each(KINDS)('the %s kind', (kind, pill, name, hint) => {
  it('has a badge naming it, painted in its own class, warning about opinion language on Facts only', () => {
    render(<Badge kind={kind} label="Harbour" sources={1} contested={0} opinionSentences={3} onActivate={vi.fn()} />);
    const button = screen.getByRole('button');
    expect(button.querySelector('.badge__kind')?.textContent).toBe(pill);
    expect(button.className).toBe(`badge badge--${kind}`);
    expect(button.querySelector('.badge__warning') !== null).toBe(kind === 'facts');
    expect(BADGE_CSS).toContain(`.badge--${kind} { background: var(--kind-${kind}); color: var(--on-kind-${kind}); }`);
  });

  it('is listed in the panel with its pill and what such a section holds', () => {
    const onJump = vi.fn();
    render(<Panel report={{ ...EMPTY, sections: [section(kind, 'Harbour')] }} theme="auto" truncatedAt={null} onClose={vi.fn()} onJump={onJump} />);
    const item = screen.getByRole('button', { name: /Harbour/ });
    expect(item.querySelector(`.kind--${kind}`)?.textContent).toBe(pill);
    expect(item.querySelector('.kind-hint')?.textContent).toBe(hint);
    fireEvent.click(item);
    expect(onJump).toHaveBeenCalledWith({ section: 0 });
    expect(PANEL_CSS).toContain(`.kind--${kind} { background: var(--kind-${kind});`);
  });

  it('is summarised in the popup with its pill', () => {
    render(<TabSummary view={{ state: 'found', report: { ...EMPTY, sections: [section(kind, 'Harbour')] }, truncated: false }} />);
    const entry = screen.getByText('Harbour').closest('li') as HTMLElement;
    expect(entry.querySelector(`.kind--${kind}`)?.textContent).toBe(pill);
  });

  it('can be chosen for a label of the reader’s own in the options page', async () => {
    render(<OptionsApp />);
    fireEvent.input(await screen.findByLabelText('Heading text'), { target: { value: `My ${kind}` } });
    fireEvent.change(screen.getByLabelText('Label as'), { target: { value: kind } });
    fireEvent.click(screen.getByRole('button', { name: 'Add label' }));
    await waitFor(async () => expect((await loadSettings()).customLabels).toEqual([{ text: `My ${kind}`, kind }]));
    const row = (await screen.findByText(`My ${kind}`)).closest('li') as HTMLElement;
    expect(within(row).getByText(pill).className).toBe(`kind kind--${kind}`);
    expect(within(screen.getByLabelText('Label as')).getByRole('option', { name })).toBeTruthy();
    expect(screen.getByRole('combobox', { description: `${name}: ${hint}` })).toBe(screen.getByLabelText('Label as'));
  });
});

describe('every kind at once', () => {
  it('lists all six sections in the panel and the popup, in page order', () => {
    render(<Panel report={EVERY_KIND} theme="dark" truncatedAt={null} onClose={vi.fn()} onJump={vi.fn()} />);
    const outline = screen.getByRole('heading', { name: 'Sections' }).parentElement as HTMLElement;
    expect([...outline.querySelectorAll('.kind')].map((pill) => pill.textContent)).toEqual(KINDS.map(([, pill]) => pill));
    cleanup();
    render(<TabSummary view={{ state: 'found', report: EVERY_KIND, truncated: false }} />);
    expect([...document.querySelectorAll('.found__sections .kind')].map((pill) => pill.textContent)).toEqual(KINDS.map(([, pill]) => pill));
  });
});

describe('a page summarised without labelled sections', () => {
  it('says in the panel and the popup that the summary covers the whole article', () => {
    const whole: ArticleReport = { ...EMPTY, scope: 'article' };
    render(<Panel report={whole} theme="auto" truncatedAt={null} onClose={vi.fn()} onJump={vi.fn()} />);
    expect(screen.getByText('No labelled sections on this page, so this summary covers the whole article.')).toBeTruthy();
    expect(screen.getByText('No named sources found in the article.')).toBeTruthy();
    expect(screen.queryByText(/No labelled sections \(/)).toBeNull();
    cleanup();
    render(<TabSummary view={{ state: 'found', report: whole, truncated: false }} />);
    expect(screen.getByText('No labelled sections on this page, so this summary covers the whole article.')).toBeTruthy();
    expect(screen.getByText('No named sources found in the article.')).toBeTruthy();
    expect(screen.queryByText(/in the labelled sections/)).toBeNull();
  });

  it('keeps the plain "no sections" wording when only the labelled sections were read', () => {
    render(<Panel report={{ ...EMPTY, scope: 'sections' }} theme="auto" truncatedAt={null} onClose={vi.fn()} onJump={vi.fn()} />);
    expect(screen.getByText('No labelled sections (such as Facts, Opinion or Analysis) on this page.')).toBeTruthy();
    expect(screen.queryByText(/covers the whole article/)).toBeNull();
  });
});

/** WCAG 2 contrast ratio of two #rrggbb colours. */
function contrast(a: string, b: string): number {
  const luminance = (hex: string) => {
    const [r, g, bl] = [1, 3, 5].map((at) => Number.parseInt(hex.slice(at, at + 2), 16) / 255).map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * bl!;
  };
  const [high, low] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (high! + 0.05) / (low! + 0.05);
}

describe('kind colours', () => {
  it.each(['light', 'dark'] as const)('are distinct and readable (AA, 4.5:1) in the %s theme', (theme) => {
    const backgrounds = KINDS.map(([kind]) => KIND_COLOURS[kind][theme].background);
    expect(new Set(backgrounds).size).toBe(KINDS.length);
    for (const [kind] of KINDS) {
      const { background, text } = KIND_COLOURS[kind][theme];
      expect(contrast(background, text), kind).toBeGreaterThanOrEqual(4.5);
    }
  });

  it('are the same in the popup and options stylesheet, with its text colours readable on them', () => {
    const css = readFileSync(join(import.meta.dirname, '../../components/popup/base.css'), 'utf8');
    const [, onLight, onDark] = /--on-kind: light-dark\((#\w{6}), (#\w{6})\)/.exec(css)!;
    for (const [kind] of KINDS) {
      const [, light, dark] = new RegExp(`--${kind}: light-dark\\((#\\w{6}), (#\\w{6})\\)`).exec(css) ?? [];
      expect([light, dark], kind).toEqual([KIND_COLOURS[kind].light.background, KIND_COLOURS[kind].dark.background]);
      expect(css).toContain(`.kind--${kind} { background: var(--${kind}); }`);
      expect(contrast(light!, onLight!)).toBeGreaterThanOrEqual(4.5);
      expect(contrast(dark!, onDark!)).toBeGreaterThanOrEqual(4.5);
    }
  });
});
