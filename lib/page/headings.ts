// Finds section headings ("The Facts:", "Opinion", "2. Analysis", run-in "<b>Facts:</b> …") in a DOM.
import type { SectionKind } from '../types';
import type { LabelMatcher } from './labels';
import { printedLabel } from './labels';
import { EXCLUDED_TAGS, isHeadingElement, isInExcludedRegion, isLabelInline, isSelfLink } from './page-structure';
import { isHidden } from './visibility';
import { firstRun, labelText } from './runs';
import { dropLabelsAboveTitle } from './title-position';

export interface SectionHeading {
  kind: SectionKind;
  /** The label as printed, without trailing punctuation. */
  label: string;
  /** The block that carries the label: a heading, a short label block, or the run-in paragraph. */
  block: Element;
  /**
   * The element whose end is the end of the label text; badges go right after it. A plain-text label ended by a
   * `<br>` (`<p>The Facts:<br>…`) has no element of its own: this is then that `<br>`.
   */
  labelElement: Element;
  /** True when the label opens a paragraph of body text (or a `<br>`-separated run of it). */
  runIn: boolean;
  /** The label itself: the outermost element (or the text node) under `block` whose text is the label. */
  labelNode: Node;
}

/** Text nodes longer than this cannot be a label on their own. */
const MAX_LABEL_NODE_LENGTH = 80;
/** Longest whole-block text accepted as a label block. */
const MAX_LABEL_BLOCK_LENGTH = 60;
/** Longest raw text (whitespace and icon titles included) of a block worth reading as a label block. */
const MAX_LABEL_BLOCK_TEXT = 2000;
const RUN_IN_SEPARATOR = /^\s*[:：\-–—]/;
const SENTENCE_END = /[.!?…。]/;

/** What the walk below does at an element, by local name (HTML local names are lower case): one lookup per element. */
const PLAIN = 0;
const SKIP = 1;
const HEADING = 2;
const TITLE = 3;
/** A custom element (its name has a hyphen): it may host an open shadow root. */
const CUSTOM = 4;
const KNOWN_ACTIONS: readonly (readonly [string, number])[] = [
  ...[...EXCLUDED_TAGS].map((tag) => [tag.toLowerCase(), SKIP] as const),
  ...['h2', 'h3', 'h4', 'h5', 'h6'].map((name) => [name, HEADING] as const),
  ['h1', TITLE],
];
/** Every local name met, with its action: a page has few distinct names, so each is looked at once. */
const elementActions = new Map<string, number>(KNOWN_ACTIONS);
/** Past this many names (a page that makes up names), new ones are not kept. */
const MAX_KEPT_NAMES = 2048;

function actionOf(name: string): number {
  const action = name.includes('-') ? CUSTOM : PLAIN;
  if (elementActions.size < MAX_KEPT_NAMES) elementActions.set(name, action);
  return action;
}

/** Nodes a resumable walk reads between two looks at its caller's clock (a few hundred microseconds' work). */
const NODES_PER_STEP = 512;

/**
 * Heading candidates in document order; each block appears once. `hidden`, when given, receives each block that
 * holds label-like text but was skipped because the reader cannot see it (isHidden): the only places where a later
 * style, class or `hidden` change can bring a heading without adding a node.
 *
 * This runs on every page, so it is the content script's hot path. One TreeWalker over elements and text
 * skips the subtrees of excluded elements (links, lists, tables, navigation, header and footer, scripts…)
 * natively, without reading their text: their text could never be a heading. Each other short text node gets
 * a cheap look at its first character, then one anchored regex, before anything more costly.
 */
export function findSectionHeadings(scope: Node, matcher: LabelMatcher, hidden?: Set<Element>): SectionHeading[] {
  const walk = new HeadingWalk(scope, matcher, hidden);
  while (!walk.step(1e9));
  return walk.headings();
}

/**
 * findSectionHeadings cut into steps, for a caller that spreads a large page over idle periods: each `next()`
 * reads at most NODES_PER_STEP nodes; the iterator's return value is the same SectionHeading[] as
 * findSectionHeadings(scope, matcher) gives for the page as it stands when the walk ends. If the page removes the
 * node the walk stands on between two steps, the walk starts again from the beginning of `scope`.
 */
export function* sectionHeadingWalk(scope: Node, matcher: LabelMatcher, hidden?: Set<Element>): Generator<void, SectionHeading[]> {
  let walk = new HeadingWalk(scope, matcher, hidden);
  while (!walk.step(NODES_PER_STEP)) {
    yield;
    if (!walk.standsInScope()) walk = new HeadingWalk(scope, matcher, hidden);
  }
  return walk.headings();
}

