// How many items of each long list the panel draws so far: its host raises the count in idle slices on a large report.
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';

/** Items drawn per list; Infinity (the default) draws every item at once. */
export const ShownItems = createContext(Infinity);

/** The first items of `list` the panel draws now: all of them unless its host is still drawing progressively. */
export function useShown<T>(list: readonly T[]): readonly T[] {
  const shown = useContext(ShownItems);
  return list.length > shown ? list.slice(0, shown) : list;
}
