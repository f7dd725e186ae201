// The content script's writes to the page: badge hosts (shadow roots) and highlights (section tint, figures, cue words).
import { render } from 'preact';
import type { PageAnalysis } from '../../lib/report';
import type { DetectedSection } from '../../lib/page/sections';
import type { SectionSummary } from '../../lib/types';
import type { Settings } from '../../lib/settings/settings';
import { isInExcludedRegion } from '../../lib/page/page-structure';
import { createTextLocator } from '../../lib/page/locate';
import { Badge, PageBadge } from '../Badge';
import { BADGE_CSS } from '../badge-styles';
import { CUE_HIGHLIGHT, FIGURE_HIGHLIGHT, PageHighlights, SECTION_HIGHLIGHT } from './page-highlights';
import { badgePlacements, type Placement } from './badge-placement';
import { createShadowHost, type ShadowHost } from './shadow-host';

export interface MarkHandlers {
  onBadgeActivate?: (badge: HTMLElement) => void;
}

interface SectionBadge extends ShadowHost {
  section: DetectedSection;
}

/**
 * Badges keyed by their section's heading block: a section read again keeps its badge element (only its content
 * is redrawn), a new section gets one, a gone section loses its own. Highlights are kept per section the same way.
 */
export class PageMarks {
  private readonly badges = new Map<Element, SectionBadge>();
  private pageBadge: ShadowHost | null = null;
  private readonly highlights = new PageHighlights();
  private dark: boolean | null = null;

  constructor(private readonly handlers: MarkHandlers = {}) {}

  /** Marks for the analysed sections (all of the page, or only those read again), badges for new ones. */
  update(analysis: PageAnalysis, settings: Settings, gone: readonly DetectedSection[] = []): void {
    for (const section of gone) this.forget(section);
    if (!settings.badges) {
      this.removeBadges();
      this.highlightText(analysis, settings);
      return;
    }
    // Every style read (the page's background, whether a heading clips) comes before any write, here and in the
    // highlights: a read after a write would restyle the whole page at once.
    const dark = this.isDark(settings);
    const fresh: { section: DetectedSection; summary: SectionSummary }[] = [];
    analysis.sections.forEach((section, index) => {
      const summary = analysis.report.sections[index];
      if (!summary) return;
      const badge = this.badges.get(section.heading.block);
      if (badge?.host.isConnected) {
        badge.section = section;
        this.draw(badge, summary);
      } else {
        if (badge) this.forget(badge.section);
        fresh.push({ section, summary });
      }
    });
    // All reads (is a heading's box clipped?) before any write, so the page is laid out once.
    const placements = badgePlacements(fresh.map(({ section }) => section.heading));
    fresh.forEach(({ section, summary }, index) => this.mount(section, summary, placements[index]!, dark));
    this.highlightText(analysis, settings);
    if (analysis.markupSaysOpinion && !this.pageBadge?.host.isConnected) this.mountPageBadge(analysis.report.pageType.evidence, dark);
  }

  /** Removes every mark. */
  clear(): void {
    this.removeBadges();
    this.highlights.clear();
    this.dark = null;
  }

  private removeBadges(): void {
    for (const badge of this.badges.values()) this.unmount(badge);
    this.badges.clear();
    if (this.pageBadge) this.unmount(this.pageBadge);
    this.pageBadge = null;
  }

  private forget(section: DetectedSection): void {
    const badge = this.badges.get(section.heading.block);
    if (badge) this.unmount(badge);
    this.badges.delete(section.heading.block);
    this.highlights.forget(section.heading.block);
  }

  private unmount(host: ShadowHost): void {
    render(null, host.container);
    host.host.remove();
  }

