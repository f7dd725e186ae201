// Runs of text inside one block, split at <br> and nested blocks: run-in labels and the body text that follows them.
import { SKIPPED_TAGS, collapseWhitespace, isBold } from './page-structure';
import { hidesItself } from './visibility';

/** Elements that end a run of inline text, besides `<br>`. */
const BLOCK_TAGS = new Set([
  'P', 'DIV', 'LI', 'UL', 'OL', 'DL', 'DD', 'DT', 'BLOCKQUOTE', 'PRE', 'SECTION', 'ARTICLE', 'H1', 'H2', 'H3', 'H4',
  'H5', 'H6', 'HR', 'CENTER', 'MAIN', 'ADDRESS',
]);

const isElement = (node: Node): node is Element => node.nodeType === 1;
const skipped = (element: Element) => SKIPPED_TAGS.has(element.tagName.toUpperCase()) || element.localName === 'img';

/** A node's text as a reader sees it, whitespace collapsed; icons (svg, img), scripts and styles left out. */
export function labelText(node: Node): string {
  if (!isElement(node)) return collapseWhitespace(node.textContent ?? '');
  if (!node.querySelector('svg, script, style, template, noscript')) return collapseWhitespace(node.textContent ?? '');
  let text = '';
  const walker = node.ownerDocument.createTreeWalker(node, 1 | 4, {
    acceptNode: (inner) => (isElement(inner) && skipped(inner) ? 2 /* REJECT */ : 1 /* ACCEPT */),
  });
  for (let inner = walker.nextNode(); inner; inner = walker.nextNode()) {
    if (!isElement(inner)) text += (inner as Text).data;
  }
  return collapseWhitespace(text);
}

/** What stands before `node` in its block: nothing but blanks and icons ('start'), a `<br>` ('break'), or text. */
function before(block: Element, node: Node): 'start' | 'break' | 'text' {
  for (let current: Node | null = node; current && current !== block; current = current.parentNode) {
    for (let sibling = current.previousSibling; sibling; sibling = sibling.previousSibling) {
      if (isElement(sibling) && sibling.localName === 'br') return 'break';
      if (labelText(sibling) !== '') return 'text';
    }
  }
  return 'start';
}

/**
 * The runs of text after `start`'s subtree (from the block's start when null) inside `block`, up to `stop`
 * (exclusive) or the block's end: split at
 * `<br>` and nested blocks, whitespace collapsed, empty runs dropped. Hidden elements, icons, scripts and comments are skipped.
 * `breaks` receives each `<br>` met, in order. Reading stops once `limit` runs are found.
 */
export function runsAfter(
  block: Element,
  start: Node | null,
  stop: Node | null = null,
  breaks: Element[] = [],
  limit = Infinity,
): string[] {
  const runs: string[] = [];
  let run = '';
  const endRun = () => {
    const text = collapseWhitespace(run);
    if (text !== '') runs.push(text);
    run = '';
  };
  /** The next node after `node`'s subtree; leaving a nested block ends the run. */
  const after = (node: Node): Node | null => {
    for (let current: Node | null = node; current && current !== block; current = current.parentNode) {
      if (current !== node && isElement(current) && BLOCK_TAGS.has(current.tagName.toUpperCase())) endRun();
      if (current.nextSibling) return current.nextSibling;
    }
    return null;
  };
  let node = start ? after(start) : block.firstChild;
  while (node && node !== stop && runs.length < limit) {
    if (!isElement(node)) {
      // Text only: a comment's data is no text the reader sees.
      if (node.nodeType === 3) run += (node as Text).data;
      node = after(node);
      continue;
    }
    if (skipped(node) || hidesItself(node)) {
      node = after(node);
      continue;
    }
    if (node.localName === 'br') breaks.push(node);
    if (node.localName === 'br' || BLOCK_TAGS.has(node.tagName.toUpperCase())) endRun();
    node = node.firstChild ?? after(node);
  }
  if (runs.length < limit) endRun();
  return runs;
}

export interface FirstRun {
  /** The text that follows the label up to the next `<br>` or block: the label's body, or the rest of its line. */
  text: string;
  /** True when a `<br>` ends the label's line, so the body is the next run. */
  afterBreak: boolean;
  /** The `<br>` that ends the label's line, if any. */
  breakElement: Element | null;
  /** True when the label is set in bold (see isBold). */
  bold: boolean;
}

/**
 * The label's line and body, when `label` (a node inside `block`) opens the block or a run of it (only blanks,
 * icons or a `<br>` before it); null otherwise.
 */
export function firstRun(block: Element, label: Node): FirstRun | null {
  if (before(block, label) === 'text') return null;
  const lineEnd: Element[] = [];
  const [line = ''] = runsAfter(block, label, null, lineEnd, 1);
  const sameLine = lineEnd.length === 0 || textBetween(block, label, lineEnd[0]!) !== '';
  const breakElement = lineEnd[0] ?? null;
  return { text: line, afterBreak: !sameLine, breakElement: sameLine ? null : breakElement, bold: labelIsBold(label) };
}

/** A paragraph's text as a reader sees it: its runs joined by spaces, so that "line<br>line" does not run together. */
export function paragraphText(block: Element): string {
  // Most paragraphs hold text alone: their text is their one run, with nothing to split or skip.
  if (block.firstElementChild === null) return collapseWhitespace(block.textContent ?? '');
  return runsAfter(block, null).join(' ');
}

/** The text between `start`'s subtree and `end`, collapsed. */
function textBetween(block: Element, start: Node, end: Node): string {
  return runsAfter(block, start, end).join(' ');
}

function labelIsBold(label: Node): boolean {
  for (let element = isElement(label) ? label : null; element; ) {
    if (isBold(element)) return true;
    element = element.children.length === 1 ? element.firstElementChild : null;
  }
  return false;
}
