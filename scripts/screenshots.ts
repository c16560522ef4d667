/**
 * Screenshots of every screen at phone and desktop widths, in both themes and languages, from
 * the production build, for looking at what we ship. The committed set (docs/screenshots/, read
 * docs/SCREENSHOTS.md) is what a person sees: the viewport, tab bar and action bar included,
 * as compact JPEGs named <size>-<lang>-<theme>-<screen>.jpg:
 *   npm run build && npx tsx scripts/screenshots.ts [outDir] [screen…]
 * outDir defaults to docs/screenshots; a screen is a name from SCREENS below (or a path, taken
 * as it is for a fresh learner). SIZES=320x640,1280x800 picks the viewports, LANGUAGES=en,zh
 * and THEMES=light,dark narrow the set; FULL_PAGE=1 takes whole pages instead (as PNGs, for
 * looking at, not for committing).
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
import { chromium, type Locator, type Page } from 'playwright-core';
import { generateHistory } from '../tests/factories/learning-history';
import { findChromium } from '../tests/e2e/browser';

const root = resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);
const forManifest = args.includes('--manifest');
const [outArg, ...screenArgs] = args.filter((arg) => arg !== '--manifest');
const outDir = resolve(forManifest ? resolve(root, 'public/screenshots') : (outArg ?? resolve(root, 'docs/screenshots')));
const PORT = Number(process.env.SCREENSHOT_PORT ?? 4176);
const BASE = `http://127.0.0.1:${PORT}`;
const FULL_PAGE = process.env.FULL_PAGE === '1';

/** How a screen is reached after its page has loaded, tapping as a learner would. */
type State = 'flipped' | 'checked' | 'results' | 'mistakes' | 'exam' | 'sync' | 'az';

type Screen = {
  /** The last part of the file name. */
  name: string;
  path: string;
  state?: State;
  /** A learner with 90 days of reviews and quizzes behind them, rather than a first visit. */
  history?: boolean;
};

