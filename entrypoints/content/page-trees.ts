// The page as the reader sees it: the document and its open shadow roots, in one order; our own nodes told apart.
const OWN_TAG_PREFIX = 'opinion-lens';

/** True for the extension's own elements (badge and panel hosts) and anything inside them. */
export function isOwnNode(node: Node): boolean {
  for (let current: Node | null = node; current; current = current.parentNode) {
    if (current.nodeType === 1 && (current as Element).localName.startsWith(OWN_TAG_PREFIX)) return true;
  }
  return false;
}

/** Elements read between two looks at the caller's clock in openShadowRootsInSteps. */
const ELEMENTS_PER_STEP = 1024;

/** Open shadow roots in `element`'s subtree (its own included, nested ones too); one pass over its elements. */
export function openShadowRoots(element: Element): ShadowRoot[] {
  const steps = openShadowRootsInSteps(element);
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}

/** openShadowRoots in steps of ELEMENTS_PER_STEP elements, for a large page read over idle periods; the same roots. */
export function* openShadowRootsInSteps(element: Element): Generator<void, ShadowRoot[]> {
  const roots: ShadowRoot[] = [];
  let count = 0;
  function* visit(top: Element | ShadowRoot): Generator<void> {
    const walker = document.createTreeWalker(top, 1 /* SHOW_ELEMENT */);
    for (let node: Node | null = top.nodeType === 1 ? top : walker.nextNode(); node; node = walker.nextNode()) {
      if (++count % ELEMENTS_PER_STEP === 0) yield;
      const root = (node as Element).shadowRoot;
      if (root && !(node as Element).localName.startsWith(OWN_TAG_PREFIX)) {
        roots.push(root);
        yield* visit(root);
      }
    }
  }
  yield* visit(element);
  return roots;
}

/** The chain of a node and the shadow hosts above it, from the document tree down to the node. */
function hostChain(node: Node): Node[] {
  const chain: Node[] = [node];
  for (let root = node.getRootNode(); root instanceof ShadowRoot; root = root.host.getRootNode()) chain.unshift(root.host);
  return chain;
}

/** Sort order of two nodes across shadow trees: negative when `a` comes first as the page is composed. */
export function composedOrder(a: Node, b: Node): number {
  if (a === b) return 0;
  const left = hostChain(a);
  const right = hostChain(b);
  let depth = 0;
  while (depth < left.length - 1 && depth < right.length - 1 && left[depth] === right[depth]) depth += 1;
  const x = left[depth]!;
  const y = right[depth]!;
  if (x === y) return left.length < right.length ? -1 : 1;
  return x.compareDocumentPosition(y) & 4 /* FOLLOWING */ ? -1 : 1;
}
