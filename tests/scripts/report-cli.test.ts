import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { FIXTURE_PAGES } from '../helpers/fixtures';

const run = promisify(execFile);
const CLI = join(import.meta.dirname, '../../scripts/report.ts');

async function report(...args: string[]) {
  try {
    const { stdout, stderr } = await run(process.execPath, ['--import', 'tsx', CLI, ...args], { maxBuffer: 64 * 1024 * 1024 });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

describe('npm run report', () => {
  it('writes a report of more than a pipe holds whole into the pipe', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'opinion-lens-cli-'));
    try {
      // 400 labelled sections, each with a source, a figure and a long sentence: a JSON report of over a megabyte, more than a pipe holds.
      const sections = Array.from({ length: 400 }, (_, index) =>
        `<h2>The Facts:</h2><p>The ward ${index} council said ${100 + index} homes along the Marrow canal were flooded on Monday night, after the sluice at Tollerby Lock jammed open and the pumping station at Fenwick Drain lost power for most of the evening.</p>`).join('');
      const file = join(folder, 'long.html');
      writeFileSync(file, `<!doctype html><html lang="en"><head><title>Flood inquiry</title></head><body><article><h1>Flood inquiry</h1>${sections}</article></body></html>`);
      const { code, stdout } = await report('--json', file);
      expect(code).toBe(0);
      expect(stdout.length).toBeGreaterThan(64 * 1024);
      expect(JSON.parse(stdout).sections).toHaveLength(400);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it('prints one ArticleReport object for one file with --json', async () => {
    const { code, stdout } = await report('--json', FIXTURE_PAGES + 'demo-article.html');
    expect(code).toBe(0);
    const parsed = JSON.parse(stdout);
    expect(parsed.url).toBe('http://127.0.0.1/news/transit-fare-march');
    expect(parsed.sections.map((section: { kind: string }) => section.kind)).toEqual(['facts', 'opinion']);
    expect(parsed).not.toHaveProperty('file');
  });

  it('prints one JSON line per file with a file field, takes --url, and reports a missing file with exit 1', async () => {
    const missing = FIXTURE_PAGES + 'no-such-page.html';
    const { code, stdout, stderr } = await report('--json', '--url', 'https://x.example/opinion/y', FIXTURE_PAGES + 'es.html', missing, FIXTURE_PAGES + 'fr.html');
    expect(code).toBe(1);
    const lines = stdout.trim().split('\n').map((line) => JSON.parse(line));
    expect(lines.map((line) => [line.file.split('/').pop(), line.url, line.pageType.kind])).toEqual([
      ['es.html', 'https://x.example/opinion/y', 'mixed'],
      ['fr.html', 'https://x.example/opinion/y', 'opinion'],
    ]);
    expect(stderr).toContain(`cannot read ${missing}: no such file`);
  });

  it('prints a readable summary without --json', async () => {
    const { code, stdout } = await report(FIXTURE_PAGES + 'label-blocks.html');
    expect(code).toBe(0);
    expect(stdout).toContain('Page type:  mixed (sections: facts, opinion, analysis)');
    expect(stdout).toContain('OPINION   "Our opinion" · 2 paragraphs · Residents deserve a clearer explanation');
  });

  it('says on stderr when the page hides its body with CSS, and that hidden text is not read', async () => {
    const { code, stdout, stderr } = await report('--json', FIXTURE_PAGES + 'hidden-body.html');
    expect(code).toBe(0);
    expect(JSON.parse(stdout).sources).toEqual([]);
    expect(stderr).toContain(`notice: ${FIXTURE_PAGES}hidden-body.html hides <body> by the page's style rule "body"`);
    expect(stderr).toContain('Hidden text is not read');
    expect((await report(FIXTURE_PAGES + 'article-no-labels.html')).stderr).toBe('');
  });

  it('reads the article body of a page without labelled sections, and says so; --sections-only does not', async () => {
    const page = FIXTURE_PAGES + 'article-no-labels.html';
    const json = JSON.parse((await report('--json', page)).stdout);
    expect(json.scope).toBe('article');
    expect(json.sources.map((source: { name: string }) => source.name)).toContain("Brookmere Commuters' Alliance");
    const readable = (await report(page)).stdout;
    expect(readable).toContain('Read:       the whole article body (no labelled sections)');
    expect(readable).toMatch(/Contested: {2}1/);
    const sectionsOnly = JSON.parse((await report('--json', '--sections-only', page)).stdout);
    expect(sectionsOnly).not.toHaveProperty('scope');
    expect(sectionsOnly.sources).toEqual([]);
  });

  it('explains its usage when given no file', async () => {
    const { code, stderr } = await report();
    expect(code).toBe(2);
    expect(stderr).toContain('usage: npm run report');
  });
});
