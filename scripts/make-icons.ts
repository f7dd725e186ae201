// Draws the toolbar and store icons (a magnifier whose lens is half blue, half amber) into public/icon/<size>.png.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM, ROOT } from './browser';

const SIZES = [16, 32, 48, 96, 128] as const;
const FACTS_BLUE = '#1e5fb4';
const OPINION_AMBER = '#a34b00';
const FRAME = '#1b2430';

// Drawn on a 128 grid: a white halo keeps the dark frame visible on dark toolbars; the small sizes get a
// heavier frame so the mark survives at 16 px.
function lensSvg(size: number): string {
  const frame = size <= 32 ? 14 : 11;
  const halo = 5;
  const [c, r] = [55, 37];
  const ring = r + frame / 2 - 1;
  const handle = `x1="${c + 29}" y1="${c + 29}" x2="109" y2="109" stroke-linecap="round"`;
  const glint = size >= 48 ? `<path d="M${c - 24} ${c - 8} A${r - 12} ${r - 12} 0 0 1 ${c - 8} ${c - 24}" fill="none" stroke="#fff" stroke-opacity="0.55" stroke-width="7" stroke-linecap="round"/>` : '';
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 128 128">
  <defs><clipPath id="lens"><circle cx="${c}" cy="${c}" r="${r}"/></clipPath></defs>
  <line ${handle} stroke="#fff" stroke-width="${frame + 8 + 2 * halo}"/>
  <circle cx="${c}" cy="${c}" r="${ring}" fill="#fff" stroke="#fff" stroke-width="${frame + 2 * halo}"/>
  <line ${handle} stroke="${FRAME}" stroke-width="${frame + 8}"/>
  <g clip-path="url(#lens)">
    <rect x="0" y="0" width="${c}" height="128" fill="${FACTS_BLUE}"/>
    <rect x="${c}" y="0" width="${128 - c}" height="128" fill="${OPINION_AMBER}"/>
    ${glint}
  </g>
  <circle cx="${c}" cy="${c}" r="${ring}" fill="none" stroke="${FRAME}" stroke-width="${frame}"/>
</svg>`;
}

const outDir = join(ROOT, 'public', 'icon');
mkdirSync(outDir, { recursive: true });
const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu'] });
try {
  const page = await browser.newPage({ deviceScaleFactor: 1 });
  for (const size of SIZES) {
    await page.setContent(`<body style="margin:0;background:transparent">${lensSvg(size)}</body>`);
    await page.locator('svg').screenshot({ path: join(outDir, `${size}.png`), omitBackground: true });
    console.log(`public/icon/${size}.png`);
  }
} finally {
  await browser.close();
}
