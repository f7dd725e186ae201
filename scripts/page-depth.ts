// Bounds a parsed page's depth the way Chromium's HTML parser does, so that recursive DOM code never overflows the stack.

/**
 * Chromium's parser nests at most 512 elements (kMaximumHTMLParserDOMTreeDepth in Blink's HTMLConstructionSite);
 * deeper ones become children of the element at that depth. happy-dom builds any depth, and its selector engine
 * and clean-up recurse per level, so a page nested thousands deep overflows the stack.
 */
export const MAX_TREE_DEPTH = 512;

/** The node after `node` in document order within `root`'s subtree, or null at its end. */
function nextInSubtree(node: Node, root: Node): Node | null {
  if (node.firstChild) return node.firstChild;
  for (let current: Node | null = node; current && current !== root; current = current.parentNode) {
    if (current.nextSibling) return current.nextSibling;
  }
  return null;
}

/**
 * Makes every node below an element at MAX_TREE_DEPTH a direct child of that element, in document order, as
 * Chromium would have built the page; the text stays in the same order. Iterative: no recursion at any depth. Walks
 * each element's child list by index: happy-dom's nextSibling looks the node up in its parent's children, so a
 * sibling-by-sibling walk is quadratic in the widest element (a long article's thousands of paragraphs).
 */
export function flattenDeepNesting(document: Document, maxDepth = MAX_TREE_DEPTH): void {
  const root = document.documentElement;
  if (!root) return;
  // The child lists being walked, the root's list at depth 1; each with the index of its next node.
  const stack: { nodes: ArrayLike<Node>; next: number }[] = [{ nodes: [root], next: 0 }];
  while (stack.length > 0) {
    const top = stack[stack.length - 1]!;
    if (top.next >= top.nodes.length) {
      stack.pop();
      continue;
    }
    const node = top.nodes[top.next]!;
    top.next += 1;
    if (!node.firstChild) continue;
    if (stack.length === maxDepth) flattenChildren(node);
    else stack.push({ nodes: node.childNodes, next: 0 });
  }
}

/** Every descendant of `element` becomes its child, in document order: detached deepest-last first, then appended. */
function flattenChildren(element: Node): void {
  const descendants: Node[] = [];
  for (let node: Node | null = element.firstChild; node; node = nextInSubtree(node, element)) descendants.push(node);
  if (descendants.every((node) => node.parentNode === element)) return;
  for (let index = descendants.length - 1; index >= 0; index -= 1) descendants[index]!.parentNode!.removeChild(descendants[index]!);
  for (const node of descendants) element.appendChild(node);
}
