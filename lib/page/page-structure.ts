// Where on a page a section heading can and cannot stand: excluded regions, inline and block elements.
import { hasComputedStyle } from './visibility';

/** Subtrees whose text never belongs to a section's body (and so can never hold its heading either). */
export const SKIPPED_TAGS: ReadonlySet<string> = new Set([
  'ASIDE', 'NAV', 'HEADER', 'FOOTER', 'FIGURE', 'FORM', 'BUTTON', 'SCRIPT', 'STYLE', 'NOSCRIPT',
  'TEMPLATE', 'SVG', 'MATH', 'TABLE', 'SELECT', 'TEXTAREA', 'IFRAME', 'DIALOG',
]);

/** Elements whose text is never a section heading: the skipped subtrees, links, captions, controls, list items and cells. */
export const EXCLUDED_TAGS: ReadonlySet<string> = new Set([
  ...SKIPPED_TAGS,
  'A', 'FIGCAPTION', 'CAPTION', 'LABEL', 'OPTION', 'MENU', 'SUMMARY', 'LI', 'TD', 'TH', 'DT',
]);

/**
 * Regions whose text is never a section heading: links, navigation, site chrome, asides, captions, controls, text
 * hidden from assistive technology (aria-hidden). Text the page hides from everyone (`hidden`, display:none) is not
 * excluded here but skipped while hidden (visibility.ts), so that it is read once the page reveals it.
 */
const CHROME_SELECTOR = [
  ...[...EXCLUDED_TAGS].map((tag) => tag.toLowerCase()),
  '[role=navigation]', '[role=menu]', '[role=menubar]', '[role=menuitem]', '[role=banner]',
  '[role=contentinfo]', '[role=complementary]', '[role=button]', '[role=tab]', '[role=tablist]',
  '[role=link]',
].join(',');
/** Text hidden from assistive technology; a folded "read more" container often sets it along with display:none. */
const ARIA_HIDDEN_SELECTOR = '[aria-hidden=true]';
export const EXCLUDED_SELECTOR = `${CHROME_SELECTOR},${ARIA_HIDDEN_SELECTOR}`;

/** Class or id tokens of related-story lists, menus and site chrome: a heading inside such an element is never a label. */
const CHROME_TOKEN =
  /^(?:nav|navbar|navigation|menu|.*-menu|breadcrumbs?|related|related-.*|.*-related|sidebar|site-header|site-footer|masthead|promo|.*-promo|newsletter|share|sharing|social|trending|most-popular|most-read|recommended|recirculation|outbrain|taboola|comments|section-header|section-name|.*-logo|logo|overline)$/i;

/**
 * Class tokens that sites also put on real section headings and on article containers ("h4.kicker", "section-title",
 * `<article class="story comment">`): weak evidence, so they exclude only an element that is neither a heading nor an
 * article container. A kicker above the headline is dropped by its position (headings.ts).
 */
const WEAK_CHROME_TOKEN = /^(?:kicker|eyebrow|rubric|section-title|brand|comment)$/i;

/** The elements that hold an article's body; sections end where the nearest one ends. */
export const ARTICLE_ROOT_SELECTOR = 'article, [itemprop~="articleBody"], main, [role=main]';

const INLINE_TAGS = new Set([
  'B', 'STRONG', 'EM', 'I', 'U', 'SPAN', 'FONT', 'MARK', 'SMALL', 'BIG', 'SUP', 'SUB', 'ABBR', 'CITE',
  'Q', 'S', 'INS', 'DEL', 'TIME', 'BDI', 'BDO',
]);

export const HEADING_TAGS = new Set(['H1', 'H2', 'H3', 'H4', 'H5', 'H6']);
export const BOLD_TAGS = new Set(['B', 'STRONG']);

export function isInline(element: Element): boolean {
  return INLINE_TAGS.has(element.tagName.toUpperCase());
}

/**
 * A link that only points at its own heading: `<h2 id="x"><a href="#x">The Facts</a></h2>` (static-site generators'
 * "linkable headings"). Its text may be a label; every other link's text never is.
 */
export function isSelfLink(link: Element): boolean {
  const href = link.getAttribute('href');
  if (!href || href.length < 2 || href.charAt(0) !== '#') return false;
  let target: string;
  try {
    target = decodeURIComponent(href.slice(1));
  } catch {
    return false;
  }
  const heading = link.closest('h1, h2, h3, h4, h5, h6, [role=heading]');
  return link.id === target || (heading !== null && heading.id === target);
}

