import type { Page } from 'playwright-core';

/*
 * How a keyboard user studies and answers, shared by the end-to-end specs.
 */

export const showAnswer = (page: Page) => page.getByRole('button', { name: /Show answer|显示答案/ });

/** Flips with Space and grades with a digit (1 Again … 4 Easy). */
export async function studyOne(page: Page, key: '1' | '2' | '3' | '4') {
  await showAnswer(page).waitFor();
  await page.keyboard.press('Space');
  await page.getByRole('group', { name: /How well|你记得/ }).waitFor();
  await page.keyboard.press(key);
}

/** What a checked answer's verdict says, in either language. */
export const VERDICT = /^[✓✕–]?\s*(Correct|Not quite|Not answered|答对了|答错了|未作答)$/;

/**
 * Answers the question on screen by keyboard only: a typed answer gets `typed` (wrong on
 * purpose), a matching gets 1, 2, 3… (the next item is chosen for you), a choice gets 1.
 */
export async function answerByKeyboard(page: Page, typed: string) {
  const form = page.locator('form.quiz-question');
  await form.waitFor();
  const input = form.getByRole('textbox');
  if ((await input.count()) > 0) {
    await input.focus();
    await page.keyboard.type(typed);
    return;
  }
  const pairs = await form.locator('.q-match-target').count();
  if (pairs > 0) {
    for (let i = 1; i <= pairs; i++) await page.keyboard.press(String(i));
    return;
  }
  await page.keyboard.press('1');
}

/** Answers by keyboard and checks with Enter, waiting for the verdict (Enter again moves on). */
export async function answerAndCheck(page: Page, typed = 'cloud') {
  await answerByKeyboard(page, typed);
  await page.keyboard.press('Enter');
  await page.locator('.feedback-verdict').waitFor();
}
