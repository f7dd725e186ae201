import { afterEach, describe, expect, it, vi } from 'vitest';
import { ContentScriptContext } from '../../../components/page/page-context';
import { createLensUi } from '../../../components/page/lens-ui';
import { detectPage } from '../../../lib/page/detect';
import { DEFAULT_SETTINGS } from '../../../lib/settings/settings';

vi.mock('wxt/browser', () => ({ browser: { runtime: { id: 'test-extension' } } }));

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
