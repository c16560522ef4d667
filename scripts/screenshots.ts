/**
 * Screenshots of every screen at phone and desktop widths, in both themes and languages,
 * from the production build, for looking at what we ship:
 *   npm run build && npx tsx scripts/screenshots.ts [outDir] [path…]
 *
 * And the two the manifest offers the install dialog (public/screenshots/, narrow and wide);
 * build again afterwards so that dist/ has them:
 *   npm run build && npx tsx scripts/screenshots.ts --manifest && npm run build
 *
 * The preview server listens on SCREENSHOT_PORT (default 4176). SIZES=320x640,1280x800 picks the
 * viewports, LANGUAGES=en,zh and THEMES=light,dark narrow the set; FULL_PAGE=0 takes only what
 * the screen shows (the tab bar and action bar where a person sees them).
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
/** A path, and after `#` a state to reach by tapping: `flipped` (a card's answer shown) or `checked` (a question answered). */
const SCREENS =
  pathArgs.length > 0
    ? pathArgs
    : ['/', '/glossary', '/glossary/iaas', '/study', '/study/all', '/study/all#flipped', '/quiz', '/quiz/mixed?seed=shots', '/quiz/mixed?seed=shots#checked', '/progress', '/settings', '/nowhere'];
const SIZES = (process.env.SIZES ?? '320x640,375x667,390x844,1280x800').split(',').map((size) => {
  const [width, height] = size.split('x').map(Number);
  return { name: size, width: width ?? 390, height: height ?? 844 };
});
const LANGUAGES = (process.env.LANGUAGES ?? 'en,zh').split(',') as ('en' | 'zh')[];
const THEMES = (process.env.THEMES ?? 'light,dark').split(',') as ('light' | 'dark')[];

/** Reaches a screen's state by tapping, as a learner would. */
async function reach(page: Page, state: string | undefined) {
  if (state === 'flipped') {
    await page.getByRole('button', { name: /Show answer|显示答案/ }).click();
    await page.getByRole('group', { name: /How well|你记得/ }).waitFor();
    await page.waitForFunction(() => document.getAnimations().every((animation) => animation.playState !== 'running'));
  }
  if (state === 'checked') {
    const form = page.locator('form.quiz-question');
    await form.waitFor();
    const input = form.getByRole('textbox');
    if ((await input.count()) > 0) await input.fill('cloud');
    else await form.locator('.q-option, .q-match-item').first().click();
    await page.getByRole('button', { name: /^(Check|检查)/ }).click();
    await page.locator('.feedback-verdict').waitFor();
  }
}

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
    for (const language of LANGUAGES) {
      for (const colorScheme of THEMES) {
        for (const size of SIZES) {
          // Touch on phones, as they are held; no service worker, so its one-off toast is not in every picture.
          const context = await browser.newContext({
            locale: language === 'zh' ? 'zh-CN' : 'en-US',
            colorScheme,
            viewport: size,
            deviceScaleFactor: 1,
            hasTouch: size.width < 640,
            serviceWorkers: 'block',
          });
          const page = await context.newPage();
          for (const screen of SCREENS) {
            const [path, state] = screen.split('#');
            await page.goto(`${BASE}${path}`);
            await settle(page);
            await reach(page, state);
            const name = `${screen.replace('#', '_').replace(/[/?=&]+/g, '_').replace(/^_$/, 'home').replace(/^_/, '')}-${size.name}-${language}-${colorScheme}.png`;
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