/** Inline for a label: an inline element, or a link to its own heading. */
export function isLabelInline(element: Element): boolean {
  return isInline(element) || (element.localName === 'a' && isSelfLink(element));
}

const BOLD_STYLE = /(?:^|;)\s*font-weight\s*:\s*(?:bold(?:er)?|[6-9]\d\d)\b/i;

/**
 * Whether an element sets its text in bold: `<b>`, `<strong>`, an inline style with font-weight bold or 600 and above,
 * or (in a browser, where it is meaningful: hasComputedStyle) a computed font-weight of 600 and above.
 */
export function isBold(element: Element): boolean {
  if (BOLD_TAGS.has(element.tagName.toUpperCase())) return true;
  if (BOLD_STYLE.test(element.getAttribute('style') ?? '')) return true;
  if (!hasComputedStyle(element.ownerDocument)) return false;
  const weight = element.ownerDocument.defaultView!.getComputedStyle(element).fontWeight;
  return weight === 'bold' || weight === 'bolder' || Number(weight) >= 600;
}

export function isHeadingElement(element: Element): boolean {
  return HEADING_TAGS.has(element.tagName.toUpperCase()) || element.getAttribute('role') === 'heading';
}

function classTokens(element: Element): string[] {
  const classes = element.getAttribute('class');
  const id = element.id;
  // Most elements of a page carry neither: no string to build and split.
  if (!classes && !id) return [];
  return `${classes ?? ''} ${id}`.split(/\s+/).filter((token) => token !== '');
}

/** Whether the element's class or id marks site chrome; weak words count only on non-heading, non-container elements. */
function hasChromeToken(element: Element): boolean {
  const tokens = classTokens(element);
  if (tokens.some((token) => CHROME_TOKEN.test(token))) return true;
  if (!tokens.some((token) => WEAK_CHROME_TOKEN.test(token))) return false;
  const name = element.localName;
  return !isHeadingElement(element) && name !== 'body' && name !== 'html' && !element.matches(ARTICLE_ROOT_SELECTOR);
}

/**
 * True when the element sits in a region that can never hold a section heading. With `ariaHidden: false` a region
 * hidden from assistive technology only does not count (it may be a folded container, revealed later). `chrome`, kept
 * by a caller over one read of the page, remembers each ancestor's class and id verdict for the next element.
 */
export function isInExcludedRegion(element: Element, { ariaHidden = true, chrome }: { ariaHidden?: boolean; chrome?: Map<Element, boolean> } = {}): boolean {
  if (element.closest(ariaHidden ? EXCLUDED_SELECTOR : CHROME_SELECTOR)) return true;
  for (let current: Element | null = element; current; current = current.parentElement) {
    let marked = chrome?.get(current);
    if (marked === undefined) {
      marked = hasChromeToken(current);
      chrome?.set(current, marked);
    }
    if (marked) return true;
  }
  return false;
}

/**
 * Words of class or id tokens (split at "-" and "_": "article__share-links") that mark page furniture inside an
 * article body: share bars, subscribe and newsletter prompts, related stories, author bios and bylines, comments,
 * pagers and footers. Such a subtree is never section text. WordPress's taxonomy classes ("category-social") are not
 * furniture.
 */
const FURNITURE_WORDS = new Set([
  'share', 'sharing', 'social', 'subscribe', 'subscription', 'signup', 'newsletter', 'related', 'recommended',
  'recirculation', 'promo', 'outbrain', 'taboola', 'comments', 'disqus', 'pager', 'pagination', 'footer', 'bio',
  'byline', 'author', 'more',
]);
const TAXONOMY_TOKEN = /^(?:category|tag|tags|format|status|type)-/i;

/** True when the element is page furniture inside an article body (see FURNITURE_WORDS). */
export function isFurniture(element: Element): boolean {
  if (element.matches('[role=complementary], [role=contentinfo], [role=navigation]')) return true;
  return classTokens(element).some(
    (token) => !TAXONOMY_TOKEN.test(token) && token.toLowerCase().split(/[-_]+/).some((word) => FURNITURE_WORDS.has(word)),
  );
}

/** The article container a heading belongs to, or the root it stands in (a document's body, or a shadow root). */
export function articleContainer(element: Element): Element | ShadowRoot {
  const container = element.closest(ARTICLE_ROOT_SELECTOR);
  if (container) return container;
  const root = element.getRootNode();
  if (root.nodeType === 11 /* DOCUMENT_FRAGMENT_NODE */) return root as ShadowRoot;
  return element.ownerDocument.body ?? element.ownerDocument.documentElement;
}

export function collapseWhitespace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
