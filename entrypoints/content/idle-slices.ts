// Work spread over idle periods so that no step of it is a long task.
import type { ContentScriptContext } from 'wxt/utils/content-script-context';

const IDLE_TIMEOUT_MS = 500;
/** A step shorter than this is light: another may follow it in the same idle period… */
const LIGHT_STEP_MS = 5;
/** …if this much of the period is left, room for a heavy step (up to ~25 ms) without making a long task. */
const HEAVY_STEP_ROOM_MS = 30;
/** `soon` runs steps for this long per task, then lets the page run: well under a long task (50 ms). */
const TASK_MS = 12;

export interface IdleSlices {
  /** Runs `steps` one idle period at a time (several light ones per period), then waits for one more; false once `live` says the work is stale. */
  run(steps: Iterator<void>, live: () => boolean): Promise<boolean>;
  /** Runs `steps` as `run` does, without the wait after; their return value, or undefined once `live` says the work is stale. */
  take<T>(steps: Iterator<void, T>, live: () => boolean): Promise<T | undefined>;
  /** Waits for the next idle period; false once `live` says the work is stale. */
  next(live: () => boolean): Promise<boolean>;
  /**
   * Runs `steps` in tasks of about TASK_MS each, one right after another (a timer between them, not an idle
   * period, which a busy page may rarely have): for work the reader waits for. Their return value, or undefined
   * once `live` says the work is stale.
   */
  soon<T>(steps: Iterator<void, T>, live: () => boolean): Promise<T | undefined>;
}

export function idleSlices(ctx: ContentScriptContext): IdleSlices {
  const idle = () => new Promise<IdleDeadline>((resolve) => ctx.requestIdleCallback(resolve, { timeout: IDLE_TIMEOUT_MS }));
  const next = async (live: () => boolean) => {
    await idle();
    return live();
  };
  const take = async <T>(steps: Iterator<void, T>, live: () => boolean): Promise<T | undefined> => {
    for (;;) {
      const deadline = await idle();
      if (!live()) return undefined;
      // No idle period came before the timeout (a page that keeps rendering: after a resize or a real click Chromium
      // may give none for seconds): waiting for one per step would take IDLE_TIMEOUT_MS each, so the rest runs in
      // short tasks, as `soon` runs them.
      if (deadline.didTimeout) return soon(steps, live);
      const ran = runWhile(steps, (step) => step < LIGHT_STEP_MS && deadline.timeRemaining() > HEAVY_STEP_ROOM_MS);
      if (ran.done) return ran.value;
    }
  };
  const soon = async <T>(steps: Iterator<void, T>, live: () => boolean): Promise<T | undefined> => {
    for (;;) {
      await new Promise<void>((resume) => ctx.setTimeout(() => resume(), 0));
      if (!live()) return undefined;
      // Another step only if one as long as the last still fits in the task.
      const ran = runWhile(steps, (step, elapsed) => elapsed + step < TASK_MS);
      if (ran.done) return ran.value;
    }
  };
  return {
    async run(steps, live) {
      await take(steps, live);
      return next(live);
    },
    take,
    next,
    soon,
  };
}

/** Runs steps while `more(the last step's ms, the ms since the first)` says so, or until they end. */
function runWhile<T>(steps: Iterator<void, T>, more: (step: number, elapsed: number) => boolean): IteratorResult<void, T> {
  const start = performance.now();
  for (;;) {
    const before = performance.now();
    const next = steps.next();
    const now = performance.now();
    if (next.done || !more(now - before, now - start)) return next;
  }
}
