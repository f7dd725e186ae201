// Where a section's badge goes: right after a run-in label's text, inside a heading, or after a heading that clips.
import type { SectionHeading } from '../../lib/page/headings';

export interface Placement {
  anchor: Element;
  /** 'after': the badge follows the anchor as its next sibling; 'inside': it is the anchor's last child. */
  where: 'after' | 'inside';
}

/**
 * Placements for headings, read in one pass (style reads only, no writes, so the page is laid out at most once).
 * A run-in label's badge follows the label element itself — never the paragraph's next element, which may be a
 * link mid-sentence. A heading's badge goes inside it, unless the heading clips its overflow (a fixed-size tab):
 * then right after it, where it stays visible and clickable.
 */
export function badgePlacements(headings: readonly SectionHeading[]): Placement[] {
  return headings.map((heading) => {
    if (heading.runIn) return { anchor: heading.labelElement, where: 'after' };
    return clipsOverflow(heading.labelElement) ? { anchor: heading.labelElement, where: 'after' } : { anchor: heading.labelElement, where: 'inside' };
  });
}

const CLIPPING = new Set(['hidden', 'clip', 'scroll', 'auto']);

function clipsOverflow(element: Element): boolean {
  const style = element.ownerDocument.defaultView?.getComputedStyle(element);
  return !!style && [style.overflow, style.overflowX, style.overflowY].some((value) => CLIPPING.has(value));
}
