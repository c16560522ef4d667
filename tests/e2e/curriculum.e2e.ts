import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { realTopics } from '../factories/real-content';
import { launchBrowser, newLearner, pageErrors, waitForHydration } from './browser';
import { answerAndCheck, studyOne } from './keys';
import { tap } from './tap';

/*
 * The curriculum as a learner meets it: a new learner starts in Foundations and is led topic by
 * topic; a quiz follows the track chosen; the vendor table works on a phone.
 */

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const topicName = (id: string, language: 'en' | 'zh' = 'en') => realTopics.find((topic) => topic.id === id)!.name[language];
/** Foundations' topics in the order a learner meets them. */
const foundations = realTopics
  .flatMap((topic) => [{ track: topic.track, order: topic.order }, ...(topic.alsoIn ?? [])].filter((p) => p.track === 'foundations').map((p) => ({ topic, order: p.order })))
  .sort((a, b) => a.order - b.order)
  .map(({ topic }) => topic);
const inReadings = new Set(realTopics.filter((topic) => topic.track === 'readings' || topic.alsoIn?.some((p) => p.track === 'readings')).map((topic) => topic.name.en));

/** Presses Tab until the focused element's accessible name (its aria-label, else its text) is `name`. */
async function tabTo(page: Page, name: string, limit = 80) {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      return el ? (el.getAttribute('aria-label') ?? el.textContent ?? '').trim() : '';
    });
    if (focused === name) return;
  }
  throw new Error(`Tab never reached “${name}”`);
}

const focusedType = (page: Page) => page.evaluate(() => (document.activeElement instanceof HTMLInputElement ? document.activeElement.type : ''));

