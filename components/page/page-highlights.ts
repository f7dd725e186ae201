// Named CSS Custom Highlights over page text, with the one document style rule each needs; no page DOM is rewritten.
export function hasHighlights(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';
}

export class PageHighlights {
  private styles = new Map<string, HTMLStyleElement>();

  /** Shows `ranges` under `name`, styled by its rule in HIGHLIGHT_CSS; false where the API is missing. */
  set(name: string, ranges: Range[]): boolean {
    this.delete(name);
    if (!hasHighlights() || ranges.length === 0) return false;
    CSS.highlights.set(name, new Highlight(...ranges));
    const style = document.createElement('style');
    style.dataset.opinionLens = 'style';
    style.textContent = HIGHLIGHT_CSS[name] ?? '';
    (document.head ?? document.documentElement).append(style);
    this.styles.set(name, style);
    return true;
  }

  delete(name: string): void {
    if (hasHighlights()) CSS.highlights.delete(name);
    this.styles.get(name)?.remove();
    this.styles.delete(name);
  }

  clear(): void {
    for (const name of [...this.styles.keys()]) this.delete(name);
  }
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
