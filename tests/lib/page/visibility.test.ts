import { describe, expect, it } from 'vitest';
import { hasComputedStyle, hidesItself, isHidden } from '../../../lib/page/visibility';
import { parseHtml } from '../../helpers/fixtures';

const PAGE = `<html><head><style>
/* a comment { display: none } */
.gate, .later p.locked { display: none !important; }
.ghost { visibility: hidden }
@media print { .screen-only { display: none } }
.shown::before { display: none }
</style></head><body>
<div class="gate"><p id="gated">Behind the gate.</p></div>
<div class="later"><p id="locked" class="locked">Locked.</p><p id="open">Open.</p></div>
<p id="ghost" class="ghost">Invisible.</p>
<p id="screen" class="screen-only">On screen.</p>
<p id="shown" class="shown">Shown.</p>
<section style="display: none"><p id="inline">Inline.</p></section>
<div hidden><p id="attribute">Attribute.</p></div>
</body></html>`;

describe('visibility', () => {
  const document = parseHtml(PAGE);
  const byId = (id: string) => document.getElementById(id)!;

  it('reads the page’s own top-level <style> rules in happy-dom, where computed styles are not used', () => {
    expect(hasComputedStyle(document)).toBe(false);
    expect(['gated', 'locked', 'ghost', 'inline', 'attribute'].filter((id) => isHidden(byId(id)))).toHaveLength(5);
  });

  it('leaves visible what only a @media rule, a pseudo-element rule or nothing hides', () => {
    expect(['open', 'screen', 'shown'].filter((id) => isHidden(byId(id)))).toEqual([]);
  });

  it('tells an element hidden itself from one hidden through an ancestor', () => {
    expect(hidesItself(byId('locked'))).toBe(true);
    expect(hidesItself(byId('gated'))).toBe(false);
    expect(hidesItself(byId('gated').parentElement!)).toBe(true);
    expect(hidesItself(document.querySelector('section')!)).toBe(true);
  });
});
