// The mutation observer's cost: a page appends 1000 paragraphs a second; main-thread time with the extension and without.
import type { BrowserContext, Page } from 'playwright-core';
import { launchWithExtension, serve } from '../browser';
import { launchWithoutExtension } from './plain-browser';
import { spread } from './summary';

export interface SecondCost {
  /** 1-based; the last second appends nothing and shows the debounced work draining. */
  second: number;
  appended: number;
  /** Main-thread ms spent running script (CDP ScriptDuration), with the extension and without. */
  scriptWith: number;
  scriptWithout: number;
  /** All main-thread task ms (CDP TaskDuration). */
  taskWith: number;
  taskWithout: number;
}

export interface MutationCost {
  /** Each second's figures are the median over this many runs of each browser. */
  seconds: SecondCost[];
  rounds: number;
  /** Long tasks (over 50 ms) seen by the page, summed over all runs. */
  longTasksWith: number;
  longTasksWithout: number;
  /** Long tasks from navigation until the badges are drawn (the page's first analysis), summed over all runs, and the longest. */
  loadLongTasksWith: number;
  loadLongTasksWithout: number;
  longestLoadTaskWith: number;
  longestLoadTaskWithout: number;
}

const SECONDS = 5;
const ROUNDS = 3;
const TICKS_PER_SECOND = 10;
const NODES_PER_TICK = 100;
const PATH = '/news/transit-fare-march';

interface Run {
  script: number[];
  task: number[];
  appended: number[];
  longTasks: number;
  /** Long task durations (ms) from navigation to the start of the appending. */
  loadLongTasks: number[];
}

/** Alternates runs with and without the extension, then takes each second's median: a busy machine skews single runs. */
export async function measureMutationCost(demoFile: string, rounds = ROUNDS): Promise<MutationCost> {
  const site = await serve({ [PATH]: demoFile });
  const withLens: Run[] = [];
  const without: Run[] = [];
  try {
    for (let round = 0; round < rounds; round += 1) {
      const lens = await launchWithExtension();
      withLens.push(await appendRun(lens.context, site.origin + PATH, true).finally(() => lens.close()));
      const plain = await launchWithoutExtension();
      without.push(await appendRun(plain.context, site.origin + PATH, false).finally(() => plain.close()));
    }
  } finally {
    await site.close();
  }
  const at = (runs: Run[], key: 'script' | 'task', second: number) => spread(runs.map((run) => run[key][second] ?? 0)).median;
  return {
    seconds: Array.from({ length: SECONDS + 1 }, (_, second) => ({
      second: second + 1,
      appended: withLens[0]?.appended[second] ?? 0,
      scriptWith: at(withLens, 'script', second),
      scriptWithout: at(without, 'script', second),
      taskWith: at(withLens, 'task', second),
      taskWithout: at(without, 'task', second),
    })),
    rounds,
    longTasksWith: withLens.reduce((sum, run) => sum + run.longTasks, 0),
    longTasksWithout: without.reduce((sum, run) => sum + run.longTasks, 0),
    loadLongTasksWith: withLens.reduce((sum, run) => sum + run.loadLongTasks.length, 0),
    loadLongTasksWithout: without.reduce((sum, run) => sum + run.loadLongTasks.length, 0),
    longestLoadTaskWith: Math.max(0, ...withLens.flatMap((run) => run.loadLongTasks)),
    longestLoadTaskWithout: Math.max(0, ...without.flatMap((run) => run.loadLongTasks)),
  };
}

async function appendRun(context: BrowserContext, url: string, expectBadges: boolean): Promise<Run> {
  const page = await context.newPage();
  await page.goto(url, { waitUntil: 'load' });
  if (expectBadges) await page.waitForSelector('[data-opinion-lens="badge"]');
  await page.evaluate(() => new Promise((done) => setTimeout(done, 500)));
  // The long tasks since navigation, the page's first analysis among them: a buffered observer delivers them.
  const loadLongTasks = await page.evaluate(
    () =>
      new Promise<number[]>((done) => {
        const durations: number[] = [];
        new PerformanceObserver((list) => durations.push(...list.getEntries().map((entry) => entry.duration))).observe({ type: 'longtask', buffered: true });
        setTimeout(() => done(durations), 100);
      }),
  );
  await page.evaluate(() => {
    const scope = globalThis as unknown as { longTasks: number };
    scope.longTasks = 0;
    new PerformanceObserver((list) => (scope.longTasks += list.getEntries().length)).observe({ type: 'longtask' });
  });
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  const read = async () => {
    const { metrics } = await cdp.send('Performance.getMetrics');
    const metric = (name: string) => (metrics.find((entry) => entry.name === name)?.value ?? 0) * 1000;
    return { script: metric('ScriptDuration'), task: metric('TaskDuration') };
  };
  const run: Run = { script: [], task: [], appended: [], longTasks: 0, loadLongTasks };
  let before = await read();
  for (let second = 0; second <= SECONDS; second += 1) {
    const appended = second < SECONDS ? NODES_PER_TICK : 0;
    await appendForOneSecond(page, appended, second * TICKS_PER_SECOND * NODES_PER_TICK);
    const after = await read();
    run.script.push(after.script - before.script);
    run.task.push(after.task - before.task);
    run.appended.push(appended * TICKS_PER_SECOND);
    before = after;
  }
  run.longTasks = await page.evaluate(() => (globalThis as unknown as { longTasks: number }).longTasks);
  await page.close();
  return run;
}

/** One second of the page's own work: every 100 ms, `perTick` plain paragraphs appended one by one to the article. */
function appendForOneSecond(page: Page, perTick: number, firstNumber: number): Promise<void> {
  return page.evaluate(
    ({ perTick, ticks, firstNumber }) =>
      new Promise<void>((done) => {
        const target = document.querySelector('article') ?? document.body;
        let tick = 0;
        let number = firstNumber;
        const timer = setInterval(() => {
          for (let i = 0; i < perTick; i += 1) {
            const paragraph = document.createElement('p');
            paragraph.textContent = `Live update ${(number += 1)}: the number 9 bus left the depot at 7:40 and reached the square on time.`;
            target.append(paragraph);
          }
          tick += 1;
          if (tick === ticks) {
            clearInterval(timer);
            done();
          }
        }, 1000 / ticks);
      }),
    { perTick, ticks: TICKS_PER_SECOND, firstNumber },
  );
}
