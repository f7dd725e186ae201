// The cheap first pass on every page: labelled sections and page type, without reading the article's sentences.
import { createLabelMatcher, type CustomLabel, type LabelMatcher } from './labels';
import { findSectionHeadings, sectionHeadingWalk, type SectionHeading } from './headings';
import { computeSections, sectionOf, type DetectedSection } from './sections';
import { articleContainer } from './page-structure';
import { classifyPage, readPageSignals } from './page-type';
import type { ArticleReport } from '../types';

export interface DetectOptions {
  url?: string | null;
  customLabels?: readonly CustomLabel[];
  /** Most text blocks read across the page (a cap for huge pages). */
  maxParagraphs?: number;
  /** Filled with the blocks holding label-like text that were skipped as hidden (see findSectionHeadings). */
  hiddenCandidates?: Set<Element>;
}

export interface DetectedPage {
  url: string | null;
  pageType: ArticleReport['pageType'];
  /** Live DOM handles for the content script; not part of the serialisable report. */
  sections: DetectedSection[];
  /** True when the page's own markup or URL says it is opinion. */
  markupSaysOpinion: boolean;
  /** True when the paragraph cap cut the analysis short. */
  truncated: boolean;
}

export const DEFAULT_MAX_PARAGRAPHS = 400;

let cachedMatcher: { key: string; matcher: LabelMatcher } | null = null;

/** The vocabulary matcher, built once per set of custom labels (its regex is the costly part). */
export function labelMatcherFor(customLabels: readonly CustomLabel[] = []): LabelMatcher {
  const key = JSON.stringify(customLabels);
  if (cachedMatcher?.key !== key) cachedMatcher = { key, matcher: createLabelMatcher(customLabels) };
  return cachedMatcher.matcher;
}

/** The page's URL as it names itself: canonical link, else og:url. */
export function declaredUrl(document: Document): string | null {
  const canonical = document.querySelector('link[rel~="canonical"][href]')?.getAttribute('href');
  const og = document.querySelector('meta[property="og:url"][content]')?.getAttribute('content');
  return canonical?.trim() || og?.trim() || null;
}

/** The report of a detected page before its text is read: its type, and nothing found yet. */
export function summaryReport(page: DetectedPage): ArticleReport {
  return { url: page.url, pageType: page.pageType, sections: [], sources: [], figures: [], contested: [], cues: [] };
}

/** The document a root belongs to: itself, or a shadow root's owner document. */
export const documentOf = (root: Document | ShadowRoot): Document => (root.nodeType === 9 ? (root as Document) : root.ownerDocument!);

/**
 * Sections and page type of a document or of one shadow root (its sections only; the page type from its document's
 * metadata); a malformed page yields none, never an exception. Open shadow roots of custom elements inside are read
 * in place; frames are not entered (each frame's document is a page of its own).
 */
export function detectPage(root: Document | ShadowRoot, url: string | null, options: DetectOptions = {}): DetectedPage {
  try {
    const scope = scopeOf(root);
    const headings = scope ? findSectionHeadings(scope, labelMatcherFor(options.customLabels), options.hiddenCandidates) : [];
    return fromSections(root, url, computeSections(headings, { maxParagraphs: options.maxParagraphs ?? DEFAULT_MAX_PARAGRAPHS }));
  } catch {
    return undetected(url);
  }
}

/**
 * detectPage in steps, for the content script to spread a large page over idle periods: the heading walk a few
 * hundred nodes per `next()` (sectionHeadingWalk), then the sections and page type in one piece. Returns the same
 * DetectedPage as detectPage for the page as it stands when the walk ends; never throws.
 */
export function* detectPageInSteps(root: Document | ShadowRoot, url: string | null, options: DetectOptions = {}): Generator<void, DetectedPage> {
  try {
    const scope = scopeOf(root);
    const headings = scope ? yield* sectionHeadingWalk(scope, labelMatcherFor(options.customLabels), options.hiddenCandidates) : [];
    const sections = yield* sectionsInSteps(headings, options.maxParagraphs ?? DEFAULT_MAX_PARAGRAPHS);
    return fromSections(root, url, sections);
  } catch {
    return undetected(url);
  }
}

/** A section is first read with at most this many blocks, then with four times as many while it is cut short. */
const FIRST_READ_BLOCKS = 8;

/**
 * One heading's section, ending at `following`, as computeSections(all headings) reads it where the heading has an
 * article container (see sectionsInSteps); undefined when it has no body text. Only that section is read (not
 * `following`'s), first with a small paragraph budget that grows only while the section itself is cut short (a
 * section without a following heading may run over every older entry of a live blog), so the work stays
 * proportional to the section. `budget`: paragraphs left under the page's cap.
 */
export function readSection(heading: SectionHeading, following: SectionHeading | undefined, budget: number): DetectedSection | undefined {
  const pair = following ? [heading, following] : [heading];
  for (let cap = Math.min(FIRST_READ_BLOCKS, budget); ; cap = Math.min(cap * 4, budget)) {
    const read = sectionOf(pair, 0, cap);
    if (!read?.truncated || cap >= budget) return read;
  }
}

/** Headings whose sections are read per step (a page may have thousands). */
const HEADINGS_PER_STEP = 16;

/**
 * computeSections(headings) a few headings per step, with the same result. computeSections reads each heading's
 * section up to the next heading, within the heading's article container, and ends the reading at the paragraph cap;
 * so each heading read with only its follower gives the same section, while the cap is carried over. The one
 * exception is a heading with no article container (it stands in the body or a shadow root): its section's extent
 * then depends on every heading of that root, so such a page is read in one piece.
 */
function* sectionsInSteps(headings: SectionHeading[], maxParagraphs: number): Generator<void, DetectedSection[]> {
  const atRoot = (heading: SectionHeading) => {
    const container = articleContainer(heading.block);
    return container.nodeType === 11 || container === heading.block.ownerDocument.body;
  };
  if (headings.some(atRoot)) return computeSections(headings, { maxParagraphs });
  const sections: DetectedSection[] = [];
  let budget = maxParagraphs;
  for (let index = 0; index < headings.length; index += 1) {
    if (index > 0 && index % HEADINGS_PER_STEP === 0) yield;
    const heading = headings[index]!;
    const next = headings[index + 1];
    const read = readSection(heading, next, budget);
    if (!read) continue;
    budget -= read.blocks.length;
    sections.push(read);
  }
  return sections;
}

const undetected = (url: string | null): DetectedPage => ({ url, pageType: { kind: 'unknown', evidence: [] }, sections: [], markupSaysOpinion: false, truncated: false });

/** Where a root's headings are looked for: a document's body (else its root element), or the shadow root itself. */
export function scopeOf(root: Document | ShadowRoot): Element | ShadowRoot | null {
  const document = documentOf(root);
  return root === document ? document.body ?? document.documentElement : (root as ShadowRoot);
}

/** The detected page from its sections: the page type from the root's document's metadata and the sections' kinds. */
function fromSections(root: Document | ShadowRoot, url: string | null, sections: DetectedSection[]): DetectedPage {
  const signals = readPageSignals(documentOf(root), url);
  return {
    url,
    pageType: classifyPage(signals, sections.map((section) => section.kind)),
    sections,
    markupSaysOpinion: signals.some((signal) => signal.kind === 'opinion'),
    truncated: sections.some((section) => section.truncated),
  };
}
