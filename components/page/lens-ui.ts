// The page UI, loaded only where there is something to show: the analysis, badges, highlights and side panel.
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { DetectedPage } from '../../lib/page/detect';
import type { DetectedSection } from '../../lib/page/sections';
import { DEFAULT_MAX_PARAGRAPHS, SectionCache, allSteps, analysisWarmUp, completeAnalysisInSteps, pageLanguage, type PageAnalysis } from '../../lib/report';
import type { Settings } from '../../lib/settings/settings';
import { analysisStepsFor, wantsWholeArticle } from './panel-analysis';
import { PageMarks } from './page-marks';
import { PanelHost } from './panel-host';
import { afterAFrame } from './frames';

/** Runs steps, yielding to the page between tasks of them; their result, or undefined once `live` says they are stale. */
export type StepRunner = <T>(steps: Iterator<void, T>, live: () => boolean) => Promise<T | undefined>;

/** Runs every step at once (tests, and a caller without a page to yield to). */
const allAtOnce: StepRunner = async (steps, live) => (live() ? allSteps(steps) : undefined);

/**
 * Below this many characters of section text, the first analysis meets few opinion patterns and compiles them as
 * it goes (a section per step); from it on, all are compiled first in idle time, one a step.
 */
const WARM_PATTERNS_FROM = 5000;

/** One step that does `work`. */
function* once(work: () => void): Generator<void> {
  work();
}

export interface LensUi {
  /**
   * The analysis's one-time costs for this page's language in small steps, to run when idle before the first
   * `update`; the opinion patterns' compilation only when the sections hold `characters` ≥ WARM_PATTERNS_FROM.
   */
  warmUp(characters: number): Iterator<void>;
  /**
   * Reads only the sections a page change touched, a section per step, and marks them (a kept section keeps its
   * badge element, a gone one loses it); each section's reading is kept by its text for the whole page's analysis,
   * which is redone later, only when the panel or the popup asks for it. Updates apply in the order asked.
   */
  update(detected: DetectedPage, changed: readonly DetectedSection[], gone: readonly DetectedSection[], settings: Settings): Promise<void>;
  /**
   * The whole page's analysis (for the popup), in steps, redone only if the page changed since the last one and
   * then only for sections whose text changed: the whole article's (report.scope 'article') while the panel is open,
   * or once the reader has opened it on this URL, on a page without labelled sections, as the panel showed;
   * dropped when the URL changes or the UI is cleared. Undefined if a `clear` made it stale.
   */
  analysis(detected: DetectedPage, settings: Settings): Promise<PageAnalysis | undefined>;
  /** Redraws an open panel with the page as now detected. */
  refreshPanel(detected: DetectedPage, settings: Settings): Promise<void>;
  /** Removes every mark (updates asked before are dropped); an open panel stays. */
  clearMarks(): void;
  /** Removes every mark, closes the panel without remembering it closed and takes its host out of the page. */
  clear(): void;
  /** Opens the panel on the page's analysis (made in steps first); `quiet` (restoring it on load) leaves the keyboard focus alone. */
  openPanel(detected: DetectedPage, settings: Settings, options?: { from?: HTMLElement | null; quiet?: boolean }): Promise<void>;
  closePanel(): void;
  readonly panelOpen: boolean;
}

export type CreateLensUi = (ctx: ContentScriptContext, rememberPanel: (open: boolean) => void, run?: StepRunner) => LensUi;

