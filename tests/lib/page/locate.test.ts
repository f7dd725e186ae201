import { describe, expect, it } from 'vitest';
import { createTextLocator, findTextRange } from '../../../lib/page/locate';
import { parseHtml } from '../../helpers/fixtures';

describe('findTextRange', () => {
  const document = parseHtml(`<article>
    <p id="a">First paragraph.</p>
    <p id="b">Police   spokesperson <b>Maria Okafor</b> said
      2,000 people took part. The organisers disagreed.</p></article>`);
  const blocks = [...document.querySelectorAll('p')];

  it('finds a sentence across inline elements and whitespace runs', () => {
    const range = findTextRange(blocks, 'Police spokesperson Maria Okafor said 2,000 people took part.');
    expect(range?.toString().replace(/\s+/g, ' ')).toBe('Police spokesperson Maria Okafor said 2,000 people took part.');
    expect(range?.startContainer.parentElement?.id).toBe('b');
  });

  it('finds a part within its sentence, not an earlier occurrence elsewhere', () => {
    const doc = parseHtml('<p>In 2,000 words.</p><p>Police said 2,000 people marched.</p>');
    const range = findTextRange([...doc.querySelectorAll('p')], 'Police said 2,000 people marched.', '2,000');
    expect(range?.toString()).toBe('2,000');
    expect(range?.startContainer.textContent).toBe('Police said 2,000 people marched.');
    expect(findTextRange([...doc.querySelectorAll('p')], 'Police said 2,000 people marched.', 'words')).toBeNull();
  });

  it('reads a <br> as a space, as section paragraphs do', () => {
    const doc = parseHtml('<p>Opinion polls<br>showed the market was popular.</p>');
    const range = findTextRange([doc.querySelector('p')!], 'Opinion polls showed the market was popular.');
    expect(range?.toString()).toBe('Opinion pollsshowed the market was popular.');
  });

  it('returns null for text that is not on the page or is empty', () => {
    expect(findTextRange(blocks, 'Nobody said this.')).toBeNull();
    expect(findTextRange(blocks, '   ')).toBeNull();
  });

  it('a locator gives the ranges findTextRange gives, look-up after look-up over one block', () => {
    const doc = parseHtml('<p>Crews said 3 roads closed. Crews said 3 roads closed. The <i>mayor</i> said 12 schools shut.</p>');
    const paragraphs = [...doc.querySelectorAll('p')];
    const locate = createTextLocator();
    const lookups: [string, string | undefined][] = [
      ['Crews said 3 roads closed.', '3'],
      ['Crews said 3 roads closed.', 'said'],
      ['The mayor said 12 schools shut.', '12'],
      ['The mayor said 12 schools shut.', undefined],
      ['The mayor said 13 schools shut.', '13'],
    ];
    for (const [sentence, part] of lookups) {
      const expected = findTextRange(paragraphs, sentence, part);
      const found = locate(paragraphs, sentence, part);
      expect([found?.toString(), found?.startOffset, found?.startContainer]).toEqual([expected?.toString(), expected?.startOffset, expected?.startContainer]);
    }
    expect(locate(paragraphs, 'The mayor said 12 schools shut.', '12')?.toString()).toBe('12');
  });
});
