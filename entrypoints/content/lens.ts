// The content script's glue: settings → cheap detection → (only if there is something to show) the lazily loaded UI,
// kept current as the page changes: new articles under a new URL, replaced documents, added or removed sections.
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { summaryReport, type DetectedPage } from '../../lib/page/detect';
import { isActiveOn, type Settings } from '../../lib/settings/settings';
import { loadSettings, watchSettings } from '../../lib/settings/settings-storage';
import type { ArticleReport } from '../../lib/types';
import type { LensMessage, ReportResponse } from '../../lib/messages';
import type { LensUi } from '../../components/page/lens-ui';
import { SectionTracker } from './section-tracker';
import { isOwnNode } from './page-trees';
import { watchUrl } from './navigation';
import { idleSlices } from './idle-slices';
import { watchHidden } from './hidden-watch';
import { askPanelState, loadLensUi, rememberPanel, summarySender } from './background-link';

/** Mutations are gathered this long, then read in one go… */
const MUTATION_DEBOUNCE_MS = 250;
/** …or this long on a page that keeps changing (a live blog, a feed): fewer, larger batches. */
const BUSY_DEBOUNCE_MS = 1000;
/** A page that changed again within this long of the last batch is busy. */
const BUSY_WITHIN_MS = 2000;
/** After a URL change, the page gets this long to render the new article before the whole page is read again. */
const NAVIGATION_SETTLE_MS = 120;
/** A redrawn open panel follows page changes at most this often. */
const PANEL_REFRESH_MS = 1000;
/**
 * Sections badged per update when a page is first read (a page may have thousands); each is analysed in short tasks.
 * Each update's badges cost the page a frame whose layout and paint grow with the page, not with the badges: on a
 * 2,000-section page 64 per update took half the main-thread time of 16 (Chromium trace, 1.3 s against 2.3–2.7 s).
 */
const SECTIONS_PER_SLICE = 64;

/** A reader's ask of the panel kept while the page is read: open it, toggle it, close it. */
type PanelAsk = 'open' | 'toggle' | 'close';
/** The net ask after one more toggle. */
const TOGGLED: Record<PanelAsk | 'none', PanelAsk | null> = { none: 'toggle', toggle: null, open: 'close', close: 'open' };

