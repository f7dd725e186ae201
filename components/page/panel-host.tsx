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

const FLASH_MS = 2000;
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

export class PanelHost {
  private ui: ShadowRootContentScriptUi<void> | null = null;
  private opening: Promise<void> | null = null;
  private returnFocus: Focusable | null = null;
  private readonly highlights = new PageHighlights();
  private flashTimer: number | undefined;
  /** The flash where highlights cannot be shown; in the document while the panel is open. */
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
    if (this.ui && !this.ui.shadowHost.isConnected) this.close({ remember: false });
    return this.ui !== null || this.opening !== null;
  }

  /**
   * Opens (or refreshes) the panel; `from` gets focus back on close. A quiet open (restoring the panel as a page
   * loads) leaves the keyboard focus where it is: the panel is inert until its first render has settled.
   */
  async open(analysis: PageAnalysis, settings: Settings, maxParagraphs: number, from?: HTMLElement | null, quiet = false): Promise<void> {
    if (from !== undefined) this.returnFocus = from;
    else if (!this.isOpen) this.returnFocus = activeElementDeep();
    if (this.opening) await this.opening;
    // The caller has just analysed the page: the panel is drawn in a task of its own.
    await new Promise((next) => this.ctx.setTimeout(() => next(undefined), 0));
    if (this.opening) await this.opening;
    const draw = () => this.draw(analysis, settings, maxParagraphs);
    if (this.ui) {
      draw();
      return;
    }
    this.opening = createShadowRootUi(this.ctx, {
      name: 'opinion-lens-panel',
      position: 'inline',
      anchor: document.documentElement,
      append: 'last',
      css: PANEL_CSS,
      onMount: () => undefined,
      onRemove: () => {
        if (this.ui) render(null, this.ui.uiContainer);
      },
    }).then(async (ui) => {
      ui.shadowHost.dataset.opinionLens = 'panel';
      if (quiet) ui.shadowHost.inert = true;
      ui.mount();
      this.overlay.mount();
      this.ui = ui;
      this.opening = null;
      draw();
      this.onOpenChange(true);
      if (quiet) {
        // Preact runs the panel's mount effects (its heading's focus()) after the next frame.
        await new Promise((settled) => requestAnimationFrame(() => setTimeout(settled, 0)));
        ui.shadowHost.inert = false;
      }
    });
    await this.opening;
  }

  /** Redraws an open panel with a new analysis; does nothing when closed. */
  refresh(analysis: PageAnalysis, settings: Settings, maxParagraphs: number): void {
    if (this.ui) this.draw(analysis, settings, maxParagraphs);
  }

  close(options: { remember?: boolean } = {}): void {
    if (!this.ui) return;
    this.ui.remove();
    this.ui = null;
    this.drawn = 0;
    this.clearFlash();
    this.overlay.remove();
    if (options.remember !== false) this.onOpenChange(false);
    const target = this.returnFocus;
    this.returnFocus = null;
    focusDeep(target);
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
      if (!this.ui || drawing !== this.drawing) return false;
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
    this.flashTimer = this.ctx.setTimeout(() => this.clearFlash(), FLASH_MS);
  }

  private clearFlash(): void {
    if (this.flashTimer !== undefined) clearTimeout(this.flashTimer);
    this.flashTimer = undefined;
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
