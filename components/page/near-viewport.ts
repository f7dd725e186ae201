// Which owners (a section's heading) have an element within a viewport's height of the visible part of the page.
/** How far beyond the viewport, above and below, an element still counts as near: the reader scrolls into it next. */
const NEAR_MARGIN = '100% 0px 100% 0px';

/**
 * Watches each owner's elements with one IntersectionObserver and calls `onChange(owner, near)` when an owner
 * comes within NEAR_MARGIN of the viewport (some element of it intersects the enlarged viewport) or leaves it.
 * Where IntersectionObserver is missing every owner is near from the start.
 */
export class NearViewport<Owner> {
  private readonly observer: IntersectionObserver | null;
  /** Per watched owner, its elements now near. */
  private readonly nearElements = new Map<Owner, Set<Element>>();
  /** The owners of each watched element (a block may belong to two sections' extents). */
  private readonly ownersOf = new Map<Element, Set<Owner>>();
  private readonly elementsOf = new Map<Owner, readonly Element[]>();

  constructor(private readonly onChange: (owner: Owner, near: boolean) => void) {
    this.observer = typeof IntersectionObserver === 'function' ? new IntersectionObserver((entries) => this.seen(entries), { rootMargin: NEAR_MARGIN }) : null;
  }

  /** Whether `owner` is near now: true for an owner not watched, or for every owner without IntersectionObserver. */
  isNear(owner: Owner): boolean {
    const near = this.nearElements.get(owner);
    return !this.observer || !near || near.size > 0;
  }

  /**
   * Starts watching `owner`'s elements; until the observer's first report (after the next frame) the owner is not
   * near. The same elements again keep the owner's state.
   */
  watch(owner: Owner, elements: readonly Element[]): void {
    if (!this.observer || sameElements(this.elementsOf.get(owner), elements)) return;
    this.unwatch(owner);
    this.elementsOf.set(owner, elements);
    this.nearElements.set(owner, new Set());
    for (const element of elements) {
      let owners = this.ownersOf.get(element);
      if (!owners) {
        this.ownersOf.set(element, (owners = new Set()));
        this.observer.observe(element);
      }
      owners.add(owner);
    }
  }

  /** Stops watching `owner` (a section gone or re-read). */
  unwatch(owner: Owner): void {
    for (const element of this.elementsOf.get(owner) ?? []) {
      const owners = this.ownersOf.get(element);
      owners?.delete(owner);
      if (owners?.size === 0) {
        this.ownersOf.delete(element);
        this.observer?.unobserve(element);
      }
    }
    this.elementsOf.delete(owner);
    this.nearElements.delete(owner);
  }

  /** Stops watching everything. */
  clear(): void {
    this.observer?.disconnect();
    this.ownersOf.clear();
    this.elementsOf.clear();
    this.nearElements.clear();
  }

  private seen(entries: IntersectionObserverEntry[]): void {
    const changed = new Map<Owner, boolean>();
    for (const entry of entries) {
      for (const owner of this.ownersOf.get(entry.target) ?? []) {
        const near = this.nearElements.get(owner);
        if (!near) continue;
        const before = changed.get(owner) ?? near.size > 0;
        if (entry.isIntersecting) near.add(entry.target);
        else near.delete(entry.target);
        if (!changed.has(owner)) changed.set(owner, before);
      }
    }
    for (const [owner, before] of changed) {
      const now = (this.nearElements.get(owner)?.size ?? 0) > 0;
      if (now !== before) this.onChange(owner, now);
    }
  }
}

function sameElements(before: readonly Element[] | undefined, now: readonly Element[]): boolean {
  return before !== undefined && before.length === now.length && before.every((element, index) => element === now[index]);
}
