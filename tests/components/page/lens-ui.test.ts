import { afterEach, describe, expect, it, vi } from 'vitest';
import { ContentScriptContext } from '../../../components/page/page-context';
import { createLensUi } from '../../../components/page/lens-ui';
import { detectPage } from '../../../lib/page/detect';
import { DEFAULT_SETTINGS } from '../../../lib/settings/settings';

vi.mock('wxt/browser', () => ({ browser: { runtime: { id: 'test-extension' } } }));

const LABELLED = `<main><article><h1>Harbour wall to be rebuilt</h1>
<h2>The Facts:</h2><p>The port authority said on Tuesday that the harbour wall would be rebuilt by June.</p>
<h2>Opinion:</h2><p>The rebuild is overdue and the town should have pressed for it years ago.</p></article></main>`;

const UNLABELLED = `<main><article><h1>Ferry timetable cut</h1>
<p>The ferry company will run four crossings a day instead of six from April, its chief executive Mara Lindqvist said on Friday.</p>
<p>"We cannot staff six crossings," Lindqvist said. The islanders' council said the cut would leave commuters stranded.</p></article></main>`;

describe('the whole page report the popup is given', () => {
  afterEach(() => history.replaceState(null, '', '/'));

  it('is the whole article once the reader opened the panel on a page without labelled sections, until the URL changes', async () => {
    history.replaceState(null, '', '/news/ferry');
    document.body.innerHTML = UNLABELLED;
    const ctx = new ContentScriptContext('content', {}) as unknown as Parameters<typeof createLensUi>[0];
    const ui = createLensUi(ctx, () => undefined);
    const page = detectPage(document, location.href);
    expect(page.sections).toEqual([]);
    const before = (await ui.analysis(page, DEFAULT_SETTINGS))!.report;
    expect(before.scope).not.toBe('article');
    expect(before.sources).toEqual([]);

    await ui.openPanel(page, DEFAULT_SETTINGS);
    const shown = (await ui.analysis(page, DEFAULT_SETTINGS))!.report;
    expect(shown.scope).toBe('article');
    expect(shown.sources.map((source) => source.name)).toContain('Mara Lindqvist');
    ui.closePanel();
    expect((await ui.analysis(page, DEFAULT_SETTINGS))!.report.scope).toBe('article');

    history.pushState(null, '', '/news/other');
    expect((await ui.analysis(detectPage(document, location.href), DEFAULT_SETTINGS))!.report.scope).not.toBe('article');
    ui.clear();
  });
});

describe('the panel asked for and closed in quick succession', () => {
  const open = () => document.querySelector('[data-opinion-lens="panel"]') !== null;

  it('ends as the last ask says, however close together the asks come', async () => {
    document.body.innerHTML = LABELLED;
    const ctx = new ContentScriptContext('content', {}) as unknown as Parameters<typeof createLensUi>[0];
    const ui = createLensUi(ctx, () => undefined);
    const page = detectPage(document, location.href);
    // Open, then close before the open has drawn (as two toggles 5 ms apart do).
    const first = ui.openPanel(page, DEFAULT_SETTINGS);
    expect(ui.panelOpen).toBe(true);
    ui.closePanel();
    expect(ui.panelOpen).toBe(false);
    await first;
    expect(open()).toBe(false);
    expect(ui.panelOpen).toBe(false);
    // Open, close, open: open.
    const again = ui.openPanel(page, DEFAULT_SETTINGS);
    ui.closePanel();
    const last = ui.openPanel(page, DEFAULT_SETTINGS);
    await Promise.all([again, last]);
    expect(open()).toBe(true);
    ui.closePanel();
    expect(open()).toBe(false);
    ui.clear();
  });
});

describe('the first marks on a page', () => {
  afterEach(() => vi.useRealTimers());

  it('wait until a frame has been rendered, so they never share the first frame after the page loaded', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    document.body.innerHTML = LABELLED;
    const frames: FrameRequestCallback[] = [];
    const ctx = new ContentScriptContext('content', {});
    ctx.requestAnimationFrame = (callback) => frames.push(callback);
    const ui = createLensUi(ctx as unknown as Parameters<typeof createLensUi>[0], () => undefined);
    const page = detectPage(document, location.href);
    const badges = () => document.querySelectorAll('[data-opinion-lens="badge"]').length;
    const drawn = ui.update(page, page.sections, [], DEFAULT_SETTINGS);
    await vi.advanceTimersByTimeAsync(50);
    expect(frames).toHaveLength(1);
    expect(badges()).toBe(0);
    frames[0]!(performance.now());
    await vi.advanceTimersByTimeAsync(0);
    await drawn;
    expect(badges()).toBe(2);
    // Later marks do not wait again.
    document.querySelector('article')!.insertAdjacentHTML('beforeend', '<h2>Analysis</h2><p>The council said the cost would be £4 million.</p>');
    const next = detectPage(document, location.href);
    // (Waiting again would never end here: no frame is run and the fallback timer is fake.)
    await ui.update(next, next.sections.slice(2), [], DEFAULT_SETTINGS);
    expect(badges()).toBe(3);
    ui.clear();
  });
});
