import { beforeEach, describe, expect, it } from 'vitest';
import { SectionTracker } from '../../../entrypoints/content/section-tracker';

const entry = (label: string, text: string) => {
  const block = document.createElement('div');
  block.className = 'entry';
  block.innerHTML = `<p><strong>${label}:</strong> ${text}</p>`;
  return block;
};
/** Runs a step-wise reading to its end. */
function drain<T>(steps: Generator<void, T>): T {
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}
const detectAll = (tracker: SectionTracker, url: string | null) => drain(tracker.detectAll(url));
const TEXT = (n: number) => `With ${n} wards declared, the Harbour party said it led in ${20 + n} seats. The Moor party said the lead was smaller.`;

describe('the section tracker', () => {
  let tracker: SectionTracker;
  let entries: HTMLElement;

  beforeEach(() => {
    document.documentElement.lang = 'en';
    document.body.innerHTML = '<main><article><h1>Live: count night in Marrowby</h1><div id="entries"></div></article></main>';
    entries = document.getElementById('entries')!;
    entries.append(entry('Analysis', TEXT(1)));
    tracker = new SectionTracker([]);
  });

  it('reads only a prepended entry, keeping the other sections as they were', () => {
    const first = detectAll(tracker, 'https://marrowby.example/live').sections;
    expect(first.map((section) => section.kind)).toEqual(['analysis']);
    const added = entry('Opinion', TEXT(2));
    entries.prepend(added);
    const change = tracker.update([added]);
    expect(change.changed.map((section) => section.kind)).toEqual(['opinion']);
    expect(change.gone).toEqual([]);
    const now = tracker.page().sections;
    expect(now.map((section) => section.kind)).toEqual(['opinion', 'analysis']);
    expect(now[1]).toBe(first[0]);
  });

  it('re-reads the section before an appended one, whose extent it ends', () => {
    detectAll(tracker, null);
    const tail = document.createElement('p');
    tail.textContent = 'A paragraph after the last entry belongs to it until another label comes.';
    entries.append(tail);
    const added = entry('Opinion', TEXT(3));
    entries.append(added);
    const change = tracker.update([tail, added]);
    expect(change.changed.map((section) => section.kind)).toEqual(['analysis', 'opinion']);
    expect(change.changed[0]!.blocks).toHaveLength(2);
  });

  it('drops a section whose heading left the page, and never throws on nodes removed before it looks', () => {
    const added = entry('Opinion', TEXT(4));
    entries.append(added);
    const [analysis] = detectAll(tracker, null).sections;
    entries.firstElementChild!.remove();
    const late = entry('Facts', TEXT(5));
    entries.append(late);
    late.remove();
    const change = tracker.update([late]);
    expect(change.gone).toEqual([analysis]);
    expect(tracker.page().sections.map((section) => section.kind)).toEqual(['opinion']);
  });

  it('reads labels inside open shadow roots, and finds a shadow root that arrives later', () => {
    const host = document.createElement('marrowby-story');
    host.attachShadow({ mode: 'open' }).innerHTML = `<article><h2>The Facts:</h2><p>${TEXT(6)}</p></article>`;
    document.body.append(host);
    expect(detectAll(tracker, null).sections.map((section) => section.kind)).toEqual(['analysis']);
    expect(drain(tracker.detectShadowRoots())).toBe(true);
    expect(tracker.page().sections.map((section) => section.kind)).toEqual(['analysis', 'facts']);
    expect([...tracker.shadowRoots]).toEqual([host.shadowRoot]);
    const later = document.createElement('marrowby-aside');
    later.attachShadow({ mode: 'open' }).innerHTML = `<section><h2>Opinion:</h2><p>${TEXT(7)}</p></section>`;
    document.body.append(later);
    expect(tracker.update([later]).changed.map((section) => section.kind)).toEqual(['opinion']);
    expect(tracker.shadowRoots.size).toBe(2);
  });
});

describe('the section tracker after a removal', () => {
  it('re-reads the section before a removed heading, which now runs on over the removed one’s text', () => {
    document.body.innerHTML = `<main><article><h1>Toll rise</h1><h2>The Facts:</h2><p>${TEXT(8)}</p><h2 id="gone">Opinion:</h2><p>${TEXT(9)}</p></article></main>`;
    const tracker = new SectionTracker([]);
    expect(detectAll(tracker, null).sections.map((section) => section.blocks.length)).toEqual([1, 1]);
    document.getElementById('gone')!.remove();
    const change = tracker.update([]);
    expect(change.gone.map((section) => section.kind)).toEqual(['opinion']);
    expect(change.changed.map((section) => [section.kind, section.blocks.length])).toEqual([['facts', 2]]);
  });
});

describe('the section tracker after a removal between two kept sections', () => {
  it('re-reads the section just before the removed heading, not the one after it', () => {
    document.body.innerHTML = `<main><article><h1>Toll rise</h1><h2>The Facts:</h2><p>${TEXT(5)}</p><h2 id="gone">Opinion:</h2><p>${TEXT(6)}</p><h2>Analysis:</h2><p>${TEXT(7)}</p></article></main>`;
    const tracker = new SectionTracker([]);
    const [, , analysis] = detectAll(tracker, null).sections;
    document.getElementById('gone')!.remove();
    const change = tracker.update([]);
    expect(change.gone.map((section) => section.kind)).toEqual(['opinion']);
    expect(change.changed.map((section) => [section.kind, section.blocks.length])).toEqual([['facts', 2]]);
    expect(tracker.page().sections.map((section) => section.kind)).toEqual(['facts', 'analysis']);
    expect(tracker.page().sections[1]).toBe(analysis);
  });
});