export const createLensUi: CreateLensUi = (ctx, rememberPanel, run = allAtOnce) => {
  /** The last whole-page analysis, and the page it was made for (a newer DetectedPage means it is stale). */
  let current: { analysis: PageAnalysis; page: DetectedPage; settings: Settings; article: boolean } | null = null;
  let lastPage: DetectedPage | null = null;
  let lastSettings: Settings | null = null;
  /** The URL the reader opened the panel on: its whole-article analysis is what the popup describes too. */
  let panelOpenedOn: string | null = null;
  /**
   * Bumped by every open and close of the panel: an open still reading the page goes on only if no later ask came,
   * so toggles in quick succession end as many toggles say (the tester: 2 toggles 5 ms apart left it open).
   */
  let panelAsks = 0;
  /** The latest ask was an open still reading the page. */
  let panelOpening = false;
  const panelAsked = (): boolean => {
    if (panelOpenedOn !== location.href) panelOpenedOn = null;
    return panel.isOpen || panelOpenedOn !== null;
  };
  const panel = new PanelHost(ctx, rememberPanel);
  /** Each section's own analysis by its text: a change re-reads only the sections it changed. */
  const cache = new SectionCache();
  /** Bumped by clear (analyses) and clearMarks (mark updates): work begun before is dropped. */
  let analyses = 0;
  let markings = 0;
  /** Mark updates, one after another in the order asked. */
  let marking: Promise<void> = Promise.resolve();
  /** The frame the first marks wait for (afterAFrame). */
  let firstFrame: Promise<void> | null = null;
  const whole = async (page: DetectedPage, settings: Settings, forPanel: boolean): Promise<PageAnalysis | undefined> => {
    const article = wantsWholeArticle(page, forPanel);
    if (current?.page === page && current.settings === settings && current.article === article) return current.analysis;
    const asked = analyses;
    const analysis = await run(analysisStepsFor(page, settings, forPanel, cache), () => asked === analyses);
    if (!analysis) return undefined;
    current = { analysis, page, settings, article };
    cache.prune();
    return analysis;
  };
  const marks = new PageMarks({
    onBadgeActivate: (host) => {
      if (lastPage && lastSettings) void ui.openPanel(lastPage, lastSettings, { from: host });
    },
  });
  const ui: LensUi = {
    warmUp: (characters) => analysisWarmUp(pageLanguage(document), { patterns: characters >= WARM_PATTERNS_FROM }),
    update(detected, changed, gone, settings) {
      lastPage = detected;
      lastSettings = settings;
      const asked = markings;
      const live = () => asked === markings;
      const done = marking.then(async () => {
        const part = await run(completeAnalysisInSteps(document, { ...detected, sections: [...changed] }, { estimate: false }, cache), live);
        if (!part) return;
        await (firstFrame ??= afterAFrame(ctx));
        // The marks get a task of their own: a long section's highlights are many ranges.
        await run(
          once(() => {
            marks.update({ ...part, markupSaysOpinion: detected.markupSaysOpinion }, settings, gone);
            // The panel's host goes in with the first badges, laid out in the frame they are: opening it later lays
            // out only the panel.
            if (part.sections.length > 0) void panel.prepare();
          }),
          live,
        );
      });
      // An update that failed (a node gone mid-way) draws nothing and leaves the later ones to run.
      marking = done.catch(() => undefined);
      return marking;
    },
    analysis: (detected, settings) => whole(detected, settings, panelAsked()),
    async refreshPanel(detected, settings) {
      if (!panel.isOpen) return;
      const analysis = await whole(detected, settings, true);
      if (analysis && panel.isOpen) panel.refresh(analysis, settings, DEFAULT_MAX_PARAGRAPHS);
    },
    clearMarks() {
      // The analysis stays cached: it is keyed by the page it was made for, and a new reading makes a new page.
      markings += 1;
      marks.clear();
    },
    clear() {
      current = null;
      panelOpenedOn = null;
      analyses += 1;
      markings += 1;
      cache.clear();
      marks.clear();
      panel.remove();
    },
    async openPanel(detected, settings, options = {}) {
      lastPage = detected;
      lastSettings = settings;
      panelOpenedOn = location.href;
      const ask = ++panelAsks;
      panelOpening = true;
      // The host is laid out while the page is read, not in the frame the panel is drawn in.
      void panel.prepare();
      try {
        const analysis = await whole(detected, settings, true);
        if (analysis && ask === panelAsks) await panel.open(analysis, settings, DEFAULT_MAX_PARAGRAPHS, options.from, options.quiet);
      } finally {
        if (ask === panelAsks) panelOpening = false;
      }
    },
    closePanel() {
      panelAsks += 1;
      panelOpening = false;
      panel.close();
    },
    get panelOpen() {
      return panelOpening || panel.isOpen;
    },
  };
  return ui;
};
