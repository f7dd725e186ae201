// `npm start` / `npm run demo`: the built extension in Chromium on the bundled demo article (127.0.0.1 only).
import { parseArgs } from 'node:util';
import { join, resolve } from 'node:path';
import { ROOT, launchWithExtension, serve } from './browser';

const DEMO_ARTICLE = join(ROOT, 'tests/fixtures/pages/demo-article.html');
const DEMO_PATH = '/news/transit-fare-march';

const { values } = parseArgs({ options: { screenshot: { type: 'string' } } });
const hasDisplay = Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);

if (!values.screenshot && !hasDisplay) {
  console.error(
    'opinion-lens demo: no display here (DISPLAY and WAYLAND_DISPLAY are unset), so Chromium cannot open a window.\n' +
      'Write a picture of the demo page with the extension running instead:\n' +
      '  npm run demo -- --screenshot demo.png',
  );
  process.exit(1);
}

const site = await serve({ [DEMO_PATH]: DEMO_ARTICLE });
const url = site.origin + DEMO_PATH;
const browser = await launchWithExtension({ headed: !values.screenshot });
const page = browser.context.pages()[0] ?? (await browser.context.newPage());
await page.goto(url);
await page.waitForSelector('[data-opinion-lens="badge"]', { timeout: 15_000 });

if (values.screenshot) {
  const file = resolve(values.screenshot);
  await page.screenshot({ path: file, fullPage: true });
  console.log(`opinion-lens demo: wrote ${file} (${url} with the extension running)`);
  await browser.close();
  await site.close();
} else {
  console.log(`opinion-lens demo: Chromium shows ${url} with the extension loaded. Close the window to stop.`);
  browser.context.on('close', () => void site.close().then(() => process.exit(0)));
}
