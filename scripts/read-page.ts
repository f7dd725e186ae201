// The report CLI's reading of a saved page: a size limit, binary files refused, the page's declared encoding, NULs dropped.
import { readFile, stat } from 'node:fs/promises';
import sniffHTMLEncoding from 'html-encoding-sniffer';
import { parseHtml, type ParsedPage } from './parse-html';
import { MAX_TREE_DEPTH } from './page-depth';

/** Largest page file read, in bytes (20 MB): ten times the largest news page in the corpus, and far below the heap. */
export const MAX_PAGE_BYTES = 20 * 1024 * 1024;

/**
 * Most elements a page may have (start tags outside scripts, style sheets and comments, counted before parsing):
 * 2.5 times the largest page in the corpus (wikipedia-2.html, about 10,000). The CLI's DOM (happy-dom) takes about
 * 25 KB per element, and Readability copies the page and walks it sibling by sibling, which happy-dom does in time
 * proportional to the siblings' count: a page of 25,000 elements takes seconds and about 800 MB, one of 180,000
 * (19 MB of paragraphs) minutes and several GB. A page of large scripts or style sheets is cheap at any byte size.
 */
export const MAX_PAGE_ELEMENTS = 25_000;
/** What the element count skips: scripts, style sheets and comments, whose text holds no page elements. */
const NOT_ELEMENTS = /<script\b[\s\S]*?<\/script\s*>|<style\b[\s\S]*?<\/style\s*>|<!--[\s\S]*?-->/gi;
const START_TAG = /<[a-z]/gi;

/** Characters read to decide whether a file is text. */
const SAMPLE_LENGTH = 4096;
/** A sample with more than this share of control characters and undecodable bytes is not a page. */
const MAX_BINARY_SHARE = 0.1;
// Controls that never appear in a text page (tab, line feed, form feed and carriage return do), and U+FFFD from
// bytes the page's encoding cannot decode.
const NOT_TEXT = /[\u0000-\u0008\u000b\u000e-\u001f\u007f\ufffd]/g;

/** A file the CLI will not read, with the reason for the reader. */
export class PageReadError extends Error {
  override name = 'PageReadError';
}

/**
 * Page bytes as text, in the encoding the HTML Standard's sniffing gives (html-encoding-sniffer): a byte-order mark,
 * else `<meta charset>` or `<meta http-equiv="Content-Type">` in the first 1024 bytes, else UTF-8 (a saved page
 * without a declaration is nearly always UTF-8). NUL characters are dropped, as a browser ignores them in body
 * text. Throws PageReadError for bytes that are not text or an encoding no decoder here knows.
 */
export function decodePage(bytes: Uint8Array): string {
  const encoding = sniffHTMLEncoding(bytes, { defaultEncoding: 'UTF-8' });
  let text: string;
  try {
    text = new TextDecoder(encoding).decode(bytes);
  } catch {
    throw new PageReadError(`the page's encoding, ${encoding}, cannot be read here`);
  }
  const sample = text.slice(0, SAMPLE_LENGTH);
  const notText = sample.match(NOT_TEXT)?.length ?? 0;
  if (sample.length > 0 && notText / sample.length > MAX_BINARY_SHARE) throw new PageReadError('not a text file (binary content)');
  return text.replace(/\u0000/g, '');
}

/**
 * The text of a page file; throws PageReadError, before reading anything, for what is not a regular file (a
 * directory, a device such as /dev/zero, a pipe: their stat size says nothing of what a read would give) and above
 * MAX_PAGE_BYTES, and for binary files.
 */
export async function readPageText(file: string): Promise<string> {
  const info = await stat(file);
  if (!info.isFile()) throw new PageReadError('not a regular file (a directory, device or pipe)');
  const { size } = info;
  if (size > MAX_PAGE_BYTES) {
    throw new PageReadError(`the file is ${(size / 1024 / 1024).toFixed(1)} MB, over the ${MAX_PAGE_BYTES / 1024 / 1024} MB limit`);
  }
  return decodePage(await readFile(file));
}

/** About how many elements a page's HTML builds: its start tags outside scripts, style sheets and comments. */
export function countElements(html: string): number {
  return html.replace(NOT_ELEMENTS, '').match(START_TAG)?.length ?? 0;
}

/**
 * A page file parsed into a document, nested no deeper than a browser's parser builds (see page-depth.ts). Throws
 * PageReadError, before parsing, for a page of more than MAX_PAGE_ELEMENTS elements (countElements).
 */
export async function readPage(file: string): Promise<ParsedPage> {
  const html = await readPageText(file);
  const elements = countElements(html);
  if (elements > MAX_PAGE_ELEMENTS) {
    throw new PageReadError(
      `the page has about ${elements.toLocaleString('en-US')} elements, over the ${MAX_PAGE_ELEMENTS.toLocaleString('en-US')} ` +
        'limit (reading it here would take minutes and gigabytes of memory; the extension reads such a page in the browser)',
    );
  }
  return parseHtml(html, undefined, MAX_TREE_DEPTH);
}
