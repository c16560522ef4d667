import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoAxeViolations, launchBrowser, newLearner, pageErrors, waitForServiceWorker } from './browser';
import { answerAndCheck, showAnswer, studyOne } from './keys';
import { storedState } from './stored-state';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const h1 = (page: Page) => page.getByRole('heading', { level: 1 });
const stored = storedState;

describe('with the network off', () => {
  it('every screen, a deep link to a term, a deck and a quiz load and work', async () => {
    const { context, page } = await newLearner(browser, { serviceWorker: true });
    await page.goto('/');
    await waitForServiceWorker(page);
    await context.setOffline(true);

    const screens = [
      ['/', 'Today'],
      ['/glossary', 'Glossary'],
      ['/glossary/iaas', 'Infrastructure as a Service (IaaS)'],
      ['/study', 'Study'],
      ['/quiz', 'Quizzes'],
      ['/progress', 'Progress'],
      ['/settings', 'Settings'],
    ] as const;
    for (const [path, heading] of screens) {
      await page.goto(path);
      await expect.poll(() => h1(page).textContent()).toBe(heading);
    }
    await page.getByRole('status').filter({ hasText: 'Offline' }).waitFor();

    // Study a card from a deep link.
    await page.goto('/study/service-models');
    await studyOne(page, '3');
    await expect.poll(async () => (await stored(page))?.state.progress.log.length).toBe(1);

    // Answer a question from a deep link to a quiz.
    await page.goto('/quiz/mixed?seed=offline');
    await answerAndCheck(page);
    expect(await page.locator('.feedback-verdict').textContent()).toMatch(/Correct|Not quite/);
    expect(pageErrors(page)).toEqual([]); // no crash, and not one request off the origin
    await context.close();
  });
});

describe('a new learner', () => {
  it('searches, opens a term, studies by keyboard with an undo, takes a quiz, reloads and finds everything kept', async () => {
    const { context, page } = await newLearner(browser, { width: 1280, height: 900 });
    await page.goto('/');
    await page.getByRole('navigation').first().getByRole('link', { name: 'Glossary' }).click();
    await page.getByRole('searchbox', { name: 'Search the glossary' }).fill('infrastucture');
    await page.getByRole('link', { name: /Infrastructure as a Service/ }).first().click();
    await expect.poll(() => h1(page).textContent()).toBe('Infrastructure as a Service (IaaS)');

    await page.getByRole('link', { name: 'Study this term' }).click();
    await studyOne(page, '3');
    await studyOne(page, '1');
    await studyOne(page, '4');
    await page.keyboard.press('Control+z'); // take the last grade back
    await showAnswer(page).waitFor();
    await expect.poll(async () => (await stored(page))?.state.progress.log.length).toBe(2);

    await page.goto('/quiz/term?term=iaas&seed=journey');
    for (let guard = 0; guard < 40; guard++) {
      if (await page.getByRole('heading', { name: 'Results' }).isVisible()) break;
      await answerAndCheck(page);
      await page.keyboard.press('Enter');
    }
    await page.getByRole('heading', { name: 'Results' }).waitFor();

    await page.reload();
    const kept = await stored(page);
    expect(kept?.state.progress.log).toHaveLength(2);
    expect(kept?.state.quiz.attempts).toHaveLength(1);

    await page.goto('/progress');
    await expect.poll(() => h1(page).textContent()).toBe('Progress');
    await page.goto('/');
    const stats = page.getByRole('region', { name: 'Your day' });
    await expect.poll(() => stats.getByText('Streak').locator('xpath=following-sibling::dd').textContent()).toBe('1 day');
    expect(pageErrors(page)).toEqual([]);
    await context.close();
  });
});

describe('accessibility in use', () => {
  for (const language of ['en', 'zh'] as const) {
    for (const colorScheme of ['light', 'dark'] as const) {
      it(`finds no axe violations with a card flipped and a question answered (${language}, ${colorScheme})`, async () => {
        const { context, page } = await newLearner(browser, { language, colorScheme });
        await page.goto('/study/all');
        await showAnswer(page).waitFor();
        await page.keyboard.press('Space');
        await page.getByRole('group', { name: /How well|你记得/ }).waitFor();
        await expectNoAxeViolations(page, `a flipped card (${language}, ${colorScheme})`);
        await page.goto('/quiz/mixed?seed=axe');
        await answerAndCheck(page);
        await expectNoAxeViolations(page, `an answered question (${language}, ${colorScheme})`);
        await context.close();
      });
    }
  }
});
