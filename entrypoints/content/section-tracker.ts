// The page's labelled sections kept up to date as the page changes: only what a change touches is read again.
import { DEFAULT_MAX_PARAGRAPHS, detectPageInSteps, labelMatcherFor, readSection, type DetectedPage } from '../../lib/page/detect';
import { findSectionHeadings, headingsBroughtBy, type SectionHeading } from '../../lib/page/headings';
import { classifyPage, readPageSignals, type PageSignal } from '../../lib/page/page-type';
import { computeSections, type DetectedSection } from '../../lib/page/sections';
import type { CustomLabel } from '../../lib/page/labels';
import { composedOrder, isOwnNode, openShadowRoots, openShadowRootsInSteps } from './page-trees';

export interface SectionChange {
  /** Sections read anew: added, or whose extent a neighbouring change moved. */
  changed: DetectedSection[];
  /** Sections whose heading left the page, or that a change left without text. */
  gone: DetectedSection[];
}

export class SectionTracker {
  private sections: DetectedSection[] = [];
  private signals: PageSignal[] = [];
  private url: string | null = null;
  private readonly roots = new Set<ShadowRoot>();
  /** Blocks with label-like text that detection skipped as hidden: where a style or class change may bring a heading. */
  readonly hiddenCandidates = new Set<Element>();

  constructor(private readonly customLabels: readonly CustomLabel[]) {}

  /** Every open shadow root seen so far, for the caller to watch. */
  get shadowRoots(): ReadonlySet<ShadowRoot> {
    return this.roots;
  }

  /**
   * Reads the whole document, a few hundred nodes per step (open shadow roots aside: `detectShadowRoots` reads
   * them); returns the page as detectPage reads it when the last step ends.
   */
  *detectAll(url: string | null): Generator<void, DetectedPage> {
    const detected = yield* detectPageInSteps(document, url, { customLabels: this.customLabels, hiddenCandidates: this.hiddenCandidates });
    this.url = url;
    this.signals = readPageSignals(document, url);
    this.roots.clear();
    this.sections = detected.sections;
    return this.page();
  }

  /** Finds the open shadow roots in the document (one pass over its elements, in steps) and reads their sections; true if any. */
  *detectShadowRoots(): Generator<void, boolean> {
    // The document's pass already read the roots of custom elements it walked through (lib/page/headings.ts).
    const read = new Set(this.sections.map((section) => section.heading.block.getRootNode()));
    const roots = this.addShadowRoots(yield* openShadowRootsInSteps(document.documentElement)).filter((root) => !read.has(root));
    const inRoots = roots.flatMap((root) => this.readAll(findSectionHeadings(root, labelMatcherFor(this.customLabels), this.hiddenCandidates)));
    if (inRoots.length === 0) return false;
    this.sections = [...this.sections, ...inRoots].sort((a, b) => composedOrder(a.heading.block, b.heading.block));
    return true;
  }

  /** The page as now tracked. */
  page(): DetectedPage {
    return {
      url: this.url,
      pageType: classifyPage(this.signals, this.sections.map((section) => section.kind)),
      sections: this.sections,
      markupSaysOpinion: this.signals.some((signal) => signal.kind === 'opinion'),
      truncated: this.sections.some((section) => section.truncated),
    };
  }

  /**
   * Applies nodes added since the last call (and any heading removed meanwhile): reads the headings the added
   * nodes bring, then only the sections whose extent changed — each new one and the one before it or before a
   * removed one. Work is proportional to the change, not to the page. Never throws on nodes removed meanwhile.
   */
  update(added: readonly Node[]): SectionChange {
    const matcher = labelMatcherFor(this.customLabels);
    const tracked = new Set(this.sections.map((section) => section.heading.block));
    const brought = new Map<Element, SectionHeading>();
    for (const node of added) {
      if (!node.isConnected || isOwnNode(node)) continue;
      if (node.nodeType === 1) for (const root of this.addShadowRoots(openShadowRoots(node as Element))) this.collect(findSectionHeadings(root, matcher, this.hiddenCandidates), tracked, brought);
      this.collect(headingsBroughtBy(node, matcher, this.hiddenCandidates), tracked, brought);
    }
    const isGone = (section: DetectedSection) => !section.heading.block.isConnected || !section.heading.labelElement.isConnected;
    const gone = this.sections.filter(isGone);
    if (brought.size === 0 && gone.length === 0) return { changed: [], gone: [] };

    const kept = this.sections.filter((section) => !isGone(section));
    const headings = [...kept.map((section) => section.heading), ...brought.values()].sort((a, b) => composedOrder(a.block, b.block));
    // A section ends at the next heading in its own tree: only a neighbour there has its extent moved by a new one.
    const sameTree = (a: Element, b: Element) => a.getRootNode() === b.getRootNode();
    const dirty = new Set<SectionHeading>(brought.values());
    headings.forEach((heading, index) => {
      const next = headings[index + 1];
      if (next && brought.has(next.block) && sameTree(heading.block, next.block)) dirty.add(heading);
    });
    // A removed heading can no longer be placed in the page: its neighbour is the kept section before it in the order
    // tracked so far (one pass), read again whatever tree it is in.
    let before: DetectedSection | undefined;
    for (const section of this.sections) {
      if (!isGone(section)) before = section;
      else if (before) dirty.add(before.heading);
    }
    const byHeading = new Map(kept.map((section) => [section.heading, section]));
    let budget = DEFAULT_MAX_PARAGRAPHS - kept.filter((section) => !dirty.has(section.heading)).reduce((sum, section) => sum + section.blocks.length, 0);
    const changed: DetectedSection[] = [];
    const next: DetectedSection[] = [];
    headings.forEach((heading, index) => {
      const old = byHeading.get(heading);
      if (!dirty.has(heading)) {
        if (old) next.push(old);
        return;
      }
      const read = readSection(heading, headings[index + 1], Math.max(0, budget));
      if (read) {
        budget -= read.blocks.length;
        changed.push(read);
        next.push(read);
      } else if (old) {
        gone.push(old);
      }
    });
    this.sections = next;
    return { changed, gone };
  }

  private collect(headings: SectionHeading[], tracked: Set<Element>, into: Map<Element, SectionHeading>): void {
    for (const heading of headings) {
      if (!tracked.has(heading.block) && !into.has(heading.block)) into.set(heading.block, heading);
    }
  }

  private readAll(headings: SectionHeading[]): DetectedSection[] {
    return computeSections(headings, { maxParagraphs: DEFAULT_MAX_PARAGRAPHS });
  }

  /** Of the open shadow roots found, those not seen before (now seen). */
  private addShadowRoots(roots: readonly ShadowRoot[]): ShadowRoot[] {
    const found = roots.filter((root) => !this.roots.has(root));
    for (const root of found) this.roots.add(root);
    return found;
  }
}
