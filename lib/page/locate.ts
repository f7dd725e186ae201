// Finds where a sentence stands in the page: a DOM Range over its text, whitespace differences ignored.
import { collapseWhitespace } from './page-structure';
interface TextMap {
  text: string;
  /** For each character of `text`, the text node and offset it came from. */
  nodes: Text[];
  offsets: number[];
}

/**
 * The block's text with whitespace runs collapsed, mapped back to text nodes. A `<br>` reads as a space (as the
 * section's paragraphs read it), mapped to the character before it.
 */
function mapText(block: Element): TextMap {
  const map: TextMap = { text: '', nodes: [], offsets: [] };
  const walker = block.ownerDocument.createTreeWalker(block, 1 /* SHOW_ELEMENT */ | 4 /* SHOW_TEXT */);
  let lastWasSpace = true;
  const parts: string[] = [];
  for (let current = walker.nextNode(); current; current = walker.nextNode()) {
    if (current.nodeType === 1) {
      const previous = map.nodes.length - 1;
      if ((current as Element).localName === 'br' && !lastWasSpace && previous >= 0) {
        parts.push(' ');
        map.nodes.push(map.nodes[previous]!);
        map.offsets.push(map.offsets[previous]!);
        lastWasSpace = true;
      }
      continue;
    }
    const node = current as Text;
    const data = node.data;
    for (let offset = 0; offset < data.length; offset += 1) {
      const char = data[offset] ?? '';
      const space = /\s/.test(char);
      if (space && lastWasSpace) continue;
      parts.push(space ? ' ' : char);
      map.nodes.push(node);
      map.offsets.push(offset);
      lastWasSpace = space;
    }
  }
  map.text = parts.join('');
  return map;
}

/** Finds text ranges like findTextRange; repeated calls on one locator read each block's text once. */
export type TextLocator = (blocks: readonly Element[], sentence: string, part?: string) => Range | null;

/**
 * A locator for many look-ups over an unchanged page: each block's collapsed text and character map are built once
 * and each sentence's first position in a block is searched once, so marking every figure of one long paragraph
 * costs its length once, not once per figure. Results equal findTextRange's.
 */
export function createTextLocator(): TextLocator {
  const collapsed = new Map<Element, string>();
  const maps = new Map<Element, TextMap>();
  const firstAt = new Map<Element, Map<string, number>>();
  return (blocks, sentence, part) => {
    const needle = collapseWhitespace(sentence);
    const piece = part === undefined ? needle : collapseWhitespace(part);
    if (!needle || !piece) return null;
    for (const block of blocks) {
      let text = collapsed.get(block);
      if (text === undefined) collapsed.set(block, (text = collapseWhitespace(block.textContent ?? '')));
      if (!text.includes(needle) && !block.querySelector('br')) continue;
      let map = maps.get(block);
      if (!map) maps.set(block, (map = mapText(block)));
      let positions = firstAt.get(block);
      if (!positions) firstAt.set(block, (positions = new Map()));
      let sentenceStart = positions.get(needle);
      if (sentenceStart === undefined) positions.set(needle, (sentenceStart = map.text.indexOf(needle)));
      const start = sentenceStart < 0 ? -1 : map.text.indexOf(piece, sentenceStart);
      if (start < 0 || start + piece.length > sentenceStart + needle.length) continue;
      const end = start + piece.length - 1;
      const startNode = map.nodes[start];
      const endNode = map.nodes[end];
      const startOffset = map.offsets[start];
      const endOffset = map.offsets[end];
      if (!startNode || !endNode || startOffset === undefined || endOffset === undefined) continue;
      const range = block.ownerDocument.createRange();
      range.setStart(startNode, startOffset);
      range.setEnd(endNode, endOffset + 1);
      return range;
    }
    return null;
  };
}

/** A Range over the first occurrence of `sentence` in the blocks (or of `part` within it), or null when absent. */
export function findTextRange(blocks: readonly Element[], sentence: string, part?: string): Range | null {
  return createTextLocator()(blocks, sentence, part);
}
