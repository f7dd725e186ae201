// The page UI, loaded only where there is something to show: the analysis, badges, highlights and side panel.
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { DetectedPage } from '../../lib/page/detect';
import type { DetectedSection } from '../../lib/page/sections';
import { DEFAULT_MAX_PARAGRAPHS, analysisWarmUp, completeAnalysis, pageLanguage, type PageAnalysis } from '../../lib/report';
import type { Settings } from '../../lib/settings/settings';
import { analysisFor, wantsWholeArticle } from './panel-analysis';
import { PageMarks } from './page-marks';
import { PanelHost } from './panel-host';

export interface LensUi {
  /** The analysis's one-time costs for this page's language in small steps, to run when idle before the first `update`. */
  warmUp(): Iterator<void>;
  /**
   * Reads only the sections a page change touched and marks them (a kept section keeps its badge element, a gone
   * one loses it); the whole page's analysis is redone later, only when the panel or the popup asks for it.
   */
  update(detected: DetectedPage, changed: readonly DetectedSection[], gone: readonly DetectedSection[], settings: Settings): void;
  /**
   * The whole page's analysis (for the popup), redone only if the page changed since the last one: the whole
   * article's (report.scope 'article') while the panel is open, or once the reader has opened it on this URL, on a page
   * without labelled sections, as the panel showed; dropped when the URL changes or the UI is cleared.
   */
  analysis(detected: DetectedPage, settings: Settings): PageAnalysis;
  /** Redraws an open panel with the page as now detected. */
  refreshPanel(detected: DetectedPage, settings: Settings): void;
  /** Removes every mark; an open panel stays. */
  clearMarks(): void;
  /** Removes every mark and closes the panel without remembering it closed. */
  clear(): void;
  /** Opens the panel on the page's analysis; `quiet` (restoring it on load) leaves the keyboard focus alone. */
  openPanel(detected: DetectedPage, settings: Settings, options?: { from?: HTMLElement | null; quiet?: boolean }): Promise<void>;
  closePanel(): void;
  readonly panelOpen: boolean;
}

export type CreateLensUi = (ctx: ContentScriptContext, rememberPanel: (open: boolean) => void) => LensUi;

export const createLensUi: CreateLensUi = (ctx, rememberPanel) => {
  /** The last whole-page analysis, and the page it was made for (a newer DetectedPage means it is stale). */
  let current: { analysis: PageAnalysis; page: DetectedPage; settings: Settings; article: boolean } | null = null;
  let lastPage: DetectedPage | null = null;
  let lastSettings: Settings | null = null;
  /** The URL the reader opened the panel on: its whole-article analysis is what the popup describes too. */
  let panelOpenedOn: string | null = null;
  const panelAsked = (): boolean => {
    if (panelOpenedOn !== location.href) panelOpenedOn = null;
    return panel.isOpen || panelOpenedOn !== null;
  };
  const panel = new PanelHost(ctx, rememberPanel);
  const whole = (page: DetectedPage, settings: Settings, forPanel: boolean): PageAnalysis => {
    const article = wantsWholeArticle(page, forPanel);
    if (current?.page === page && current.settings === settings && current.article === article) return current.analysis;
    const analysis = analysisFor(page, settings, forPanel);
    current = { analysis, page, settings, article };
    return analysis;
  };
  const marks = new PageMarks({
    onBadgeActivate: (host) => {
      if (lastPage && lastSettings) void ui.openPanel(lastPage, lastSettings, { from: host });
    },
  });
  const ui: LensUi = {
    warmUp: () => analysisWarmUp(pageLanguage(document)),
    update(detected, changed, gone, settings) {
      lastPage = detected;
      lastSettings = settings;
      const part = completeAnalysis(document, { ...detected, sections: [...changed] }, { estimate: false });
      marks.update({ ...part, markupSaysOpinion: detected.markupSaysOpinion }, settings, gone);
    },
    analysis: (detected, settings) => whole(detected, settings, panelAsked()),
    refreshPanel(detected, settings) {
      if (panel.isOpen) panel.refresh(whole(detected, settings, true), settings, DEFAULT_MAX_PARAGRAPHS);
    },
    clearMarks() {
      // The analysis stays cached: it is keyed by the page it was made for, and a new reading makes a new page.
      marks.clear();
    },
    clear() {
      current = null;
      panelOpenedOn = null;
      marks.clear();
      panel.close({ remember: false });
    },
    async openPanel(detected, settings, options = {}) {
      lastPage = detected;
      lastSettings = settings;
      panelOpenedOn = location.href;
      await panel.open(whole(detected, settings, true), settings, DEFAULT_MAX_PARAGRAPHS, options.from, options.quiet);
    },
    closePanel() {
      panel.close();
    },
    get panelOpen() {
      return panel.isOpen;
    },
  };
  return ui;
};
