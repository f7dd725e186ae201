import { describe, expect, it } from 'vitest';
import { firstRun, labelText, paragraphText, runsAfter } from '../../../lib/page/runs';
import { parseHtml } from '../../helpers/fixtures';

describe('runs of text in a block', () => {
  it('splits at <br> and nested blocks, drops empty runs, skips hidden text and icons', () => {
    const block = parseHtml(
      '<div id="b">One line<br>two <a href="/x">linked</a> words<br><br><span hidden>secret</span>' +
        '<svg><title>icon</title></svg>three<p>nested block</p>four</div>',
    ).getElementById('b')!;
    expect(runsAfter(block, null)).toEqual(['One line', 'two linked words', 'three', 'nested block', 'four']);
    expect(paragraphText(block)).toBe('One line two linked words three nested block four');
  });

  it('reads a paragraph as a reader sees it: comments are no text, with or without inline elements', () => {
    const document = parseHtml(
      '<p id="plain">The   ferry <!-- editor: check the time --> stops\n at nine.</p>' +
        '<p id="inline">The ferry<!-- note --> stops at <b>nine</b>.<br>Then <!--x-->it turns back.</p><p id="empty"> <!-- only a comment --> </p>',
    );
    expect(paragraphText(document.getElementById('plain')!)).toBe('The ferry stops at nine.');
    expect(paragraphText(document.getElementById('inline')!)).toBe('The ferry stops at nine. Then it turns back.');
    expect(paragraphText(document.getElementById('empty')!)).toBe('');
  });

  it('reads a label’s line: ended by <br>, or followed by text on the same line, and whether it is bold', () => {
    const document = parseHtml(
      '<p id="a">The Facts:<br>The ferry stops at nine.</p><p id="b"><span style="font-weight:700">Opinion:</span> It should not.</p>' +
        '<p id="c">Before <b>Analysis</b><br>text</p>',
    );
    const a = document.getElementById('a')!;
    expect(firstRun(a, a.firstChild!)).toMatchObject({ text: 'The ferry stops at nine.', afterBreak: true, bold: false });
    const b = document.getElementById('b')!;
    expect(firstRun(b, b.firstElementChild!)).toMatchObject({ text: 'It should not.', afterBreak: false, bold: true, breakElement: null });
    const c = document.getElementById('c')!;
    expect(firstRun(c, c.querySelector('b')!)).toBeNull();
  });

  it('reads a label’s text without its icon', () => {
    const block = parseHtml('<div id="t"><svg><title>arrow</title></svg> The   News </div>').getElementById('t')!;
    expect(labelText(block)).toBe('The News');
  });
});
