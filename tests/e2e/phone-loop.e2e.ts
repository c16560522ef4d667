import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoAxeViolations, launchBrowser, newLearner, pageErrors, type Language } from './browser';
import { tap } from './tap';

/*
 * What a new learner meets on a phone, by tap: the first-run choice of who is learning (on
 * Today, below the first cards, then in Settings), and a quiz's mistakes folded to their answer
 * lines so the results stay short.
 */

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const T = {
  en: {
    choice: 'Which language do you read, and which are you learning?',
    start: /^Start your first \d+ cards$/,
    mistakes: 'Your mistakes',
    question: /^Question \d+ of \d+$/,
    results: 'See results',
    check: 'Check',
    next: 'Next',
    explanation: /^Source:/,
  },
  zh: {
    choice: '你读哪种语言，又在学哪种？',
    start: /^开始学习前 \d+ 张卡片$/,
    mistakes: '你的错题',
    question: /^第 \d+ 题，共 \d+ 题$/,
    results: '查看结果',
    check: '检查',
    next: '下一题',
    explanation: /^出处：/,
  },
} as const;

describe('the first-run choice, by tap on a 320 px phone', () => {
  for (const language of ['en', 'zh'] as const) {
    it(`a reader of English learning Chinese terms sets it on Today, and studies Chinese first (${language})`, async () => {
      const { context, page } = await newLearner(browser, { language, width: 320, height: 640, touch: true });
      const t = T[language];
      await page.goto('/');
      const choice = page.getByRole('group', { name: t.choice });
      await choice.waitFor();
      // The first cards stay the first thing to do: the choice sits below them.
      const start = page.getByRole('link', { name: t.start });
      const [startBox, choiceBox] = [await start.boundingBox(), await choice.boundingBox()];
      expect(startBox && choiceBox && startBox.y + startBox.height <= choiceBox.y).toBe(true);
      await expectNoAxeViolations(page, `Today with the first-run choice (${language})`);

      await tap(page, choice.getByRole('button', { name: 'I read English and am learning Chinese cloud terms' }), 'the English reader’s option');
      await choice.waitFor({ state: 'detached' });
      const done = page.getByText(/^Saved: I read English and am learning Chinese cloud terms/);
      expect(await done.evaluate((el) => el === document.activeElement)).toBe(true);
      expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');

      await tap(page, page.getByRole('link', { name: T.en.start }), 'Start your first cards');
      const front = page.locator('.study-card-face.front .card-text').first();
      await front.waitFor();
      expect(await front.getAttribute('lang')).toBe('zh-CN');

      // Settings holds the same choice, to change later.
      await page.goto('/settings');
      const profile = page.getByRole('group', { name: 'I am…' });
      // The prerendered page is the first visit's; the learner's own settings follow once read.
      await expect.poll(() => profile.getByRole('radio', { name: /^I read English and am learning Chinese cloud terms/ }).isChecked()).toBe(true);
      expect(pageErrors(page)).toEqual([]);
      await context.close();
    }, 120_000);
  }

  it('a reader of Chinese chooses from the keyboard on an English interface, which turns Chinese', async () => {
    const { context, page } = await newLearner(browser, { language: 'en', width: 375, height: 667 });
    await page.goto('/');
    const option = page.getByRole('group', { name: T.en.choice }).getByRole('button', { name: '我读中文，正在学习云计算英语' });
    await option.waitFor();
    for (let i = 0; i < 40 && !(await option.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: '今日' }).waitFor();
    const done = page.getByText(/^已保存：我读中文/);
    expect(await done.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await page.getByRole('group', { name: T.zh.choice }).count()).toBe(0);
    await page.reload();
    await page.getByRole('link', { name: T.zh.start }).waitFor();
    // The prerendered page is the first visit's; once the learner's settings are read the choice is gone.
    await expect.poll(() => page.getByRole('group', { name: T.zh.choice }).count()).toBe(0);
    await context.close();
  }, 120_000);
});

/** Answers every question of a quiz with its first option (or a wrong word), by tap, and opens the results. */
async function takeQuizBadly(page: Page, t: (typeof T)[Language]) {
  const form = page.locator('form.quiz-question');
  for (let question = 1; ; question++) {
    expect(question, 'the quiz ends').toBeLessThan(40);
    await form.waitFor();
    const input = form.getByRole('textbox');
    if ((await input.count()) > 0) {
      await tap(page, input, 'the answer field');
      await page.keyboard.insertText('zzz');
    } else if ((await form.locator('.q-match-item').count()) > 0) {
      await tap(page, form.locator('.q-match-item').first(), 'a matching item');
      await tap(page, form.locator('.q-match-target').last(), 'a matching target');
    } else await tap(page, form.locator('.q-option').first(), 'the first option');
    await tap(page, form.getByRole('button', { name: t.check, exact: true }), `Check (question ${question})`);
    const next = form.getByRole('button', { name: t.next, exact: true });
    await next.or(form.getByRole('button', { name: t.results, exact: true })).first().waitFor();
    if (await next.count()) await tap(page, next, `Next (question ${question})`);
    else {
      await tap(page, form.getByRole('button', { name: t.results, exact: true }), 'See results');
      break;
    }
  }
  await page.locator('#results-heading').waitFor();
}

describe('the mistakes on a quiz’s results, folded to their answer lines', () => {
  for (const language of ['en', 'zh'] as const) {
    it(`stay short at 320×640 and open by tap and by keyboard (${language})`, async () => {
      const { context, page } = await newLearner(browser, { language, width: 320, height: 640, touch: true });
      const t = T[language];
      await page.goto('/quiz/mixed?seed=fold&n=15');
      await takeQuizBadly(page, t);
      const review = page.getByRole('region', { name: t.mistakes });
      const toggles = review.getByRole('button', { name: t.question });
      const mistakes = await toggles.count();
      expect(mistakes, 'answering first options gets some wrong').toBeGreaterThan(0);
      // Folded, each mistake is its number, its question in two lines and its answer line.
      const heights = await review.locator('.review-item').evaluateAll((items) => items.map((item) => item.getBoundingClientRect().height));
      expect(Math.max(...heights), 'a folded mistake’s height').toBeLessThan(300);
      expect(await review.getByText(t.explanation).count()).toBe(0);

      const first = toggles.first();
      await tap(page, first, 'the first mistake');
      expect(await first.getAttribute('aria-expanded')).toBe('true');
      await review.getByText(t.explanation).first().waitFor();
      await expectNoAxeViolations(page, `results with a mistake open (${language})`);
      await tap(page, first, 'the first mistake, to fold it');
      expect(await first.getAttribute('aria-expanded')).toBe('false');

      // From the keyboard: Enter opens, Space folds.
      await first.focus();
      await page.keyboard.press('Enter');
      expect(await first.getAttribute('aria-expanded')).toBe('true');
      await page.keyboard.press('Space');
      expect(await first.getAttribute('aria-expanded')).toBe('false');
      expect(pageErrors(page)).toEqual([]);
      await context.close();
    }, 180_000);
  }
});
