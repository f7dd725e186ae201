// Live-page scenarios, each run in Chromium with the extension and without it (with the control extension, whose
// content scripts do nothing: plain-browser.ts): long tasks and script time per phase.
import type { BrowserContext, CDPSession, Page } from 'playwright-core';
import { launchWithExtension, serve } from '../browser';
import { launchControlExtension } from './plain-browser';
import type { PageTimings } from './in-page';
import { buildInPageBundle } from './pages';
import { traceCpuTasks } from './cpu-tasks';
import { LIVE_BLOG, RENDER_ORDERS, SPA_NEXT_PATH, SPA_PAGE, largePage, manySectionsPage, unlabelledArticlePage } from './scenario-pages';

export const LIVE_BLOG_ENTRIES = 120;
const LIVE_BLOG_EVERY_MS = 150;
const LARGE_PAGE_ELEMENTS = 200_000;
const MANY_SECTIONS = 2_000;
const JUMPS = 10;
/** Past the panel's flash (2 s), so each jump's flash is shown and cleared within the phase. */
const JUMP_EVERY_MS = 2200;
/** Lighthouse's slowdown for a mid-range phone. */
const READER_CPU_SLOWDOWN = 4;
/** Debounced and idle-time work has this long to finish after each phase's own action. */
const SETTLE_MS = 1500;

export interface PhaseCost {
  scenario: string;
  phase: string;
  /** Long tasks (over 50 ms) in the phase, and the longest (ms), with the extension and without. */
  longTasksWith: number;
  longTasksWithout: number;
  /** Main-thread tasks over 50 ms of CPU time (cpu-tasks.ts), with the extension and without. */
  cpuLongTasksWith: number;
  cpuLongTasksWithout: number;
  longestWith: number;
  longestWithout: number;
  /** Main-thread script ms (CDP ScriptDuration) with and without; all main-thread task ms without (the page's own work). */
  scriptWith: number;
  scriptWithout: number;
  taskWithout: number;
}

interface Phase {
  name: string;
  /** The phase's action in the tab; `withLens` says whether the extension's marks are there to wait for or click. */
  act: (page: Page, origin: string, withLens: boolean) => Promise<void>;
  /**
   * Runs the phase with the renderer's CPU slowed this many times (CDP Emulation.setCPUThrottlingRate), with the
   * extension and without: work that takes 20–40 ms on an idle bench machine and is long on a reader's (or a busy) one.
   */
  cpuSlowdown?: number;
}

interface Scenario {
  name: string;
  path: string;
  html: string;
  phases: Phase[];
  /** Time one analysis of the page as it ends (the live blog's budget is a multiple of it). */
  finalAnalysis?: boolean;
}

/** One analysis of a scenario's final page, timed by the bench's in-page bundle: its first (cold) run and the warm median. */
export interface FinalAnalysis {
  scenario: string;
  first: number;
  warm: number;
}

/**
 * Resolves once `check(arg)` holds in the page, looked at every 100 ms by a timer of the page's own. Not Playwright's
 * waitForFunction: its first look renders a frame (traced on the 200,000-element page: a 60 ms task, with no
 * extension installed at all), and only the run with the extension waits for marks, so that frame would be counted
 * as the extension's.
 */
const until = <A>(page: Page, check: (arg: A) => boolean, arg: A) =>
  // A string, not a function: tsx would wrap the helpers declared in a function with its own `__name`, unknown in the page.
  page.evaluate(`new Promise((resolve, reject) => {
    const test = ${check.toString()};
    const start = performance.now();
    const look = () => {
      if (test(${JSON.stringify(arg)})) resolve();
      else if (performance.now() - start > 30000) reject(new Error('bench: timed out waiting for the extension'));
      else setTimeout(look, 100);
    };
    look();
  })`);
const badges = (page: Page, count = 1) => until(page, (n) => document.querySelectorAll('[data-opinion-lens="badge"]').length >= n, count);
const settle = (page: Page) => page.waitForTimeout(SETTLE_MS);

const load = (badgeCount: number): Phase => ({
  name: 'load',
  act: async (page, origin, withLens) => {
    await page.goto(origin, { waitUntil: 'load' });
    if (withLens && badgeCount > 0) await badges(page, badgeCount);
    await settle(page);
  },
});

/**
 * Clicks the first badge through the DOM, not Playwright's locators: on a 200,000-element page a locator (which
 * pierces shadow roots) walks every element, and that walk would be timed as the extension's.
 */
const clickBadge = (page: Page) => page.evaluate(() => document.querySelector('[data-opinion-lens="badge"]')?.shadowRoot?.querySelector('button')?.click());

const openPanel: Phase = {
  name: 'panel open',
  act: async (page, _origin, withLens) => {
    if (withLens) {
      await clickBadge(page);
      await until(page, () => document.querySelector('[data-opinion-lens="panel"]') !== null, null);
    }
    await settle(page);
  },
};

