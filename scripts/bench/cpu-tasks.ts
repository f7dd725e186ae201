// Long tasks by CPU time: the page's main-thread tasks from a Chromium trace, timed by the thread's own clock.
import type { CDPSession } from 'playwright-core';

/** A task is long over this many ms (the Long Tasks API's threshold). */
const LONG_TASK_MS = 50;

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  dur?: number;
  tdur?: number;
  args?: { name?: string };
}

/**
 * Starts tracing the tab's tasks; `stop` gives the CPU ms of each main-thread task over 50 ms of CPU. Unlike the
 * Long Tasks API (wall time), a task a busy machine merely paused (other processes on the same cores) is not
 * counted: on a shared machine this is the count that says whether the work itself is too long.
 */
export async function traceCpuTasks(cdp: CDPSession): Promise<{ stop: () => Promise<number[]> }> {
  const events: TraceEvent[] = [];
  // The protocol types trace events as string maps; they hold numbers too.
  const collect = (data: { value: object[] }) => void events.push(...(data.value as TraceEvent[]));
  cdp.on('Tracing.dataCollected', collect);
  await cdp.send('Tracing.start', { categories: 'devtools.timeline,disabled-by-default-devtools.timeline', transferMode: 'ReportEvents' } as never);
  return {
    stop: async () => {
      const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
      await cdp.send('Tracing.end');
      await complete;
      cdp.off('Tracing.dataCollected', collect);
      const mainThreads = new Set(events.filter((event) => event.ph === 'M' && event.name === 'thread_name' && event.args?.name === 'CrRendererMain').map((event) => `${event.pid}:${event.tid}`));
      return events
        .filter((event) => event.name === 'RunTask' && mainThreads.has(`${event.pid}:${event.tid}`))
        .map((event) => (event.tdur ?? event.dur ?? 0) / 1000)
        .filter((cpu) => cpu > LONG_TASK_MS);
    },
  };
}
