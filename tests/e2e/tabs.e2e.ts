import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, newLearner, pageErrors } from './browser';
import { answerAndCheck, showAnswer, studyOne } from './keys';
import { storedState } from './stored-state';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});



/** What storage holds, in short. */
async function kept(page: Page) {
  const stored = await storedState(page);
  return {
    reviews: stored?.state.progress.log.map((entry) => entry.cardId).sort() ?? [],
    quizzes: stored?.state.quiz.attempts.length ?? 0,
    missed: Object.keys(stored?.state.quiz.missed ?? {}).length,
    theme: stored?.state.settings.theme,
  };
}

describe('two tabs open at once', () => {
  it('keep a quiz finished in one while the other studies, share settings, and a reset in one sticks', async () => {
    const { context, page: quizTab } = await newLearner(browser);
    const b = await context.newPage();
    await quizTab.goto('/quiz/mixed?seed=two-tabs');
    await b.goto('/study/service-models');

    // One tab takes a whole quiz while B studies, turn and turn about…
    let studied = 0;
    for (let guard = 0; guard < 40 && !(await quizTab.getByRole('heading', { name: 'Results' }).isVisible()); guard++) {
      await answerAndCheck(quizTab);
      await quizTab.keyboard.press('Enter');
      if (studied < 2) {
        await studyOne(b, '3');
        studied++;
      }
    }
    await quizTab.getByRole('heading', { name: 'Results' }).waitFor();
    expect(studied).toBe(2);
    // …and is closed; B studies on, and writes everything it holds, then reloads.
    expect(pageErrors(quizTab)).toEqual([]);
    await quizTab.close({ runBeforeUnload: true });
    await studyOne(b, '3');
    await expect.poll(async () => (await kept(b)).reviews).toHaveLength(3);
    await b.reload();
    await showAnswer(b).waitFor();
    const both = await kept(b);
    expect(both).toMatchObject({ quizzes: 1, reviews: [expect.any(String), expect.any(String), expect.any(String)] });
    expect(both.missed).toBeGreaterThan(0); // 'cloud' is not the answer to everything

    const a = await context.newPage();
    await a.goto('/quiz');
    await a.getByRole('heading', { level: 1, name: 'Quizzes' }).waitFor();
    expect(await kept(a)).toEqual(both);

    // A setting changed in A shows in B at once.
    await a.goto('/settings');
    await a.getByRole('radio', { name: 'Dark' }).check();
    await expect.poll(() => b.locator('html').getAttribute('data-theme')).toBe('dark');

    // A resets everything; B, still studying, grades a card, writes, and reloads.
    await a.getByRole('button', { name: 'Reset everything…' }).click();
    await a.getByRole('button', { name: 'Erase everything' }).click();
    await a.getByRole('status').filter({ hasText: 'Everything was reset' }).waitFor();
    await expect.poll(() => b.locator('html').getAttribute('data-theme')).not.toBe('dark');
    await studyOne(b, '4');
    await expect.poll(async () => (await kept(b)).reviews).toHaveLength(1);
    await b.reload();
    await showAnswer(b).waitFor();
    const afterReset = await kept(b);
    expect(afterReset).toEqual({ reviews: [expect.stringMatching(/:forward$/)], quizzes: 0, missed: 0, theme: 'system' });
    await a.reload();
    await a.getByRole('heading', { level: 1, name: 'Settings' }).waitFor();
    expect(await kept(a)).toEqual(afterReset);
    expect(await a.getByRole('radio', { name: 'Dark' }).isChecked()).toBe(false);

    expect(pageErrors(a)).toEqual([]);
    expect(pageErrors(b)).toEqual([]);
    await context.close();
  });
});
