// Corpus check: the report CLI over every real page in CORPUS_DIR; no exception, no section, right page types.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { corpusPath, loadCorpus } from './corpus';

/** Pages whose own markup decides their type. */
const EXPECTED_KIND: Record<string, (kind: string) => boolean> = {
  'herald-sun-1.html': (kind) => kind === 'opinion',
  'guardian-1.html': (kind) => kind !== 'opinion',
  'nytimes-1.html': (kind) => kind !== 'opinion',
  'nytimes-2.html': (kind) => kind !== 'opinion',
  'nytimes-3.html': (kind) => kind !== 'opinion',
  'nytimes-4.html': (kind) => kind !== 'opinion',
  'nytimes-5.html': (kind) => kind !== 'opinion',
};

const corpus = loadCorpus();
if (corpus) {
  const files = corpus.map(corpusPath);
  const cli = join(import.meta.dirname, 'report.ts');
  const output = execFileSync(process.execPath, ['--import', 'tsx', cli, '--json', ...files], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  const reports = output.trim().split('\n').map((line) => JSON.parse(line) as { file: string; sections: unknown[]; pageType: { kind: string } });
  const problems: string[] = [];
  if (reports.length !== files.length) problems.push(`expected ${files.length} reports, got ${reports.length}`);
  const kinds: Record<string, number> = {};
  for (const report of reports) {
    const page = report.file.split('/').pop() ?? report.file;
    kinds[report.pageType.kind] = (kinds[report.pageType.kind] ?? 0) + 1;
    if (report.sections.length > 0) problems.push(`${page}: ${report.sections.length} section(s) found where there are none`);
    const expected = EXPECTED_KIND[page];
    if (expected && !expected(report.pageType.kind)) problems.push(`${page}: page type ${report.pageType.kind}`);
  }
  console.log(`corpus: ${reports.length} pages reported, ${reports.filter((r) => r.sections.length > 0).length} with sections; page types ${JSON.stringify(kinds)}`);
  for (const page of Object.keys(EXPECTED_KIND)) {
    const report = reports.find((r) => r.file.endsWith('/' + page));
    if (report) console.log(`  ${page}: ${report.pageType.kind}`);
  }
  if (problems.length > 0) {
    console.error(`corpus check FAILED:\n  ${problems.join('\n  ')}`);
    process.exit(1);
  }
  console.log('corpus check passed');
}
