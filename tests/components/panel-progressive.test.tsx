import { cleanup, fireEvent, render } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Panel } from '../../components/panel/Panel';
import type { ArticleReport, SectionSummary } from '../../lib/types';

afterEach(cleanup);

/** A report of `count` labelled sections, each with one single-source figure, like a 2,000-section page's. */
function bigReport(count: number): ArticleReport {
  const sections: SectionSummary[] = Array.from({ length: count }, (_, index) => ({
    kind: index % 2 === 0 ? 'facts' : 'opinion',
    label: index % 2 === 0 ? 'The Facts' : 'Opinion',
    paragraphs: 1,
    firstWords: `Ward ${index} of Tollerby`,
    sources: 0,
    contested: 0,
    subjectivity: 0,
    opinionSentences: 0,
  }));
  const figures = sections.map((_, index) => ({ value: 100 + index, text: String(100 + index), sentence: `Ward ${index} counted ${100 + index} homes.`, section: index }));
  return { url: null, pageType: { kind: 'mixed', evidence: [] }, sections, sources: [], figures, contested: [], cues: [] };
}

const outlineItems = (container: Element) => container.querySelectorAll('.outline > li').length;
const figureItems = (container: Element) => container.querySelectorAll('.figures > li').length;

describe('Panel drawn progressively', () => {
  it('draws the first `shown` items of each list, then every item once shown is unlimited', () => {
    const report = bigReport(120);
    const onJump = vi.fn();
    const props = { report, theme: 'auto' as const, truncatedAt: null, onClose: () => undefined, onJump };
    const { container, rerender } = render(<Panel {...props} shown={10} />);
    expect(outlineItems(container)).toBe(10);
    expect(figureItems(container)).toBe(10);
    rerender(<Panel {...props} shown={50} />);
    expect(outlineItems(container)).toBe(50);
    rerender(<Panel {...props} />);
    expect(outlineItems(container)).toBe(120);
    expect(figureItems(container)).toBe(120);
    // Items keep their place in the report: the 100th outline entry jumps to section 99.
    fireEvent.click(container.querySelectorAll('.outline > li button.jump')[99]!);
    expect(onJump).toHaveBeenCalledWith({ section: 99 });
  });
});
