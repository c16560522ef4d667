import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoAxeViolations, launchBrowser, newLearner, pageErrors } from './browser';
import { answerByKeyboard, VERDICT } from './keys';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const SAVED_KEY = 'cloudcards:quiz-in-progress';
const savedIndex = (page: Page) =>
  page.evaluate((key) => {
    const raw = localStorage.getItem(key);
    return raw === null ? null : (JSON.parse(raw) as { index: number }).index;
  }, SAVED_KEY);

/** Another tab of the same learner, its clock set to `time`, with its uncaught errors collected. */
async function openTab(context: BrowserContext, time: number): Promise<{ tab: Page; errors: string[] }> {
  const tab = await context.newPage();
  const errors: string[] = [];
  tab.on('pageerror', (error) => errors.push(error.message));
  await tab.clock.install({ time });
  return { tab, errors };
}

describe('a quiz left in the middle', () => {
  it('survives a reload: back on the next question, and the earlier answers count in the results', async () => {
    const { context, page } = await newLearner(browser, { language: 'en', colorScheme: 'light' });
    await page.clock.install();
    await page.goto('/quiz/mixed?n=6');
    await page.getByRole('heading', { level: 1, name: 'Mixed' }).waitFor();
    await expect.poll(() => new URL(page.url()).searchParams.get('seed')).toMatch(/^[a-z2-9]{6}$/);
    const url = page.url();

    let right = 0;
    const answer = async (n: number) => {
      await page.getByRole('heading', { name: `Question ${n} of 6` }).waitFor();
      await answerByKeyboard(page, 'zzz');
      await page.keyboard.press('Enter'); // check
      const verdict = page.locator('.feedback-verdict');
      await verdict.waitFor();
      const [, said] = VERDICT.exec((await verdict.textContent()) ?? '') ?? [];
      expect(said).toMatch(/^(Correct|Not quite)$/);
      if (said === 'Correct') right++;
      await page.keyboard.press('Enter'); // next
    };

    for (let n = 1; n <= 2; n++) await answer(n);
    // With time stopped, the last step (on to question 4) is never written by the timer: only
    // leaving the page writes it.
    await page.clock.pauseAt((await page.evaluate(() => Date.now())) + 1_000);
    await answer(3);
    await page.getByRole('heading', { name: 'Question 4 of 6' }).waitFor();
    expect(await savedIndex(page)).toBe(2);
    await page.reload();
    await page.clock.resume();

    await page.getByRole('heading', { name: 'Question 4 of 6' }).waitFor();
    expect(page.url()).toBe(url);
    expect(await page.getByText(/^Resumed where you left off/).textContent()).toBe('Resumed where you left off — question 4 of 6.');
    expect(await page.getByRole('button', { name: 'Start over' }).isVisible()).toBe(true);
    await expectNoAxeViolations(page, 'a resumed quiz (en, light)');

    for (let n = 4; n <= 6; n++) await answer(n);
    await page.getByRole('heading', { name: 'Results' }).waitFor();
    expect(await page.getByText(/^Quiz finished: \d+ of \d+ correct\.$/).textContent()).toBe(`Quiz finished: ${right} of 6 correct.`);
    const review = page.getByRole('region', { name: 'Your mistakes' });
    expect(await review.locator('.review-item').count()).toBe(6 - right);
    expect(await review.getByText(/Not answered/).count()).toBe(0);

    // Finished, it is no longer in progress: the same link starts it afresh.
    expect(await savedIndex(page)).toBeNull();
    await page.reload();
    await page.getByRole('heading', { name: 'Question 1 of 6' }).waitFor();
    expect(await page.getByText(/Resumed where you left off/).count()).toBe(0);
    expect(pageErrors(page)).toEqual([]);
    await context.close();
  });

  it('a timed exam reloaded after three answers goes on at question 4, and every answer counts once', async () => {
    const { context, page } = await newLearner(browser, { language: 'en', colorScheme: 'light', width: 390, height: 844 });
    await page.clock.install({ time: Date.UTC(2026, 10, 22, 9) });
    await page.goto('/quiz/exam?n=5&minutes=10');
    await page.getByRole('heading', { level: 1, name: 'Exam' }).waitFor();
    await expect.poll(() => new URL(page.url()).searchParams.get('seed')).toMatch(/^[a-z2-9]{6}$/);
    const url = page.url();
    await page.getByRole('button', { name: 'Start the exam' }).focus();
    await page.keyboard.press('Enter');
    for (let n = 1; n <= 3; n++) {
      await page.getByRole('heading', { name: `Question ${n} of 5` }).waitFor();
      await answerByKeyboard(page, 'zzz');
      await page.keyboard.press('Enter'); // on to the next question
    }
    await page.getByRole('heading', { name: 'Question 4 of 5' }).waitFor();
    await expect.poll(() => savedIndex(page)).toBe(3);
    await page.reload();

    await page.getByRole('heading', { name: 'Question 4 of 5' }).waitFor();
    expect(page.url()).toBe(url);
    expect(await page.getByText(/^Resumed where you left off/).textContent()).toBe('Resumed where you left off — question 4 of 5.');
    expect(await page.getByRole('timer', { name: 'Time left' }).textContent()).toMatch(/^\d+:\d\d left$/);
    for (let n = 4; n <= 5; n++) {
      await page.getByRole('heading', { name: `Question ${n} of 5` }).waitFor();
      await answerByKeyboard(page, 'zzz');
      if (n < 5) await page.keyboard.press('Enter');
    }
    await page.getByRole('button', { name: 'Hand in' }).focus();
    await page.keyboard.press('Enter');
    const check = page.getByRole('region', { name: 'Hand in the exam?' });
    await check.waitFor();
    expect(await check.getByRole('button', { name: /^Go to question/ }).count()).toBe(0); // nothing skipped
    await page.getByRole('button', { name: 'Hand in now' }).focus();
    await page.keyboard.press('Enter');

    await page.getByRole('heading', { name: 'Results' }).waitFor();
    const finished = (await page.getByText(/^Quiz finished: \d of 5 correct\.$/).textContent()) ?? '';
    const right = Number(/(\d) of 5/.exec(finished)?.[1]);
    const review = page.getByRole('region', { name: 'Your mistakes' });
    expect(await review.locator('.review-item').count()).toBe(5 - right);
    expect(await review.getByText(/Not answered/).count()).toBe(0); // the three answers before the reload count
    expect(await savedIndex(page)).toBeNull();
    // One attempt in the history, with its five answers, however many times the page was loaded.
    // (The store writes after a short debounce, so the history is read once it has been written.)
    const attempts = () =>
      page.evaluate(() => {
        const raw = localStorage.getItem('cloudcards');
        const quiz = raw === null ? null : (JSON.parse(raw) as { state?: { quiz?: { attempts?: { answers: unknown[] }[] } } }).state?.quiz;
        return (quiz?.attempts ?? []).map((attempt) => attempt.answers.length);
      });
    await page.clock.runFor(5_000);
    await expect.poll(attempts).toEqual([5]);
    expect(pageErrors(page)).toEqual([]);
    await context.close();
  });

  it('keeps a timed exam counting while the tab is closed, and hands it in on return once the time is up', async () => {
    const { context, page } = await newLearner(browser, { language: 'zh', colorScheme: 'dark', width: 1280, height: 860 });
    const start = Date.UTC(2026, 10, 22, 9);
    await page.clock.install({ time: start });
    await page.goto('/quiz/exam?n=3&minutes=1');
    await page.getByRole('heading', { level: 1, name: '考试' }).waitFor();
    await expect.poll(() => new URL(page.url()).searchParams.get('seed')).toMatch(/^[a-z2-9]{6}$/);
    const url = page.url();
    await page.getByRole('button', { name: '开始考试' }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: '第 1 题，共 3 题' }).waitFor();
    await answerByKeyboard(page, '不知道');
    await page.keyboard.press('Enter'); // on to question 2
    await page.getByRole('heading', { name: '第 2 题，共 3 题' }).waitFor();
    await expect.poll(() => savedIndex(page)).toBe(1);
    expect(pageErrors(page)).toEqual([]);
    await page.close(); // the phone closes the tab

    // Twenty seconds later: the clock kept running.
    const back = await openTab(context, start + 20_000);
    await back.tab.goto(url);
    await back.tab.getByRole('heading', { name: '第 2 题，共 3 题' }).waitFor();
    expect(await back.tab.getByText(/^已从上次离开的地方继续/).textContent()).toBe('已从上次离开的地方继续——第 2 题，共 3 题。');
    expect(await back.tab.getByRole('timer', { name: '剩余时间' }).textContent()).toMatch(/^剩余 0:[34]\d$/);
    expect(await back.tab.getByText('还有 2 道题没有作答。').count()).toBe(1);
    await expectNoAxeViolations(back.tab, 'a resumed exam (zh, dark)');
    await back.tab.close();

    // Five minutes later: the minute ran out while away, so it is handed in with the answer given.
    const late = await openTab(context, start + 5 * 60_000);
    await late.tab.goto(url);
    await late.tab.getByRole('heading', { name: '结果' }).waitFor();
    expect(await late.tab.getByText('你离开期间考试时间已到，已按你作答的内容自动交卷。').count()).toBe(1);
    expect(await late.tab.getByText(/^测验完成：3 题中答对 \d 题。$/).count()).toBe(1);
    const review = late.tab.getByRole('region', { name: '你的错题' });
    expect(await review.getByText(/未作答/).count()).toBe(2);
    expect(await savedIndex(late.tab)).toBeNull();
    await expectNoAxeViolations(late.tab, 'an exam handed in on return (zh, dark)');
    expect([...back.errors, ...late.errors]).toEqual([]);
    await context.close();
  });
});
