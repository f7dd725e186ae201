// Mounts the side panel in a fixed shadow-root drawer, jumps to sentences and flashes them, restores focus.
import { render } from 'preact';
import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { PageAnalysis } from '../../lib/report';
import type { Settings } from '../../lib/settings/settings';
import { findTextRange } from '../../lib/page/locate';
import { Panel } from '../panel/Panel';
import { PANEL_CSS } from '../panel/panel-styles';
import { FLASH_HIGHLIGHT, PageHighlights } from './page-highlights';
import { FlashOverlay } from './flash-overlay';
import type { JumpTarget } from '../panel/types';
import { FIRST_ITEMS } from '../panel/shown';
import { afterAFrame } from './frames';

/** A flash lasts this long after the page stops scrolling to it… */
const FLASH_MS = 2000;
/** …and never longer than this (a page that keeps scrolling something of its own). */
const FLASH_MAX_MS = 8000;
/** A later draw adds at least this many items… */
const MIN_ITEMS_PER_DRAW = 25;
/**
 * …or as many as the last draw's pace says fit in this long. A draw renders only the items it adds (the lists skip
 * the chunks drawn before), so the pace is the last draw's time per item added.
 */
const DRAW_MS = 10;
const IDLE_TIMEOUT_MS = 500;
/**
 * A redraw of an open panel (the page changed: a live blog's new entry) starts with as many items as were drawn
 * before, up to this many, so a reader scrolled down a list keeps their place; more would make the redraw long.
 */
const RESUME_ITEMS = 48;

/** The host's marker while the panel is shown; a closed panel's host waits in the document as CLOSED_MARK. */
const OPEN_MARK = 'panel';
const CLOSED_MARK = 'panel-closed';

export class PanelHost {
  /** The panel's host: put in the document before the panel first opens (prepare), kept there while closed. */
  private ui: ShadowRootContentScriptUi<void> | null = null;
  private preparing: Promise<ShadowRootContentScriptUi<void>> | null = null;
  /** Resolves once the host has been laid out in a frame of its own (after its insertion). */
  private hostLaidOut: Promise<void> = Promise.resolve();
  private shown = false;
  /** Bumped by every open and close: an open still waiting (for the host, its frame) goes on only if no later ask came. */
  private asks = 0;
  /** The latest ask was an open not drawn yet. */
  private openAsked = false;
  /** A quiet open's wait until its first render has settled. */
  private opening: Promise<void> | null = null;
  private returnFocus: Focusable | null = null;
  private readonly highlights = new PageHighlights();
  private flashTimer: number | undefined;
  /** Restarts the flash's time while the page scrolls; set while a flash is shown. */
  private flashScroll: (() => void) | null = null;
  /** The flash where highlights cannot be shown; in the document with the panel's host. */
  private readonly overlay = new FlashOverlay();
  /** Counts draws: a progressive draw stops once a newer one began. */
  private drawing = 0;
  /** Items of each list drawn so far in the open panel (Infinity once all are), for a redraw to resume from. */
  private drawn = 0;

  constructor(
    private readonly ctx: ContentScriptContext,
    private readonly onOpenChange: (open: boolean) => void,
  ) {}

  get isOpen(): boolean {
    // A page that rewrites its document (document.open, a new <html>) takes the panel with it.
    if (this.ui && !this.ui.shadowHost.isConnected) this.remove();
    return this.shown || this.openAsked || this.opening !== null;
  }

  /**
   * Puts the closed panel's host and the flash's in the document, once (again if the page replaced its document),
   * ahead of the first open: call it where the page is laid out anyway (as the badges go in) or a frame before the
   * panel draws. The host is a fixed box of its own size with layout containment, so the panel drawn in it later
   * lays out only itself: inserting it with its content on a 200,000-element page laid out the whole page (24 ms
   * and a 42–54 ms frame, traced), drawing into one already there 1.7 ms. Resolves to the host's UI.
   */
  prepare(): Promise<ShadowRootContentScriptUi<void>> {
    if (this.ui?.shadowHost.isConnected) {
      this.overlay.mount();
      return Promise.resolve(this.ui);
    }
    if (this.ui) this.remove();
    this.preparing ??= createShadowRootUi(this.ctx, {
      name: 'opinion-lens-panel',
      position: 'inline',
      anchor: document.documentElement,
      append: 'last',
      css: PANEL_CSS,
      onMount: () => undefined,
      onRemove: (): void => {
        if (this.ui) render(null, this.ui.uiContainer);
      },
    }).then((ui) => {
      ui.shadowHost.dataset.opinionLens = CLOSED_MARK;
      ui.mount();
      this.overlay.mount();
      this.hostLaidOut = afterAFrame(this.ctx);
      this.ui = ui;
      this.preparing = null;
      return ui;
    });
    return this.preparing;
  }

