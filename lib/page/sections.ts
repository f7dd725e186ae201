// Section extents: from each heading to the next labelled heading or the end of its article container.
import type { SectionHeading } from './headings';
import type { SectionKind } from '../types';
import { SKIPPED_TAGS, articleContainer, collapseWhitespace, isInline } from './page-structure';

export interface DetectedSection {
  kind: SectionKind;
  label: string;
  heading: SectionHeading;
  /** The section's text blocks in order; a run-in heading's own paragraph comes first. */
  blocks: Element[];
  /** Text of each block, the run-in label removed. */
  paragraphs: string[];
  /** True when the text cap stopped the scan before the section's end. */
  truncated: boolean;
}

const ALWAYS_BLOCK = new Set(['P', 'PRE']);
const MAYBE_BLOCK = new Set(['DIV', 'LI', 'BLOCKQUOTE', 'DD', 'SECTION', 'ARTICLE', 'CENTER', 'MAIN']);
const WORDS_IN_FIRST_WORDS = 12;

export interface SectionLimits {
  /** Most text blocks read across the whole page; past it sections are marked truncated. */
  maxParagraphs: number;
}

/** Sections for headings in document order; a heading with no body text after it yields no section. */
export function computeSections(headings: SectionHeading[], limits: SectionLimits): DetectedSection[] {
  const sections: DetectedSection[] = [];
  let budget = limits.maxParagraphs;
  headings.forEach((heading, index) => {
    const next = headings[index + 1]?.block ?? null;
    const section = readSection(heading, next, budget);
    budget -= section.blocks.length;
    if (section.blocks.length > 0) sections.push(section);
  });
  return sections;
}

function readSection(heading: SectionHeading, next: Element | null, budget: number): DetectedSection {
  const container = articleContainer(heading.block);
  const blocks: Element[] = [];
  const paragraphs: string[] = [];
  let truncated = false;
  if (heading.runIn) {
    blocks.push(heading.block);
    paragraphs.push(textAfterLabel(heading));
  }
  const document = heading.block.ownerDocument;
  const walker = document.createTreeWalker(container, 1 /* NodeFilter.SHOW_ELEMENT */, {
    acceptNode: (node) => (SKIPPED_TAGS.has((node as Element).tagName.toUpperCase()) ? 2 : 1),
  });
  walker.currentNode = heading.block;
  let node = nextOutsideSubtree(walker);
  while (node && node !== next) {
    const element = node as Element;
    if (isTextBlock(element)) {
      if (blocks.length >= budget) {
        truncated = true;
        break;
      }
      const whole = ALWAYS_BLOCK.has(element.tagName.toUpperCase());
      blocks.push(element);
      paragraphs.push(collapseWhitespace(whole ? element.textContent ?? '' : ownText(element)));
      // A paragraph's inner elements were read with it.
      if (whole) {
        node = nextOutsideSubtree(walker);
        continue;
      }
    }
    node = walker.nextNode();
  }
  return {
    kind: heading.kind,
    label: heading.label,
    heading,
    blocks,
    paragraphs,
    truncated,
  };
}

/** Moves the walker past the current node's descendants and returns the node it lands on. */
function nextOutsideSubtree(walker: TreeWalker): Node | null {
  for (let node: Node | null = walker.currentNode; node; node = walker.parentNode()) {
    const sibling = walker.nextSibling();
    if (sibling) return sibling;
  }
  return null;
}

/** A block with its own text: a paragraph, or a div/li/quote whose direct content includes text. */
function isTextBlock(element: Element): boolean {
  const tag = element.tagName.toUpperCase();
  if (ALWAYS_BLOCK.has(tag)) return (element.textContent ?? '').trim() !== '';
  if (!MAYBE_BLOCK.has(tag)) return false;
  for (let child = element.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === 3 && (child as Text).data.trim() !== '') return true;
    if (child.nodeType === 1 && isInline(child as Element) && (child.textContent ?? '').trim() !== '') return true;
  }
  return false;
}

/** A container block's own text: its direct text and inline children, not its nested blocks (read on their own). */
function ownText(element: Element): string {
  let text = '';
  for (let child = element.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === 3) text += (child as Text).data;
    else if (child.nodeType === 1 && isInline(child as Element)) text += child.textContent ?? '';
  }
  return text;
}

function textAfterLabel(heading: SectionHeading): string {
  const all = collapseWhitespace(heading.block.textContent ?? '');
  const label = collapseWhitespace(heading.labelElement.textContent ?? '');
  return all.slice(label.length).replace(/^\s*[:：\-–—]\s*/, '').trim();
}

export function firstWords(section: DetectedSection): string {
  const text = section.paragraphs.find((paragraph) => paragraph !== '') ?? '';
  const words = text.split(' ');
  if (words.length <= WORDS_IN_FIRST_WORDS) return text;
  return words.slice(0, WORDS_IN_FIRST_WORDS).join(' ').replace(/[.,;:!?]$/, '') + '…';
}