/** The one walk behind findSectionHeadings and sectionHeadingWalk: its state lives between steps. */
class HeadingWalk {
  private readonly walker: TreeWalker;
  // Blocks already looked at: true when the block may still hold run-in labels (it is not a label block, not excluded).
  private readonly seen = new Map<Element, boolean>();
  private readonly found: SectionHeading[] = [];
  // Each <h1> the walk passed, with how many headings were found before it: where the title stands among them.
  private readonly h1At = new Map<Element, number>();
  // Whitespace between tags is most of a page's text nodes, and the parser shares one string among all copies of
  // the same indentation: remembering which strings are blank makes each later copy a Set lookup instead of a trim.
  private readonly blank = new Set<string>();
  private node: Node | null;

  constructor(
    private readonly scope: Node,
    private readonly matcher: LabelMatcher,
    private readonly hidden?: Set<Element>,
  ) {
    const document = scope.ownerDocument ?? (scope as Document);
    this.walker = document.createTreeWalker(scope, 1 /* SHOW_ELEMENT */ | 4 /* SHOW_TEXT */);
    this.node = this.walker.nextNode();
  }

  /** Whether the node the walk stands on is still inside its scope (a page may remove it between steps). */
  standsInScope(): boolean {
    return this.node === null || this.scope.contains(this.node);
  }

  /** Reads up to `limit` nodes; true once the scope is walked to its end. */
  step(limit: number): boolean {
    const { walker, matcher, blank, seen, found, hidden } = this;
    let node = this.node;
    for (let count = 0; node && count < limit; count += 1) {
      // Elements have a local name and text nodes do not: one property read tells them apart, and for a text node
      // it is not even a call into the DOM.
      const name: unknown = (node as Element).localName;
      if (typeof name === 'string') {
        const action = elementActions.get(name) ?? actionOf(name);
        if (action === SKIP) {
          node = nextOutside(walker);
          continue;
        }
        if (action === CUSTOM) {
          // Open shadow roots (the article component's own tree) are searched in place; hosts are custom elements.
          const shadow = (node as Element).shadowRoot;
          if (shadow) found.push(...findSectionHeadings(shadow, matcher, hidden));
        } else if (action !== PLAIN) {
          // Links are skipped above, all but one kind: a heading's link to its own id. Headings are few; links are many.
          if (action === TITLE) this.h1At.set(node as Element, found.length);
          // Most headings hold text only: the link lookup is for those that hold an element.
          if ((node as Element).firstElementChild) selfLinkedLabels(node as Element, matcher, blank, seen, found, hidden);
        }
        node = walker.nextNode();
        continue;
      }
      const heading = mayBeLabel((node as Text).data, matcher, blank) ? headingForTextNode(node as Text, matcher, seen, hidden) : null;
      if (heading) found.push(heading);
      node = walker.nextNode();
    }
    this.node = node;
    return node === null;
  }

  /** The headings found so far (all of them once `step` returned true), labels above the title dropped. */
  headings(): SectionHeading[] {
    return this.found.length > 0 ? dropLabelsAboveTitle(this.found, this.scope, this.h1At) : this.found;
  }
}

/** Adds to `found` the label a heading's link to its own id holds (`<h2 id="x"><a href="#x">The Facts</a></h2>`), if any. */
function selfLinkedLabels(heading: Element, matcher: LabelMatcher, blank: Set<string>, seen: Map<Element, boolean>, found: SectionHeading[], hidden?: Set<Element>): void {
  for (const link of heading.getElementsByTagName('a')) {
    if (!isSelfLink(link)) continue;
    const walker = heading.ownerDocument.createTreeWalker(link, 4 /* SHOW_TEXT */);
    for (let text = walker.nextNode(); text; text = walker.nextNode()) {
      const label = mayBeLabel((text as Text).data, matcher, blank) ? headingForTextNode(text as Text, matcher, seen, hidden) : null;
      if (label) found.push(label);
    }
  }
}

/**
 * Headings that a node added to the page brings: those in an added element's subtree, or, for added text (a
 * script setting an element's text), the heading its parent becomes when the text may be a label. `hidden` as for
 * findSectionHeadings.
 */
export function headingsBroughtBy(node: Node, matcher: LabelMatcher, hidden?: Set<Element>): SectionHeading[] {
  if (node.nodeType !== 3 /* TEXT_NODE */) return findSectionHeadings(node, matcher, hidden);
  const parent = node.parentElement;
  return parent && mayBeLabel((node as Text).data, matcher, new Set()) ? findSectionHeadings(parent, matcher, hidden) : [];
}

