import { afterEach, describe, expect, it } from 'vitest';
import { FlashOverlay } from '../../../components/page/flash-overlay';

const box = () => document.querySelector('[data-opinion-lens="flash"]')?.shadowRoot?.querySelector<HTMLElement>('.box') ?? null;
const rect = (left: number, top: number, width: number, height: number) => DOMRect.fromRect({ x: left, y: top, width, height });

/** A paragraph whose box on screen is `at` (happy-dom lays nothing out). */
function paragraphAt(at: DOMRect): HTMLElement {
  const paragraph = document.createElement('p');
  paragraph.textContent = 'The trust said 41,000 cars crossed each week.';
  paragraph.getBoundingClientRect = () => at;
  document.body.append(paragraph);
  return paragraph;
}

describe('the flash overlay', () => {
  const overlay = new FlashOverlay();
  afterEach(() => {
    overlay.remove();
    document.body.replaceChildren();
  });

  it('mounts one hidden host at the end of the document, however often it is mounted', () => {
    overlay.mount();
    overlay.mount();
    expect(document.querySelectorAll('[data-opinion-lens="flash"]')).toHaveLength(1);
    expect(document.documentElement.lastElementChild?.getAttribute('data-opinion-lens')).toBe('flash');
    expect(box()?.style.opacity ?? '').not.toBe('1');
  });

  it('covers the target with 3 px to spare, measured from the host, by transform only, and hides it again', () => {
    overlay.mount();
    const host = document.querySelector<HTMLElement>('[data-opinion-lens="flash"]')!;
    // The host's own place: the page is scrolled 500 px down, so the document's top left is 500 px above the viewport.
    host.getBoundingClientRect = () => rect(0, -500, 0, 0);
    const paragraph = paragraphAt(rect(40, 120, 600, 50));
    overlay.show(paragraph);
    expect(box()?.style.transform).toBe('translate(37px, 617px) scale(6.06, 0.56)');
    expect(box()?.style.opacity).toBe('1');
    expect(box()?.style.width).toBe('');
    expect(paragraph.getAttribute('style')).toBeNull();
    overlay.hide();
    expect(box()?.style.opacity).toBe('0');
  });

  it('mounts itself when shown first, and leaves the document on remove', () => {
    overlay.show(paragraphAt(rect(0, 0, 100, 20)));
    expect(box()?.style.opacity).toBe('1');
    overlay.remove();
    expect(document.querySelector('[data-opinion-lens="flash"]')).toBeNull();
    overlay.hide();
  });
});
