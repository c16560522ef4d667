import type { Browser } from 'playwright-core';
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

describe('taking a quiz by keyboard', () => {
  it('gets some wrong, reviews them, and finds their terms in the "Missed in quizzes" deck', async () => {
    const { context, page } = await newLearner(browser, { language: 'en', colorScheme: 'light' });
    await page.goto('/quiz');
    await page.getByRole('heading', { level: 1, name: 'Quizzes' }).waitFor();
    await expectNoAxeViolations(page, '/quiz (en, light)');

    // The glossary's "quiz me on this term" link: every question on the term, plus generated ones.
    await page.goto('/quiz/term?term=hybrid-cloud');
    await page.getByRole('heading', { level: 1, name: 'Quiz: Hybrid cloud' }).waitFor();
    await expect.poll(() => new URL(page.url()).searchParams.get('seed')).toMatch(/^[a-z2-9]{6}$/);
    const seededUrl = page.url();

    // The seed replaced the URL rather than adding a history entry: Back leaves the quiz.
    await page.goBack();
    await page.getByRole('heading', { level: 1, name: 'Quizzes' }).waitFor();
    await page.goForward();
    await page.getByRole('heading', { level: 1, name: 'Quiz: Hybrid cloud' }).waitFor();
    expect(page.url()).toBe(seededUrl);

    let checked = 0;
    const kindsSeen = new Set<string>();
    for (let guard = 0; guard < 30; guard++) {
      if (await page.getByRole('heading', { name: 'Results' }).isVisible()) break;
      await page.locator('.quiz-counter').waitFor();
      const kind = (await page.locator('.q-fieldset').getAttribute('data-kind')) ?? '';
      if (!kindsSeen.has(kind)) await expectNoAxeViolations(page, `a ${kind} question (en, light)`);
      kindsSeen.add(kind);
      await answerByKeyboard(page, 'zzz');
      await page.keyboard.press('Enter'); // check
      const verdict = page.locator('.feedback-verdict');
      await verdict.waitFor();
      expect(await verdict.textContent()).toMatch(VERDICT);
      // Focus moved to the verdict, so a screen reader reads it; the explanation and source follow.
      expect(await page.evaluate(() => document.activeElement?.classList.contains('feedback-verdict'))).toBe(true);
      expect(await page.locator('.feedback-source blockquote, .feedback-source .feedback-section').first().textContent()).not.toBe('');
      expect(await page.locator('.feedback-terms a').count()).toBeGreaterThan(0);
      if (checked === 0) await expectNoAxeViolations(page, 'a checked question (en, light)');
      checked++;
      await page.keyboard.press('Enter'); // next, or the results
    }
    expect(checked).toBeGreaterThan(2);
    expect([...kindsSeen].sort()).toEqual(['matching', 'multiple', 'single', 'true-false', 'typed']);

    const results = page.getByRole('heading', { name: 'Results' });
    await results.waitFor();
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Results');
    const announced = await page.getByText(/^Quiz finished: \d+ of \d+ correct\.$/).textContent();
    const [, right, total] = /(\d+) of (\d+)/.exec(announced ?? '') ?? [];
    expect(Number(total)).toBe(checked);
    expect(Number(right)).toBeLessThan(Number(total));

    const review = page.getByRole('region', { name: 'Your mistakes' });
    expect(await review.locator('.review-item').count()).toBe(Number(total) - Number(right));
    // Each mistake is folded to its answer line; its number opens the question, its explanation and its terms.
    const toggles = review.getByRole('button', { name: /^Question \d+ of \d+$/ });
    expect(await toggles.count()).toBe(Number(total) - Number(right));
    for (const toggle of await toggles.all()) {
      await toggle.focus();
      await page.keyboard.press('Enter');
      await expect.poll(() => toggle.getAttribute('aria-expanded')).toBe('true');
    }
    expect(await review.getByText('You typed').count()).toBeGreaterThan(0);
    const notice = (await page.getByText(/joined the “Missed in quizzes” deck/).textContent()) ?? '';
    const missedCount = Number(/The (\d+) terms/.exec(notice)?.[1] ?? 1);
    const missedNames = new Set(await review.locator('.feedback-terms a').allTextContents());
    expect(missedNames.has('Hybrid cloud')).toBe(true);
    expect(missedNames.size).toBe(missedCount);
    await expectNoAxeViolations(page, 'quiz results (en, light)');

    // "Retry the wrong ones", by keyboard: a quiz of exactly the mistakes.
    await page.getByRole('link', { name: 'Retry the wrong ones' }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Quiz: Hybrid cloud: the ones you missed' }).waitFor();
    expect(await page.locator('.quiz-counter').textContent()).toBe(`Question 1 of ${Number(total) - Number(right)}`);

    // Retaking the same link gives the same questions.
    const firstQuestion = async () => {
      await page.goto(seededUrl);
      return page.locator('.q-legend').first().textContent();
    };
    const before = await firstQuestion();
    expect(await firstQuestion()).toBe(before);

    // The missed terms are waiting in flashcards: the deck's first card is one of them.
    await page.goto('/study/missed');
    await page.getByRole('heading', { level: 1, name: 'Missed in quizzes' }).waitFor();
    await expect
      .poll(async () => {
        const text = (await page.locator('main').textContent()) ?? '';
        return [...missedNames].some((name) => text.includes(name));
      }, { timeout: 10_000 })
      .toBe(true);
    expect(pageErrors(page)).toEqual([]);
    await context.close();
  });

  it('takes a timed exam in Chinese in the dark theme, answers shown only at the end', async () => {
    const { context, page } = await newLearner(browser, { language: 'zh', colorScheme: 'dark', width: 1280, height: 860 });
    await page.goto('/quiz/exam?n=5&minutes=10');
    await page.getByRole('heading', { level: 1, name: '考试' }).waitFor();
    await page.getByRole('button', { name: '开始考试' }).focus();
    await page.keyboard.press('Enter');
    expect(await page.getByRole('timer', { name: '剩余时间' }).textContent()).toMatch(/^剩余 (10:00|9:5\d)$/);
    await expectNoAxeViolations(page, 'an exam question (zh, dark)');

    for (let i = 1; i <= 5; i++) {
      await page.getByRole('heading', { name: `第 ${i} 题，共 5 题` }).waitFor();
      await answerByKeyboard(page, '不知道');
      expect(await page.locator('.feedback').count()).toBe(0); // nothing is revealed during an exam
      await page.keyboard.press('Enter');
    }
    // On the last question Enter goes to "hand in", Enter opens the check, and "hand in now" hands it in.
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('交卷');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: '确定交卷吗？' }).waitFor();
    await page.getByRole('button', { name: '现在交卷' }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: '结果' }).waitFor();
    expect(await page.getByText(/^测验完成：5 题中答对 \d 题。$/).count()).toBe(1);
    await expectNoAxeViolations(page, 'exam results (zh, dark)');
    expect(pageErrors(page)).toEqual([]);
    await context.close();
  });
});
