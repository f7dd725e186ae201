// The content script's glue: settings → analysis → badges and tint, re-run on settings changes and new content.
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { analyzePage, type PageAnalysis } from '../../lib/report';
import { createLabelMatcher } from '../../lib/labels';
import { findSectionHeadings } from '../../lib/headings';
import { isActiveOn, type Settings } from '../../lib/settings';
import { loadSettings, watchSettings } from '../../lib/settings-storage';
import type { LensMessage, ReportResponse, TabSummaryMessage } from '../../lib/messages';
import { browser } from 'wxt/browser';
import { PageMarks } from './page-marks';

const MUTATION_DEBOUNCE_MS = 400;
const OWN_TAG_PREFIX = 'OPINION-LENS';

export async function startLens(ctx: ContentScriptContext): Promise<void> {
  let settings = await loadSettings();
  const marks = new PageMarks(ctx);
  let analysis: PageAnalysis | null = null;
  let observer: MutationObserver | null = null;
  let pending: Node[] = [];
  let timer: number | undefined;

  const active = () => isActiveOn(settings, location.hostname);

  const analyse = () => {
    analysis = analyzePage(document, { url: location.href, customLabels: settings.customLabels });
    void marks.render(analysis, settings);
    tellBackground(analysis);
  };

  const flush = () => {
    timer = undefined;
    const added = pending;
    pending = [];
    const matcher = createLabelMatcher(settings.customLabels);
    const bringsHeading = added.some((node) => node.isConnected && findSectionHeadings(node, matcher).length > 0);
    const lostHeading = marks.anyHeadingDetached();
    if (bringsHeading || lostHeading) analyse();
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

  const start = () => {
    analyse();
    observer = new MutationObserver(onMutations);
    observer.observe(document.body ?? document.documentElement, { childList: true, subtree: true });
  };

  const stop = () => {
    observer?.disconnect();
    observer = null;
    pending = [];
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    analysis = null;
    marks.clear();
    tellBackground(null);
  };

  const onMessage = (message: unknown): Promise<ReportResponse> | undefined => {
    const lens = message as LensMessage;
    if (lens?.type !== 'opinion-lens:get-report') return undefined;
    return Promise.resolve({ report: analysis?.report ?? null, active: active(), truncated: analysis?.truncated ?? false });
  };
  browser.runtime.onMessage.addListener(onMessage);

  const apply = (next: Settings) => {
    settings = next;
    stop();
    if (active()) start();
  };

  if (active()) start();
  const unwatch = watchSettings(apply);
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
