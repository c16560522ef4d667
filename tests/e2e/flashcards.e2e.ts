import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoAxeViolations, launchBrowser, newLearner, pageErrors } from './browser';
import { showAnswer, studyOne } from './keys';
import { storedState } from './stored-state';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** The progress as persisted in the browser's storage (what a reload will find). */
async function storedProgress(page: Page) {
  return (await storedState(page))?.state.progress ?? { cards: {}, log: [], starred: [] };
}

const prompt = (page: Page) => page.locator('.study-card-face.front .card-text').first().textContent();


describe('studying by keyboard', () => {
  it('studies five cards, undoes one, reloads, and finds the same state', async () => {
    const { context, page } = await newLearner(browser);
    await page.goto('/study');
    await page.getByRole('link', { name: 'Study Service models' }).click();
    await page.getByRole('heading', { level: 1, name: 'Service models' }).waitFor();

    const prompts: (string | null)[] = [];
    for (const key of ['4', '3', '4', '1', '4'] as const) {
      prompts.push(await prompt(page));
      await studyOne(page, key);
    }
    await page.keyboard.press('Control+z');
    await showAnswer(page).waitFor();
    expect(await prompt(page)).toBe(prompts[4]); // the undone card is shown again
    expect(await showAnswer(page).evaluate((el) => el === document.activeElement)).toBe(true);

    // Reload at once: the write is still pending, and must not be lost.
    await page.reload();
    await showAnswer(page).waitFor();
    const after = await storedProgress(page);
    expect(after.log).toHaveLength(4);
    expect(after.log.map((entry) => entry.grade)).toEqual([4, 3, 4, 1]);
    expect(Object.keys(after.cards)).toHaveLength(4);

    // The session picks up where it was: the undone card is the first new card again.
    expect(await prompt(page)).toBe(prompts[4]);
    await page.reload();
    await showAnswer(page).waitFor();
    expect(await storedProgress(page)).toEqual(after);
    expect(pageErrors(page)).toEqual([]);
    await context.close();
  });

  it('reaches the summary and a retry round with the keyboard alone, starring on the way', async () => {
    const { context, page } = await newLearner(browser);
    await page.goto('/study/deployment-models');
    await showAnswer(page).waitFor();
    const firstPrompt = await prompt(page);
    await page.keyboard.press('s');
    await studyOne(page, '1');
    for (let i = 0; i < 4; i++) await studyOne(page, '4');
    await studyOne(page, '4'); // the missed card, back after the others
    await page.getByRole('heading', { name: 'Session complete' }).waitFor();
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Session complete');
    // The terms by name, with links: the one missed as the hardest, the four others as learned.
    const hardest = page.getByRole('list', { name: 'Hardest terms' });
    expect(await hardest.getByRole('listitem').allTextContents()).toEqual([`${firstPrompt} missed once`]);
    expect(await hardest.getByRole('link', { name: firstPrompt! }).getAttribute('href')).toMatch(/^\/glossary\/[a-z-]+$/);
    expect(await page.getByRole('list', { name: '4 terms learned' }).getByRole('link').count()).toBe(4);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Retry the 1 card I missed');
    await page.keyboard.press('Enter');
    await studyOne(page, '3');
    await page.getByRole('heading', { name: 'Retry round complete' }).waitFor();
    // Written once the learner pauses (or leaves): 6 reviews, as the retry round changed nothing.
    await expect.poll(async () => { const stored = await storedProgress(page); return [stored.starred, stored.log.length]; }).toEqual([['deployment-model'], 6]);
    await context.close();
  });
});

