// Named CSS Custom Highlights over page text: each name registered and styled once, its ranges kept per owner.
import { NearViewport } from './near-viewport';

export function hasHighlights(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';
}

/** The highlight names, and one rule each: a quiet tint for opinion sections, marks for figures and cue words. */
export const SECTION_HIGHLIGHT = 'opinion-lens-opinion';
export const FIGURE_HIGHLIGHT = 'opinion-lens-figures';
export const CUE_HIGHLIGHT = 'opinion-lens-cues';
export const FLASH_HIGHLIGHT = 'opinion-lens-flash';

export const HIGHLIGHT_CSS: Record<string, string> = {
  [SECTION_HIGHLIGHT]: `::highlight(${SECTION_HIGHLIGHT}) { background-color: rgba(245, 158, 11, 0.16); }`,
  [FIGURE_HIGHLIGHT]: `::highlight(${FIGURE_HIGHLIGHT}) { background-color: rgba(30, 95, 180, 0.18); text-decoration: underline 2px rgb(30, 95, 180); }`,
  [CUE_HIGHLIGHT]: `::highlight(${CUE_HIGHLIGHT}) { text-decoration: underline wavy rgb(180, 83, 9); text-decoration-thickness: 1.5px; }`,
  [FLASH_HIGHLIGHT]: `::highlight(${FLASH_HIGHLIGHT}) { background-color: rgba(250, 204, 21, 0.55); color: inherit; }`,
};

/** Every rule in one sheet, screen only: a printed page carries no tint or mark. */
const HIGHLIGHT_SHEET = `@media not print {\n${Object.values(HIGHLIGHT_CSS).join('\n')}\n}`;

/**
 * Above this many elements a page gets no highlights. Any style sheet added to a document restyles every element
 * (measured in Chromium 150: about 1 s for 200,000 elements, whether a <style>, insertRule or adoptedStyleSheets),
 * which would be a long task; there the section tint and the figure and cue marks are left out, and a flash
 * outlines its block instead.
 */
export const HIGHLIGHT_ELEMENT_LIMIT = 20_000;

let sheet: HTMLStyleElement | null = null;

/**
 * True where highlights can be shown: the API exists and the page is small enough to restyle once. The elements are
 * counted only up to the limit (the collection's item at that index, not its length): counting all 200,000 took
 * 5–9 ms, the larger part of a first panel jump there.
 */
function canHighlight(): boolean {
  if (!hasHighlights()) return false;
  return sheet?.isConnected === true || document.getElementsByTagName('*').item(HIGHLIGHT_ELEMENT_LIMIT) === null;
}

/**
 * The one document style element for every highlight, inserted the first time one is shown and kept (inserting a
 * style sheet restyles the whole page); put back if the page replaced its head or document.
 */
function ensureSheet(): void {
  if (sheet?.isConnected) return;
  sheet ??= highlightStyle();
  (document.head ?? document.documentElement).append(sheet);
}

/** Open shadow roots of the page that hold highlighted text, each with its own copy of the rules. */
const shadowSheets = new WeakMap<ShadowRoot, HTMLStyleElement>();

/**
 * Text in a page's open shadow root is styled by that root's sheets only: a range there needs the rules inside
 * the root too (added once per root, kept).
 */
function ensureSheetFor(range: Range): void {
  const root = range.startContainer.getRootNode();
  if (!(root instanceof ShadowRoot) || shadowSheets.get(root)?.isConnected) return;
  const style = highlightStyle();
  root.append(style);
  shadowSheets.set(root, style);
  inShadowRoots.add(style);
}

/** The copies in shadow roots, to remove when the extension leaves the page. */
const inShadowRoots = new Set<HTMLStyleElement>();

function highlightStyle(): HTMLStyleElement {
  const style = document.createElement('style');
  style.dataset.opinionLens = 'style';
  style.textContent = HIGHLIGHT_SHEET;
  return style;
}

/**
 * Highlights whose ranges belong to owners (a section's heading, the flash): `set` replaces an owner's ranges
 * under a name. Each name's Highlight is registered once and then only its ranges change, so showing or
 * clearing marks never touches the page's styles. An owner placed on page elements has its ranges in the Highlight
 * only while one of them is within a viewport's height of the visible part of the page: Chromium recomputes every
 * registered range on every frame after any DOM change (measured: 20–60 ms of PrePaint per frame with ~3,000
 * ranges on a 2,000-section page), so the registered ranges stay the few the reader can scroll to next.
 */
export class PageHighlights {
  private readonly owned = new Map<string, Map<unknown, Range[]>>();
  private readonly nearness = new NearViewport<unknown>((owner, near) => this.show(owner, near));

  /**
   * Shows `ranges` for `owner` under `name`, replacing that owner's earlier ones; false where highlights cannot be
   * shown. With `near` (the owner's elements, e.g. a section's heading and blocks) the ranges are registered only
   * while one of those elements is near the viewport (from the first frame after this call); without, at once.
   */
  set(name: string, ranges: Range[], owner: unknown = null, near?: readonly Element[]): boolean {
    if (!hasHighlights()) return false;
    this.drop(name, owner);
    if (ranges.length === 0) return true;
    if (!canHighlight()) return false;
    ensureSheet();
    let highlight = CSS.highlights.get(name);
    if (!highlight) {
      highlight = new Highlight();
      CSS.highlights.set(name, highlight);
    }
    if (near) this.nearness.watch(owner, near);
    const shown = this.nearness.isNear(owner);
    for (const range of ranges) {
      ensureSheetFor(range);
      if (shown) highlight.add(range);
    }
    let owners = this.owned.get(name);
    if (!owners) this.owned.set(name, (owners = new Map()));
    owners.set(owner, ranges);
    return true;
  }

  /** Removes `owner`'s ranges under every name. */
  forget(owner: unknown): void {
    for (const name of this.owned.keys()) this.drop(name, owner);
    this.nearness.unwatch(owner);
  }

  /** Removes every range under `name` and unregisters it (a switched-off setting). */
  delete(name: string): void {
    for (const owner of [...(this.owned.get(name)?.keys() ?? [])]) this.drop(name, owner);
    this.owned.delete(name);
    if (hasHighlights()) CSS.highlights.delete(name);
  }

  /** Removes every highlight and the style sheet: the extension leaves the page. */
  clear(): void {
    for (const name of [...this.owned.keys()]) this.delete(name);
    this.nearness.clear();
    sheet?.remove();
    for (const style of inShadowRoots) style.remove();
    inShadowRoots.clear();
  }

  /** Adds an owner's ranges to, or takes them from, every registered Highlight: it came near the viewport or left. */
  private show(owner: unknown, near: boolean): void {
    for (const [name, owners] of this.owned) {
      const highlight = CSS.highlights.get(name);
      for (const range of owners.get(owner) ?? []) {
        if (near) highlight?.add(range);
        else highlight?.delete(range);
      }
    }
  }

  private drop(name: string, owner: unknown): void {
    const ranges = this.owned.get(name)?.get(owner);
    if (!ranges) return;
    const highlight = CSS.highlights.get(name);
    for (const range of ranges) highlight?.delete(range);
    this.owned.get(name)?.delete(owner);
  }
}
