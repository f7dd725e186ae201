// How many items of each long list the panel draws so far: its host raises the count in idle slices on a large report.
import { createContext } from 'preact';

/** Items drawn per list; Infinity (the default) draws every item at once. */
export const ShownItems = createContext(Infinity);

/**
 * Items of each list in the panel's first draw of a large report, about a screenful of outline rows; its host then
 * adds more per idle slice. Every list's first items are laid out in the first frame, so few make it cheaper.
 */
export const FIRST_ITEMS = 12;
