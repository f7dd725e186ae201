// The content script's glue: settings → cheap detection → (only if there is something to show) the lazily loaded UI.
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { detectPage, labelMatcherFor, summaryReport, type DetectedPage } from '../../lib/page/detect';
import { headingsBroughtBy } from '../../lib/page/headings';
import { isActiveOn, type Settings } from '../../lib/settings/settings';
import { loadSettings, watchSettings } from '../../lib/settings/settings-storage';
import type { ArticleReport } from '../../lib/types';
import type { LensMessage, PanelStateMessage, ReportResponse, TabSummaryMessage } from '../../lib/messages';
import type { CreateLensUi, LensUi } from '../../components/page/lens-ui';
import { LENS_UI_GLOBAL } from '../../components/page/lens-ui-global';

const MUTATION_DEBOUNCE_MS = 400;
const IDLE_TIMEOUT_MS = 500;
/** A warm-up step shorter than this is light: another may follow it in the same idle period… */
const LIGHT_STEP_MS = 5;
/** …if this much of the period is left, room for a heavy step (up to ~25 ms) without making a long task. */
const HEAVY_STEP_ROOM_MS = 30;
const OWN_TAG_PREFIX = 'OPINION-LENS';

export async function startLens(ctx: ContentScriptContext): Promise<void> {
  let settings = await loadSettings();
  let detected: DetectedPage | null = null;
  let report: ArticleReport | null = null;
  let ui: LensUi | null = null;
  let observer: MutationObserver | null = null;
  let pending: Node[] = [];
  let timer: number | undefined;
  let run = 0;

  const active = () => isActiveOn(settings, location.hostname);
  const idle = () => new Promise<IdleDeadline>((resolve) => ctx.requestIdleCallback(resolve, { timeout: IDLE_TIMEOUT_MS }));
  /** The page UI, loaded once; null where the frame may not load it (JavaScript blocked for the site). */
  const ensureUi = async (): Promise<LensUi | null> => {
    try {
      return (ui ??= (await loadLensUi())(ctx, rememberPanel));
    } catch {
      return null;
    }
  };

  /** Detects; loads and shows the UI only for a page with sections, an opinion page, or an open panel. */
  const analyse = async () => {
    const thisRun = ++run;
    const page = detectPage(document, location.href, { customLabels: settings.customLabels });
    detected = page;
    const wantsUi = page.sections.length > 0 || page.markupSaysOpinion || (ui?.panelOpen ?? false);
    // Without the UI (none needed, or it could not load) the page keeps the toolbar count only.
    const lensUi = wantsUi ? await ensureUi() : null;
    if (lensUi) {
      // Reading the sentences is the costly part, its first time above all: warm up in idle slices, then analyse
      // when idle, so that no step is a long task.
      const steps = lensUi.warmUp();
      for (let done = false; !done; ) {
        const deadline = await idle();
        if (thisRun !== run) return;
        // One step per idle period, and more only after a light one while plenty of the period is left: a heavy
        // step (the segmenter, a first analysis, compiling a vocabulary) takes up to ~25 ms.
        let step: number;
        do {
          const start = performance.now();
          done = steps.next().done ?? true;
          step = performance.now() - start;
        } while (!done && step < LIGHT_STEP_MS && deadline.timeRemaining() > HEAVY_STEP_ROOM_MS);
      }
      await idle();
      if (thisRun !== run) return;
      report = lensUi.show(page, settings).report;
    } else {
      ui?.clear();
      report = summaryReport(page);
    }
    tellBackground(page);
  };

  const openPanel = async (toggle: boolean) => {
    if (!detected || !active()) return;
    const lensUi = await ensureUi();
    if (!lensUi) return;
    if (toggle && lensUi.panelOpen) {
      lensUi.closePanel();
      return;
    }
    report = lensUi.show(detected, settings).report;
    await lensUi.openPanel();
  };

  const flush = () => {
    timer = undefined;
    const added = pending;
    pending = [];
    const matcher = labelMatcherFor(settings.customLabels);
    const bringsHeading = added.some((node) => node.isConnected && headingsBroughtBy(node, matcher).length > 0);
    const lostHeading = detected?.sections.some((section) => !section.heading.block.isConnected) ?? false;
    if (bringsHeading || lostHeading) void analyse();
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
    await analyse();
    observer = new MutationObserver(onMutations);
    observer.observe(document.body ?? document.documentElement, { childList: true, subtree: true });
    const hasSections = (detected?.sections.length ?? 0) > 0;
    const remembered = await askPanelState();
    if (remembered ?? (settings.panelAutoOpen && hasSections)) await openPanel(false);
  };

  const stop = () => {
    run += 1;
    observer?.disconnect();
    observer = null;
    pending = [];
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    detected = null;
    report = null;
    ui?.clear();
    tellBackground(null);
  };

  const apply = (next: Settings) => {
    const wasActive = active();
    settings = next;
    if (wasActive && active()) void analyse();
    else {
      stop();
      if (active()) void start();
    }
  };

  const onMessage = (message: unknown): Promise<ReportResponse> | undefined => {
    const lens = message as LensMessage;
    if (lens?.type === 'opinion-lens:get-report') {
      return Promise.resolve({ host: location.hostname, report, active: active(), truncated: detected?.truncated ?? false });
    }
    if (lens?.type === 'opinion-lens:panel') void openPanel(lens.action === 'toggle');
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

/** The UI script registers its factory when imported; it runs in this content script's world. */
async function loadLensUi(): Promise<CreateLensUi> {
  const registry = globalThis as unknown as Record<string, CreateLensUi | undefined>;
  // WXT's typing of getURL is lost through the polyfill module's browser type; the path is one of its PublicPaths.
  const runtime = browser.runtime as unknown as { getURL(path: '/lens-ui.js'): string };
  if (!registry[LENS_UI_GLOBAL]) await import(/* @vite-ignore */ runtime.getURL('/lens-ui.js'));
  const create = registry[LENS_UI_GLOBAL];
  if (!create) throw new Error('Opinion Lens: the page UI script did not load');
  return create;
}

function tellBackground(page: DetectedPage | null): void {
  const message: TabSummaryMessage = {
    type: 'opinion-lens:tab-summary',
    sections: page?.sections.length ?? 0,
    pageKind: page?.pageType.kind ?? 'unknown',
    markupSaysOpinion: page?.markupSaysOpinion ?? false,
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