/** Every screen, in the order a learner meets them: a first visit's, then Today and Progress for a learner with a history. */
const ALL_SCREENS: Screen[] = [
  { name: 'today', path: '/' },
  { name: 'glossary', path: '/glossary' },
  { name: 'glossary-az', path: '/glossary?view=az', state: 'az' },
  { name: 'term', path: '/glossary/iaas' },
  { name: 'term-long-name', path: '/glossary/weinman-cloud-definition' },
  { name: 'term-long-word', path: '/glossary/multidimensional-customer-relationships' },
  { name: 'vendors', path: '/vendors' },
  { name: 'decks', path: '/study' },
  { name: 'study', path: '/study/all' },
  { name: 'study-flipped', path: '/study/all', state: 'flipped' },
  { name: 'quizzes', path: '/quiz' },
  { name: 'question', path: '/quiz/mixed?seed=shots' },
  { name: 'question-checked', path: '/quiz/mixed?seed=shots', state: 'checked' },
  { name: 'results', path: '/quiz/mixed?seed=shots&n=5', state: 'results' },
  { name: 'results-mistakes', path: '/quiz/mixed?seed=shots&n=5', state: 'mistakes' },
  { name: 'exam-intro', path: '/quiz/exam-short' },
  { name: 'exam', path: '/quiz/exam-short', state: 'exam' },
  { name: 'progress-empty', path: '/progress' },
  { name: 'settings', path: '/settings' },
  { name: 'settings-sync', path: '/settings', state: 'sync' },
  { name: 'not-found', path: '/nowhere' },
  { name: 'today-history', path: '/', history: true },
  { name: 'progress', path: '/progress', history: true },
];
const SCREENS =
  screenArgs.length > 0
    ? screenArgs.map((arg) => ALL_SCREENS.find((screen) => screen.name === arg) ?? { name: arg.replace(/[/?=&#]+/g, '_').replace(/^_/, '') || 'home', path: arg })
    : ALL_SCREENS;
const SIZES = (process.env.SIZES ?? '320x640,375x667,390x844,1280x800').split(',').map((size) => {
  const [width, height] = size.split('x').map(Number);
  return { name: size, width: width ?? 390, height: height ?? 844 };
});
const LANGUAGES = (process.env.LANGUAGES ?? 'en,zh').split(',') as ('en' | 'zh')[];
const THEMES = (process.env.THEMES ?? 'light,dark').split(',') as ('light' | 'dark')[];

/** The terms the seeded history has studied (all in the Foundations track). */
const HISTORY_TERMS = ['cloud-computing', 'iaas', 'paas', 'saas', 'public-cloud', 'private-cloud', 'hybrid-cloud', 'resource-pooling', 'elasticity', 'measured-service'];

/** What a learner with a history has in storage, in the shape the app migrates from version 2. */
function storedHistory(language: 'en' | 'zh') {
  const history = generateHistory({ now: Date.now(), days: 90, reviewsPerDay: 12, termIds: HISTORY_TERMS });
  const settings = { language, theme: 'system', newPerDay: 20, reviewsPerDay: 200, retention: 0.9, directions: 'both' };
  return JSON.stringify({ state: { settings, ...history }, version: 2 });
}

/** A tap on a touch screen, a click elsewhere. */
const press = (locator: Locator, touch: boolean) => (touch ? locator.tap() : locator.click());

const settled = (page: Page) => page.waitForFunction(() => document.getAnimations().every((animation) => animation.playState !== 'running'));

/** Answers the question on screen by tapping: the first choice, a typed "cloud", or each match in order. */
async function answer(page: Page, touch: boolean) {
  const form = page.locator('form.quiz-question');
  await form.waitFor();
  const input = form.getByRole('textbox');
  if ((await input.count()) > 0) return input.fill('cloud');
  const items = form.locator('.q-match-item');
  const targets = form.locator('.q-match-target');
  const pairs = await items.count();
  if (pairs > 0) {
    for (let i = 0; i < pairs; i++) {
      await press(items.nth(i), touch);
      await press(targets.nth(pairs - 1 - i), touch);
    }
    return;
  }
  await press(form.locator('.q-option').first(), touch);
}

/** Answers, checks and moves on until the results show. */
async function finishQuiz(page: Page, touch: boolean) {
  const results = page.locator('.results');
  for (let i = 0; i < 40 && !(await results.isVisible()); i++) {
    await answer(page, touch);
    await press(page.getByRole('button', { name: /^(Check|检查)/ }), touch);
    await page.locator('.feedback-verdict').waitFor();
    await press(page.getByRole('button', { name: /^(Next|下一题|See results|查看结果)/ }), touch);
    await page.waitForFunction(() => !document.querySelector('.feedback-verdict') || document.querySelector('.results'));
  }
  await results.waitFor();
}

/** Reaches a screen's state by tapping, as a learner would. */
async function reach(page: Page, state: State | undefined, touch: boolean) {
  if (state === 'flipped') {
    await press(page.getByRole('button', { name: /Show answer|显示答案/ }), touch);
    await page.getByRole('group', { name: /How well|你记得/ }).waitFor();
  }
  if (state === 'checked') {
    await answer(page, touch);
    await press(page.getByRole('button', { name: /^(Check|检查)/ }), touch);
    await page.locator('.feedback-verdict').waitFor();
  }
  if (state === 'results' || state === 'mistakes') {
    await finishQuiz(page, touch);
    if (state === 'mistakes') await page.locator('.results-review').evaluate((el) => el.scrollIntoView({ block: 'start' }));
  }
  if (state === 'exam') {
    await press(page.getByRole('button', { name: /^(Start the exam|开始考试)$/ }), touch);
    await answer(page, touch);
    await press(page.getByRole('button', { name: /^(Flag for review|标记待复查)/ }), touch);
    await press(page.getByRole('button', { name: /^(Next|下一题)$/ }), touch);
    await press(page.getByRole('button', { name: /^(Next|下一题)$/ }), touch);
    await answer(page, touch);
    await page.locator('.exam-nav').evaluate((el) => el.scrollIntoView({ block: 'end' }));
  }
  if (state === 'sync') await page.locator('.sync-section').evaluate((el) => el.scrollIntoView({ block: 'start' }));
  if (state === 'az') await page.locator('h1').first().waitFor();
  await settled(page);
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
  await page.waitForLoadState('networkidle');
  await page.waitForFunction(() => !document.querySelector('[aria-busy="true"]'), undefined, { timeout: 10_000 }).catch(() => undefined);
  await page.evaluate(() => document.fonts.ready);
}

mkdirSync(outDir, { recursive: true });
const server = spawn(process.execPath, [resolve(root, 'node_modules/vite/bin/vite.js'), 'preview', '--port', String(PORT), '--strictPort', '--host', '127.0.0.1'], { cwd: root, stdio: 'ignore' });
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
          const touch = size.width < 640;
          const context = await browser.newContext({
            locale: language === 'zh' ? 'zh-CN' : 'en-US',
            colorScheme,
            viewport: size,
            deviceScaleFactor: 1,
            hasTouch: touch,
            isMobile: touch,
            serviceWorkers: 'block',
          });
          const page = await context.newPage();
          let seeded = false;
          for (const screen of SCREENS) {
            if (screen.history && !seeded) {
              await page.goto(`${BASE}/favicon.svg`); // same origin, without the app
              await page.evaluate((text) => localStorage.setItem('cloudcards', text), storedHistory(language));
              seeded = true;
            }
            await page.goto(`${BASE}${screen.path}`);
            await settle(page);
            await reach(page, screen.state, touch);
            const file = resolve(outDir, `${size.name}-${language}-${colorScheme}-${screen.name}.${FULL_PAGE ? 'png' : 'jpg'}`);
            await page.screenshot(FULL_PAGE ? { path: file, fullPage: true } : { path: file, type: 'jpeg', quality: 70 });
          }
          await context.close();
        }
        console.log(`${language} ${colorScheme}: ${SIZES.length * SCREENS.length} screenshots`);
      }
    }
  }
  console.log(`Screenshots in ${outDir}`);
} finally {
  await browser.close();
  server.kill();
}
