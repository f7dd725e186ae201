import { describe, expect, it, vi } from 'vitest';
import { flattenDeepNesting } from '../../scripts/page-depth';
import { parseHtml } from '../../scripts/parse-html';

/** The prototype that defines a property (happy-dom's Node for nextSibling). */
function owner(object: object, property: string): object {
  let current = object;
  while (!Object.hasOwn(current, property)) current = Object.getPrototypeOf(current);
  return current;
}

describe('flattenDeepNesting', () => {
  it('moves nodes below the depth limit up to it, in document order', () => {
    const { document, close } = parseHtml('<body><div id="a"><div id="b"><div id="c"><p>one</p><p>two</p></div>three</div></div><p id="d">four</p></body>');
    flattenDeepNesting(document, 4);
    // html (1) > body (2) > #a (3) > #b (4): everything below #b becomes its child.
    const children = [...document.getElementById('b')!.childNodes].map((node) => (node.nodeType === 1 ? `<${(node as Element).localName}>` : node.textContent));
    expect(children).toEqual(['<div>', '<p>', 'one', '<p>', 'two', 'three']);
    expect(document.body.textContent).toBe('onetwothreefour');
    void close();
  });

  it('walks a wide page by child index, never sibling by sibling (happy-dom finds a sibling by searching its parent)', () => {
    const { document, close } = parseHtml(`<body><article>${'<p>A line of the harbour log.</p>'.repeat(2000)}</article></body>`);
    const next = vi.spyOn(owner(document.body, 'nextSibling') as Node, 'nextSibling', 'get');
    flattenDeepNesting(document, 512);
    expect(next).not.toHaveBeenCalled();
    next.mockRestore();
    expect(document.querySelectorAll('article > p')).toHaveLength(2000);
    void close();
  });
});
