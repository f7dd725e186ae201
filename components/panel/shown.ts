// How many items of each long list the panel draws so far: its host raises the count in idle slices on a large report.
import { createContext } from 'preact';

/** Items drawn per list; Infinity (the default) draws every item at once. */
export const ShownItems = createContext(Infinity);
