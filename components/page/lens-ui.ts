// The page UI, loaded only where there is something to show: the full analysis, badges, highlights and side panel.
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { DetectedPage } from '../../lib/page/detect';
import { DEFAULT_MAX_PARAGRAPHS, analysisWarmUp, completeAnalysis, pageLanguage, type PageAnalysis } from '../../lib/report';
import type { Settings } from '../../lib/settings/settings';
import { PageMarks } from './page-marks';
import { PanelHost } from './panel-host';

export interface LensUi {
  /** The analysis's one-time costs for this page's language in small steps, to run when idle before the first `show`. */
  warmUp(): Iterator<void>;
  /** Reads the detected page's text, then draws badges and highlights and refreshes an open panel. */
  show(detected: DetectedPage, settings: Settings): PageAnalysis;
  /** Removes every mark and closes the panel without remembering it closed. */
  clear(): void;
  openPanel(from?: HTMLElement | null): Promise<void>;
  closePanel(): void;
  readonly panelOpen: boolean;
}

export type CreateLensUi = (ctx: ContentScriptContext, rememberPanel: (open: boolean) => void) => LensUi;

export const createLensUi: CreateLensUi = (ctx, rememberPanel) => {
  let current: { analysis: PageAnalysis; settings: Settings } | null = null;
  const panel = new PanelHost(ctx, rememberPanel);
  const openPanel = async (from?: HTMLElement | null) => {
    if (current) await panel.open(current.analysis, current.settings, DEFAULT_MAX_PARAGRAPHS, from);
  };
  const marks = new PageMarks(ctx, { onBadgeActivate: (host) => void openPanel(host) });
  return {
    warmUp: () => analysisWarmUp(pageLanguage(document)),
    show(detected, settings) {
      const analysis = completeAnalysis(document, detected, { estimate: settings.opinionEstimate });
      current = { analysis, settings };
      void marks.render(analysis, settings);
      panel.refresh(analysis, settings, DEFAULT_MAX_PARAGRAPHS);
      return analysis;
    },
    clear() {
      current = null;
      marks.clear();
      panel.close({ remember: false });
    },
    openPanel,
    closePanel() {
      panel.close();
    },
    get panelOpen() {
      return panel.isOpen;
    },
  };
};
