/**
 * Renders the app icons from the one SVG logo (public/logo.svg) with headless Chromium:
 *   npx tsx scripts/icons.ts
 * The PNGs are committed; run this again only when the logo changes.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { findChromium } from '../tests/e2e/browser';

const publicDir = resolve(import.meta.dirname, '../public');
const logo = readFileSync(resolve(publicDir, 'logo.svg'), 'utf8');

const ICONS = [
  { file: 'pwa-192x192.png', size: 192, padding: 0, background: 'transparent' },
  { file: 'pwa-512x512.png', size: 512, padding: 0, background: 'transparent' },
  // Maskable icons keep their content inside the central 80% safe zone, on a full-bleed background.
  { file: 'maskable-512x512.png', size: 512, padding: 0.2, background: '#0b5cad' },
  { file: 'apple-touch-icon.png', size: 180, padding: 0.08, background: '#ffffff' },
];

const browser = await chromium.launch({ executablePath: findChromium(), args: ['--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage();
for (const icon of ICONS) {
  const inner = Math.round(icon.size * (1 - icon.padding));
  await page.setViewportSize({ width: icon.size, height: icon.size });
  await page.setContent(
    `<html><body style="margin:0;background:${icon.background};display:grid;place-items:center;width:${icon.size}px;height:${icon.size}px">` +
      logo.replace('width="64" height="64"', `width="${inner}" height="${inner}"`) +
      '</body></html>',
  );
  const png = await page.screenshot({ omitBackground: icon.background === 'transparent' });
  writeFileSync(resolve(publicDir, icon.file), png);
  console.log(`${icon.file} ${icon.size}×${icon.size}`);
}
await browser.close();
