// Where on a page a section heading can and cannot stand: excluded regions, inline and block elements.

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

/** Regions whose text is never a section heading: links, navigation, site chrome, asides, captions, controls. */
export const EXCLUDED_SELECTOR = [
  ...[...EXCLUDED_TAGS].map((tag) => tag.toLowerCase()),
  '[role=navigation]', '[role=menu]', '[role=menubar]', '[role=menuitem]', '[role=banner]',
  '[role=contentinfo]', '[role=complementary]', '[role=button]', '[role=tab]', '[role=tablist]',
  '[role=link]', '[hidden]', '[aria-hidden=true]',
].join(',');

/** Class or id tokens of related-story lists, menus and site chrome. */
const CHROME_TOKEN =
  /^(?:nav|navbar|navigation|menu|.*-menu|breadcrumbs?|related|related-.*|.*-related|sidebar|site-header|site-footer|masthead|promo|.*-promo|newsletter|share|sharing|social|trending|most-popular|most-read|recommended|recirculation|outbrain|taboola|comments?|section-header|section-title|section-name|.*-logo|logo|brand|kicker|eyebrow|rubric|overline)$/i;

const INLINE_TAGS = new Set([
  'B', 'STRONG', 'EM', 'I', 'U', 'SPAN', 'FONT', 'MARK', 'SMALL', 'BIG', 'SUP', 'SUB', 'ABBR', 'CITE',
  'Q', 'S', 'INS', 'DEL', 'TIME', 'BDI', 'BDO',
]);

export const HEADING_TAGS = new Set(['H1', 'H2', 'H3', 'H4', 'H5', 'H6']);
export const BOLD_TAGS = new Set(['B', 'STRONG']);

export function isInline(element: Element): boolean {
  return INLINE_TAGS.has(element.tagName.toUpperCase());
}

export function isHeadingElement(element: Element): boolean {
  return HEADING_TAGS.has(element.tagName.toUpperCase()) || element.getAttribute('role') === 'heading';
}

function hasChromeToken(element: Element): boolean {
  const tokens = `${element.getAttribute('class') ?? ''} ${element.id}`.split(/\s+/);
  return tokens.some((token) => token !== '' && CHROME_TOKEN.test(token));
}

/** True when the element sits in a region that can never hold a section heading. */
export function isInExcludedRegion(element: Element): boolean {
  if (element.closest(EXCLUDED_SELECTOR)) return true;
  for (let current: Element | null = element; current; current = current.parentElement) {
    if (hasChromeToken(current)) return true;
  }
  return false;
}

/** The article container a heading belongs to; sections end where it ends. */
export function articleContainer(element: Element): Element {
  return (
    element.closest('article, [itemprop~="articleBody"], main, [role=main]') ??
    element.ownerDocument.body ??
    element.ownerDocument.documentElement
  );
}

export function collapseWhitespace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
