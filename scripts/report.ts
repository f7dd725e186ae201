// CLI: `npm run report -- [--json] [--url URL] [--sections-only] FILE...` prints the ArticleReport of saved HTML pages.
import { parseArgs } from 'node:util';
import { analyzePage } from '../lib/report';
import { formatReport } from '../lib/report-text';
import type { ArticleReport } from '../lib/types';
import { hiddenPageParts, type HiddenPart } from '../lib/page/page-hiding';
import { readPage } from './read-page';
import { terminalSafe, terminalSafeJson } from './terminal-text';
import { exitAfterOutput } from './exit';

const USAGE = 'usage: npm run report -- [--json] [--url URL] [--sections-only] FILE...';

/**
 * The report of a saved page. On a page without labelled sections its article body is analysed (scope 'article'),
 * unless `sectionsOnly`.
 */
export async function reportFile(file: string, url?: string, sectionsOnly = false): Promise<ArticleReport> {
  return (await readReport(file, url, sectionsOnly)).report;
}

/** reportFile's report, with notices for the reader about what on the page was not read and why (hidingNotice). */
export async function readReport(file: string, url?: string, sectionsOnly = false): Promise<{ report: ArticleReport; notices: string[] }> {
  const page = await readPage(file);
  try {
    const report = analyzePage(page.document, { ...(url === undefined ? {} : { url }), wholeArticle: !sectionsOnly }).report;
    const hidden = hiddenPageParts(page.document);
    return { report, notices: hidden.length > 0 ? [hidingNotice(file, hidden)] : [] };
  } finally {
    await page.close();
  }
}

/** How a part is hidden, in the notice's words. */
function howHidden(cause: HiddenPart['cause']): string {
  if (cause.kind === 'attribute') return 'its hidden attribute';
  if (cause.kind === 'inline-style') return 'an inline style (display:none or visibility:hidden)';
  if (cause.kind === 'style-rule') return `the page's style rule "${cause.selector}" (display:none or visibility:hidden)`;
  return 'its style sheets';
}

/**
 * What the page hides, how, and that hidden text is not read: a saved page often keeps an anti-flicker style that a
 * script would have removed in a browser (`body { visibility: hidden }`), and then reads as empty.
 */
export function hidingNotice(file: string, parts: readonly HiddenPart[]): string {
  const hidden = parts.map(({ part, cause }) => `<${part}> by ${howHidden(cause)}`);
  return (
    `opinion-lens report: notice: ${file} hides ${hidden.join(' and ')}. Hidden text is not read, so nothing inside ` +
    `${parts.length === 1 ? 'it' : 'them'} was analysed. A browser would show the same blank page unless a script ` +
    '(often an anti-flicker script the saved copy cannot run) reveals it.'
  );
}

async function main(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        json: { type: 'boolean', default: false },
        url: { type: 'string' },
        'sections-only': { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    console.error(`opinion-lens report: ${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  const { values, positionals: files } = parsed;
  if (values.help || files.length === 0) {
    (values.help ? console.log : console.error)(USAGE);
    return values.help ? 0 : 2;
  }
  let failures = 0;
  for (const file of files) {
    try {
      const { report, notices } = await readReport(file, values.url, values['sections-only']);
      for (const notice of notices) console.error(terminalSafe(notice));
      if (!values.json) console.log(terminalSafe(formatReport(report, file)) + '\n');
      else if (files.length === 1) console.log(terminalSafeJson(report, 2));
      else console.log(terminalSafeJson({ file, ...report }));
    } catch (error) {
      failures += 1;
      const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message;
      console.error(terminalSafe(`opinion-lens report: cannot read ${file}: ${reason}`));
    }
  }
  return failures > 0 ? 1 : 0;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main(process.argv.slice(2)).then(exitAfterOutput);
}
