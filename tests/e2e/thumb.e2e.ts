import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, newLearner, pageErrors, type Language } from './browser';
import { tap } from './tap';

/*
 * The daily loop on a phone held in one hand: a whole study session and a whole quiz done by
 * tapping alone, where every control tapped is the topmost thing at its centre (never under the
 * tab bar, the action bar or a toast), and where tabbing never hides the focus behind a bar.
 */

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const SIZES = [
  { width: 320, height: 640 },
  { width: 375, height: 667 },
  { width: 390, height: 844 },
  { width: 1280, height: 800 },
] as const;

const T = {
  en: { start: /^Start your first \d+ cards$/, show: 'Show answer', done: 'Session complete', grades: ['Again', 'Hard', 'Good', 'Easy'], quiz: 'Quiz', check: 'Check', next: 'Next', results: 'See results', resultsTitle: /result/i },
  zh: { start: /^开始学习前 \d+ 张卡片$/, show: '显示答案', done: '本次学习完成', grades: ['重来', '困难', '良好', '简单'], quiz: '测验', check: '检查', next: '下一题', results: '查看结果', resultsTitle: /结果|成绩/ },
} as const;

const heading = (page: Page, name: string | RegExp) => page.getByRole('heading', { name });

async function studyWholeSession(page: Page, t: (typeof T)[Language]) {
  await page.goto('/');
  // "Ready offline" floats above the tab bar, leaves room below the page, and leaves on a tap.
  const toast = page.locator('.pwa-toast');
  await toast.waitFor({ timeout: 30_000 });
  await tap(page, page.getByRole('link', { name: t.start }), 'the first-visit primary action (with the toast shown)');
  await page.getByRole('button', { name: new RegExp(`^${t.show}`) }).waitFor();
  expect(await toast.evaluate((el) => el.closest('.action-bar') !== null), 'on a study screen the toast sits in the action bar').toBe(true);
  await tap(page, toast.locator('p').first(), 'the toast');
  await toast.waitFor({ state: 'detached' });
  const show = page.getByRole('button', { name: new RegExp(`^${t.show}`) });
  const done = heading(page, t.done);
  for (let step = 0; ; step++) {
    expect(step, 'the session ends').toBeLessThan(80);
    await show.or(done).first().waitFor();
    if (await done.isVisible()) break;
    await tap(page, show, `Show answer (card ${step + 1})`);
    // The first cards try every grade; then Easy, so the session ends.
    const grade = t.grades[Math.min(step, 3)] ?? t.grades[3];
    const group = page.getByRole('group', { name: /How well|你记得/ });
    await tap(page, group.getByRole('button', { name: new RegExp(`^${grade}`) }), `${grade} (card ${step + 1})`);
  }
}

async function answerByTapping(page: Page, form: Locator) {
  const input = form.getByRole('textbox');
  if ((await input.count()) > 0) {
    await tap(page, input, 'the answer field');
    await page.keyboard.insertText('cloud');
    return;
  }
  const left = form.locator('.q-match-item');
  const pairs = await left.count();
  if (pairs > 0) {
    for (let i = 0; i < pairs; i++) {
      await tap(page, left.nth(i), `matching item ${i + 1}`);
      await tap(page, form.locator('.q-match-target').nth(i), `matching target ${i + 1}`);
    }
    return;
  }
  await tap(page, form.locator('.q-option').first(), 'the first option');
}

async function takeWholeQuiz(page: Page, t: (typeof T)[Language]) {
  await tap(page, page.getByRole('navigation').getByRole('link', { name: t.quiz }), 'the Quiz tab');
  await tap(page, page.locator('main a[href^="/quiz/mixed"]').first(), 'the quick quiz');
  const form = page.locator('form.quiz-question');
  for (let question = 1; ; question++) {
    expect(question, 'the quiz ends').toBeLessThan(40);
    await form.waitFor();
    await answerByTapping(page, form);
    await tap(page, form.getByRole('button', { name: t.check, exact: true }), `Check (question ${question})`);
    await form.locator('.feedback-verdict').waitFor();
    const next = form.getByRole('button', { name: t.next, exact: true });
    if (await next.count()) {
      await tap(page, next, `Next (question ${question})`);
      continue;
    }
    await tap(page, form.getByRole('button', { name: t.results, exact: true }), 'See results');
    break;
  }
  await page.locator('#results-heading').waitFor();
  // Success green only for a good score.
  const ring = page.locator('.score-ring');
  const percent = Number((await ring.getAttribute('aria-label'))?.match(/(\d+)%/)?.[1]);
  const band = await ring.getAttribute('data-band');
  expect(band).toBe(percent >= 80 ? 'good' : percent >= 50 ? 'fair' : 'low');
  const green = await ring.evaluate((el) => getComputedStyle(el).getPropertyValue('--band').trim() === getComputedStyle(el).getPropertyValue('--good').trim());
  expect(green).toBe(band === 'good');
}

describe('the daily loop by tap', () => {
  for (const size of SIZES) {
    for (const language of ['en', 'zh'] as const) {
      it(`studies a whole session and takes a whole quiz at ${size.width}×${size.height} (${language})`, async () => {
        const { context, page } = await newLearner(browser, { language, ...size, touch: true, serviceWorker: true });
        const t = T[language];
        await studyWholeSession(page, t);
        await takeWholeQuiz(page, t);
        expect(pageErrors(page)).toEqual([]);
        await context.close();
      }, 180_000);
    }
  }
});

