// Loads the project's own fixture pages into happy-dom documents for tests.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { parseHtml as parsePage } from '../../scripts/parse-html';

export const FIXTURE_PAGES = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'pages') + '/';

export function readFixture(name: string): string {
  return readFileSync(FIXTURE_PAGES + name, 'utf8');
}

/** A fresh happy-dom document parsed from HTML, scripts not run. */
export function parseHtml(html: string, url?: string): Document {
  return parsePage(html, url).document;
}

export function fixtureDocument(name: string, url?: string): Document {
  return parseHtml(readFixture(name), url);
}