describe('the curriculum', () => {
  it('starts a new learner in Foundations and, once its first topic is learned, offers the second', async () => {
    const { context, page } = await newLearner(browser, { language: 'en' });
    await page.goto('/study');
    const byTopic = page.getByRole('region', { name: 'Decks by topic' });
    await byTopic.waitFor();
    await waitForHydration(page, byTopic);
    expect(await page.getByRole('group', { name: 'Track' }).getByRole('radio', { name: 'Foundations' }).isChecked()).toBe(true);
    const decks = byTopic.getByRole('link', { name: /^Study / });
    expect(await decks.first().getAttribute('aria-label')).toBe(`Study ${topicName(foundations[0]!.id)}`);
    expect(await byTopic.getByRole('heading', { name: topicName('c2b-alibaba') }).count()).toBe(0);

    // One card per term: term → definition.
    await page.getByLabel('Term ⇄ definition').selectOption({ label: 'Term → definition' });
    await expect.poll(() => page.locator('.deck-options-count').textContent()).toMatch(/\b1\b/);
    await decks.first().click();
    const done = page.getByRole('heading', { name: 'Session complete' });
    for (let card = 0; !(await done.isVisible()); card++) {
      expect(card, 'the session ends').toBeLessThan(40);
      await studyOne(page, '4');
      await page.getByRole('button', { name: /^Show answer/ }).or(done).first().waitFor();
    }

    await page.getByRole('navigation').getByRole('link', { name: 'Today' }).click();
    await page.getByRole('heading', { name: `Next topic: ${topicName(foundations[1]!.id)}` }).waitFor();
    expect(pageErrors(page)).toEqual([]);
    await context.close();
  });

  it('takes the scenario quiz in Chinese by keyboard alone', async () => {
    const { context, page } = await newLearner(browser, { language: 'zh', width: 1280, height: 860 });
    await page.goto('/quiz');
    await page.getByRole('heading', { level: 1, name: '测验' }).waitFor();
    await waitForHydration(page, page.getByRole('group', { name: '学习路线' }));
    await tabTo(page, '开始：情景题');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: '情景题 · 基础课程' }).waitFor();

    const results = page.getByRole('heading', { name: '结果' });
    for (let question = 0; ; question++) {
      expect(question, 'the quiz ends').toBeLessThan(12);
      const form = page.locator('form.quiz-question');
      await form.or(results).first().waitFor();
      if (await results.isVisible()) break;
      if ((await form.getByRole('textbox').count()) > 0 || (await form.locator('.q-match-target').count()) > 0) {
        await answerAndCheck(page, '不知道');
      } else {
        // A choice: Tab to the options, the arrow keys to move (a radio group) or Space to tick (checkboxes).
        for (let i = 0; i < 20 && !['radio', 'checkbox'].includes(await focusedType(page)); i++) await page.keyboard.press('Tab');
        if ((await focusedType(page)) === 'radio') await page.keyboard.press('ArrowDown');
        else await page.keyboard.press('Space');
        await page.keyboard.press('Enter');
        await page.locator('.feedback-verdict').waitFor();
      }
      await page.keyboard.press('Enter'); // the next question, or the results
    }
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('结果');
    expect(pageErrors(page)).toEqual([]);
    await context.close();
  });

  it('shows the vendor table on a phone: six providers a swipe away, rows narrowed by a search', async () => {
    const { context, page } = await newLearner(browser, { language: 'en', width: 390, height: 844, touch: true });
    await page.goto('/vendors');
    const table = page.getByRole('table', { name: 'Product names by kind of service' });
    await table.waitFor();
    await waitForHydration(page, table);
    expect(await table.isVisible()).toBe(true);
    const providers = ['AWS', 'Microsoft Azure', 'Google Cloud', 'Alibaba Cloud 阿里云', 'Huawei Cloud 华为云', 'Tencent Cloud 腾讯云'];
    for (const name of providers) expect(await table.getByRole('columnheader', { name, exact: true }).count(), name).toBe(1);

    // The table scrolls sideways inside its own region, not the page; the last provider comes into view.
    const region = page.getByRole('region', { name: 'Vendor table (scrolls sideways)' });
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    const last = table.getByRole('columnheader', { name: 'Tencent Cloud 腾讯云' });
    const inView = async () => {
      const [box, cell] = [await region.boundingBox(), await last.boundingBox()];
      return box !== null && cell !== null && cell.x >= box.x - 1 && cell.x + cell.width <= box.x + box.width + 1;
    };
    expect(await inView()).toBe(false);
    const box = (await region.boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + Math.min(box.height / 2, 200));
    for (let i = 0; i < 20 && !(await inView()); i++) await page.mouse.wheel(400, 0);
    expect(await inView()).toBe(true);

    const rows = () => table.locator('tbody tr').count();
    const all = await rows();
    await tap(page, page.getByRole('searchbox', { name: 'Search the vendor table' }), 'the search field');
    await page.keyboard.insertText('S3');
    await expect.poll(rows).toBe(1);
    expect(await table.locator('tbody tr').first().textContent()).toContain('Amazon S3');
    expect(await page.getByRole('status').filter({ hasText: 'kinds of service match' }).textContent()).toBe(`1 of ${all} kinds of service match`);
    expect(pageErrors(page)).toEqual([]);
    await context.close();
  });

  it('asks a mixed quiz started on the Readings track only about the readings topics', async () => {
    const { context, page } = await newLearner(browser, { language: 'en', width: 390, height: 844, touch: true });
    await page.goto('/quiz');
    const track = page.getByRole('group', { name: 'Track' });
    await track.waitFor();
    await waitForHydration(page, track);
    await tap(page, track.locator('label', { hasText: 'Readings' }), 'the Readings track');
    await expect.poll(() => track.getByRole('radio', { name: 'Readings' }).isChecked()).toBe(true);
    const start = page.getByRole('link', { name: 'Start Mixed' });
    await expect.poll(() => start.getAttribute('href')).toBe('/quiz/mixed?track=readings');
    await tap(page, start, 'Start Mixed');
    await page.getByRole('heading', { level: 1, name: 'Mixed · Readings' }).waitFor();
    expect(new URL(page.url()).searchParams.get('track')).toBe('readings');

    const results = page.getByRole('heading', { name: 'Results' });
    for (let question = 0; ; question++) {
      expect(question, 'the quiz ends').toBeLessThan(20);
      await page.locator('form.quiz-question').or(results).first().waitFor();
      if (await results.isVisible()) break;
      await answerAndCheck(page);
      await page.keyboard.press('Enter');
    }
    // The results count each question under its topic: every one a readings topic.
    const topics = await page.getByRole('region', { name: 'By topic' }).getByRole('rowheader').allTextContents();
    expect(topics.length).toBeGreaterThan(2);
    expect(topics.filter((name) => !inReadings.has(name))).toEqual([]);
    expect(pageErrors(page)).toEqual([]);
    await context.close();
  });
});
