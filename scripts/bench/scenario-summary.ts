// Prints the live-page scenarios: per phase, long tasks and script time with the extension and without; their budgets.
import type { Budget } from './summary';
import { ms, ratio, table } from './summary';
import type { FinalAnalysis, PhaseCost } from './scenarios';

/** Long tasks the extension adds to a phase: those beyond the same phase's count without it. */
export const extraLongTasks = (cost: PhaseCost) => Math.max(0, cost.longTasksWith - cost.longTasksWithout);
/** Tasks over 50 ms of CPU time the extension adds to a phase (cpu-tasks.ts): a busy machine does not inflate these. */
export const extraCpuLongTasks = (cost: PhaseCost) => Math.max(0, cost.cpuLongTasksWith - cost.cpuLongTasksWithout);
/** The extension's script ms in a phase: with it, less without it (never below 0). */
export const extensionScript = (cost: PhaseCost) => Math.max(0, cost.scriptWith - cost.scriptWithout);

export function scenarioTable(costs: PhaseCost[]): string {
  return table(
    ['scenario', 'phase', 'long tasks with / without', 'from the extension', 'by CPU time with / without', 'longest ms with / without', 'extension script ms', 'page’s own work ms', 'extension ÷ page'],
    costs.map((cost) => [
      cost.scenario,
      cost.phase,
      `${cost.longTasksWith} / ${cost.longTasksWithout}`,
      String(extraLongTasks(cost)),
      `${cost.cpuLongTasksWith} / ${cost.cpuLongTasksWithout}`,
      `${ms(cost.longestWith)} / ${ms(cost.longestWithout)}`,
      ms(extensionScript(cost)),
      ms(cost.taskWithout),
      ratio(extensionScript(cost) / cost.taskWithout),
    ]),
  );
}

/** The live blog's total extension script time over one analysis of its final page (cold, and warm). */
export function liveBlogWork(costs: PhaseCost[], final: FinalAnalysis): { total: number; overFirst: number; overWarm: number } {
  const total = costs.filter((cost) => cost.scenario === final.scenario).reduce((sum, cost) => sum + extensionScript(cost), 0);
  return { total, overFirst: total / final.first, overWarm: total / final.warm };
}

export function scenarioBudgets(costs: PhaseCost[], finals: FinalAnalysis[]): Budget[] {
  const list: Budget[] = [];
  for (const scenario of new Set(costs.map((cost) => cost.scenario))) {
    const phases = costs.filter((cost) => cost.scenario === scenario);
    const extra = phases.reduce((sum, cost) => sum + extraLongTasks(cost), 0);
    list.push({ name: `${scenario}: 0 long tasks from the extension`, measured: `${extra} (longest ${ms(Math.max(...phases.map((cost) => cost.longestWith)))} ms with it)`, pass: extra === 0 });
    const cpu = phases.reduce((sum, cost) => sum + extraCpuLongTasks(cost), 0);
    list.push({ name: `${scenario}: 0 long tasks from the extension by CPU time`, measured: String(cpu), pass: cpu === 0 });
  }
  for (const final of finals) {
    const work = liveBlogWork(costs, final);
    list.push({
      name: `${final.scenario}: extension work ≤ 2× one analysis of the final page`,
      measured: `${ms(work.total)} ms = ${ratio(work.overFirst)}× a first analysis (${ms(final.first)} ms), ${ratio(work.overWarm)}× a warm one (${ms(final.warm)} ms)`,
      pass: work.overFirst <= 2,
    });
  }
  return list;
}

/** README rows: one per scenario, its phases summed. */
export function scenarioMarkdown(costs: PhaseCost[]): string {
  const rows = ['| Scenario (phases) | Long tasks from the extension | Longest task with / without (ms) | Extension script ÷ page’s own work |', '| --- | ---: | ---: | ---: |'];
  for (const scenario of new Set(costs.map((cost) => cost.scenario))) {
    const phases = costs.filter((cost) => cost.scenario === scenario);
    const sum = (pick: (cost: PhaseCost) => number) => phases.reduce((total, cost) => total + pick(cost), 0);
    const longest = (pick: (cost: PhaseCost) => number) => Math.max(...phases.map(pick));
    rows.push(
      `| ${scenario} (${phases.map((cost) => cost.phase).join(', ')}) | ${sum(extraLongTasks)} | ${ms(longest((cost) => cost.longestWith))} / ${ms(longest((cost) => cost.longestWithout))} | ${ratio(sum(extensionScript) / sum((cost) => cost.taskWithout))} |`,
    );
  }
  return rows.join('\n');
}
