// A long list of the panel drawn in memoised chunks: raising the count of items shown renders only the chunks that grew.
import { Component, type VNode } from 'preact';
import { useContext } from 'preact/hooks';
import { ShownItems } from './shown';

/** Items per chunk: a redraw skips every full chunk drawn before, so a 2,000-row outline costs a chunk's work per step. */
const CHUNK_ITEMS = 25;

interface ChunkProps<T> {
  items: readonly T[];
  from: number;
  to: number;
  item: (item: T, index: number) => VNode;
}

/** Items [from, to) of a list; redrawn only when the list, its bounds or the item renderer change. */
class Chunk<T> extends Component<ChunkProps<T>> {
  override shouldComponentUpdate(next: ChunkProps<T>): boolean {
    const now = this.props;
    return next.items !== now.items || next.from !== now.from || next.to !== now.to || next.item !== now.item;
  }

  override render({ items, from, to, item }: ChunkProps<T>) {
    return <>{items.slice(from, to).map((entry, offset) => item(entry, from + offset))}</>;
  }
}

export interface ShownListProps<T> {
  items: readonly T[];
  /** One item's element, keyed; keep it the same function between draws (useCallback) so drawn chunks are skipped. */
  item: (item: T, index: number) => VNode;
}

/** The first items of `items` the panel draws now (all unless its host is still drawing progressively), in chunks. */
export function ShownList<T>({ items, item }: ShownListProps<T>) {
  const count = Math.min(items.length, useContext(ShownItems));
  const chunks: VNode[] = [];
  for (let from = 0; from < count; from += CHUNK_ITEMS) {
    chunks.push(<Chunk key={from} items={items} from={from} to={Math.min(count, from + CHUNK_ITEMS)} item={item} />);
  }
  return <>{chunks}</>;
}
