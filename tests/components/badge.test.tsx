import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Badge, type BadgeProps } from '../../components/Badge';

afterEach(cleanup);

/** The name as a browser joins the inline spans; happy-dom's name computation puts a space between every span. */
const named = (expected: string) => (name: string) => name.replace(/\s+/g, ' ').replace(/ ,/g, ',') === expected;

function renderBadge(props: Partial<BadgeProps> = {}) {
  const onActivate = vi.fn();
  render(<Badge kind="facts" label="The Facts" sources={4} contested={2} opinionSentences={0} onActivate={onActivate} {...props} />);
  return { button: screen.getByRole('button'), onActivate };
}

describe('Badge', () => {
  it('names the kind first, then the section and the counts, and opens the summary', () => {
    const { button, onActivate } = renderBadge();
    expect(button.textContent).toBe('FACTS section “The Facts”4 sources · 2 contested');
    expect(screen.getByRole('button', { name: named('FACTS section “The Facts” 4 sources · 2 contested') })).toBe(button);
    fireEvent.click(button);
    expect(onActivate).toHaveBeenCalledOnce();
  });

  it('warns on a Facts section with opinion language: a visible chip, and the full sentence for screen readers', () => {
    const { button } = renderBadge({ opinionSentences: 2 });
    const chip = button.querySelector('.badge__warning') as HTMLElement;
    expect(chip.textContent).toBe('⚠ 2');
    expect(chip.getAttribute('aria-hidden')).toBe('true');
    expect(chip.title).toBe('2 sentences of opinion language in this Facts section');
    const name = 'FACTS section “The Facts” 4 sources · 2 contested, 2 sentences of opinion language in this Facts section';
    expect(screen.getByRole('button', { name: named(name) })).toBe(button);
    expect(button.getAttribute('aria-label')).toBeNull();
  });

  it('says "1 sentence" for one, also when the section names no sources', () => {
    renderBadge({ opinionSentences: 1, sources: 0, contested: 0 });
    const name = 'FACTS section “The Facts”, no sources named, 1 sentence of opinion language in this Facts section';
    expect(screen.getByRole('button', { name: named(name) })).toBeTruthy();
    expect(screen.getByRole('button').querySelector('.badge__warning')?.textContent).toBe('⚠ 1');
  });

  it('shows no warning without opinion sentences, nor on Opinion and Analysis sections', () => {
    const { button } = renderBadge();
    expect(button.querySelector('.badge__warning')).toBeNull();
    cleanup();
    for (const kind of ['opinion', 'analysis'] as const) {
      renderBadge({ kind, label: 'Comment', opinionSentences: 5 });
      expect(screen.getByRole('button').querySelector('.badge__warning')).toBeNull();
      expect(screen.getByRole('button').textContent).not.toContain('opinion language');
      cleanup();
    }
  });
});
