/**
 * Screenshots of every screen at phone and desktop widths, in both themes and languages,
 * from the production build, for looking at what we ship:
 *   npm run build && npx tsx scripts/screenshots.ts [outDir] [path…]
 *
 * And the two the manifest offers the install dialog (public/screenshots/, narrow and wide);
 * build again afterwards so that dist/ has them:
 *   npm run build && npx tsx scripts/screenshots.ts --manifest && npm run build
 *
 * The preview server listens on SCREENSHOT_PORT (default 4176).
 */
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { findChromium } from '../tests/e2e/browser';

const root = resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);
const forManifest = args.includes('--manifest');
const [outArg, ...pathArgs] = args.filter((arg) => arg !== '--manifest');
const outDir = resolve(forManifest ? resolve(root, 'public/screenshots') : (outArg ?? 'screenshots'));
const PORT = Number(process.env.SCREENSHOT_PORT ?? 4176);
const BASE = `http://127.0.0.1:${PORT}`;
const SCREENS = pathArgs.length > 0 ? pathArgs : ['/', '/glossary', '/glossary/iaas', '/study', '/study/all', '/quiz', '/quiz/mixed?seed=shots', '/progress', '/settings', '/nowhere'];
const SIZES = [
  { name: 'phone', width: 360, height: 780 },
  { name: 'desktop', width: 1280, height: 860 },
];

/**
 * The manifest's screenshots: the glossary on a phone and a card being studied on a desktop,
 * at the sizes vite.config.ts declares (the browser checks them against the files).
 */
const MANIFEST_SHOTS = [
  { file: 'narrow.png', path: '/glossary', viewport: { width: 390, height: 844 }, flip: false },
  { file: 'wide.png', path: '/study/all', viewport: { width: 1280, height: 800 }, flip: true },
];

async function waitForServer(url: string, timeoutMs = 30_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`vite preview did not answer at ${url}`);
}

/** Waits until the screen has drawn its heading and its fonts. */
async function settle(page: Page) {
  await page.locator('h1').first().waitFor();
  await page.evaluate(() => document.fonts.ready);
}

mkdirSync(outDir, { recursive: true });
const server = spawn(process.execPath, [resolve(root, 'node_modules/vite/bin/vite.js'), 'preview', '--port', String(PORT), '--strictPort'], { cwd: root, stdio: 'ignore' });
await waitForServer(BASE);
const browser = await chromium.launch({ executablePath: findChromium(), args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
try {
  if (forManifest) {
    for (const shot of MANIFEST_SHOTS) {
      // No service worker: its "ready to work offline" note is not part of the picture.
      const context = await browser.newContext({ locale: 'en-US', colorScheme: 'light', viewport: shot.viewport, deviceScaleFactor: 1, serviceWorkers: 'block' });
      const page = await context.newPage();
      await page.goto(`${BASE}${shot.path}`);
      await settle(page);
      if (shot.flip) {
        await page.getByRole('button', { name: /show answer/i }).click();
        await page.getByRole('group', { name: 'How well did you know it?' }).waitFor();
        // The card turns over: take it when it has finished turning.
        await page.waitForFunction(() => document.getAnimations().every((animation) => animation.playState !== 'running'));
      }
      await page.screenshot({ path: resolve(outDir, shot.file) });
      await context.close();
    }
  } else {
    for (const language of ['en', 'zh'] as const) {
      for (const colorScheme of ['light', 'dark'] as const) {
        for (const size of SIZES) {
          const context = await browser.newContext({ locale: language === 'zh' ? 'zh-CN' : 'en-US', colorScheme, viewport: size, deviceScaleFactor: 1 });
          const page = await context.newPage();
          for (const screen of SCREENS) {
            await page.goto(`${BASE}${screen}`);
            await settle(page);
            const name = `${screen.replace(/[/?=&]+/g, '_').replace(/^_$/, 'home').replace(/^_/, '')}-${size.name}-${language}-${colorScheme}.png`;
            await page.screenshot({ path: resolve(outDir, name), fullPage: process.env.FULL_PAGE !== '0' });
          }
          await context.close();
        }
      }
    }
  }
  console.log(`Screenshots in ${outDir}`);
} finally {
  await browser.close();
  server.kill();
}
