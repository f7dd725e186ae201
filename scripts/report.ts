// CLI: `npm run report -- [--json] [--url URL] [--sections-only] FILE...` prints the ArticleReport of saved HTML pages.
import { parseArgs } from 'node:util';
import { analyzePage } from '../lib/report';
import { formatReport } from '../lib/report-text';
import type { ArticleReport } from '../lib/types';
import { readPage } from './read-page';
import { terminalSafe, terminalSafeJson } from './terminal-text';

const USAGE = 'usage: npm run report -- [--json] [--url URL] [--sections-only] FILE...';

/**
 * The report of a saved page. On a page without labelled sections its article body is analysed (scope 'article'),
 * unless `sectionsOnly`.
 */
export async function reportFile(file: string, url?: string, sectionsOnly = false): Promise<ArticleReport> {
  const page = await readPage(file);
  try {
    return analyzePage(page.document, { ...(url === undefined ? {} : { url }), wholeArticle: !sectionsOnly }).report;
  } finally {
    await page.close();
  }
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
      const report = await reportFile(file, values.url, values['sections-only']);
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
  main(process.argv.slice(2)).then((code) => process.exit(code));
}
