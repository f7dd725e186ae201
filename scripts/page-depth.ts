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
 * Chromium would have built the page; the text stays in the same order. Iterative: no recursion at any depth.
 */
export function flattenDeepNesting(document: Document, maxDepth = MAX_TREE_DEPTH): void {
  const root = document.documentElement;
  if (!root) return;
  let depth = 1;
  let node: Node | null = root;
  while (node) {
    if (depth === maxDepth && node.firstChild) flattenChildren(node);
    if (node.firstChild && depth < maxDepth) {
      node = node.firstChild;
      depth += 1;
      continue;
    }
    while (node && node !== root && !node.nextSibling) {
      node = node.parentNode;
      depth -= 1;
    }
    node = node && node !== root ? node.nextSibling : null;
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
