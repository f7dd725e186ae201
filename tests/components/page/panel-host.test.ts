import { afterEach, describe, expect, it, vi } from 'vitest';
import { ContentScriptContext } from '../../../components/page/page-context';
import { PanelHost } from '../../../components/page/panel-host';
import { DEFAULT_SETTINGS } from '../../../lib/settings/settings';
import type { PageAnalysis } from '../../../lib/report';
import type { SectionSummary } from '../../../lib/types';

vi.mock('wxt/browser', () => ({ browser: { runtime: { id: 'test-extension' } } }));

/** The analysis of a live page of `count` labelled entries, as the panel is given it (no page elements needed to draw). */
function liveAnalysis(count: number): PageAnalysis {
  const sections: SectionSummary[] = Array.from({ length: count }, (_, index) => ({
    kind: 'analysis', label: 'Analysis', paragraphs: 1, firstWords: `Entry ${count - index} from the count`, sources: 0, contested: 0, subjectivity: 0, opinionSentences: 0,
  }));
  return {
    url: null, pageType: { kind: 'news', evidence: [] }, sections: [], markupSaysOpinion: false, truncated: false,
    report: { url: null, pageType: { kind: 'news', evidence: [] }, sections, sources: [], figures: [], contested: [], cues: [] },
  };
}

const outlineRows = () => document.querySelector('[data-opinion-lens="panel"]')?.shadowRoot?.querySelectorAll('.outline > li').length ?? 0;

async function until(check: () => boolean): Promise<void> {
  for (let tries = 0; tries < 200 && !check(); tries += 1) await new Promise((next) => setTimeout(next, 10));
}

describe('the panel redrawn while the page changes', () => {
  // happy-dom has no idle callbacks: a timer stands in for an idle period.
  vi.stubGlobal('requestIdleCallback', (callback: IdleRequestCallback) => setTimeout(() => callback({ didTimeout: false, timeRemaining: () => 10 }), 0));
  vi.stubGlobal('cancelIdleCallback', (id: number) => clearTimeout(id));
  afterEach(() => document.body.replaceChildren());

  it('keeps the rows a reader may have scrolled to when a new entry arrives, then draws the rest', async () => {
    const ctx = new ContentScriptContext('content', {}) as unknown as ConstructorParameters<typeof PanelHost>[0];
    const host = new PanelHost(ctx, () => undefined);
    await host.open(liveAnalysis(120), DEFAULT_SETTINGS, 400, null);
    await until(() => outlineRows() === 120);
    expect(outlineRows()).toBe(120);
    host.refresh(liveAnalysis(121), DEFAULT_SETTINGS, 400);
    // The redraw's first step draws as many rows as a reader is likely to have scrolled through, not a screenful.
    expect(outlineRows()).toBeGreaterThanOrEqual(48);
    await until(() => outlineRows() === 121);
    expect(outlineRows()).toBe(121);
    host.close();
    await host.open(liveAnalysis(121), DEFAULT_SETTINGS, 400, null);
    // A panel opened anew starts with a screenful again.
    expect(outlineRows()).toBeLessThan(48);
    host.remove();
  });
});

describe('the flash of a jump', () => {
  vi.stubGlobal('requestIdleCallback', (callback: IdleRequestCallback) => setTimeout(() => callback({ didTimeout: false, timeRemaining: () => 10 }), 0));
  afterEach(() => {
    vi.useRealTimers();
    document.body.replaceChildren();
  });

  it('lasts its two seconds from when the page stops scrolling to the sentence, not from the click', async () => {
    document.body.innerHTML = '<article><p>The ferry company said 4 crossings a day would run from April.</p></article>';
    const sentence = 'The ferry company said 4 crossings a day would run from April.';
    const analysis: PageAnalysis = {
      url: null, pageType: { kind: 'news', evidence: [] }, sections: [], markupSaysOpinion: false, truncated: false,
      articleBlocks: [document.querySelector('p')!],
      report: {
        url: null, pageType: { kind: 'news', evidence: [] }, sections: [], sources: [], contested: [], cues: [], scope: 'article',
        figures: [{ value: 4, text: '4 crossings', source: 'The ferry company', sentence }],
      },
    };
    const ctx = new ContentScriptContext('content', {}) as unknown as ConstructorParameters<typeof PanelHost>[0];
    const host = new PanelHost(ctx, () => undefined);
    await host.open(analysis, DEFAULT_SETTINGS, 400, null);
    // happy-dom has no CSS Custom Highlight API: the flash is the overlay's box.
    const box = () => document.querySelector('[data-opinion-lens="flash"]')?.shadowRoot?.querySelector<HTMLElement>('.box')?.style.opacity;
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] });
    document.querySelector('[data-opinion-lens="panel"]')!.shadowRoot!.querySelector<HTMLElement>('.jump')!.click();
    expect(box()).toBe('1');
    // The smooth scroll runs for 1.5 s: the flash is still there 2 s after its last scroll event.
    for (let ms = 0; ms < 1500; ms += 100) {
      await vi.advanceTimersByTimeAsync(100);
      document.dispatchEvent(new Event('scroll'));
    }
    await vi.advanceTimersByTimeAsync(1900);
    expect(box()).toBe('1');
    await vi.advanceTimersByTimeAsync(200);
    expect(box()).toBe('0');
    host.remove();
  });
});
