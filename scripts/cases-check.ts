// Fault cases: the report CLI over every page in CASES_DIR (default ../shared/cases) without a "live" entry, compared with expected.json.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { reportFile } from './report';
import { checkCase, type CaseExpectation } from './cases/compare';
import { exitAfterOutput } from './exit';

/**
 * Folders whose every page must pass: a failure there fails the run. Pages in the other folders are listed with
 * what still fails, without failing the run. Each issue that fixes a folder's fault kinds adds it here.
 */
export const REQUIRED_FOLDERS = ['headings', 'boundaries', 'attribution', 'contested', 'figures', 'opinion-language'];

async function main(): Promise<number> {
  const dir = resolve(process.env.CASES_DIR ?? join(import.meta.dirname, '..', '..', 'shared', 'cases'));
  const expectedFile = join(dir, 'expected.json');
  if (!existsSync(expectedFile)) {
    console.log(`cases: notice: no fault cases at ${dir} (set CASES_DIR); cases check skipped`);
    return 0;
  }
  const expected = JSON.parse(readFileSync(expectedFile, 'utf8')) as Record<string, CaseExpectation & { live?: string }>;
  const pages = Object.entries(expected).filter(([, entry]) => entry.live === undefined);
  const failedRequired: string[] = [];
  const failedOther: string[] = [];
  for (const [page, entry] of pages) {
    const folder = page.split('/')[0] ?? '';
    const required = REQUIRED_FOLDERS.includes(folder);
    let problems: string[];
    try {
      problems = checkCase(await reportFile(join(dir, page)), entry);
    } catch (error) {
      problems = [`the report failed: ${(error as Error).message}`];
    }
    const mark = problems.length === 0 ? 'PASS' : required ? 'FAIL' : 'open';
    console.log(`${mark} ${page}${problems.length > 0 ? ` — ${problems.join('; ')}` : ''}`);
    if (problems.length > 0) (required ? failedRequired : failedOther).push(page);
  }
  const passed = pages.length - failedRequired.length - failedOther.length;
  console.log(`\ncases: ${passed} of ${pages.length} pages pass (${pages.length - pages.filter(([p]) => REQUIRED_FOLDERS.includes(p.split('/')[0] ?? '')).length} outside the required folders ${REQUIRED_FOLDERS.join(', ')})`);
  if (failedOther.length > 0) console.log(`cases: still open outside the required folders: ${failedOther.join(', ')}`);
  if (failedRequired.length > 0) {
    console.log(`cases: FAILED in required folders: ${failedRequired.join(', ')}`);
    return 1;
  }
  console.log('cases: every page in the required folders passes');
  return 0;
}

main().then(exitAfterOutput);
