import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../../scripts/browser';
import { FIXTURE_PAGES } from '../helpers/fixtures';
import { SEED_HTML, serve } from './harness';
import { hasFirefox, launchFirefox, type FirefoxSession } from './firefox-marionette';

const FIREFOX_BUILD = join(ROOT, '.output/firefox-mv2');
const SEED_PRESENT = existsSync(SEED_HTML);
const BADGES = `return [...document.querySelectorAll('[data-opinion-lens="badge"]')].map((host) => ({
  kind: host.getAttribute('data-kind'),
  text: (host.shadowRoot?.querySelector('button')?.textContent ?? '').replace(/\\s+/g, ' ').trim(),
}));`;

let firefox: FirefoxSession;
let addonId: string;
let site: Awaited<ReturnType<typeof serve>>;

if (!SEED_PRESENT) console.log(`notice: no seed article at ${SEED_HTML}; the Firefox seed test is skipped.`);

async function badgesAt(path: string, count: number): Promise<{ kind: string; text: string }[]> {
  await firefox.navigate(`${site.origin}${path}`);
  for (let attempt = 0; ; attempt += 1) {
    const badges = await firefox.evaluate<{ kind: string; text: string }[]>(BADGES);
    if (badges.length >= count || attempt >= 80) return badges;
    await new Promise((done) => setTimeout(done, 250));
  }
}

describe.skipIf(!hasFirefox())('the Firefox build in Debian’s Firefox ESR', () => {
  beforeAll(async () => {
    execFileSync('npx', ['wxt', 'build', '-b', 'firefox'], { cwd: ROOT, stdio: 'ignore' });
    site = await serve({ '/seed': SEED_HTML, '/news/transit-fare-march': FIXTURE_PAGES + 'demo-article.html' });
    firefox = await launchFirefox();
    addonId = await firefox.installAddon(FIREFOX_BUILD);
  }, 120_000);

  afterAll(async () => {
    await firefox?.close();
    await site?.close();
  });

  it('installs: the manifest asks for no newer Firefox than this ESR', () => {
    const manifest = JSON.parse(readFileSync(join(FIREFOX_BUILD, 'manifest.json'), 'utf8'));
    const minimum = Number.parseFloat(manifest.browser_specific_settings.gecko.strict_min_version);
    expect(minimum).toBeLessThanOrEqual(Number.parseFloat(firefox.version));
    expect(addonId).toBe('opinion-lens@opinion-lens.dev');
  });

  it.skipIf(!SEED_PRESENT)('gives the seed article its Facts and Opinion badges', async () => {
    const badges = await badgesAt('/seed', 2);
    expect(badges.map((badge) => badge.kind)).toEqual(['facts', 'opinion']);
    expect(badges[0]?.text).toMatch(/^FACTS section “The Facts” ?\d+ sources · 1 contested$/);
    expect(badges[1]?.text).toMatch(/^OPINION section “Opinion”/);
  });

  it('labels the demo article too', async () => {
    const badges = await badgesAt('/news/transit-fare-march', 2);
    expect(badges.map((badge) => badge.kind)).toEqual(['facts', 'opinion']);
  });
});
