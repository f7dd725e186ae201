// The content script's writes to the page: badge hosts (shadow roots) and highlights (section tint, figures, cue words).
import { render } from 'preact';
import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { PageAnalysis } from '../../lib/report';
import type { DetectedSection } from '../../lib/page/sections';
import type { SectionSummary } from '../../lib/types';
import type { Settings } from '../../lib/settings/settings';
import { isInExcludedRegion } from '../../lib/page/page-structure';
import { findTextRange } from '../../lib/page/locate';
import { Badge, PageBadge } from '../Badge';
import { BADGE_CSS } from '../badge-styles';
import { CUE_HIGHLIGHT, FIGURE_HIGHLIGHT, PageHighlights, SECTION_HIGHLIGHT } from './page-highlights';

type Ui = ShadowRootContentScriptUi<void>;

export interface MarkHandlers {
  onBadgeActivate?: (badge: HTMLElement) => void;
}

export class PageMarks {
  private uis: Ui[] = [];
  private generation = 0;
  private readonly highlights = new PageHighlights();

  constructor(
    private readonly ctx: ContentScriptContext,
    private readonly handlers: MarkHandlers = {},
  ) {}

  /** Replaces every mark with those for this analysis. */
  async render(analysis: PageAnalysis, settings: Settings): Promise<void> {
    this.clear();
    const generation = this.generation;
    this.highlightText(analysis, settings);
    if (!settings.badges) return;
    const dark = settings.theme === 'dark' || (settings.theme === 'auto' && pageLooksDark());
    const created = await Promise.all([
      ...analysis.sections.map((section, index) => {
        const summary = analysis.report.sections[index];
        return summary ? this.sectionBadge(section, summary, dark) : null;
      }),
      analysis.markupSaysOpinion ? this.pageBadge(analysis.report.pageType.evidence, dark) : null,
    ]);
    for (const ui of created) {
      if (!ui || generation !== this.generation) continue;
      ui.mount();
      this.uis.push(ui);
    }
  }

  clear(): void {
    this.generation += 1;
    for (const ui of this.uis) ui.remove();
    this.uis = [];
    this.highlights.clear();
  }

  private highlightText(analysis: PageAnalysis, settings: Settings): void {
    const blocksOf = (section: number | undefined) =>
      section === undefined ? analysis.sections.flatMap((s) => s.blocks) : analysis.sections[section]?.blocks ?? [];
    if (settings.sectionMarker) {
      const tinted = analysis.sections.filter((section) => section.kind === 'opinion').map(sectionRange);
      this.highlights.set(SECTION_HIGHLIGHT, tinted);
    }
    if (settings.highlightFigures) {
      const ranges = analysis.report.figures.map((figure) => findTextRange(blocksOf(figure.section), figure.sentence, figure.text));
      this.highlights.set(FIGURE_HIGHLIGHT, ranges.filter((range): range is Range => range !== null));
    }
    if (settings.highlightCues) {
      const ranges = analysis.report.cues.flatMap((cue) =>
        cue.words.map((word) => findTextRange(blocksOf(cue.section), cue.sentence, word)),
      );
      this.highlights.set(CUE_HIGHLIGHT, ranges.filter((range): range is Range => range !== null));
    }
  }

  private sectionBadge(section: DetectedSection, summary: SectionSummary, dark: boolean): Promise<Ui> {
    const { heading } = section;
    return this.createUi('opinion-lens-badge', heading.labelElement, heading.runIn ? 'after' : 'last', dark, (host) => {
      host.dataset.opinionLens = 'badge';
      host.dataset.kind = section.kind;
      return () => (
        <Badge
          kind={section.kind}
          label={summary.label}
          sources={summary.sources}
          contested={summary.contested}
          opinionSentences={summary.opinionSentences}
          onActivate={() => this.handlers.onBadgeActivate?.(host)}
        />
      );
    });
  }

  private pageBadge(evidence: string[], dark: boolean): Promise<Ui> {
    const title = [...document.querySelectorAll('h1')].find((h1) => !isInExcludedRegion(h1));
    const anchor = title ?? document.querySelector('article, main, [role=main]') ?? document.body;
    return this.createUi('opinion-lens-page-badge', anchor, title ? 'last' : 'first', dark, (host) => {
      host.dataset.opinionLens = 'page-badge';
      return () => <PageBadge evidence={evidence} onActivate={() => this.handlers.onBadgeActivate?.(host)} />;
    });
  }

  private async createUi(
    name: string,
    anchor: Element,
    append: 'last' | 'first' | 'after',
    dark: boolean,
    prepare: (host: HTMLElement) => () => preact.JSX.Element,
  ): Promise<Ui> {
    let view: (() => preact.JSX.Element) | null = null;
    const ui = await createShadowRootUi(this.ctx, {
      name,
      position: 'inline',
      anchor,
      append,
      css: BADGE_CSS,
      onMount: (container) => {
        if (dark) container.classList.add('theme-dark');
        if (view) render(view(), container);
      },
      onRemove: () => render(null, ui.uiContainer),
    });
    view = prepare(ui.shadowHost);
    return ui;
  }
}

function sectionRange(section: DetectedSection): Range {
  const range = document.createRange();
  range.setStartBefore(section.heading.block);
  range.setEndAfter(section.blocks.at(-1) ?? section.heading.block);
  return range;
}

/** One style read: is the page's background dark? */
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
