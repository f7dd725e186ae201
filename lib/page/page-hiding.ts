// Whether a page hides its whole body or article from the reader (an anti-flicker style a script would remove).
import { ARTICLE_ROOT_SELECTOR } from './page-structure';
import { HIDING_DECLARATION, hidingRule, isHidden } from './visibility';

/** How a part of the page is hidden. */
export type HidingCause =
  | { kind: 'attribute' }
  | { kind: 'inline-style' }
  | { kind: 'style-rule'; selector: string }
  | { kind: 'computed-style' };

export interface HiddenPart {
  /** The hidden part: the root element, the body, or an article container ("article", "main", …: its tag name). */
  part: string;
  element: Element;
  cause: HidingCause;
}

/**
 * The outermost of the page's root element, body and article containers (ARTICLE_ROOT_SELECTOR) that the page hides
 * (isHidden: the `hidden` attribute, display:none or visibility:hidden), with how: an empty list when the reader can
 * see them, or sees another article container (hidden teaser articles beside the story). A saved page keeps an anti-flicker `body { visibility: hidden }` that a script would have removed, and
 * hidden text is never read, so such a page reads as empty; this says why. Reads, never writes, the document.
 */
export function hiddenPageParts(document: Document): HiddenPart[] {
  const outer = [document.documentElement, document.body].find((element): element is HTMLElement => element !== null && isHidden(element));
  const containers = [...document.querySelectorAll(ARTICLE_ROOT_SELECTOR)];
  const hidden = containers.filter((element) => isHidden(element));
  // Hidden teasers beside a story the reader sees hide nothing that matters: a container counts as shown when it is
  // not hidden and holds no hidden one (a visible <main> around a hidden <article> shows nothing).
  const shown = containers.some((element) => !hidden.includes(element) && !hidden.some((other) => element.contains(other)));
  const parts = outer ? [outer] : shown ? [] : hidden;
  return parts
    .filter((element) => !parts.some((other) => other !== element && other.contains(element)))
    .map((element) => ({ part: element.localName, element, cause: causeOf(element) }));
}

function causeOf(element: Element): HidingCause {
  for (let current: Element | null = element; current; current = current.parentElement) {
    if (current.hasAttribute('hidden')) return { kind: 'attribute' };
    if (HIDING_DECLARATION.test(current.getAttribute('style') ?? '')) return { kind: 'inline-style' };
  }
  const selector = hidingRule(element);
  return selector ? { kind: 'style-rule', selector } : { kind: 'computed-style' };
}
