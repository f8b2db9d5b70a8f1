/**
 * Renders the app icon (the favicon's page-on-red mark) to the PNGs the web app manifest names:
 * 192 and 512 px "any" icons and a 512 px maskable one whose mark sits inside the 80 % safe zone.
 * Run: `node --import tsx scripts/make-icons.ts` (needs Chromium; see scripts/chromium.ts).
 */
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromium } from '../test/e2e/support/chromium';

const OUT_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../public/icons');

const MARK = `<path d="M9 6h10l5 5v15H9z" fill="#fff"/><path d="M19 6v5h5" fill="#f7e7e2"/>
  <path d="M12.5 16h8M12.5 19.5h8M12.5 23h5" stroke="#b03d2a" stroke-width="1.8" stroke-linecap="round"/>`;

// "any": rounded tile like the favicon. Maskable: full-bleed background, mark shrunk to the safe zone.
const ANY = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="7" fill="#b03d2a"/>${MARK}</svg>`;
const MASKABLE = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" fill="#b03d2a"/>
  <g transform="translate(16 16) scale(0.72) translate(-16.5 -16)">${MARK}</g></svg>`;

const ICONS = [
  { file: 'icon-192.png', size: 192, svg: ANY },
  { file: 'icon-512.png', size: 512, svg: ANY },
  { file: 'icon-maskable-512.png', size: 512, svg: MASKABLE },
];

async function main(): Promise<void> {
  await mkdir(OUT_DIR, { recursive: true });
  const browser = await launchChromium();
  try {
    for (const icon of ICONS) {
      const page = await browser.newPage({ viewport: { width: icon.size, height: icon.size } });
      const html = `<html><body style="margin:0;background:transparent">${icon.svg.replace('<svg ', `<svg width="${icon.size}" height="${icon.size}" `)}</body></html>`;
      await page.setContent(html);
      await page.screenshot({ path: path.join(OUT_DIR, icon.file), omitBackground: true });
      await page.close();
      console.log(`wrote public/icons/${icon.file}`);
    }
  } finally {
    await browser.close();
  }
}

await main();
