// A flash drawn over page text from our own shadow root, moved and shown by compositor-only properties.
import { createShadowHost } from './shadow-host';

/** The box's laid-out size (px); it is scaled to the flashed text's box, so its size never changes layout. */
const BOX_PX = 100;
/** Room (px) around the flashed text's box. */
const PAD_PX = 3;

/**
 * The host sits at the document's top left and scrolls with it, under the panel (z-index 2147483646); the box
 * is its own compositor layer (will-change), so moving it (transform) and showing it (opacity) repaint nothing of
 * the page.
 */
const FLASH_CSS = `:host { position: absolute !important; top: 0 !important; left: 0 !important; width: 0 !important;
  height: 0 !important; overflow: visible !important; pointer-events: none !important; z-index: 2147483645 !important; }
.box { position: absolute; top: 0; left: 0; width: ${BOX_PX}px; height: ${BOX_PX}px; transform-origin: 0 0;
  background-color: rgba(250, 204, 21, 0.45); opacity: 0; will-change: transform, opacity; transition: opacity 0.2s; }
@media (prefers-reduced-motion: reduce) { .box { transition: none; } }
@media print { .box { display: none; } }`;

/** Where highlights cannot be shown (the CSS Custom Highlight API missing, or a page too large to restyle). */
export class FlashOverlay {
  private host: HTMLElement | null = null;
  private box: HTMLElement | null = null;

  /** Inserts the (hidden) host into the document, once: do it before the first flash, e.g. as the panel opens. */
  mount(): void {
    if (this.host?.isConnected) return;
    const { host, container } = createShadowHost('opinion-lens-flash', FLASH_CSS);
    host.dataset.opinionLens = 'flash';
    container.className = 'box';
    document.documentElement.append(host);
    this.host = host;
    this.box = container;
  }

  /** Shows the box over the bounding box of `target` (a range or an element), in page coordinates. */
  show(target: Range | Element): void {
    this.mount();
    const { host, box } = this;
    if (!host || !box) return;
    const rect = target.getBoundingClientRect();
    const origin = host.getBoundingClientRect();
    const x = rect.left - origin.left - PAD_PX;
    const y = rect.top - origin.top - PAD_PX;
    const scaleX = (rect.width + 2 * PAD_PX) / BOX_PX;
    const scaleY = (rect.height + 2 * PAD_PX) / BOX_PX;
    box.style.transform = `translate(${x}px, ${y}px) scale(${scaleX}, ${scaleY})`;
    box.style.opacity = '1';
  }

  /** Hides the box (it stays in place, transparent). */
  hide(): void {
    if (this.box) this.box.style.opacity = '0';
  }

  /** Takes the host out of the document (the panel closed). */
  remove(): void {
    this.host?.remove();
    this.host = null;
    this.box = null;
  }
}