/**
 * Opens the summary on a page without labelled sections as the popup's "open the summary" button does: a message
 * from the extension to the tab. The run without the extension waits the same.
 */
const openSummary: Phase = {
  name: 'summary opened',
  act: async (page, _origin, withLens) => {
    if (withLens) {
      const worker = page.context().serviceWorkers()[0] ?? (await page.context().waitForEvent('serviceworker'));
      // A string, as `until` explains; the tab is found by the URL its content script reports (no "tabs" permission).
      await worker.evaluate(`(async () => {
        for (const tab of await chrome.tabs.query({})) {
          const answer = await chrome.tabs.sendMessage(tab.id, { type: 'opinion-lens:get-report' }).catch(() => null);
          if (answer && answer.report && answer.report.url === ${JSON.stringify(page.url())}) {
            await chrome.tabs.sendMessage(tab.id, { type: 'opinion-lens:panel', action: 'open' });
          }
        }
      })()`);
      await until(page, () => document.querySelector('[data-opinion-lens="panel"]') !== null, null);
    }
    await settle(page);
  },
};

/**
 * Focuses and clicks the panel's `index`-th jump button (an outline item, a source's claim…) as a reader's click
 * does, through the DOM for the reason clickBadge gives. Not Playwright's mouse: its click brings a 20 ms task of
 * the bench's own (traced: no script, style or layout of the page's or ours in it) into only the run with the panel.
 */
const clickJump = (page: Page, index: number) =>
  page.evaluate((index) => {
    const buttons = [...(document.querySelector('[data-opinion-lens="panel"]')?.shadowRoot?.querySelectorAll<HTMLElement>('.jump') ?? [])];
    const button = buttons[index % Math.max(1, buttons.length)];
    button?.focus();
    button?.click();
  }, index);

/**
 * Where each jump of the run with the extension left the page (scrollY): the run without it scrolls to the same
 * places the same way (smoothly, from the same place), as a reader scrolling there would. Drawing a part of a
 * 200,000-element page newly scrolled into view is the page's own cost (a 46–50 ms frame under the 4× slowdown,
 * traced: paint, commit and Chromium's hover hit tests, no script), whoever scrolls; the jump's own work is the rest.
 */
const jumpDestinations: number[] = [];

/** Jumps as a reader makes them, the first (cold) one included, each far enough apart that its flash comes and goes. */
const jumps: Phase = {
  name: `${JUMPS} jumps, CPU ÷${READER_CPU_SLOWDOWN}`,
  cpuSlowdown: READER_CPU_SLOWDOWN,
  act: async (page, _origin, withLens) => {
    if (withLens) jumpDestinations.length = 0;
    for (let jump = 0; jump < (withLens ? JUMPS : jumpDestinations.length); jump += 1) {
      if (withLens) await clickJump(page, jump);
      else await page.evaluate((top) => window.scrollTo({ top, behavior: 'smooth' }), jumpDestinations[jump]!);
      await page.waitForTimeout(JUMP_EVERY_MS);
      if (withLens) jumpDestinations.push(await page.evaluate(() => window.scrollY));
    }
    await settle(page);
  },
};

export const SCENARIOS: Scenario[] = [
  {
    name: `live blog (${LIVE_BLOG_ENTRIES} labelled entries, one per ${LIVE_BLOG_EVERY_MS} ms)`,
    path: '/live/count-night',
    html: LIVE_BLOG,
    finalAnalysis: true,
    phases: [
      load(0),
      {
        name: 'feed',
        act: async (page) => {
          await page.evaluate(([count, every]) => (window as unknown as { feed: (c: number, e: number) => Promise<void> }).feed(count!, every!), [LIVE_BLOG_ENTRIES, LIVE_BLOG_EVERY_MS]);
          await settle(page);
        },
      },
    ],
  },
  { name: `${LARGE_PAGE_ELEMENTS.toLocaleString('en')}-element page`, path: '/news/large', html: largePage(LARGE_PAGE_ELEMENTS), phases: [load(2), openPanel, jumps] },
  { name: `${MANY_SECTIONS.toLocaleString('en')} labelled sections`, path: '/news/many-sections', html: manySectionsPage(MANY_SECTIONS), phases: [load(1), openPanel] },
  { name: 'unlabelled news report, summary opened by the reader', path: '/news/burst-main', html: unlabelledArticlePage(6), phases: [load(0), openSummary] },
  ...RENDER_ORDERS.map((order) => ({
    name: `single-page navigation, render ${order === 'sync' ? 'at once' : order === 'later' ? '700 ms later' : `in a ${order}`}`,
    path: '/news/bridge-toll',
    html: SPA_PAGE,
    phases: [
      load(2),
      {
        name: 'navigate',
        act: async (page: Page, _origin: string, withLens: boolean) => {
          await page.evaluate((how) => (window as unknown as { goNext: (mode: string) => void }).goNext(how), order);
          if (withLens) await until(page, () => document.querySelector('[data-opinion-lens="badge"]')?.getAttribute('data-kind') === 'analysis', null);
          await settle(page);
        },
      },
    ],
  })),
];

