// Debian's Firefox ESR driven over Marionette (its own TCP protocol, no driver binary): temporary add-on, pages, scripts.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createConnection, createServer, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

/** True when Firefox ESR is installed (.ci/run installs it); prints a notice when not. */
export function hasFirefox(): boolean {
  if (!existsSync(FIREFOX)) console.log(`notice: no Firefox at ${FIREFOX} (apt-get install -y firefox-esr); the Firefox tests are skipped.`);
  return existsSync(FIREFOX);
}

// A fresh profile that asks the network for nothing: every request but 127.0.0.1 goes to a closed proxy port,
// as the Chromium harness aborts them; no updates, telemetry, remote settings or first-run pages.
const PREFS: Record<string, string | number | boolean> = {
  'network.proxy.type': 1,
  'network.proxy.http': '127.0.0.1',
  'network.proxy.http_port': 9,
  'network.proxy.ssl': '127.0.0.1',
  'network.proxy.ssl_port': 9,
  'network.proxy.no_proxies_on': '127.0.0.1',
  'network.proxy.allow_hijacking_localhost': false,
  'network.captive-portal-service.enabled': false,
  'network.connectivity-service.enabled': false,
  'app.update.disabledForTesting': true,
  'extensions.update.enabled': false,
  'services.settings.server': 'http://127.0.0.1:9/',
  'datareporting.policy.dataSubmissionEnabled': false,
  'toolkit.telemetry.reportingpolicy.firstRun': false,
  'browser.shell.checkDefaultBrowser': false,
  'browser.startup.homepage_override.mstone': 'ignore',
  'browser.safebrowsing.update.enabled': false,
};

/** A free TCP port on 127.0.0.1 for Marionette (several browsers may run on this machine at once). */
async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((done) => probe.listen(0, '127.0.0.1', done));
  const { port } = probe.address() as { port: number };
  await new Promise((done) => probe.close(done));
  return port;
}

/** One Marionette connection: length-prefixed JSON, commands as [0, id, name, params], answers [1, id, error, result]. */
class Marionette {
  private buffer = Buffer.alloc(0);
  private nextId = 1;
  private readonly pending = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>();

  constructor(private readonly socket: Socket) {
    socket.on('data', (chunk: Buffer) => this.receive(chunk));
  }

  send<T>(name: string, params: object = {}): Promise<T> {
    const id = this.nextId++;
    const body = Buffer.from(JSON.stringify([0, id, name, params]));
    this.socket.write(Buffer.concat([Buffer.from(`${body.length}:`), body]));
    return new Promise<T>((resolve, reject) => this.pending.set(id, { resolve: resolve as (value: unknown) => void, reject }));
  }

  private receive(chunk: Buffer): void {
    this.buffer = Buffer.concat([this.buffer, chunk]);
    for (let colon = this.buffer.indexOf(':'); colon > 0; colon = this.buffer.indexOf(':')) {
      const length = Number(this.buffer.subarray(0, colon).toString());
      if (this.buffer.length < colon + 1 + length) return;
      const message: unknown = JSON.parse(this.buffer.subarray(colon + 1, colon + 1 + length).toString());
      this.buffer = this.buffer.subarray(colon + 1 + length);
      if (!Array.isArray(message)) continue; // the greeting: { applicationType, marionetteProtocol }
      const [, id, error, result] = message as [number, number, { message?: string } | null, unknown];
      const waiting = this.pending.get(id);
      this.pending.delete(id);
      if (error) waiting?.reject(new Error(`Marionette: ${error.message ?? JSON.stringify(error)}`));
      else waiting?.resolve(result);
    }
  }
}

async function connect(port: number, firefox: ChildProcess): Promise<Socket> {
  for (let attempt = 0; attempt < 150; attempt += 1) {
    if (firefox.exitCode !== null) throw new Error(`Firefox exited with code ${firefox.exitCode} before Marionette answered`);
    try {
      return await new Promise<Socket>((resolve, reject) => {
        const socket = createConnection(port, '127.0.0.1', () => resolve(socket));
        socket.once('error', reject);
      });
    } catch {
      await new Promise((done) => setTimeout(done, 200));
    }
  }
  throw new Error(`Marionette did not answer on port ${port}`);
}

export interface FirefoxSession {
  version: string;
  /** Installs an unpacked extension as a temporary add-on; returns its id. */
  installAddon: (dir: string) => Promise<string>;
  navigate: (url: string) => Promise<void>;
  /** Runs a function body in the page (`return …`) and gives its JSON value. */
  evaluate: <T>(body: string) => Promise<T>;
  close: () => Promise<void>;
}

/** Starts headless Firefox with Marionette on a fresh profile and opens a WebDriver session. */
export async function launchFirefox(): Promise<FirefoxSession> {
  const port = await freePort();
  const profile = mkdtempSync(join(tmpdir(), 'opinion-lens-firefox-'));
  const prefs = { ...PREFS, 'marionette.port': port };
  writeFileSync(join(profile, 'user.js'), Object.entries(prefs).map(([name, value]) => `user_pref(${JSON.stringify(name)}, ${JSON.stringify(value)});`).join('\n'));
  const firefox = spawn(FIREFOX, ['--headless', '--marionette', '--no-remote', '--profile', profile, 'about:blank'], { stdio: 'ignore' });
  const socket = await connect(port, firefox);
  const marionette = new Marionette(socket);
  const { capabilities } = await marionette.send<{ capabilities: { browserVersion: string } }>('WebDriver:NewSession', { capabilities: {} });
  return {
    version: capabilities.browserVersion,
    installAddon: async (dir) => (await marionette.send<{ value: string }>('Addon:Install', { path: dir, temporary: true })).value,
    navigate: async (url) => void (await marionette.send('WebDriver:Navigate', { url })),
    evaluate: async <T>(body: string) => (await marionette.send<{ value: T }>('WebDriver:ExecuteScript', { script: body, args: [] })).value,
    close: async () => {
      await marionette.send('Marionette:Quit', { flags: ['eForceQuit'] }).catch(() => undefined);
      socket.destroy();
      if (firefox.exitCode === null) {
        await new Promise((done) => {
          const timer = setTimeout(() => firefox.kill(), 5000);
          firefox.once('exit', () => done(clearTimeout(timer)));
        });
      }
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
