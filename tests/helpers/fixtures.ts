// Loads the project's own fixture pages into happy-dom documents for tests.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { Window } from 'happy-dom';

export const FIXTURE_PAGES = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'pages') + '/';

export function readFixture(name: string): string {
  return readFileSync(FIXTURE_PAGES + name, 'utf8');
}

/** A fresh happy-dom document parsed from HTML, scripts not run. */
export function parseHtml(html: string, url = 'http://127.0.0.1/'): Document {
  const window = new Window({ url, settings: { disableJavaScriptEvaluation: true, disableCSSFileLoading: true, disableJavaScriptFileLoading: true, navigation: { disableMainFrameNavigation: true, disableChildFrameNavigation: true, disableChildPageNavigation: true, disableFallbackToSetURL: true } } });
  window.document.write(html);
  return window.document as unknown as Document;
}

export function fixtureDocument(name: string, url?: string): Document {
  return parseHtml(readFixture(name), url);
}