describe('two tabs studying at once', () => {
  it('lose no review', async () => {
    const { context, page: a } = await newLearner(browser);
    const b = await context.newPage();
    await a.goto('/study/service-models');
    await b.goto('/study/deployment-models');
    for (let i = 0; i < 3; i++) {
      await studyOne(a, '4');
      await studyOne(b, '3');
    }
    // One more in A after B's writes, then undo it: the undo reaches B too.
    await studyOne(a, '4');
    await a.keyboard.press('Control+z');
    await showAnswer(a).waitFor();
    await a.waitForTimeout(600); // both tabs' debounced writes land
    await b.waitForTimeout(600);
    await b.reload();
    await showAnswer(b).waitFor();
    const stored = await storedProgress(b);
    expect(stored.log.map((entry) => entry.cardId).sort()).toEqual(
      ['deployment-model', 'iaas', 'paas', 'private-cloud', 'public-cloud', 'service-model'].map((term) => `${term}:forward`),
    );
    expect(Object.keys(stored.cards).sort()).toEqual(stored.log.map((entry) => entry.cardId).sort());
    expect(new Set(stored.log.map((entry) => entry.id)).size).toBe(6);
    await context.close();
  });
});

describe('the study screens', () => {
  for (const language of ['en', 'zh'] as const) {
    for (const colorScheme of ['light', 'dark'] as const) {
      it(`have no axe violations (${language}, ${colorScheme})`, async () => {
        const { context, page } = await newLearner(browser, { language, colorScheme });
        await page.goto('/study');
        await page.locator('.deck').first().waitFor();
        await expectNoAxeViolations(page, `/study (${language}, ${colorScheme})`);
        await page.goto('/study/deployment-models');
        await showAnswer(page).waitFor();
        await expectNoAxeViolations(page, `card front (${language}, ${colorScheme})`);
        await page.keyboard.press('Space');
        await page.getByRole('group').filter({ has: page.locator('.grade-button') }).waitFor();
        await page.waitForTimeout(500); // the turn has finished
        await expectNoAxeViolations(page, `card back (${language}, ${colorScheme})`);
        await page.keyboard.press('1');
        for (let i = 0; i < 5; i++) await studyOne(page, '4');
        await page.locator('.study-summary').waitFor();
        await expectNoAxeViolations(page, `summary (${language}, ${colorScheme})`);
        await context.close();
      });
    }
  }

  it('turn the card over, but not when motion is reduced', async () => {
    const { context, page } = await newLearner(browser);
    await page.goto('/study/deployment-models');
    await showAnswer(page).waitFor();
    const duration = () => page.locator('.study-card-inner').evaluate((el) => getComputedStyle(el).transitionDuration);
    expect(await duration()).not.toBe('0s');
    await page.emulateMedia({ reducedMotion: 'reduce' });
    expect(await duration()).toBe('0s');
    await context.close();
  });

  it('show a focus ring on every control reached by keyboard', async () => {
    const { context, page } = await newLearner(browser);
    await page.goto('/study/deployment-models');
    await showAnswer(page).waitFor();
    await page.keyboard.press('Space');
    const good = page.getByRole('button', { name: /^Good/ });
    await good.waitFor();
    const outline = (selector: string) =>
      page.locator(selector).evaluate((el) => {
        const style = getComputedStyle(el);
        return style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
      });
    expect(await good.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await outline('.grade-button.good')).toBe(true);
    // Back through Hard, Again, the glossary link, Star, the language switch and Undo.
    for (let i = 0; i < 6; i++) {
      await page.keyboard.press('Shift+Tab');
      const focused = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement;
        const style = getComputedStyle(el);
        return { tag: el.tagName, ring: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2 };
      });
      expect(focused.ring, focused.tag).toBe(true);
    }
    await context.close();
  });

  for (const width of [320, 430]) {
    it(`fit a ${width} px phone without scrolling sideways`, async () => {
      const { context, page } = await newLearner(browser, { width, height: 720 });
      for (const path of ['/study', '/study/c2b-alibaba']) {
        await page.goto(path);
        await page.locator('.deck, .study-card').first().waitFor();
        if (path !== '/study') {
          await page.keyboard.press('Space');
          await page.locator('.grade-button').first().waitFor();
        }
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect(overflow, path).toBe(0);
      }
      await context.close();
    });
  }
});
