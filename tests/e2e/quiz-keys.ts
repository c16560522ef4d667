import type { Page } from 'playwright-core';

/** What a checked answer's verdict says, in either language. */
export const VERDICT = /^[✓✕–]?\s*(Correct|Not quite|Not answered|答对了|答错了|未作答)$/;

/**
 * Answers the question on screen by keyboard only: a typed answer gets `typed` (wrong on
 * purpose), a matching gets 1, 2, 3… (the next item is chosen for you), a choice gets 1.
 */
export async function answerByKeyboard(page: Page, typed: string) {
  const form = page.locator('form.quiz-question');
  const input = form.getByRole('textbox');
  if ((await input.count()) > 0) {
    await input.focus();
    await page.keyboard.type(typed);
    return;
  }
  const matches = form.locator('.q-match-target');
  const pairs = await matches.count();
  if (pairs > 0) {
    for (let i = 1; i <= pairs; i++) await page.keyboard.press(String(i));
    return;
  }
  await page.keyboard.press('1');
}
