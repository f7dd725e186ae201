// The content script's glue: settings → analysis → badges, tint and panel; re-run on settings changes and new content.
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { analyzePage, DEFAULT_MAX_PARAGRAPHS, type PageAnalysis } from '../../lib/report';
import { createLabelMatcher } from '../../lib/labels';
import { findSectionHeadings } from '../../lib/headings';
import { isActiveOn, type Settings } from '../../lib/settings';
import { loadSettings, watchSettings } from '../../lib/settings-storage';
import type { LensMessage, PanelStateMessage, ReportResponse, TabSummaryMessage } from '../../lib/messages';
import { PageMarks } from './page-marks';
import { PanelHost } from './panel-host';

const MUTATION_DEBOUNCE_MS = 400;
const OWN_TAG_PREFIX = 'OPINION-LENS';

export async function startLens(ctx: ContentScriptContext): Promise<void> {
  let settings = await loadSettings();
  let analysis: PageAnalysis | null = null;
  let observer: MutationObserver | null = null;
  let pending: Node[] = [];
  let timer: number | undefined;

  const panel = new PanelHost(ctx, (open) => rememberPanel(open));
  const marks = new PageMarks(ctx, {
    onBadgeActivate: (host) => {
      if (analysis) void panel.open(analysis, settings, DEFAULT_MAX_PARAGRAPHS, host);
    },
  });

  const active = () => isActiveOn(settings, location.hostname);

  const analyse = () => {
    analysis = analyzePage(document, { url: location.href, customLabels: settings.customLabels });
    void marks.render(analysis, settings);
    panel.refresh(analysis, settings, DEFAULT_MAX_PARAGRAPHS);
    tellBackground(analysis);
  };

  const flush = () => {
    timer = undefined;
    const added = pending;
    pending = [];
    const matcher = createLabelMatcher(settings.customLabels);
    const bringsHeading = added.some((node) => node.isConnected && findSectionHeadings(node, matcher).length > 0);
    if (bringsHeading || marks.anyHeadingDetached()) analyse();
  };

  const onMutations = (records: MutationRecord[]) => {
    for (const record of records) {
      for (const node of record.addedNodes) {
        if (node.nodeType === 1 && (node as Element).tagName.startsWith(OWN_TAG_PREFIX)) continue;
        if (node.nodeType === 1 || node.nodeType === 3) pending.push(node);
      }
    }
    if (pending.length > 0 && timer === undefined) timer = ctx.setTimeout(flush, MUTATION_DEBOUNCE_MS);
  };

  const start = async () => {
    analyse();
    observer = new MutationObserver(onMutations);
    observer.observe(document.body ?? document.documentElement, { childList: true, subtree: true });
    const remembered = await askPanelState();
    const wanted = remembered ?? (settings.panelAutoOpen && analysis !== null && analysis.sections.length > 0);
    if (wanted && analysis && active()) void panel.open(analysis, settings, DEFAULT_MAX_PARAGRAPHS, null);
  };

  const stop = () => {
    observer?.disconnect();
    observer = null;
    pending = [];
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    analysis = null;
    marks.clear();
    panel.close({ remember: false });
    tellBackground(null);
  };

  const apply = (next: Settings) => {
    const wasActive = active();
    settings = next;
    if (wasActive && active() && analysis) {
      analyse();
      return;
    }
    stop();
    if (active()) void start();
  };

  const onMessage = (message: unknown): Promise<ReportResponse> | undefined => {
    const lens = message as LensMessage;
    if (lens?.type === 'opinion-lens:get-report') {
      return Promise.resolve({
        host: location.hostname,
        report: analysis?.report ?? null,
        active: active(),
        truncated: analysis?.truncated ?? false,
      });
    }
    if (lens?.type === 'opinion-lens:panel' && analysis) {
      if (lens.action === 'toggle' && panel.isOpen) panel.close();
      else void panel.open(analysis, settings, DEFAULT_MAX_PARAGRAPHS);
    }
    return undefined;
  };

  browser.runtime.onMessage.addListener(onMessage);
  const unwatch = watchSettings(apply);
  // Single-page apps: another article under a new URL replaces the old badges, tint and report.
  ctx.addEventListener(window, 'wxt:locationchange', () => {
    if (!active()) return;
    stop();
    void start();
  });
  if (active()) await start();
  else tellBackground(null);
  ctx.onInvalidated(() => {
    browser.runtime.onMessage.removeListener(onMessage);
    unwatch();
    stop();
  });
}

function tellBackground(analysis: PageAnalysis | null): void {
  const message: TabSummaryMessage = {
    type: 'opinion-lens:tab-summary',
    sections: analysis?.sections.length ?? 0,
    pageKind: analysis?.report.pageType.kind ?? 'unknown',
    markupSaysOpinion: analysis?.markupSaysOpinion ?? false,
  };
  browser.runtime.sendMessage(message).catch(() => {
    // The background may be asleep or reloading; the next analysis tells it again.
  });
}

function rememberPanel(open: boolean): void {
  const message: PanelStateMessage = { type: 'opinion-lens:panel-state', open };
  browser.runtime.sendMessage(message).catch(() => undefined);
}

async function askPanelState(): Promise<boolean | null> {
  const message: PanelStateMessage = { type: 'opinion-lens:panel-state' };
  try {
    const answer = (await browser.runtime.sendMessage(message)) as { open: boolean | null } | undefined;
    return answer?.open ?? null;
  } catch {
    return null;
  }
}
