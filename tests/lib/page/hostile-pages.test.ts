import { describe, expect, it } from 'vitest';
import { analyzePage } from '../../../lib/report';
import { parseHtml } from '../../helpers/fixtures';

const SECTION = '<h2>The Facts:</h2><p>Police said 2,000 people marched on Saturday.</p><h2>Opinion:</h2><p>The council must listen.</p>';

describe('large and hostile pages', () => {
  it('reads a page with a huge table', () => {
    const rows = Array.from({ length: 3000 }, (_, i) => `<tr><td>Facts</td><td>Opinion ${i}</td><td>${i}</td></tr>`).join('');
    const analysis = analyzePage(parseHtml(`<article>${SECTION}<table>${rows}</table></article>`), { url: null });
    expect(analysis.report.sections.map((section) => [section.kind, section.paragraphs])).toEqual([['facts', 1], ['opinion', 1]]);
  });

  it('reads deeply nested markup', () => {
    const depth = 1500;
    const html = `${'<div>'.repeat(depth)}${SECTION}${'</div>'.repeat(depth)}`;
    const analysis = analyzePage(parseHtml(html), { url: null });
    expect(analysis.report.sections.map((section) => section.kind)).toEqual(['facts', 'opinion']);
  });

  it('reads each level of nested text blocks as a paragraph of its own', () => {
    const depth = 300;
    const html = `<article><h2>Analysis</h2>${'<div>Level text. '.repeat(depth)}${'</div>'.repeat(depth)}</article>`;
    const analysis = analyzePage(parseHtml(html), { url: null });
    expect(analysis.sections[0]?.paragraphs.slice(0, 2)).toEqual(['Level text.', 'Level text.']);
    expect(analysis.report.sections[0]?.paragraphs).toBe(depth);
  });

  it('caps the paragraphs read on a huge article and says so', () => {
    const body = Array.from({ length: 5000 }, (_, i) => `<p>Paragraph ${i} says the council voted.</p>`).join('');
    const analysis = analyzePage(parseHtml(`<article><h2>Facts</h2>${body}</article>`), { url: null });
    expect(analysis.report.sections[0]?.paragraphs).toBe(400);
    expect(analysis.truncated).toBe(true);
  });

  it('reads the light DOM of a page that uses shadow roots and ignores what is inside them', () => {
    const document = parseHtml(`<article>${SECTION}<div id="host"></div></article>`);
    const shadow = document.getElementById('host')!.attachShadow({ mode: 'open' });
    const inner = document.createElement('h2');
    inner.textContent = 'Analysis';
    shadow.append(inner);
    expect(analyzePage(document, { url: null }).report.sections.map((section) => section.kind)).toEqual(['facts', 'opinion']);
  });

  it('reads malformed markup: unclosed tags, stray end tags, a heading inside a paragraph', () => {
    const html = '<article><h2>Facts<p>Unclosed <b>bold <i>text</b></i></p></h2></span></div><p><h3>Opinion</h3>It must change.<table><td>x';
    const analysis = analyzePage(parseHtml(html), { url: null });
    expect(JSON.parse(JSON.stringify(analysis.report))).toEqual(analysis.report);
  });
});
