import { execFile } from 'node:child_process';
import { mkdtempSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { reportFile } from '../../scripts/report';
import { MAX_PAGE_BYTES, MAX_PAGE_ELEMENTS, PageReadError, countElements, decodePage, readPage, readPageText } from '../../scripts/read-page';
import { FIXTURE_PAGES, readFixture } from '../helpers/fixtures';

const run = promisify(execFile);
const CLI = join(import.meta.dirname, '../../scripts/report.ts');
const dir = mkdtempSync(join(tmpdir(), 'opinion-lens-read-page-'));
const UTF8_META = '<meta charset="utf-8">';

async function cli(...args: string[]) {
  try {
    const { stdout, stderr } = await run(process.execPath, ['--import', 'tsx', CLI, ...args]);
    return { code: 0, stdout, stderr };
  } catch (error) {
    return error as { code: number; stdout: string; stderr: string };
  }
}

function writePage(name: string, bytes: Uint8Array | string): string {
  const file = join(dir, name);
  writeFileSync(file, bytes);
  return file;
}

/** The page with another charset declaration in place of its UTF-8 one. */
function declared(page: string, declaration: string): string {
  expect(page).toContain(UTF8_META);
  return page.replace(UTF8_META, declaration);
}

/** Shift_JIS bytes for ASCII, hiragana and the ideographic comma and full stop: all the kana page uses. */
function shiftJis(text: string): Uint8Array {
  const bytes: number[] = [];
  for (const char of text) {
    const code = char.codePointAt(0)!;
    if (code < 0x80) bytes.push(code);
    else if (code >= 0x3041 && code <= 0x3093) bytes.push(0x82, 0x9f + code - 0x3041);
    else if (code === 0x3001 || code === 0x3002) bytes.push(0x81, 0x41 + code - 0x3001);
    else throw new Error(`no Shift_JIS byte for ${char} in this test's encoder`);
  }
  return Uint8Array.from(bytes);
}

function utf16(text: string, endian: 'le' | 'be'): Uint8Array {
  const little = Buffer.from(`\ufeff${text}`, 'utf16le');
  return endian === 'le' ? little : little.swap16();
}

describe('the report CLI reads pages in their declared encoding', () => {
  const latin = readFixture('encoding-latin.html');
  const kana = readFixture('encoding-kana.html');

  it.each([
    ['windows-1252 by <meta charset>', () => Buffer.from(declared(latin, '<meta charset="windows-1252">'), 'latin1')],
    ['ISO-8859-1 by http-equiv', () => Buffer.from(declared(latin, '<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1">'), 'latin1')],
    ['UTF-16LE with its byte-order mark', () => utf16(declared(latin, '<meta charset="utf-16">'), 'le')],
    ['UTF-16BE with its byte-order mark', () => utf16(declared(latin, '<meta charset="utf-16">'), 'be')],
  ])('gives a Latin page in %s the report of its UTF-8 copy', async (name, encode) => {
    const expected = await reportFile(FIXTURE_PAGES + 'encoding-latin.html');
    expect(expected.sources.map((source) => source.name)).toContain('Hélène Dufrêne');
    expect(await reportFile(writePage(`latin-${name.split(' ')[0]}.html`, encode()))).toEqual(expected);
  });

  it.each([
    ['Shift_JIS by <meta charset>', () => shiftJis(declared(kana, '<meta charset="Shift_JIS">'))],
    ['UTF-16LE with its byte-order mark', () => utf16(declared(kana, '<meta charset="utf-16">'), 'le')],
  ])('gives a Japanese page in %s the report of its UTF-8 copy', async (name, encode) => {
    const expected = await reportFile(FIXTURE_PAGES + 'encoding-kana.html');
    expect(expected.sections[0]?.firstWords).toContain('きょうは みなとで まつりが ありました。');
    const bytes = encode();
    expect(new TextDecoder(name.startsWith('Shift') ? 'shift_jis' : 'utf-16le').decode(bytes)).toContain('みなとの まつり');
    expect(await reportFile(writePage(`kana-${name.split(' ')[0]}.html`, bytes))).toEqual(expected);
  });

  it('reads a page without any declaration as UTF-8', () => {
    expect(decodePage(Buffer.from('<p>Hélène</p>', 'utf8'))).toBe('<p>Hélène</p>');
  });
});

describe('the report CLI refuses what it cannot read, with a message and exit code 1', () => {
  it('refuses a file over the size limit before reading it', async () => {
    const file = writePage('huge.html', '<p>The Facts:</p>');
    truncateSync(file, MAX_PAGE_BYTES + 1);
    await expect(readPageText(file)).rejects.toThrow(new PageReadError('the file is 20.0 MB, over the 20 MB limit'));
    const { code, stderr } = await cli(file);
    expect(code).toBe(1);
    expect(stderr).toContain(`cannot read ${file}: the file is 20.0 MB, over the 20 MB limit`);
  });

  it('refuses a page of more elements than it can read in reasonable time and memory, before parsing it', async () => {
    // html, body, article, h1, and more paragraphs alone than the limit allows elements.
    const paragraphs = '<p>The ferry ran on time today, the harbour office said.</p>\n'.repeat(MAX_PAGE_ELEMENTS + 1);
    const file = writePage('many-elements.html', `<!doctype html><html><body><article><h1>Ferry</h1>${paragraphs}</article></body></html>`);
    const message = `the page has about ${(MAX_PAGE_ELEMENTS + 5).toLocaleString('en-US')} elements, over the 25,000 limit`;
    await expect(readPage(file)).rejects.toThrow(message);
    const { code, stderr } = await cli(file);
    expect(code).toBe(1);
    expect(stderr).toContain(`cannot read ${file}: ${message}`);
  });

  it('counts elements, not the markup in scripts, style sheets and comments', () => {
    const markup = '<div class="card"><b>x</b></div>'.repeat(1000);
    expect(countElements(`<html><head><script>const cards = '${markup}';</script><style>/* <p> */ p { margin: 0 }</style></head>` +
      `<body><!-- ${markup} --><p>One <b>bold</b> word.</p><script type="application/json">{"html": "${markup}"}</script></body></html>`)).toBe(5);
  });

  it.each([
    ['an endless device', '/dev/zero'],
    ['an empty device', '/dev/null'],
    ['a directory', dir],
  ])('refuses %s: only a regular file is a page', async (_, file) => {
    await expect(readPageText(file)).rejects.toThrow(new PageReadError('not a regular file (a directory, device or pipe)'));
    const { code, stdout, stderr } = await cli(file);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toContain(`cannot read ${file}: not a regular file (a directory, device or pipe)`);
  });

  it('refuses a binary file', async () => {
    // A PNG header, then bytes that are neither text nor UTF-8.
    const bytes = Uint8Array.from({ length: 2048 }, (_, index) => (index < 8 ? [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a][index]! : (index * 151) % 256));
    const file = writePage('picture.html', bytes);
    const { code, stdout, stderr } = await cli(file, FIXTURE_PAGES + 'demo-article.html');
    expect(code).toBe(1);
    expect(stderr).toContain(`cannot read ${file}: not a text file (binary content)`);
    expect(stdout).toContain('Sections:   2');
  });
});

describe('the report CLI reads odd but real pages', () => {
  it('does not let a NUL character hide a heading', async () => {
    const page = readFixture('encoding-latin.html').replace('<h2>The Facts:</h2>', '<h2>The\u0000 Facts:</h2>');
    const report = await reportFile(writePage('nul.html', page));
    expect(report.sections.map((section) => section.kind)).toEqual(['facts', 'opinion']);
  });

  it('reports a page nested thousands of levels deep', async () => {
    const depth = 20_000;
    const page = readFixture('encoding-latin.html').replace('<h2>Opinion:</h2>', `${'<div>'.repeat(depth)}deep${'</div>'.repeat(depth)}<h2>Opinion:</h2>`);
    const { code, stdout, stderr } = await cli(writePage('deep.html', page));
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toContain('Page type:  mixed (sections: facts, opinion)');
  });
});

describe('the readable output and the terminal', () => {
  const hostile = '\u001b[2J\u001b]0;owned\u0007Harbour\u001b[31m red\r\u009b1mnews\u0085 today';
  const page = readFixture('encoding-latin.html').replace('The mayor of Valmérin', `${hostile}. The mayor of Valmérin`);

  it('never writes control characters or escape sequences from page text; --json keeps the text exact', async () => {
    const file = writePage('hostile.html', page);
    const readable = await cli(file);
    expect(readable.code).toBe(0);
    expect(readable.stdout).toContain('Harbour red');
    expect(readable.stdout).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
    const json = await cli('--json', file);
    const { firstWords } = JSON.parse(json.stdout).sections[0];
    for (const kept of ['\u001b]0;owned\u0007Harbour\u001b[31m red', '\u009b1mnews\u0085']) expect(firstWords).toContain(kept);
    expect(json.stdout).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
  });
});
