import { cleanup, render } from '@testing-library/preact';
import type { VNode } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ShownList } from '../../components/panel/ShownList';
import { ShownItems } from '../../components/panel/shown';

afterEach(cleanup);

const wards = Array.from({ length: 120 }, (_, index) => `Ward ${index}`);

function List({ shown, item }: { shown: number; item: (ward: string, index: number) => VNode }) {
  return (
    <ShownItems.Provider value={shown}>
      <ol>
        <ShownList items={wards} item={item} />
      </ol>
    </ShownItems.Provider>
  );
}

describe('ShownList', () => {
  it('draws the first `shown` items in order, then on a raised count only the items added, keeping the rows drawn', () => {
    const item = vi.fn((ward: string, index: number) => <li key={index}>{ward}</li>);
    const { container, rerender } = render(<List shown={30} item={item} />);
    expect([...container.querySelectorAll('li')].map((li) => li.textContent)).toEqual(wards.slice(0, 30));
    const firstRow = container.querySelector('li');
    item.mockClear();
    rerender(<List shown={80} item={item} />);
    // Items 25–29 were the end of an unfinished chunk: it is drawn again with the new ones.
    expect(item.mock.calls.map(([, index]) => index)).toEqual(Array.from({ length: 55 }, (_, offset) => 25 + offset));
    expect(container.querySelectorAll('li')).toHaveLength(80);
    expect(container.querySelector('li')).toBe(firstRow);
    rerender(<List shown={Infinity} item={item} />);
    expect([...container.querySelectorAll('li')].map((li) => li.textContent)).toEqual(wards);
  });

  it('draws every item again when the item renderer changes (new handlers)', () => {
    const first = vi.fn((ward: string, index: number) => <li key={index}>{ward}</li>);
    const { container, rerender } = render(<List shown={Infinity} item={first} />);
    const second = vi.fn((ward: string, index: number) => <li key={index}>{`${ward}!`}</li>);
    rerender(<List shown={Infinity} item={second} />);
    expect(second).toHaveBeenCalledTimes(wards.length);
    expect(container.querySelector('li')?.textContent).toBe('Ward 0!');
  });
});
