import { describe, expect, it } from 'vitest';
import { articleText } from '../../../lib/page/article-text';
import { parseHtml } from '../../helpers/fixtures';

describe('articleText', () => {
  it('leaves out paragraphs the page hides: the hidden attribute, inline display:none, a page style rule', () => {
    const document = parseHtml(`<html><head><style>.folded { display: none }</style></head><body><article>
<p>The river ferry will carry bicycles free of charge from the first of May, the operator said.</p>
<div hidden><p>A paragraph folded away by the hidden attribute until the reader asks for more.</p></div>
<p style="display: none">A paragraph folded away by its inline style until the reader asks for more.</p>
<div class="folded"><p>A paragraph folded away by a class on its container until the reader asks.</p></div>
<p>Riders had asked for the change for years, according to the cyclists' club.</p>
</article></body></html>`);
    expect(articleText(document.body, 10)).toEqual([
      'The river ferry will carry bicycles free of charge from the first of May, the operator said.',
      "Riders had asked for the change for years, according to the cyclists' club.",
    ]);
  });
});