  /**
   * Opens (or refreshes) the panel; `from` gets focus back on close. A quiet open (restoring the panel as a page
   * loads) leaves the keyboard focus where it is: the panel is inert until its first render has settled.
   */
  async open(analysis: PageAnalysis, settings: Settings, maxParagraphs: number, from?: HTMLElement | null, quiet = false): Promise<void> {
    if (from !== undefined) this.returnFocus = from;
    else if (!this.isOpen) this.returnFocus = activeElementDeep();
    const ask = ++this.asks;
    this.openAsked = true;
    if (this.opening) await this.opening;
    // A host put in the document just now is laid out in a frame before the panel is drawn into it; the caller has
    // just analysed the page: the panel is drawn in a task of its own.
    await this.prepare();
    await this.hostLaidOut;
    await new Promise((next) => this.ctx.setTimeout(() => next(undefined), 0));
    if (this.opening) await this.opening;
    // A close asked meanwhile cancels this open; a later open draws instead of it.
    if (ask !== this.asks) return;
    this.openAsked = false;
    const ui = this.ui;
    if (!ui?.shadowHost.isConnected) return;
    const draw = () => this.draw(analysis, settings, maxParagraphs);
    if (this.shown) {
      draw();
      return;
    }
    if (quiet) ui.shadowHost.inert = true;
    ui.shadowHost.dataset.opinionLens = OPEN_MARK;
    this.shown = true;
    draw();
    this.onOpenChange(true);
    if (quiet) {
      // Preact runs the panel's mount effects (its heading's focus()) after the next frame.
      this.opening = new Promise((settled) => requestAnimationFrame(() => setTimeout(settled, 0)));
      await this.opening;
      this.opening = null;
      ui.shadowHost.inert = false;
    }
  }

  /** Redraws an open panel with a new analysis; does nothing when closed. */
  refresh(analysis: PageAnalysis, settings: Settings, maxParagraphs: number): void {
    if (this.shown) this.draw(analysis, settings, maxParagraphs);
  }

  /** Closes the panel; its host stays in the document, empty, for the next open. */
  close(options: { remember?: boolean } = {}): void {
    this.asks += 1;
    this.openAsked = false;
    if (!this.shown) return;
    this.shown = false;
    this.drawing += 1;
    this.drawn = 0;
    if (this.ui) {
      render(null, this.ui.uiContainer);
      this.ui.shadowHost.dataset.opinionLens = CLOSED_MARK;
    }
    this.clearFlash();
    if (options.remember !== false) this.onOpenChange(false);
    const target = this.returnFocus;
    this.returnFocus = null;
    focusDeep(target);
  }

  /** Closes the panel without remembering it closed and takes its host and the flash's out of the document. */
  remove(): void {
    this.close({ remember: false });
    this.ui?.remove();
    this.ui = null;
    this.overlay.remove();
  }

  /**
   * Draws the report: the first FIRST_ITEMS items of each list at once, then more per idle period (as many as fit in
   * DRAW_MS) until every item is drawn (the same panel in the end), so no draw of a large report is a long task. The
   * handlers stay the same through one report's draws, so the items drawn before are not drawn again.
   */
  private draw(analysis: PageAnalysis, settings: Settings, maxParagraphs: number): void {
    const drawing = ++this.drawing;
    const { report } = analysis;
    const longest = Math.max(report.sections.length, report.sources.length, report.contested.length, report.figures.length, report.cues.length);
    const onClose = () => this.close();
    const onJump = (target: JumpTarget) => this.jump(analysis, target);
    const drawUpTo = (shown: number) => {
      if (!this.ui || !this.shown || drawing !== this.drawing) return false;
      this.drawn = shown >= longest ? Infinity : shown;
      render(
        <Panel
          report={report}
          theme={settings.theme}
          truncatedAt={analysis.truncated ? maxParagraphs : null}
          onClose={onClose}
          onJump={onJump}
          shown={this.drawn}
        />,
        this.ui.uiContainer,
      );
      return shown < longest;
    };
    const more = (shown: number, added: number) => {
      const start = performance.now();
      if (!drawUpTo(shown)) return;
      const took = Math.max(1, performance.now() - start);
      const next = Math.max(MIN_ITEMS_PER_DRAW, Math.floor((added * DRAW_MS) / took));
      this.ctx.requestIdleCallback(() => more(shown + next, next), { timeout: IDLE_TIMEOUT_MS });
    };
    const first = Math.max(FIRST_ITEMS, Math.min(this.drawn, RESUME_ITEMS));
    more(first, first);
  }

