// Whether the reader can see an element: text the page hides (hidden, display:none, visibility:hidden) is never read.

/** An inline style or rule body that hides: display:none or visibility:hidden, with or without !important. */
export const HIDING_DECLARATION = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)\s*(?:!important\s*)?(?:;|$)/i;

/**
 * Whether the document's computed styles are meaningful and cheap: a browser's are; happy-dom's (the report CLI and
 * the unit tests) match every rule of every style sheet on each call, seconds per page on real sites, and there the
 * page's own simple `<style>` rules are read instead (see hidingSelector).
 */
export function hasComputedStyle(document: Document): boolean {
  let known = computedStyleKnown.get(document);
  if (known === undefined) {
    const view = document.defaultView;
    known = view !== null && typeof view.getComputedStyle === 'function' && !('happyDOM' in view);
    // A document without a window (one a parser made) gets one only by adoption into a browsing context: not kept.
    if (view !== null) computedStyleKnown.set(document, known);
  }
  return known;
}

/** hasComputedStyle's answer per document: it is asked for every element a section walk meets. */
const computedStyleKnown = new WeakMap<Document, boolean>();

const selectorCache = new WeakMap<Node, { list: string | null; selectors: string[] }>();

/**
 * The selectors of the root's top-level `<style>` rules that set display:none or visibility:hidden: each one, and
 * all as one selector list (null when there are none). Rules inside @media, @supports and the like are left out
 * (they may not apply), and so is any selector that `matches` cannot read (pseudo-elements). Read once per document
 * or shadow root.
 */
function hidingRules(root: Document | ShadowRoot): { list: string | null; selectors: string[] } {
  const cached = selectorCache.get(root);
  if (cached !== undefined) return cached;
  const selectors: string[] = [];
  const probe = root.nodeType === 9 ? (root as Document).documentElement : (root as ShadowRoot).host;
  for (const style of root.querySelectorAll('style')) {
    const css = (style.textContent ?? '').replace(/\/\*[\s\S]*?\*\//g, '');
    let depth = 0;
    let start = 0;
    for (let index = 0; index < css.length; index += 1) {
      const char = css.charAt(index);
      if (char === '{') {
        const prelude = css.slice(start, index).trim();
        const close = depth === 0 && !prelude.startsWith('@') ? css.indexOf('}', index) : -1;
        if (close > 0 && !css.slice(index + 1, close).includes('{')) {
          if (HIDING_DECLARATION.test(css.slice(index + 1, close).trim())) selectors.push(...usableSelectors(prelude, probe));
          index = close;
          start = close + 1;
          continue;
        }
        depth += 1;
        start = index + 1;
      } else if (char === '}') {
        depth = Math.max(0, depth - 1);
        start = index + 1;
      }
    }
  }
  const rules = { list: selectors.length > 0 ? selectors.join(', ') : null, selectors };
  selectorCache.set(root, rules);
  return rules;
}

const hidingSelector = (root: Document | ShadowRoot) => hidingRules(root).list;

function usableSelectors(prelude: string, probe: Element | null): string[] {
  return prelude.split(',').map((selector) => selector.trim()).filter((selector) => {
    if (!selector || selector.includes('::') || !probe) return false;
    try {
      probe.matches(selector);
      return true;
    } catch {
      return false;
    }
  });
}

const rootOf = (element: Element) => element.getRootNode() as Document | ShadowRoot;

/**
 * True when the element or an ancestor is hidden from the reader: the `hidden` attribute, or display:none or
 * visibility:hidden from any style. In a browser `Element.checkVisibility` decides; elsewhere the inline styles and
 * the page's own `<style>` rules (hidingSelector). Inside a shadow root only that tree's style sheets count.
 */
export function isHidden(element: Element): boolean {
  if (element.closest('[hidden]')) return true;
  if (hasComputedStyle(element.ownerDocument) && typeof element.checkVisibility === 'function') {
    return !element.checkVisibility({ visibilityProperty: true });
  }
  const selector = hidingSelector(rootOf(element));
  if (selector && element.closest(selector)) return true;
  for (let current: Element | null = element; current; current = current.parentElement) {
    if (HIDING_DECLARATION.test(current.getAttribute('style') ?? '')) return true;
  }
  return false;
}

/**
 * True when the element itself is hidden (the `hidden` attribute, or its own display:none or visibility:hidden), for
 * walks that skip a hidden element's subtree and so need not look at its ancestors.
 */
export function hidesItself(element: Element): boolean {
  if (element.hasAttribute('hidden')) return true;
  if (hasComputedStyle(element.ownerDocument)) {
    const style = element.ownerDocument.defaultView!.getComputedStyle(element);
    return style.display === 'none' || style.visibility === 'hidden';
  }
  if (HIDING_DECLARATION.test(element.getAttribute('style') ?? '')) return true;
  const selector = hidingSelector(rootOf(element));
  return selector !== null && element.matches(selector);
}

/**
 * The selector of the page's own `<style>` rule (as hidingRules reads them, also where computed styles are not
 * meaningful) that hides the element or an ancestor: "body" for an anti-flicker `body { visibility: hidden }`; null
 * when no such rule does.
 */
export function hidingRule(element: Element): string | null {
  return hidingRules(rootOf(element)).selectors.find((selector) => element.closest(selector) !== null) ?? null;
}
