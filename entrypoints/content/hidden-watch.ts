// Blocks with label-like text that detection skipped as hidden, watched until the page reveals them (an anti-flicker
// style removed, a class taken off <html>, a "read more" toggle): then they are handed back to be read.
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { isHidden } from '../../lib/page/visibility';

/** Attribute changes, clicks and style sheet changes are gathered this long before the candidates are looked at again. */
const REVEAL_DEBOUNCE_MS = 250;
/**
 * Events after which a page may have revealed a candidate without changing an attribute on it or its ancestors: a
 * click on a CSS-only toggle (`:checked ~ .more`), a `<details>` opened.
 */
const REVEALING_EVENTS = ['click', 'toggle'];
/**
 * While candidates exist they are also looked at this often: a page may lift a fold by disabling a style sheet
 * (`style.sheet.disabled = true`), which no mutation reports.
 */
const REVEAL_POLL_MS = 1000;
/** A `<style>` emptied or rewritten in place (its text or its text node's data) may lift the rule hiding a candidate. */
const STYLE_TEXT_CHANGES: MutationObserverInit = { characterData: true, childList: true, subtree: true };

export interface HiddenWatch {
  /**
   * Watches the given candidates (the set a SectionTracker fills; revealed or removed ones are deleted from it);
   * nothing is observed while it is empty. Called after each reading: a new or grown set is looked at once soon,
   * as the page may have revealed a candidate while it was being read.
   */
  watch(candidates: Set<Element>): void;
  /** True while there are candidates to watch (a caller may skip looking for style sheet changes otherwise). */
  readonly active: boolean;
  /** A `<style>` or `<link>` came or went: the candidates are looked at again (a debounced check). */
  stylesChanged(): void;
  /** Stops watching and forgets the candidates. */
  stop(): void;
}

/**
 * The watcher for hidden candidates. Any attribute change schedules a check (a style sheet rule may hide a container
 * by a class or an aria-expanded on a sibling toggle, `.toggle[aria-expanded=false] + .more`), and so do clicks and
 * `<details>` toggles, changes to a `<style>`'s text, and a slow poll (a disabled sheet); a check, at most one per
 * REVEAL_DEBOUNCE_MS, reads only the candidates' visibility (isHidden).
 * `onRevealed` receives the blocks that became visible, still connected, in no particular order. Pages without
 * hidden candidates observe and listen to nothing.
 */
export function watchHidden(ctx: ContentScriptContext, onRevealed: (blocks: Element[]) => void): HiddenWatch {
  let candidates = new Set<Element>();
  let seenSize = 0;
  let observer: MutationObserver | null = null;
  const observed = new Set<Node>();
  const styles = new Set<Element>();
  let timer: number | undefined;
  let poll: number | undefined;

  const disconnect = () => {
    observer?.disconnect();
    observer = null;
    styles.clear();
    if (poll !== undefined) clearInterval(poll);
    poll = undefined;
    for (const root of observed) for (const type of REVEALING_EVENTS) root.removeEventListener(type, schedule, true);
    observed.clear();
  };

  const check = () => {
    timer = undefined;
    const revealed: Element[] = [];
    for (const block of candidates) {
      if (!block.isConnected) candidates.delete(block);
      else if (!isHidden(block)) {
        candidates.delete(block);
        revealed.push(block);
      }
    }
    seenSize = candidates.size;
    if (candidates.size === 0) disconnect();
    if (revealed.length > 0) onRevealed(revealed);
  };

  const schedule = () => {
    if (candidates.size > 0) timer ??= ctx.setTimeout(check, REVEAL_DEBOUNCE_MS);
  };

  const onMutations = () => {
    if (timer === undefined) schedule();
  };

  /** Observes the text of every `<style>` in the watched roots not observed yet. */
  const observeStyles = () => {
    if (!observer) return;
    for (const root of observed) {
      for (const style of (root as Document | ShadowRoot).querySelectorAll('style')) {
        if (styles.has(style)) continue;
        styles.add(style);
        observer.observe(style, STYLE_TEXT_CHANGES);
      }
    }
  };

  return {
    watch(next) {
      const grown = next !== candidates || next.size > seenSize;
      candidates = next;
      seenSize = next.size;
      if (next.size === 0) {
        disconnect();
        return;
      }
      observer ??= new MutationObserver(onMutations);
      // A candidate in a shadow root is hidden from its own tree or through its host's ancestors in the document.
      for (const block of next) {
        for (const root of [block.ownerDocument, block.getRootNode()]) {
          if (observed.has(root)) continue;
          observed.add(root);
          observer.observe(root, { attributes: true, subtree: true });
          for (const type of REVEALING_EVENTS) root.addEventListener(type, schedule, true);
        }
      }
      observeStyles();
      poll ??= ctx.setInterval(schedule, REVEAL_POLL_MS);
      if (grown) schedule();
    },
    get active() {
      return candidates.size > 0;
    },
    stylesChanged() {
      observeStyles();
      schedule();
    },
    stop() {
      if (timer !== undefined) clearTimeout(timer);
      timer = undefined;
      candidates = new Set();
      seenSize = 0;
      disconnect();
    },
  };
}