  private jump(analysis: PageAnalysis, target: JumpTarget): void {
    const sections = target.section === undefined ? analysis.sections : analysis.sections.slice(target.section, target.section + 1);
    // A whole-article summary (a page without labelled sections) has no sections: its sentences stand in the article's blocks.
    const article = analysis.articleBlocks ?? [];
    const blocks = analysis.sections.length > 0 ? sections.flatMap((section) => section.blocks) : article;
    const range = target.sentence
      ? findTextRange(blocks, target.sentence) ?? findTextRange([...analysis.sections.flatMap((s) => s.blocks), ...article], target.sentence)
      : null;
    const heading = sections[0]?.heading.block;
    const element = range ? range.startContainer.parentElement : heading;
    if (!element) return;
    element.scrollIntoView({ block: 'center', behavior: 'smooth' });
    this.flash(range, element);
  }

  /**
   * Highlights the range (else the element's text) with the CSS Custom Highlight API, else shows the overlay over it
   * (a page's own element is never restyled: on a 200,000-element page an outline repainted the whole page); both
   * go after a moment.
   */
  private flash(range: Range | null, element: Element): void {
    this.clearFlash();
    const target = range ?? rangeOf(element);
    if (!this.highlights.set(FLASH_HIGHLIGHT, [target])) this.overlay.show(target);
    const end = performance.now() + FLASH_MAX_MS;
    // The time runs from when the scrolling stops: a jump's smooth scroll down a long article takes a second or more
    // (bbc-1: 8,900 px in ~1.3 s), which left the reader 0.7 s of the flash.
    this.flashScroll = () => {
      if (this.flashTimer !== undefined) clearTimeout(this.flashTimer);
      this.flashTimer = this.ctx.setTimeout(() => this.clearFlash(), Math.max(0, Math.min(FLASH_MS, end - performance.now())));
    };
    document.addEventListener('scroll', this.flashScroll, { capture: true, passive: true });
    this.flashScroll();
  }

  private clearFlash(): void {
    if (this.flashTimer !== undefined) clearTimeout(this.flashTimer);
    this.flashTimer = undefined;
    if (this.flashScroll) document.removeEventListener('scroll', this.flashScroll, { capture: true });
    this.flashScroll = null;
    // The flash's Highlight stays registered; only its range goes, so the page is not restyled per flash.
    this.highlights.set(FLASH_HIGHLIGHT, []);
    this.overlay.hide();
  }
}

function rangeOf(element: Element): Range {
  const range = document.createRange();
  range.selectNodeContents(element);
  return range;
}

/** An element that can take the keyboard focus: an HTML element, or an SVG one (a chart's link). */
type Focusable = HTMLElement | SVGElement;

/** Whether an element, of any document (a frame's elements are not this realm's HTMLElement), can take the focus. */
const isFocusable = (element: Element | null): element is Focusable => typeof (element as Focusable | null)?.focus === 'function';

/** A same-origin frame's document, else null (a cross-origin frame's is not readable). */
function frameDocument(element: Element): Document | null {
  try {
    return (element as HTMLIFrameElement).contentDocument ?? null;
  } catch {
    return null;
  }
}

/**
 * The focused element, looking inside open shadow roots (a badge's button) and same-origin frames (a comment box):
 * the element focus goes back to when the panel closes; null when nothing but a page body has it.
 */
function activeElementDeep(): Focusable | null {
  let active = document.activeElement;
  for (;;) {
    const frame = active ? frameDocument(active) : null;
    const inner = active?.shadowRoot?.activeElement ?? frame?.activeElement ?? null;
    if (!inner || inner === frame?.body) break;
    active = inner;
  }
  return isFocusable(active) && active !== document.body ? active : null;
}

/** Focuses an element (its frames first, when it is in one), or the button inside a badge host's shadow root. */
function focusDeep(target: Focusable | null): void {
  if (!target?.isConnected) return;
  const frame = target.ownerDocument.defaultView?.frameElement;
  if (frame && isFocusable(frame)) focusDeep(frame);
  const inner = target.shadowRoot?.querySelector<HTMLElement>('button');
  (inner ?? target).focus();
}