export async function startLens(ctx: ContentScriptContext): Promise<void> {
  const isTop = window === window.top;
  let settings = await loadSettings();
  let tracker: SectionTracker | null = null;
  let page: DetectedPage | null = null;
  let ui: LensUi | null = null;
  /** True once the UI has begun drawing the page read by the latest whole-page pass. */
  let ready = false;
  /**
   * What the reader asked of the panel while the page was being read (no `page` yet, or again after a new URL), as the
   * net effect of every ask: two toggles cancel out, a toggle after an open closes.
   */
  let askedWhileReading: PanelAsk | null = null;
  /** False while a reading is under way and until the asks kept meanwhile are applied: new asks are kept too, in order. */
  let askable = false;
  /** The panel's remembered state for this tab and site, asked as the content script starts; the first reading applies it. */
  let restoring: Promise<boolean | null> | null = null;
  /** The page UI as it loads: every caller waits for the same one (callers at once each made a UI and a panel). */
  let uiLoading: Promise<LensUi | null> | null = null;
  let showing: Promise<void> | null = null;
  let observer: MutationObserver | null = null;
  let pending: Node[] = [];
  let timer: number | undefined;
  let navigationTimer: number | undefined;
  let panelTimer: number | undefined;
  let run = 0;

  // A same-origin frame (about:blank and srcdoc ones have no host of their own) follows its top page's site setting.
  const site = isTop ? location.hostname : (window.top?.location.hostname ?? location.hostname);
  const active = () => isActiveOn(settings, site);
  const slices = idleSlices(ctx);
  const tellBackground = summarySender(ctx, isTop);
  /** Blocks the page reveals after they were read as hidden are read like added nodes. */
  const hiddenWatch = watchHidden(ctx, (revealed) => {
    pending.push(...revealed);
    scheduleFlush();
  });
  const wantsUi = (detected: DetectedPage) => detected.sections.length > 0 || detected.markupSaysOpinion || (ui?.panelOpen ?? false);
  /** The page UI, loaded once; null where the frame may not load it (JavaScript blocked for the site). */
  const ensureUi = (): Promise<LensUi | null> =>
    (uiLoading ??= loadLensUi().then(
      (create) => (ui = create(ctx, rememberPanel, slices.soon)),
      () => {
        uiLoading = null;
        return null;
      },
    ));

  /**
   * Warms the analysis up, then analyses and badges the page's sections in short tasks: no long task. The warm-up of
   * a whole-page reading runs in idle time; one for sections the page showed later (`waited`: a reader's click on a
   * "read more", a script) or for a panel the reader opened runs in short tasks one after another, as the reader is waiting: after a real click
   * Chromium gave the page no idle period for seconds, so each idle step ran only at its timeout (~4 s for the lot).
   */
  const show = (thisRun: number, waited = false) =>
    (showing ??= (async () => {
      const lensUi = await ensureUi();
      const live = () => thisRun === run;
      if (!lensUi || !live()) return;
      const characters = page?.sections.reduce((sum, section) => sum + section.paragraphs.reduce((length, paragraph) => length + paragraph.length, 0), 0) ?? 0;
      const warmUp = lensUi.warmUp(characters);
      if (!(waited ? (await slices.soon(warmUp, live), live()) : await slices.run(warmUp, live))) return;
      lensUi.clearMarks();
      // The page may change between slices: each slice takes the next sections not drawn yet from the page as it is now.
      const drawn = new Set<Element>();
      for (let first = true; ; first = false) {
        if (!page || thisRun !== run) return;
        const slice = page.sections.filter((section) => !drawn.has(section.heading.block)).slice(0, SECTIONS_PER_SLICE);
        if (!first && slice.length === 0) break;
        for (const section of slice) drawn.add(section.heading.block);
        const drawing = lensUi.update(page, slice, [], settings);
        // From the first slice on, the UI answers for the page (its report) and takes the page's changes itself.
        ready = true;
        await drawing;
      }
      if (lensUi.panelOpen) await lensUi.refreshPanel(page, settings);
    })().finally(() => {
      showing = null;
    }));

  /**
   * Reads the whole page again (load, a new URL, new settings) and replaces every mark. The reading runs in idle
   * slices (a large page has hundreds of thousands of nodes); changes meanwhile wait in `pending` for the next flush.
   */
  let detecting = false;
  const analyseAll = async () => {
    const thisRun = ++run;
    const live = () => thisRun === run;
    ready = false;
    askable = false;
    pending = [];
    const next = new SectionTracker(settings.customLabels);
    watchShadowRoots();
    detecting = true;
    try {
      const detected = await slices.take(next.detectAll(location.href), live);
      if (!detected) return;
      tracker = next;
      page = detected;
      watchShadowRoots();
      const inRoots = await slices.take(next.detectShadowRoots(), live);
      if (inRoots === undefined) return;
      if (inRoots) page = next.page();
      watchShadowRoots();
      hiddenWatch.watch(next.hiddenCandidates);
    } finally {
      if (live()) detecting = false;
    }
    tellBackground(page);
    if (wantsUi(page)) {
      // A drawing that failed still lets the reader's asks through below.
      await showing?.catch(() => undefined);
      if (live()) await show(thisRun).catch(() => undefined);
    } else {
      ui?.clear();
    }
    if (!live()) return;
    let restore = false;
    if (restoring) {
      const remembered = await restoring;
      if (!live()) return;
      restoring = null;
      restore = remembered ?? (settings.panelAutoOpen && (page?.sections.length ?? 0) > 0);
    }
    const asked = askedWhileReading;
    askedWhileReading = null;
    askable = true;
    // The reader's asks while the page was read come after the panel's remembered state: a toggle or a close then
    // keeps a remembered panel closed (and remembered so), instead of being applied first and undone by the restore.
    if (restore) {
      if (asked === null) await openPanel(false, true);
      else if (asked === 'open') await openPanel(false);
      else rememberPanel(false);
    } else if (asked === 'close') ui?.closePanel();
    else if (asked !== null) await openPanel(asked === 'toggle');
  };

  /** The whole page's report, for the popup (made in short tasks); null while the first analysis is still warming up. */
  const currentReport = async (): Promise<ArticleReport | null> => {
    if (!page) return null;
    if (ui && ready) return (await ui.analysis(page, settings))?.report ?? null;
    return wantsUi(page) ? null : summaryReport(page);
  };

  const openPanel = async (toggle: boolean, quiet = false) => {
    if (!active()) return;
    // Asked before the page was read (or while a new URL is): kept, and applied once the reading ends (analyseAll).
    if (!page || (!askable && !quiet)) {
      if (!quiet) askedWhileReading = toggle ? TOGGLED[askedWhileReading ?? 'none'] : 'open';
      return;
    }
    const lensUi = await ensureUi();
    if (!lensUi) return;
    if (toggle && lensUi.panelOpen) {
      lensUi.closePanel();
      return;
    }
    const asked = run;
    await lensUi.openPanel(page, settings, { quiet });
    // The page was read again meanwhile (a new URL: guardian-1's own script sets location.hash after load) and that
    // dropped the analysis the panel waited for: the reader's request goes to the new reading.
    if (!quiet && !lensUi.panelOpen && run !== asked) {
      if (page && !detecting) void openPanel(false);
      else askedWhileReading = 'open';
      return;
    }
    // The reader asked: the warm-up runs in short tasks one after another, as for a revealed section.
    if (!ready) void show(run, !quiet);
  };

  const refreshPanelSoon = () => {
    panelTimer ??= ctx.setTimeout(() => {
      panelTimer = undefined;
      if (page && ready) void ui?.refreshPanel(page, settings);
    }, PANEL_REFRESH_MS);
  };

  /** Applies the nodes added since the last flush: only the sections they touch are read and marked. */
  let lastFlush = -Infinity;
  const flush = () => {
    timer = undefined;
    checkUrl();
    if (detecting) {
      // The page is being read in slices: what changed meanwhile is applied once the reading ends.
      timer = ctx.setTimeout(flush, MUTATION_DEBOUNCE_MS);
      return;
    }
    lastFlush = performance.now();
    const added = pending;
    pending = [];
    if (!tracker || navigationTimer !== undefined) return;
    const { changed, gone } = tracker.update(added);
    watchShadowRoots();
    hiddenWatch.watch(tracker.hiddenCandidates);
    if (changed.length === 0 && gone.length === 0) return;
    page = tracker.page();
    tellBackground(page);
    if (!ui || !ready) {
      if (wantsUi(page)) void show(run, true);
      return;
    }
    void ui.update(page, changed, gone, settings);
    if (ui.panelOpen) refreshPanelSoon();
  };

  const scheduleFlush = () => {
    if (timer !== undefined) return;
    const busy = performance.now() - lastFlush < BUSY_WITHIN_MS;
    timer = ctx.setTimeout(flush, busy ? BUSY_DEBOUNCE_MS : MUTATION_DEBOUNCE_MS);
  };

  /** A style sheet that comes or goes (an anti-flicker `<style>` removed) may reveal what was read as hidden. */
  const isStyleSheet = (node: Node) => node.nodeName === 'STYLE' || node.nodeName === 'LINK';

  const onMutations = (records: MutationRecord[]) => {
    let removed = false;
    const watching = hiddenWatch.active;
    let styles = false;
    for (const record of records) {
      if (isOwnNode(record.target)) continue;
      for (const node of record.addedNodes) {
        if ((node.nodeType === 1 || node.nodeType === 3) && !isOwnNode(node)) pending.push(node);
        if (watching) styles ||= isStyleSheet(node);
      }
      removed ||= record.removedNodes.length > 0;
      if (watching && record.removedNodes.length > 0) styles ||= [...record.removedNodes].some(isStyleSheet);
    }
    if (styles) hiddenWatch.stylesChanged();
    if (pending.length > 0 || removed) scheduleFlush();
  };

  /** Watches the document (a replaced <body> or a page rewritten with document.open() and write() included) and every open shadow root found. */
  const observed = new Set<Node>();
  const watchShadowRoots = () => {
    observer ??= new MutationObserver(onMutations);
    for (const root of [document, ...(tracker?.shadowRoots ?? [])]) {
      if (observed.has(root)) continue;
      observed.add(root);
      observer.observe(root, { childList: true, subtree: true });
    }
  };

  /** A new URL: the old report goes at once; the new article is read once the page has had time to render it. */
  const onUrlChange = () => {
    if (!active()) return;
    run += 1;
    ready = false;
    page = null;
    tellBackground(null);
    if (navigationTimer !== undefined) clearTimeout(navigationTimer);
    navigationTimer = ctx.setTimeout(() => {
      navigationTimer = undefined;
      void analyseAll();
    }, NAVIGATION_SETTLE_MS);
  };
  const checkUrl = watchUrl(ctx, onUrlChange);

  const start = async () => {
    restoring = isTop ? askPanelState() : null;
    await analyseAll();
  };

  const stop = () => {
    run += 1;
    ready = false;
    observer?.disconnect();
    observer = null;
    observed.clear();
    hiddenWatch.stop();
    pending = [];
    for (const id of [timer, navigationTimer, panelTimer]) if (id !== undefined) clearTimeout(id);
    timer = navigationTimer = panelTimer = undefined;
    tracker = null;
    page = null;
    askedWhileReading = null;
    askable = false;
    restoring = null;
    ui?.clear();
    tellBackground(null);
  };

  const apply = (next: Settings) => {
    const wasActive = active();
    settings = next;
    if (wasActive && active()) void analyseAll();
    else {
      stop();
      if (active()) void start();
    }
  };

  const onMessage = (message: unknown): Promise<ReportResponse> | undefined => {
    const lens = message as LensMessage;
    if (lens?.type === 'opinion-lens:get-report') {
      return currentReport().then((report) => ({ host: site, report, active: active(), truncated: page?.truncated ?? false }));
    }
    if (lens?.type === 'opinion-lens:panel') void openPanel(lens.action === 'toggle');
    return undefined;
  };

  if (isTop) browser.runtime.onMessage.addListener(onMessage);
  const unwatch = watchSettings(apply);
  if (active()) await start();
  else tellBackground(null);
  ctx.onInvalidated(() => {
    browser.runtime.onMessage.removeListener(onMessage);
    unwatch();
    stop();
  });
}
