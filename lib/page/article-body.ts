// The article body of a page without labelled sections, found by Mozilla Readability on a clone of the page.
import { Readability } from '@mozilla/readability';
import { collapseWhitespace, isFurniture } from './page-structure';
import { paragraphText } from './runs';
import { hidesItself } from './visibility';

/** Shorter paragraphs count only when they end like a sentence; the rest is furniture ("Share", "Advertisement"). */
const MIN_PARAGRAPH_LENGTH = 40;
const SENTENCE_END = /[.!?…]["”’»)]?$/;
/** Lines that are page furniture whatever their markup: "Continue reading", "Share this article", "Sign up". */
const FURNITURE_TEXT =
  /^(?:continue reading|read more|read next|share (?:this|on)|advertisement|sign up|subscribe|follow us|related:|image:|photo:|credit:)/i;
/** The blocks read as paragraphs; one that holds another of them is read through it instead. */
const PARAGRAPH = 'p, pre, li, blockquote';
/** Captions, credits and embedded figures are not the article's running text. */
const NOT_RUNNING_TEXT = 'figure, figcaption, caption, table, aside, nav, footer, header, form';

/** The article body of a page: its paragraph texts, and the page's own elements they were read from. */
export interface ArticleBody {
  paragraphs: string[];
  /**
   * The live page elements of those paragraphs, in order, for locating sentences in the page; a paragraph that
   * Readability rebuilt (a div turned into a paragraph) has none.
   */
  blocks: Element[];
}

/**
 * The paragraphs of the page's article body as Readability finds it, in order: its p, pre, leaf li and blockquote
 * elements, at most `limit`. Furniture is left out: captions and figures, bylines and share text (by class word,
 * see isFurniture, or by text), and short lines that are not sentences. Text the page hides (hidden, display:none,
 * visibility:hidden) is removed from the clone first. Finds nothing when Readability finds no article; never throws.
 *
 * Readability reads and rewrites its own clone of the page, never the page: costly (tens of milliseconds on a news
 * page), so it runs only when asked (the reader opening the panel, the report CLI), never in the detection pass.
 */
export function readArticleBody(root: Document | ShadowRoot, limit: number): ArticleBody {
  try {
    const { clone, originals } = visibleClone(root);
    const article = new Readability(clone, { keepClasses: true, serializer: (node: Node) => node }).parse();
    const body = article?.content as Element | null | undefined;
    return body ? bodyParagraphs(body, limit, originals) : { paragraphs: [], blocks: [] };
  } catch {
    return { paragraphs: [], blocks: [] };
  }
}

/** A short article of our own: one parse of it runs the parser's code paths once. */
const WARM_UP_ARTICLE = `<article><h1>Harbour talks end</h1>${'<p>Officials said 23 ferries were idle on Monday, and the union says 58 crews walked out near the old harbour.</p>'.repeat(6)}</article>`;
let warmedUp = false;

/**
 * Parses a short article of our own once per page (in a document of its own, never the page): Readability's first
 * parse on a page pays for compiling its code, 57–67 ms of the first parse of a news page (wapo-2, nytimes-3 in
 * Chromium, 2026-11-30), against about 3 ms here; the page's own parse that follows then takes 5–20 ms. A caller that
 * yields between the two (lib/report.ts) keeps each task short. Changes no result; never throws.
 */
export function warmUpArticleBody(document: Document): void {
  if (warmedUp) return;
  warmedUp = true;
  try {
    // The page's window's parser: an inert document of its own (no script runs, nothing loads), never the page.
    const Parser = (document.defaultView as (Window & typeof globalThis) | null)?.DOMParser;
    if (!Parser) return;
    const own = new Parser().parseFromString(WARM_UP_ARTICLE, 'text/html');
    new Readability(own, { keepClasses: true, serializer: (node: Node) => node }).parse();
  } catch {
    // No parser to lend (a document made without a window): the first parse pays as before.
  }
}

function bodyParagraphs(body: Element, limit: number, originals: Map<Element, Element>): ArticleBody {
  const found: ArticleBody = { paragraphs: [], blocks: [] };
  for (const element of body.querySelectorAll(PARAGRAPH)) {
    if (found.paragraphs.length >= limit) break;
    if (element.querySelector(PARAGRAPH) || element.closest(NOT_RUNNING_TEXT) || inFurniture(element, body)) continue;
    const text = collapseWhitespace(paragraphText(element));
    const sentence = text.length >= MIN_PARAGRAPH_LENGTH || (SENTENCE_END.test(text) && text.split(' ').length >= 4);
    if (!sentence || FURNITURE_TEXT.test(text)) continue;
    found.paragraphs.push(text);
    const original = originals.get(element);
    if (original) found.blocks.push(original);
  }
  return found;
}

function inFurniture(element: Element, body: Element): boolean {
  for (let current: Element | null = element; current && current !== body; current = current.parentElement) {
    if (isFurniture(current)) return true;
  }
  return false;
}

/**
 * A copy of the page (or of a shadow root's content, in a new document) without the elements the reader cannot see,
 * and each copied element's original: the original and the copy are walked together, and each hidden original's
 * copy is removed from the copy.
 */
function visibleClone(root: Document | ShadowRoot): { clone: Document; originals: Map<Element, Element> } {
  const isDocument = root.nodeType === 9;
  const document = isDocument ? (root as Document) : (root as ShadowRoot).ownerDocument;
  const clone = isDocument ? (document.cloneNode(true) as Document) : document.implementation.createHTMLDocument('');
  if (!isDocument) clone.body.append(...[...root.childNodes].map((node) => clone.importNode(node, true)));
  const originals = new Map<Element, Element>();
  const originalTop = isDocument ? document.documentElement : root;
  const copyTop = isDocument ? clone.documentElement : clone.body;
  if (!originalTop || !copyTop) return { clone, originals };
  const pending: [ParentNode, Element][] = [[originalTop as ParentNode, copyTop]];
  for (let pair = pending.pop(); pair; pair = pending.pop()) {
    const [original, copy] = pair;
    const originalChildren = original.children;
    const copies = [...copy.children];
    for (let index = 0; index < originalChildren.length; index += 1) {
      const child = originalChildren[index]!;
      const copied = copies[index];
      if (!copied) break;
      if (hidesItself(child)) {
        copied.remove();
        continue;
      }
      originals.set(copied, child);
      if (child.firstElementChild) pending.push([child, copied]);
    }
  }
  return { clone, originals };
}
