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

/** A Range over the first occurrence of `sentence` in the blocks (or of `part` within it), or null when absent. */
export function findTextRange(blocks: readonly Element[], sentence: string, part?: string): Range | null {
  const needle = collapseWhitespace(sentence);
  const piece = part === undefined ? needle : collapseWhitespace(part);
  if (!needle || !piece) return null;
  for (const block of blocks) {
    if (!collapseWhitespace(block.textContent ?? '').includes(needle) && !block.querySelector('br')) continue;
    const map = mapText(block);
    const sentenceStart = map.text.indexOf(needle);
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
}
