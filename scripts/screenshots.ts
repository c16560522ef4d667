/**
 * Screenshots of every screen at phone and desktop widths, in both themes and languages,
 * from the production build, for looking at what we ship:
 *   npm run build && npx tsx scripts/screenshots.ts [outDir] [path…]
 */
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { findChromium } from '../tests/e2e/browser';

const root = resolve(import.meta.dirname, '..');
const [outArg, ...pathArgs] = process.argv.slice(2);
const outDir = resolve(outArg ?? 'screenshots');
const PORT = 4176;
const SCREENS = pathArgs.length > 0 ? pathArgs : ['/', '/glossary', '/glossary/iaas', '/study', '/study/all', '/quiz', '/quiz/mixed?seed=shots', '/progress', '/settings', '/nowhere'];
const SIZES = [
  { name: 'phone', width: 360, height: 780 },
  { name: 'desktop', width: 1280, height: 860 },
];

mkdirSync(outDir, { recursive: true });
const server = spawn(process.execPath, [resolve(root, 'node_modules/vite/bin/vite.js'), 'preview', '--port', String(PORT), '--strictPort'], { cwd: root, stdio: 'ignore' });
await new Promise((r) => setTimeout(r, 1500));
const browser = await chromium.launch({ executablePath: findChromium(), args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
try {
  for (const language of ['en', 'zh'] as const) {
    for (const colorScheme of ['light', 'dark'] as const) {
      for (const size of SIZES) {
        const context = await browser.newContext({ locale: language === 'zh' ? 'zh-CN' : 'en-US', colorScheme, viewport: size, deviceScaleFactor: 1 });
        const page = await context.newPage();
        for (const screen of SCREENS) {
          await page.goto(`http://127.0.0.1:${PORT}${screen}`);
          await page.locator('h1').first().waitFor();
          await page.waitForTimeout(300);
          const name = `${screen.replace(/[/?=&]+/g, '_').replace(/^_$/, 'home').replace(/^_/, '')}-${size.name}-${language}-${colorScheme}.png`;
          await page.screenshot({ path: resolve(outDir, name), fullPage: process.env.FULL_PAGE !== '0' });
        }
        await context.close();
      }
    }
  }
  console.log(`Screenshots in ${outDir}`);
} finally {
  await browser.close();
  server.kill();
}
