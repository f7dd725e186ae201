import { describe, expect, it, vi } from 'vitest';
import { PageMarks } from '../../../components/page/page-marks';
import { detectPage } from '../../../lib/page/detect';
import { completeAnalysis } from '../../../lib/report';
import { DEFAULT_SETTINGS } from '../../../lib/settings/settings';

const PAGE = `<main><article><h1>Toll rise</h1>
<h2>The Facts:</h2><p>The bridge trust said on Monday that the toll would rise to £3 in March. The drivers' club said it would rise to £4.</p>
<h2>Opinion:</h2><p>The rise is steep and badly timed. The trust should phase it in over a year.</p></article></main>`;
/** Every text the page marks looked for in the page, through the real locator. */
const located = vi.hoisted(() => [] as string[]);
vi.mock('../../../lib/page/locate', async (importActual) => {
  const actual = await importActual<typeof import('../../../lib/page/locate')>();
  return {
    ...actual,
    createTextLocator: () => {
      const locate = actual.createTextLocator();
      return (blocks: Element[], sentence: string, part?: string) => {
        located.push(part ?? sentence);
        return locate(blocks, sentence, part);
      };
    },
  };
});

const hosts = () => [...document.querySelectorAll('[data-opinion-lens="badge"]')];

describe('page marks', () => {
  it('draws the other badges when a heading left the page mid-analysis, without throwing', () => {
    document.body.innerHTML = PAGE;
    const analysis = completeAnalysis(document, detectPage(document, null));
    analysis.sections[1]!.heading.block.remove();
    const marks = new PageMarks();
    expect(() => marks.update(analysis, { ...DEFAULT_SETTINGS, sectionMarker: true })).not.toThrow();
    expect(hosts().map((host) => host.getAttribute('data-kind'))).toEqual(['facts']);
  });

  it('keeps a badge element when its section is analysed again, and removes a gone section’s badge', () => {
    document.body.innerHTML = PAGE;
    const analysis = completeAnalysis(document, detectPage(document, null));
    const marks = new PageMarks();
    marks.update(analysis, DEFAULT_SETTINGS);
    const [facts] = hosts();
    const again = completeAnalysis(document, detectPage(document, null));
    marks.update({ ...again, sections: again.sections.slice(0, 1), report: { ...again.report, sections: again.report.sections.slice(0, 1) } }, DEFAULT_SETTINGS, [analysis.sections[1]!]);
    expect(hosts()).toEqual([facts]);
  });
});

describe('page marks, highlights switched off', () => {
  it('looks for no figure or cue word in the page while their highlights are off, and finds them once on', () => {
    document.body.innerHTML = PAGE;
    const analysis = completeAnalysis(document, detectPage(document, null));
    located.length = 0;
    new PageMarks().update(analysis, { ...DEFAULT_SETTINGS, highlightFigures: false, highlightCues: false });
    expect(located).toEqual([]);
    new PageMarks().update(analysis, { ...DEFAULT_SETTINGS, highlightFigures: true, highlightCues: false });
    expect(located).toEqual(expect.arrayContaining(['£3', '£4']));
  });
});

describe('badge placement', () => {
  it('puts a run-in badge right after its label, and a clipping heading’s badge right after the heading', () => {
    document.body.innerHTML = `<main><article><h1>Buses late</h1>
<p><strong>Analysis:</strong> The bus company missed its target for six months. Its director said in <a href="/s">a statement</a> that 84 percent ran on time.</p>
<h2 style="overflow: hidden; height: 1.6em; width: 6em">Opinion</h2><p>The company should publish its own counts. Riders deserve better than this.</p>
<h2>The Facts:</h2><p>The council said 12 routes would change in May. The riders' group said 15 routes would change.</p></article></main>`;
    new PageMarks().update(completeAnalysis(document, detectPage(document, null)), DEFAULT_SETTINGS);
    const places = hosts().map((host) => [host.getAttribute('data-kind'), host.parentElement?.tagName, host.previousElementSibling?.tagName ?? null]);
    expect(places).toEqual([
      ['analysis', 'P', 'STRONG'],
      ['opinion', 'ARTICLE', 'H2'],
      ['facts', 'H2', null],
    ]);
  });
});
