import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, newLearner, pageErrors } from './browser';
import { showAnswer, studyOne } from './keys';
import { storedState } from './stored-state';

/*
 * Three tabs studying at once, grades round-robin, with two undos in a row in the middle one:
 * no tab stalls, every review kept lands in storage exactly once, and no undone one comes back.
 */

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const reviewIds = async (page: Page) => (await storedState(page))?.state.progress.log.map((entry) => entry.id) ?? [];

describe('three tabs open at once', () => {
  it('each take 15 grades in turn, two undone in a row in the middle one, and storage holds each kept review once', async () => {
    const { context, page: a } = await newLearner(browser, { width: 1280, height: 800 });
    const b = await context.newPage();
    const c = await context.newPage();
    const tabs = [a, b, c];
    for (const tab of tabs) await tab.goto('/study/all');

    let undone = 0;
    for (let round = 0; round < 15; round++) {
      for (const tab of tabs) {
        await tab.bringToFront();
        await studyOne(tab, '3');
      }
      if (round === 7) {
        // Two undos in a row in the middle tab: its last two grades are taken back.
        await b.bringToFront();
        for (let i = 0; i < 2; i++) {
          await b.keyboard.press('Control+z');
          undone++;
        }
        await showAnswer(b).waitFor();
      }
    }
    // Every tab writes what it holds when hidden; then each reads storage afresh.
    for (const tab of tabs) await tab.evaluate(() => document.dispatchEvent(new Event('visibilitychange')));
    await expect.poll(async () => (await reviewIds(a)).length, { timeout: 15_000 }).toBe(45 - undone);
    const ids = await reviewIds(a);
    expect(new Set(ids).size).toBe(ids.length); // each once
    for (const tab of tabs) {
      await tab.reload();
      await showAnswer(tab).waitFor(); // no tab is stuck
    }
    expect(await reviewIds(c)).toEqual(ids);
    for (const tab of tabs) expect(pageErrors(tab)).toEqual([]);
    await context.close();
  });
});