  /** The section tint, and the figure and cue marks; a switched-off kind's ranges are not even looked for. */
  private highlightText(analysis: PageAnalysis, settings: Settings): void {
    const blocksOf = (index: number | undefined) => analysis.sections[index ?? 0]?.blocks ?? [];
    const perSection = (name: string, enabled: boolean, rangesOf: () => { section: number | undefined; range: Range | null }[]) => {
      if (!enabled) {
        this.highlights.delete(name);
        return;
      }
      const ranges = rangesOf();
      analysis.sections.forEach((section, index) => {
        const own = ranges.filter((entry) => (entry.section ?? 0) === index && entry.range).map((entry) => entry.range!);
        this.highlights.set(name, own, section.heading.block, [section.heading.block, ...section.blocks]);
      });
    };
    perSection(SECTION_HIGHLIGHT, settings.sectionMarker, () =>
      analysis.sections.map((section, index) => ({ section: index, range: section.kind === 'opinion' ? sectionRange(section) : null })),
    );
    const locate = createTextLocator();
    perSection(FIGURE_HIGHLIGHT, settings.highlightFigures, () =>
      analysis.report.figures.map((figure) => ({ section: figure.section, range: locate(blocksOf(figure.section), figure.sentence, figure.text) })),
    );
    perSection(CUE_HIGHLIGHT, settings.highlightCues, () =>
      analysis.report.cues.flatMap((cue) => cue.words.map((word) => ({ section: cue.section, range: locate(blocksOf(cue.section), cue.sentence, word) }))),
    );
  }

  private mount(section: DetectedSection, summary: SectionSummary, placement: Placement, dark: boolean): void {
    const badge: SectionBadge = { ...createShadowHost('opinion-lens-badge', BADGE_CSS), section };
    badge.host.dataset.opinionLens = 'badge';
    badge.host.dataset.kind = section.kind;
    if (dark) badge.container.classList.add('theme-dark');
    this.draw(badge, summary);
    if (placement.where === 'after') placement.anchor.after(badge.host);
    else placement.anchor.append(badge.host);
    this.badges.set(section.heading.block, badge);
  }

  private draw(badge: SectionBadge, summary: SectionSummary): void {
    const { section, host } = badge;
    render(
      <Badge
        kind={section.kind}
        label={summary.label}
        sources={summary.sources}
        contested={summary.contested}
        opinionSentences={summary.opinionSentences}
        onActivate={() => this.handlers.onBadgeActivate?.(host)}
      />,
      badge.container,
    );
  }

  private mountPageBadge(evidence: string[], dark: boolean): void {
    const title = [...document.querySelectorAll('h1')].find((h1) => !isInExcludedRegion(h1));
    const anchor = title ?? document.querySelector('article, main, [role=main]') ?? document.body;
    if (!anchor) return;
    const badge = createShadowHost('opinion-lens-page-badge', BADGE_CSS);
    badge.host.dataset.opinionLens = 'page-badge';
    if (dark) badge.container.classList.add('theme-dark');
    render(<PageBadge evidence={evidence} onActivate={() => this.handlers.onBadgeActivate?.(badge.host)} />, badge.container);
    if (title) anchor.append(badge.host);
    else anchor.prepend(badge.host);
    this.pageBadge = badge;
  }

  /** One style read per page UI: is the page's background dark? */
  private isDark(settings: Settings): boolean {
    if (settings.theme !== 'auto') return settings.theme === 'dark';
    return (this.dark ??= pageLooksDark());
  }
}

/** The opinion tint's extent; null when the section's nodes have left the page meanwhile. */
function sectionRange(section: DetectedSection): Range | null {
  const first = section.heading.block;
  const last = section.blocks.at(-1) ?? first;
  if (!first.parentNode || !last.parentNode) return null;
  const range = document.createRange();
  range.setStartBefore(first);
  range.setEndAfter(last);
  return range;
}

function pageLooksDark(): boolean {
  for (const element of [document.body, document.documentElement]) {
    if (!element) continue;
    const match = /rgba?\((\d+),\s*(\d+),\s*(\d+)(?:,\s*([\d.]+))?/.exec(getComputedStyle(element).backgroundColor);
    if (!match || match[4] === '0') continue;
    const [r, g, b] = [match[1], match[2], match[3]].map(Number) as [number, number, number];
    return 0.2126 * r + 0.7152 * g + 0.0722 * b < 110;
  }
  return false;
}