interface PhaseSample {
  longTasks: number[];
  cpuLongTasks: number[];
  script: number;
  task: number;
}

export interface ScenarioResults {
  costs: PhaseCost[];
  finals: FinalAnalysis[];
}

/** Runs the scenarios whose names match `only` (all when null), each in a fresh browser with the extension, then with the control extension. */
export async function measureScenarios(only: RegExp | null, onDone: (name: string) => void = () => undefined): Promise<ScenarioResults> {
  const chosen = SCENARIOS.filter((scenario) => !only || only.test(scenario.name));
  const site = await serve({ ...Object.fromEntries(chosen.map((scenario) => [scenario.path, () => scenario.html])), [SPA_NEXT_PATH]: () => SPA_PAGE });
  const bundle = await buildInPageBundle();
  const costs: PhaseCost[] = [];
  const finals: FinalAnalysis[] = [];
  try {
    for (const scenario of chosen) {
      const lens = await launchWithExtension();
      const probe = scenario.finalAnalysis ? bundle.file : null;
      const withLens = await runScenario(lens.context, site.origin, scenario, true, probe).finally(() => lens.close());
      const plain = await launchControlExtension();
      const without = await runScenario(plain.context, site.origin, scenario, false, null).finally(() => plain.close());
      if (withLens.final) finals.push({ scenario: scenario.name, first: withLens.final.analysisFirst, warm: withLens.final.analysis });
      scenario.phases.forEach((phase, index) => {
        const a = withLens.phases[index]!;
        const b = without.phases[index]!;
        costs.push({
          scenario: scenario.name,
          phase: phase.name,
          longTasksWith: a.longTasks.length,
          longTasksWithout: b.longTasks.length,
          cpuLongTasksWith: a.cpuLongTasks.length,
          cpuLongTasksWithout: b.cpuLongTasks.length,
          longestWith: Math.max(0, ...a.longTasks),
          longestWithout: Math.max(0, ...b.longTasks),
          scriptWith: a.script,
          scriptWithout: b.script,
          taskWithout: b.task,
        });
      });
      onDone(scenario.name);
    }
  } finally {
    await site.close();
    bundle.remove();
  }
  return { costs, finals };
}

async function runScenario(
  context: BrowserContext,
  origin: string,
  scenario: Scenario,
  withLens: boolean,
  probe: string | null,
): Promise<{ phases: PhaseSample[]; final: PageTimings | null }> {
  // Every long task from the document's start, in a list the phases read from.
  await context.addInitScript(() => {
    const tasks: number[] = [];
    (globalThis as unknown as { benchLongTasks: number[] }).benchLongTasks = tasks;
    new PerformanceObserver((list) => tasks.push(...list.getEntries().map((entry) => entry.duration))).observe({ type: 'longtask', buffered: true });
  });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  const samples: PhaseSample[] = [];
  let seen = 0;
  for (const phase of scenario.phases) {
    const before = await metrics(cdp);
    const trace = await traceCpuTasks(cdp);
    if (phase.cpuSlowdown) await cdp.send('Emulation.setCPUThrottlingRate', { rate: phase.cpuSlowdown });
    await phase.act(page, origin + scenario.path, withLens);
    if (phase.cpuSlowdown) await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    const cpuLongTasks = await trace.stop();
    const after = await metrics(cdp);
    const tasks = await page.evaluate(() => (globalThis as unknown as { benchLongTasks: number[] }).benchLongTasks);
    samples.push({ longTasks: tasks.slice(seen), cpuLongTasks, script: after.script - before.script, task: after.task - before.task });
    seen = tasks.length;
  }
  let final: PageTimings | null = null;
  if (probe) {
    await page.addScriptTag({ path: probe });
    final = await page.evaluate(() =>
      (globalThis as unknown as { openLensBench: { measure: (o: { runs: number; warmups: number }) => PageTimings } }).openLensBench.measure({ runs: 5, warmups: 2 }),
    );
  }
  await page.close();
  return { phases: samples, final };
}

async function metrics(cdp: CDPSession): Promise<{ script: number; task: number }> {
  const { metrics: list } = await cdp.send('Performance.getMetrics');
  const metric = (name: string) => (list.find((entry) => entry.name === name)?.value ?? 0) * 1000;
  return { script: metric('ScriptDuration'), task: metric('TaskDuration') };
}
