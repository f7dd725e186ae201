import { describe, expect, it } from 'vitest';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { idleSlices } from '../../../entrypoints/content/idle-slices';

/** A context whose idle callbacks all come at their timeout, as Chromium gives them to a page that keeps rendering. */
function starvedContext() {
  const asked = { idle: 0 };
  const ctx = {
    requestIdleCallback: (callback: IdleRequestCallback) => {
      asked.idle += 1;
      setTimeout(() => callback({ didTimeout: true, timeRemaining: () => 0 }), 0);
      return 0;
    },
    setTimeout: (handler: () => void, ms?: number) => setTimeout(handler, ms),
  } as unknown as ContentScriptContext;
  return { ctx, asked };
}

function* tenSteps(done: number[]): Generator<void, string> {
  for (let step = 0; step < 10; step += 1) {
    done.push(step);
    yield;
  }
  return 'read';
}

describe('idleSlices', () => {
  it('runs the rest of the steps in short tasks once an idle period comes only at its timeout', async () => {
    const { ctx, asked } = starvedContext();
    const done: number[] = [];
    expect(await idleSlices(ctx).take(tenSteps(done), () => true)).toBe('read');
    expect(done).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(asked.idle).toBe(1);
  });

  it('stops when the work goes stale', async () => {
    const { ctx } = starvedContext();
    const done: number[] = [];
    expect(await idleSlices(ctx).take(tenSteps(done), () => false)).toBeUndefined();
    expect(done).toEqual([]);
  });
});
