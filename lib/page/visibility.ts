// Whether the reader can see an element: text the page hides (hidden, display:none, visibility:hidden) is never read.

/**
 * True when the element or an ancestor is hidden from the reader: the `hidden` attribute, or display:none or
 * visibility:hidden from any style (inline, the page's own style sheets), as `Element.checkVisibility` computes it
 * (browsers; happy-dom applies the page's `<style>` rules in the report CLI). Inside a shadow root only that tree's
 * styles count. Where checkVisibility is missing, only the attribute and inline styles are read.
 */
export function isHidden(element: Element): boolean {
  if (element.closest('[hidden]')) return true;
  if (typeof element.checkVisibility === 'function') return !element.checkVisibility({ visibilityProperty: true });
  for (let current: Element | null = element; current; current = current.parentElement) {
    if (hidesItself(current)) return true;
  }
  return false;
}

const HIDING_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)\b/i;

/**
 * True when the element itself is hidden (the `hidden` attribute, or its own computed display:none or
 * visibility:hidden), for walks that skip a hidden element's subtree and so need not look at its ancestors.
 */
export function hidesItself(element: Element): boolean {
  if (element.hasAttribute('hidden')) return true;
  const view = element.ownerDocument.defaultView;
  if (view && typeof view.getComputedStyle === 'function') {
    const style = view.getComputedStyle(element);
    return style.display === 'none' || style.visibility === 'hidden';
  }
  return HIDING_STYLE.test(element.getAttribute('style') ?? '');
}
