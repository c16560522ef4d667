import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoAxeViolations, launchBrowser, newLearner, pageErrors } from './browser';
import { answerByKeyboard } from './keys';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Presses Tab until the focus is on the element matching `selector` (at most `limit` presses). */
async function tabTo(page: Page, name: RegExp, limit = 80) {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      return el ? (el.getAttribute('aria-label') ?? el.textContent ?? '') : '';
    });
    if (name.test(focused.trim())) return;
  }
  throw new Error(`Tab never reached ${name}`);
}

const focusedName = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    return el ? (el.getAttribute('aria-label') ?? el.textContent ?? '').trim() : '';
  });

describe('a preset exam taken by keyboard alone', () => {
  it('flags, skips, jumps with the navigator, sees what was skipped before hand-in, and gets pass or fail by topic', async () => {
    const { context, page } = await newLearner(browser, { language: 'en', colorScheme: 'light', width: 390, height: 844 });
    await page.goto('/quiz');
    await page.getByRole('heading', { level: 1, name: 'Quizzes' }).waitFor();
    await tabTo(page, /^Short exam/);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Short exam' }).waitFor();
    // The topics and their questions are shown before the start, and the start is pressed once.
    const weights = page.getByRole('table', { name: /Questions per topic/ });
    const counts = (await weights.locator('tbody td:first-of-type').allTextContents()).map(Number);
    expect(counts.reduce((a, b) => a + b, 0)).toBe(20);
    await expectNoAxeViolations(page, 'exam intro (en, light)');
    await tabTo(page, /^Start the exam$/);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Question 1 of 20' }).waitFor();
    expect(await page.getByText(/Enter checks/).count()).toBe(0);
    expect(await page.getByRole('timer', { name: 'Time left' }).textContent()).toMatch(/^(30:00|29:5\d) left$/);

    // Question 1: answered and flagged. Question 2: skipped with Enter. Question 3: answered.
    await answerByKeyboard(page, 'cloud');
    await page.keyboard.press('f');
    await page.getByText('Question 1 flagged for review.').waitFor();
    await page.locator('.quiz-question .quiz-counter').focus(); // out of any typed answer, so Enter moves on
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Question 2 of 20' }).waitFor();
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Question 3 of 20' }).waitFor();
    await answerByKeyboard(page, 'cloud');
    await expectNoAxeViolations(page, 'an exam question with the navigator (en, light)');

    // The timer stays in view while the page scrolls down to the navigator.
    await page.mouse.wheel(0, 3000);
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
    const timerBox = await page.getByRole('timer', { name: 'Time left' }).boundingBox();
    expect(timerBox && timerBox.y >= 0 && timerBox.y + timerBox.height <= 844).toBe(true);

    // The navigator: one Tab stop on the current number, arrows to another, Enter to open it.
    await tabTo(page, /^Question 3: answered, current$/);
    await page.keyboard.press('Home');
    expect(await focusedName(page)).toBe('Question 1: answered, flagged');
    await page.keyboard.press('ArrowRight');
    expect(await focusedName(page)).toBe('Question 2: unanswered');
    await page.keyboard.press('End');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Question 20 of 20' }).waitFor();
    expect(await focusedName(page)).toBe('Question 20 of 20');

    // A reload keeps the answers and the flag.
    await page.reload();
    await page.getByRole('heading', { name: 'Question 20 of 20' }).waitFor();
    const navigator = page.getByRole('navigation', { name: 'Question navigator' });
    expect(await navigator.getByRole('button', { name: 'Question 1: answered, flagged' }).count()).toBe(1);
    expect(await navigator.getByRole('button', { name: 'Question 3: answered' }).count()).toBe(1);

    // Hand in: the check lists the 18 unanswered and the one flagged, and asks to confirm.
    await tabTo(page, /^Hand in$/);
    await page.keyboard.press('Enter');
    const check = page.getByRole('region', { name: 'Hand in the exam?' });
    await check.waitFor();
    expect(await check.getByText('18 questions are unanswered:').count()).toBe(1);
    expect(await check.getByText('1 question is flagged for review:').count()).toBe(1);
    const skipped = await check.getByRole('button', { name: /^Go to question/ }).allTextContents();
    expect(skipped).toEqual([...[2, ...Array.from({ length: 17 }, (_, i) => i + 4)].map(String), '1']);
    await expectNoAxeViolations(page, 'the hand-in check (en, light)');
    await tabTo(page, /^Hand in now$/);
    await page.keyboard.press('Enter');

    await page.getByRole('heading', { name: 'Results' }).waitFor();
    // Two answers at most out of 20: not passed, with the pass mark and a score per topic.
    expect(await page.getByText('Not passed', { exact: true }).count()).toBe(1);
    expect(await page.getByText(/^\d+%; the pass mark is 70%\.$/).count()).toBe(1);
    const byTopic = page.getByRole('region', { name: 'By topic' });
    const rows = byTopic.locator('tbody tr');
    expect(await rows.count()).toBe(counts.length);
    expect(await page.getByText(/^\d+ (min \d+ )?s of 30 min 0 s$/).count()).toBe(1);
    await expectNoAxeViolations(page, 'exam results (en, light)');
    expect(pageErrors(page)).toEqual([]);
    await context.close();
  });

  it('is axe-clean in Chinese in the dark theme: the exam list, intro, navigator, check and result', async () => {
    const { context, page } = await newLearner(browser, { language: 'zh', colorScheme: 'dark', width: 1280, height: 860 });
    await page.goto('/quiz');
    await page.getByRole('list', { name: '考试' }).waitFor();
    await expectNoAxeViolations(page, 'the exams on the list (zh, dark)');
    await page.goto('/quiz/exam-standard');
    await page.getByRole('heading', { level: 1, name: '标准考试' }).waitFor();
    await expectNoAxeViolations(page, 'exam intro (zh, dark)');
    await page.getByRole('button', { name: '开始考试' }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: '第 1 题，共 40 题' }).waitFor();
    await page.keyboard.press('f');
    await expectNoAxeViolations(page, 'an exam question, flagged (zh, dark)');
    await page.getByRole('button', { name: '交卷' }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: '确定交卷吗？' }).waitFor();
    await expectNoAxeViolations(page, 'the hand-in check (zh, dark)');
    await page.getByRole('button', { name: '现在交卷' }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: '结果' }).waitFor();
    expect(await page.getByText('未通过', { exact: true }).count()).toBe(1);
    await expectNoAxeViolations(page, 'exam results (zh, dark)');
    expect(pageErrors(page)).toEqual([]);
    await context.close();
  });
});
