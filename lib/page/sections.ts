// Section extents: from each heading to the next labelled heading or the end of its article container.
import type { SectionHeading } from './headings';
import type { SectionKind } from '../types';
import { SKIPPED_TAGS, articleContainer, collapseWhitespace, isFurniture, isInline } from './page-structure';
import { paragraphText, runsAfter } from './runs';
import { hidesItself } from './visibility';

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
  /**
   * True when the page's paragraph cap was spent before this section: only its first block was read (the section
   * exists and is badged) and the text analysis leaves it out (see completeAnalysisInSteps in lib/report.ts).
   */
  beyondCap?: true;
  /** True when nothing on the page bounded the section: it ran to the end of the page (or shadow root). */
  endsAtRoot: boolean;
}

const ALWAYS_BLOCK = new Set(['P', 'PRE']);
const MAYBE_BLOCK = new Set(['DIV', 'LI', 'BLOCKQUOTE', 'DD', 'SECTION', 'ARTICLE', 'CENTER', 'MAIN']);
const WORDS_IN_FIRST_WORDS = 12;

export interface SectionLimits {
  /**
   * Most text blocks read across the whole page; past it sections are marked truncated, and a section after it is
   * still found, with its first block only (beyondCap).
   */
  maxParagraphs: number;
}

/**
 * Sections for headings in document order; a heading with no body text after it yields no section. A section runs
 * from its heading to the next labelled heading or the end of its article container (see sectionContainer), and
 * never reads hidden text or page furniture (share bars, subscribe prompts, related stories, bios, comments, pagers,
 * footers: isFurniture in page-structure.ts).
 */
export function computeSections(headings: SectionHeading[], limits: SectionLimits): DetectedSection[] {
  const sections: DetectedSection[] = [];
  let budget = limits.maxParagraphs;
  headings.forEach((_, index) => {
    const section = sectionOf(headings, index, budget);
    if (!section) return;
    budget -= section.blocks.length;
    sections.push(section);
  });
  return sections;
}

/**
 * The section of `headings[index]` alone, as computeSections(headings) reads it (to the next heading, within the
 * container those headings give it), with at most `budget` blocks; undefined when it has no body text. Reads no
 * other heading's section.
 */
export function sectionOf(headings: SectionHeading[], index: number, budget: number): DetectedSection | undefined {
  const heading = headings[index];
  if (!heading) return undefined;
  const section = readSection(heading, headings[index + 1] ?? null, sectionContainer(heading, headings), budget);
  return section.blocks.length > 0 ? section : undefined;
}

/**
 * Where a section ends: its article container (article, articleBody, main); on a page with none, the smallest
 * element holding all the headings of that root (the story's own div), when there are two or more; else the root
 * (and the report may then bound the last section by the article body: boundByArticleBody).
 */
function sectionContainer(heading: SectionHeading, headings: SectionHeading[]): Element | ShadowRoot {
  const container = articleContainer(heading.block);
  const root = heading.block.getRootNode();
  const isRoot = container.nodeType === 11 || container === heading.block.ownerDocument.body;
  const peers = headings.filter((other) => other.block.getRootNode() === root);
  if (!isRoot || peers.length < 2) return container;
  let common: Element | null = heading.block.parentElement;
  while (common && !peers.every((other) => common!.contains(other.block))) common = common.parentElement;
  return common ?? container;
}

/** The element walk's filter: skipped tags, page furniture and hidden elements are left out with their subtrees. */
function acceptBodyNode(node: Node): number {
  const element = node as Element;
  if (SKIPPED_TAGS.has(element.tagName.toUpperCase()) || isFurniture(element) || hidesItself(element)) return 2;
  return 1;
}

function readSection(heading: SectionHeading, next: SectionHeading | null, container: Node, budgetLeft: number): DetectedSection {
  // Past the cap one block is still read: it shows the section has body text, so every labelled section is badged.
  const beyondCap = budgetLeft <= 0;
  const budget = Math.max(budgetLeft, 1);
  const blocks: Element[] = [];
  const paragraphs: string[] = [];
  let truncated = false;
  const sameBlock = next !== null && next.block === heading.block;
  if (heading.runIn) {
    const runs = runsAfter(heading.block, heading.labelNode, sameBlock ? next.labelNode : null);
    runs.slice(0, budget).forEach((run, index) => {
      blocks.push(heading.block);
      paragraphs.push(index === 0 ? run.replace(/^\s*[:：\-–—]\s*/, '').trim() : run);
    });
    truncated = runs.length > budget;
  }
  const endsAtRoot = container.nodeType === 11 || container === heading.block.ownerDocument.body;
  const section: DetectedSection = { kind: heading.kind, label: heading.label, heading, blocks, paragraphs, truncated, endsAtRoot };
  if (beyondCap) {
    section.truncated = true;
    section.beyondCap = true;
  }
  if (sameBlock || truncated) return section;
  const document = heading.block.ownerDocument;
  const walker = document.createTreeWalker(container, 1 /* NodeFilter.SHOW_ELEMENT */, { acceptNode: acceptBodyNode });
  walker.currentNode = heading.block;
  let node = nextOutsideSubtree(walker);
  // The next heading ends the section, also where it sits inside a block (a malformed <p> holding a <div> label).
  while (node && node !== next?.block && !(next && node.contains(next.block))) {
    const element = node as Element;
    if (isTextBlock(element)) {
      if (blocks.length >= budget) {
        section.truncated = true;
        break;
      }
      const whole = ALWAYS_BLOCK.has(element.tagName.toUpperCase());
      blocks.push(element);
      paragraphs.push(whole ? paragraphText(element) : collapseWhitespace(ownText(element)));
      // A paragraph's inner elements were read with it.
      if (whole) {
        node = nextOutsideSubtree(walker);
        continue;
      }
    }
    node = walker.nextNode();
  }
  return section;
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

export function firstWords(section: DetectedSection): string {
  const text = section.paragraphs.find((paragraph) => paragraph !== '') ?? '';
  // The text up to its WORDS_IN_FIRST_WORDS-th space, found without splitting a long paragraph whole.
  let end = -1;
  for (let words = 0; words < WORDS_IN_FIRST_WORDS; words++) {
    end = text.indexOf(' ', end + 1);
    if (end < 0) return text;
  }
  return text.slice(0, end).replace(/[.,;:!?]$/, '') + '…';
}

/**
 * The sections with the last one cut at the end of the article body, when nothing on the page bounded it: its blocks
 * after the body's last block are dropped (a run-in heading's own paragraph stays). `bodyBlocks` are the page's own
 * elements of the article body in order (readArticleBody). Unchanged when the body ends before the last heading.
 */
export function boundByArticleBody(sections: DetectedSection[], bodyBlocks: readonly Element[]): DetectedSection[] {
  const last = sections[sections.length - 1];
  const end = bodyBlocks[bodyBlocks.length - 1];
  if (!last?.endsAtRoot || !end || last.heading.block.compareDocumentPosition(end) & 2 /* PRECEDING */) return sections;
  const keep = last.blocks.map((block) => block === last.heading.block || block === end || !(end.compareDocumentPosition(block) & 4 /* FOLLOWING */));
  const bounded = {
    ...last,
    blocks: last.blocks.filter((_, index) => keep[index]),
    paragraphs: last.paragraphs.filter((_, index) => keep[index]),
  };
  return [...sections.slice(0, -1), ...(bounded.blocks.length > 0 ? [bounded] : [])];
}
