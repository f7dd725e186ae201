// Chromium with the built extension, and a 127.0.0.1 page server: shared by npm start, the demo, tests and bench.
import { createServer, type Server } from 'node:http';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';

export const ROOT = resolve(import.meta.dirname, '..');
export const EXTENSION_DIR = join(ROOT, '.output/chrome-mv3');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const SEED_HTML = resolve(ROOT, '../shared/seed/article.html');

export type Routes = Record<string, string | (() => string)>;

/** Serves HTML on 127.0.0.1; a route value is a file path or a function returning HTML. */
export async function serve(routes: Routes): Promise<{ origin: string; server: Server; close: () => Promise<void> }> {
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
    const route = routes[path];
    if (route === undefined) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    const body = typeof route === 'function' ? route() : readFileSync(route, 'utf8');
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(body);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    origin: `http://127.0.0.1:${port}`,
    server,
    close: () => new Promise<void>((done) => server.close(() => done())),
  };
}

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  profileDir: string;
  close: (options?: { keepProfile?: boolean }) => Promise<void>;
}

const LOOPBACK = /^(?:https?|wss?):\/\/127\.0\.0\.1[:/]/;

/** Launches Chromium with the unpacked build; reuse `profileDir` to test a restart. */
export async function launchWithExtension(
  options: { profileDir?: string; extensionDir?: string; headed?: boolean; display?: string } = {},
): Promise<ExtensionBrowser> {
  const extensionDir = options.extensionDir ?? EXTENSION_DIR;
  if (!existsSync(join(extensionDir, 'manifest.json'))) {
    throw new Error(`No built extension at ${extensionDir}: run "npm run build" first.`);
  }
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM}: apt-get install -y chromium`);
  const profileDir = options.profileDir ?? mkdtempSync(join(tmpdir(), 'opinion-lens-profile-'));
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: CHROMIUM,
    headless: false,
    ...(options.display ? { env: { ...process.env, DISPLAY: options.display } } : {}),
    ignoreDefaultArgs: ['--disable-extensions'],
    viewport: { width: 1200, height: 900 },
    args: [
      ...(options.headed || options.display ? [] : ['--headless=new']),
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
      '--disable-features=DisableLoadExtensionCommandLineSwitch',
    ],
  });
  await context.route('**/*', (route) => {
    const url = route.request().url();
    const ownPage = url.startsWith('chrome-extension://') || url.startsWith('data:');
    return LOOPBACK.test(url) || ownPage ? route.continue() : route.abort();
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    extensionId,
    profileDir,
    close: async ({ keepProfile = false } = {}) => {
      await context.close();
      if (!keepProfile) rmSync(profileDir, { recursive: true, force: true });
    },
  };
}

