import { describe, expect, it } from 'vitest';
import { hiddenPageParts } from '../../../lib/page/page-hiding';
import { parseHtml } from '../../helpers/fixtures';

const ARTICLE = '<article><h1>Pier to reopen</h1><p>The pier will reopen in May, the council said on Friday.</p></article>';
const partsOf = (html: string) => hiddenPageParts(parseHtml(html)).map(({ part, cause }) => ({ part, cause }));

describe('hiddenPageParts', () => {
  it('names a body hidden by an anti-flicker style rule, with the rule', () => {
    const html = `<html><head><style>/* removed by a script */ body { visibility: hidden !important; }</style></head><body>${ARTICLE}</body></html>`;
    expect(partsOf(html)).toEqual([{ part: 'body', cause: { kind: 'style-rule', selector: 'body' } }]);
  });

  it('names the root element when a class on it hides the page', () => {
    const html = `<html class="loading"><head><style>.loading { display: none }</style></head><body>${ARTICLE}</body></html>`;
    expect(partsOf(html)).toEqual([{ part: 'html', cause: { kind: 'style-rule', selector: '.loading' } }]);
  });

  it('names an article container hidden by its hidden attribute or an inline style', () => {
    expect(partsOf(`<body><main hidden>${ARTICLE}</main></body>`)).toEqual([{ part: 'main', cause: { kind: 'attribute' } }]);
    expect(partsOf(`<body><article style="display: none">${ARTICLE}</article></body>`)).toEqual([{ part: 'article', cause: { kind: 'inline-style' } }]);
  });

  it('names no hidden teaser article beside the story the reader sees, but a story hidden inside a visible <main>', () => {
    const teaser = '<article style="display:none"><p>Also on the pier: a new café.</p></article>';
    expect(partsOf(`<body><main>${teaser}${ARTICLE}${teaser}</main></body>`)).toEqual([]);
    expect(partsOf(`<body><main><article hidden><p>The pier will reopen in May.</p></article></main></body>`)).toEqual([{ part: 'article', cause: { kind: 'attribute' } }]);
  });

  it('is empty when the reader can see the page, whatever else it hides', () => {
    const html = `<html><head><style>.async-hide { opacity: 0 } .menu { display: none }</style></head><body><nav class="menu">Menu</nav>${ARTICLE}</body></html>`;
    expect(partsOf(html)).toEqual([]);
  });
});