/** The walker's next node after the current node's subtree, or null at the end of the scope. */
function nextOutside(walker: TreeWalker): Node | null {
  let next = walker.nextSibling();
  while (!next && walker.parentNode()) next = walker.nextSibling();
  return next;
}

/** Whether a text node's text may be a label on its own (its block may still not be a heading). */
function mayBeLabel(data: string, matcher: LabelMatcher, blank: Set<string>): boolean {
  if (data.length > MAX_LABEL_NODE_LENGTH) return false;
  const first = data.charCodeAt(0);
  // Only text that starts with a space needs the trim (reading one character is far cheaper), and only it can be blank.
  if (first <= 32) {
    if (blank.has(data)) return false;
    const text = data.trimStart();
    if (text !== '') return isLabelText(text, matcher);
    blank.add(data);
    return false;
  }
  // This runs for every text node: it stays small enough for the engine to inline into the walk; the rest is apart.
  return (first >= 128 || matcher.mayOpenLabel[first]!) && isLabelText(data, matcher);
}

/** Whether a text node's text, leading spaces trimmed, is a label: its opening words or its closing ones announce one, and it matches. */
function isLabelText(text: string, matcher: LabelMatcher): boolean {
  // A heading's label stands in a text node of its own ("The Facts:", or "Facts" in "The <em>Facts</em>").
  return (matcher.labelStart.test(text) || matcher.mayEndLabel(text)) && matcher.match(text) !== null;
}

function headingForTextNode(text: Text, matcher: LabelMatcher, seen: Map<Element, boolean>, hidden?: Set<Element>): SectionHeading | null {
  const parent = text.parentElement;
  if (!parent) return null;
  let block: Element = parent;
  let labelNode: Node = text;
  let labelComplete = false;
  while (!isHeadingElement(block) && isLabelInline(block) && block.parentElement) {
    // The label is the outermost inline element whose text is still the label ("<b>The <em>Facts</em></b>").
    if (!labelComplete && matcher.match(labelText(block)) !== null) labelNode = block;
    else labelComplete = true;
    block = block.parentElement;
  }
  let open = seen.get(block);
  if (open === undefined) {
    const excluded = isInExcludedRegion(block);
    open = !excluded && !isHidden(block);
    if (hidden && !open && mayBeRevealed(block, excluded)) hidden.add(block);
    // A block far longer than a label is not one; its text is not gathered (icons aside, labelText walks it).
    const blockText = open && (block.textContent ?? '').length <= MAX_LABEL_BLOCK_TEXT ? labelText(block) : '';
    const kind = blockText.length <= MAX_LABEL_BLOCK_LENGTH ? matcher.match(blockText) : null;
    seen.set(block, open && kind === null);
    if (open && kind) return { kind, label: printedLabel(blockText), block, labelElement: block, runIn: false, labelNode: block };
  }
  if (!open || isHeadingElement(block)) return null;
  return runInHeading(block, labelNode, matcher);
}

/**
 * Whether a block skipped as unseen may be shown later: it is hidden (isHidden), and excluded by nothing but
 * aria-hidden, which a folded "read more" container sets along with its display:none and drops when revealed.
 */
function mayBeRevealed(block: Element, excluded: boolean): boolean {
  if (!excluded) return true;
  return !isInExcludedRegion(block, { ariaHidden: false }) && isHidden(block);
}

/**
 * A label opening a paragraph, or a `<br>`-separated run of one: `<p><b>Facts:</b> The ministry said…</p>`, a bold
 * label by inline style, `<p>The Facts:<br>The ministry said…</p>`, `<b>Opinion:</b><br>This closure…`. It stands
 * first in its block or right after a `<br>`. Ended by a `<br>` it may be plain or bold, with or without a colon;
 * otherwise it must be bold and followed by a colon or dash. Body text (four words and a sentence end) must follow.
 */
function runInHeading(block: Element, labelNode: Node, matcher: LabelMatcher): SectionHeading | null {
  const label = labelText(labelNode);
  const kind = matcher.match(label);
  const run = kind ? firstRun(block, labelNode) : null;
  if (!kind || !run) return null;
  let rest = run.text;
  if (!run.afterBreak) {
    if (!run.bold) return null;
    if (!/[:：\-–—]$/.test(label)) {
      const separator = RUN_IN_SEPARATOR.exec(rest);
      if (!separator) return null;
      rest = rest.slice(separator[0].length);
    }
  }
  if (!SENTENCE_END.test(rest) || rest.trim().split(/\s+/).length < 4) return null;
  const labelElement = labelNode.nodeType === 1 ? (labelNode as Element) : run.breakElement ?? block;
  return { kind, label: printedLabel(label), block, labelElement, runIn: true, labelNode };
}
