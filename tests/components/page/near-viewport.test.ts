import { afterEach, describe, expect, it, vi } from 'vitest';
import { NearViewport } from '../../../components/page/near-viewport';

/** A stand-in IntersectionObserver: the test says which elements intersect, as the browser would after a frame. */
class FakeObserver {
  static last: FakeObserver;
  readonly observed = new Set<Element>();
  constructor(private readonly callback: IntersectionObserverCallback) {
    FakeObserver.last = this;
  }
  observe(element: Element) {
    this.observed.add(element);
  }
  unobserve(element: Element) {
    this.observed.delete(element);
  }
  disconnect() {
    this.observed.clear();
  }
  report(changes: [Element, boolean][]) {
    const entries = changes.map(([target, isIntersecting]) => ({ target, isIntersecting }) as IntersectionObserverEntry);
    this.callback(entries, this as unknown as IntersectionObserver);
  }
}

const blocks = (count: number) => Array.from({ length: count }, () => document.createElement('p'));

describe('near viewport', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('reports an owner near once one of its elements is, and far once none is', () => {
    vi.stubGlobal('IntersectionObserver', FakeObserver);
    const changes: [string, boolean][] = [];
    const nearness = new NearViewport<string>((owner, near) => changes.push([owner, near]));
    const [heading, first, second] = blocks(3);
    nearness.watch('opinion', [heading!, first!, second!]);
    expect(nearness.isNear('opinion')).toBe(false);
    FakeObserver.last.report([[heading!, false], [first!, false], [second!, true]]);
    expect(nearness.isNear('opinion')).toBe(true);
    FakeObserver.last.report([[first!, true]]);
    FakeObserver.last.report([[second!, false]]);
    expect(nearness.isNear('opinion')).toBe(true);
    FakeObserver.last.report([[first!, false]]);
    expect(nearness.isNear('opinion')).toBe(false);
    expect(changes).toEqual([['opinion', true], ['opinion', false]]);
  });

  it('keeps an owner’s state when watched again on the same elements, and stops observing what no owner needs', () => {
    vi.stubGlobal('IntersectionObserver', FakeObserver);
    const nearness = new NearViewport<string>(() => undefined);
    const [a, b, c] = blocks(3);
    nearness.watch('facts', [a!, b!]);
    nearness.watch('opinion', [b!, c!]);
    FakeObserver.last.report([[b!, true]]);
    nearness.watch('facts', [a!, b!]);
    expect(nearness.isNear('facts')).toBe(true);
    nearness.unwatch('facts');
    expect([...FakeObserver.last.observed]).toEqual([b, c]);
    expect(nearness.isNear('opinion')).toBe(true);
  });

  it('treats every owner as near without IntersectionObserver, and an owner never watched as near', () => {
    vi.stubGlobal('IntersectionObserver', undefined);
    const nearness = new NearViewport<string>(() => undefined);
    nearness.watch('facts', blocks(2));
    expect(nearness.isNear('facts')).toBe(true);
    vi.stubGlobal('IntersectionObserver', FakeObserver);
    expect(new NearViewport<string>(() => undefined).isNear('flash')).toBe(true);
  });
});