/** Where the focused element is, and whether it is the topmost thing at its centre (bars and toasts themselves excepted). */
function focusReport() {
  const el = document.activeElement;
  if (!el || el === document.body || el === document.documentElement) return null;
  if (el.closest('.main-nav, .app-header, .action-bar, .pwa-toast')) return null;
  // A link that wraps over two lines is judged by its first line (its bounding box's centre may be plain text).
  const box = el.getClientRects()[0] ?? el.getBoundingClientRect();
  if (box.width < 2 || box.height < 2) return null;
  const x = Math.min(Math.max(box.left + box.width / 2, 1), innerWidth - 1);
  const y = box.top + Math.min(box.height, 40) / 2;
  const hit = document.elementFromPoint(x, y);
  const covered = !(hit && (hit === el || el.contains(hit) || (hit.tagName === 'LABEL' && hit.contains(el))));
  const name = `${el.tagName.toLowerCase()} "${(el.textContent ?? '').trim().slice(0, 40)}"`;
  return covered ? `${name} at y=${Math.round(y)} is under ${hit ? `${hit.tagName.toLowerCase()}.${[...hit.classList].join('.')}` : 'nothing (off screen)'}` : null;
}

/**
 * focusReport as a person sees it, a frame later: a toast arriving with this very press has then
 * moved the focus clear of itself (src/app/toast-room.ts, after its size is known). One call into
 * the page per press, not two: ~2,300 presses per run.
 */
const FOCUS_REPORT_NEXT_FRAME = `new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve((${focusReport.toString()})()))))`;

async function tabThrough(page: Page, screen: string, presses: number) {
  const hidden: string[] = [];
  for (let i = 0; i < presses; i++) {
    await page.keyboard.press('Tab');
    let report = await page.evaluate<string | null>(FOCUS_REPORT_NEXT_FRAME);
    // Under load a toast can land in the very frame looked at, before it has made room: judged
    // again once it has settled, as a person would see it. Covered for good still fails.
    if (report) {
      await page.waitForTimeout(300);
      report = await page.evaluate(focusReport);
    }
    if (report) hidden.push(`${screen}, Tab ${i + 1}: ${report}`);
  }
  return hidden;
}

const TAB_SCREENS = [
  { path: '/', presses: 25 },
  { path: '/glossary', presses: 90 },
  { path: '/glossary/iaas', presses: 40 },
  { path: '/study', presses: 60 },
  { path: '/study/all', presses: 20, flip: true },
  { path: '/quiz', presses: 60 },
  { path: '/quiz/mixed?seed=thumb', presses: 40, check: true },
  { path: '/progress', presses: 60 },
  { path: '/settings', presses: 60 },
] as const;

describe('focus is never hidden behind the tab bar, the header or the action bar (WCAG 2.2 SC 2.4.11)', () => {
  const cases = [...SIZES.map((size) => ({ size, language: 'en' as Language })), { size: SIZES[0], language: 'zh' as Language }];
  for (const { size, language } of cases) {
    it(`while tabbing every screen at ${size.width}×${size.height} (${language})`, async () => {
      const { context, page } = await newLearner(browser, { language, ...size, serviceWorker: true });
      const hidden: string[] = [];
      for (const screen of TAB_SCREENS) {
        await page.goto(screen.path);
        await page.locator('h1').first().waitFor();
        if ('flip' in screen) {
          await page.getByRole('button', { name: /^(Show answer|显示答案)/ }).waitFor();
          await page.keyboard.press('Space');
          await page.getByRole('group', { name: /How well|你记得/ }).waitFor();
        }
        if ('check' in screen) {
          await page.locator('form.quiz-question').waitFor();
          const input = page.locator('form.quiz-question').getByRole('textbox');
          if ((await input.count()) > 0) await input.fill('cloud');
          else await page.keyboard.press('1');
          await page.keyboard.press('Enter');
          await page.locator('.feedback-verdict').waitFor();
          // Start from the top of the page, as a learner tabbing through the feedback would.
          await page.locator('h1').first().focus();
        }
        hidden.push(...(await tabThrough(page, screen.path, screen.presses)));
      }
      expect(hidden).toEqual([]);
      await context.close();
    }, 300_000);
  }
});

describe('a toast that arrives where the focus already is', () => {
  it('moves the focused control clear of it, at 375×667', async () => {
    const { context, page } = await newLearner(browser, { width: 375, height: 667, serviceWorker: true });
    // Hold the service worker back, so that "ready offline" arrives only after the focus is placed.
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await context.route('**/sw.js', async (route) => {
      await held;
      await route.continue();
    });
    await page.goto('/glossary');
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.locator('main a').nth(30).waitFor();
    const placed = await page.evaluate(() => {
      // A link well down the list, scrolled to sit just above the tab bar: where the toast lands.
      const bar = document.querySelector('.main-nav')?.getBoundingClientRect().top ?? innerHeight;
      const link = document.querySelectorAll<HTMLElement>('main a')[30];
      if (!link) return null;
      window.scrollBy(0, link.getBoundingClientRect().bottom - (bar - 8));
      link.focus({ preventScroll: true });
      return link.textContent?.trim() ?? null;
    });
    expect(placed, 'a link sits just above the tab bar').not.toBeNull();
    expect(await page.locator('.pwa-toast').count(), 'no toast yet').toBe(0);
    expect(await page.evaluate(focusReport)).toBeNull();
    release();
    await page.locator('.pwa-toast').waitFor({ timeout: 30_000 });
    await expect.poll(() => page.evaluate(focusReport), { timeout: 5_000 }).toBeNull();
    await context.close();
  });
});
