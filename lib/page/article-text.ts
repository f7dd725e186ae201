// The running text of a page's article, for pages without labelled sections: its body paragraphs, furniture left out.
import { collapseWhitespace, isInExcludedRegion } from './page-structure';
import { isHidden } from './visibility';

const ARTICLE_ROOT = 'article, [itemprop~="articleBody"], main, [role=main]';
/** Shorter paragraphs are mostly furniture: bylines, captions, "Share this". */
const MIN_PARAGRAPH_LENGTH = 40;

/** Paragraph texts of the page's article (or the whole page), hidden ones left out, at most `limit` of them. */
export function articleText(scope: Element | ShadowRoot, limit: number): string[] {
  // Paragraphs share their ancestors: each ancestor's class and id are read once.
  const chrome = new Map<Element, boolean>();
  const roots = [...scope.querySelectorAll(ARTICLE_ROOT)].filter((root) => !isInExcludedRegion(root, { chrome }));
  const root = roots.find((candidate) => candidate.tagName === 'ARTICLE') ?? roots[0] ?? scope;
  const paragraphs: string[] = [];
  for (const paragraph of root.querySelectorAll('p')) {
    if (paragraphs.length >= limit) break;
    const text = collapseWhitespace(paragraph.textContent ?? '');
    if (text.length >= MIN_PARAGRAPH_LENGTH && !isInExcludedRegion(paragraph, { chrome }) && !isHidden(paragraph)) paragraphs.push(text);
  }
  return paragraphs;
}
