import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, newLearner, pageErrors, type Language } from './browser';
import { storedState } from './stored-state';

/*
 * Swipe to grade, with real input: touch events sent to Chromium as a touchscreen sends them
 * (CDP Input.dispatchTouchEvent), and a mouse dragged with its button down. Chromium turns both
 * into the pointer events the app listens to; nothing is simulated inside the page.
 */

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const T = {
  en: { show: 'Show answer', grades: 'How well did you know it?', again: 'Graded Again by a swipe.', good: 'Graded Good by a swipe.', undo: 'Undo this grade' },
  zh: { show: '显示答案', grades: '你记得多好？', again: '已滑动评为“重来”。', good: '已滑动评为“良好”。', undo: '撤销这次评分' },
} as const;

async function storedLog(page: Page) {
  return (await storedState(page))?.state.progress.log ?? [];
}

/** The middle of the flipped card, where a thumb would start. */
async function cardMiddle(page: Page) {
  const box = await page.locator('.study-card').boundingBox();
  if (!box) throw new Error('no card');
  return { x: box.x + box.width / 2, y: box.y + Math.min(box.height / 2, 120), width: box.width };
}

/** A finger's swipe across the card, in steps, as a touchscreen reports it. */
async function touchSwipe(page: Page, dx: number) {
  const cdp = await page.context().newCDPSession(page);
  const { x, y } = await cardMiddle(page);
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x, y }] });
  for (let i = 1; i <= 8; i++) await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x: x + (dx * i) / 8, y: y + i }] });
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  await cdp.detach();
}

async function mouseDrag(page: Page, dx: number) {
  const { x, y } = await cardMiddle(page);
  await page.mouse.move(x, y);
  await page.mouse.down();
  await page.mouse.move(x + dx, y + 4, { steps: 8 });
  await page.mouse.up();
}

const flip = async (page: Page, t: (typeof T)[Language]) => {
  await page.getByRole('button', { name: t.show }).click();
  await page.getByRole('group', { name: t.grades }).waitFor();
};

describe('swipe to grade', () => {
  for (const language of ['en', 'zh'] as const) {
    it(`grades by a finger's swipe on a phone (${language}): left Again, right Good, undone by a tap; a short swipe grades nothing`, async () => {
      const t = T[language];
      const { context, page } = await newLearner(browser, { language, width: 375, height: 667, touch: true });
      await page.goto('/study/deployment-models');
      await flip(page, t);
      const { width } = await cardMiddle(page);

      await touchSwipe(page, -width * 0.1); // too short: springs back
      expect(await page.getByRole('group', { name: t.grades }).isVisible()).toBe(true);

      await touchSwipe(page, -width * 0.45);
      await page.getByText(t.again).waitFor();
      await expect.poll(async () => (await storedLog(page)).map((e) => e.grade)).toEqual([1]);

      await page.getByRole('button', { name: t.undo }).tap();
      await page.getByRole('button', { name: t.show }).waitFor();
      await expect.poll(async () => (await storedLog(page)).length).toBe(0);

      await flip(page, t);
      await touchSwipe(page, width * 0.45);
      await page.getByText(t.good).waitFor();
      await expect.poll(async () => (await storedLog(page)).map((e) => e.grade)).toEqual([3]);
      expect(pageErrors(page)).toEqual([]);
      await context.close();
    });
  }

  it('grades by a mouse drag on a wide screen, and the drag never follows the link on the card', async () => {
    const t = T.en;
    const { context, page } = await newLearner(browser, { width: 1280, height: 800 });
    await page.goto('/study/deployment-models');
    await flip(page, t);
    await mouseDrag(page, 400);
    await page.getByText(t.good).waitFor();
    expect(new URL(page.url()).pathname).toBe('/study/deployment-models');
    await flip(page, t);
    // From the "Open in the glossary" link itself: a drag, not a click on it.
    const link = page.locator('.study-card .card-more a');
    const box = await link.boundingBox();
    if (!box) throw new Error('no link');
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2 - 400, box.y + box.height / 2, { steps: 8 });
    await page.mouse.up();
    await page.getByText(t.again).waitFor();
    expect(new URL(page.url()).pathname).toBe('/study/deployment-models');
    await expect.poll(async () => (await storedLog(page)).map((e) => e.grade)).toEqual([3, 1]);
    expect(pageErrors(page)).toEqual([]);
    await context.close();
  });
});
